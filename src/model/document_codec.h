#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "model/catalog.h"

namespace l10nc {

// What identifies the input a document was read from: the path as given (documents and
// diagnostics name it) and made absolute (a page's folder can give its locale), and its size,
// modification time and content hash.
struct InputIdentity {
  std::string path;
  std::string absolute_path;
  uint64_t size = 0;
  int64_t modified_ns = 0;  // since the file clock's epoch
  uint64_t content_hash = 0;
  std::string read_options;  // what the reader was asked ("syntax=auto"): reading differs by it

  bool operator==(const InputIdentity&) const = default;
};

// A document as it was read, with the diagnostics (warnings) reading it gave.
struct CachedDocument {
  InputIdentity input;
  Document document;
  std::vector<Diagnostic> diagnostics;
};

// A compact binary form of a read document for --cache: a magic, a format version, the
// fields in a fixed order (lengths and counts as 32-bit little-endian numbers), and an XXH3
// checksum of all of it. Any change to what a reader produces (new fields, different text for
// the same input) must bump kDocumentCodecVersion, so that old entries are read again.
inline constexpr uint32_t kDocumentCodecVersion = 5;
std::string encode_cached_document(const CachedDocument& result);
// nullopt for anything but an intact entry of this version: a cache is never trusted.
std::optional<CachedDocument> decode_cached_document(std::string_view bytes);

// XXH3 64-bit hash (the content hash of inputs and the checksum of cache entries).
uint64_t content_hash(std::string_view bytes);

}  // namespace l10nc
