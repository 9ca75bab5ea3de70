#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "model/document_codec.h"

namespace l10nc {

// `l10nc compile --cache DIR`: documents read in earlier runs, one file per input in DIR
// (named by a hash of its path). An entry is used only when the input has the same path, size,
// modification time and content hash as when it was read, and the entry itself is intact
// (its version and checksum); anything else is read again and the entry replaced. Entries are
// written atomically, so concurrent runs sharing DIR never see half an entry.
class DocumentCache {
 public:
  explicit DocumentCache(std::filesystem::path directory) : directory_(std::move(directory)) {}

  const std::filesystem::path& directory() const { return directory_; }

  // The entry for exactly this input, if there is an intact one.
  std::optional<CachedDocument> find(const InputIdentity& input) const;
  // Keeps `result` for later runs. Returns false with *error set when it cannot.
  bool store(const CachedDocument& result, std::string* error) const;

 private:
  std::filesystem::path entry_path(const InputIdentity& input) const;

  std::filesystem::path directory_;
};

}  // namespace l10nc
