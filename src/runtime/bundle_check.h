#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace l10n::detail {

// ICU maps a .res file and trusts the sizes and offsets inside it: a truncated file makes it
// read past the end of the mapping and crash the process. This checks, before ICU sees the
// bundle, what can be checked from its header without reading the whole format: that it is a
// resource bundle for this machine (magic, "ResB", format version, byte order) and that the
// file holds all the data its indexes declare. `head` is the start of the bundle (at least its
// first 64 bytes when there are that many), `size` the bytes from there to the end of the file.
// Returns why the bundle is unusable, or nothing.
std::optional<std::string> check_bundle_header(std::span<const uint8_t> head, uint64_t size);

// The same for every .res inside an ICU common data archive (.dat, from icupkg or pkgdata),
// after checking the archive's table of contents. Returns the names ("es" for "es.res" or
// "pkg/es.res") of the bundles that fail, with why, or the archive's own error in `error`.
struct ArchiveCheck {
  std::string error;                 // the archive itself is unusable
  std::vector<std::string> bundles;  // every bundle in it
  std::vector<std::pair<std::string, std::string>> corrupt_bundles;
};
ArchiveCheck check_archive(std::span<const uint8_t> archive);

}  // namespace l10n::detail
