#include "readers/document_cache.h"

#include <cstdio>

#include "base/file_io.h"

namespace l10nc {

std::filesystem::path DocumentCache::entry_path(const InputIdentity& input) const {
  char name[32];
  std::snprintf(
      name, sizeof name, "%016llx.doc",
      static_cast<unsigned long long>(content_hash(input.absolute_path + '\0' + input.path)));
  return directory_ / name;
}

std::optional<CachedDocument> DocumentCache::find(const InputIdentity& input) const {
  const std::optional<std::string> bytes = read_file(entry_path(input));
  if (!bytes) return std::nullopt;
  std::optional<CachedDocument> result = decode_cached_document(*bytes);
  if (!result || result->input != input) return std::nullopt;
  return result;
}

bool DocumentCache::store(const CachedDocument& result, std::string* error) const {
  std::error_code code;
  std::filesystem::create_directories(directory_, code);
  if (code) {
    *error = directory_.string() + ": " + code.message();
    return false;
  }
  return write_file_atomically(entry_path(result.input), encode_cached_document(result), error);
}

}  // namespace l10nc
