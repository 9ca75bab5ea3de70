#include "bundle_check.h"

#include <unicode/udata.h>

#include <cstring>
#include <vector>

namespace l10n::detail {

namespace {

// The layout ICU documents in uresdata.h / ucmndata.h, as far as these checks need it.
constexpr uint8_t kMagic1 = 0xda;
constexpr uint8_t kMagic2 = 0x27;
constexpr size_t kInfoOffset = 4;                 // UDataInfo follows headerSize and the magic
constexpr int kIndexLength = 0;                   // indexes[0] & 0xff: how many indexes
constexpr int kIndexBundleTop = 3;                // end of the bundle, in 32-bit units
constexpr int kIndexMaxTableLength = 4;           // the last index of format 1.1
constexpr int kIndexAttributes = 5;               // attribute bits
constexpr uint32_t kAttributeUsesPoolBundle = 2;  // needs pool.res, which we never open

template <typename T>
T read(std::span<const uint8_t> bytes, size_t offset) {
  T value;
  std::memcpy(&value, bytes.data() + offset, sizeof value);
  return value;
}

// Returns the header size, or an error.
std::optional<std::string> check_data_header(std::span<const uint8_t> head, uint64_t size,
                                             const char format[4], uint16_t& header_size) {
  if (size < kInfoOffset + sizeof(UDataInfo) || head.size() < kInfoOffset + sizeof(UDataInfo))
    return "too short for an ICU data header";
  if (head[2] != kMagic1 || head[3] != kMagic2) return "not ICU data (bad magic number)";
  const auto info = read<UDataInfo>(head, kInfoOffset);
  if (info.isBigEndian != U_IS_BIG_ENDIAN || info.charsetFamily != U_CHARSET_FAMILY ||
      info.sizeofUChar != U_SIZEOF_UCHAR)
    return "ICU data for another platform (byte order or character set)";
  if (std::memcmp(info.dataFormat, format, 4) != 0)
    return std::string("not ICU data of type ") + std::string(format, 4);
  header_size = read<uint16_t>(head, 0);
  if (header_size < kInfoOffset + sizeof(UDataInfo) || header_size > size)
    return "bad ICU data header size";
  return std::nullopt;
}

}  // namespace

std::optional<std::string> check_bundle_header(std::span<const uint8_t> head, uint64_t size) {
  uint16_t header_size = 0;
  if (auto error = check_data_header(head, size, "ResB", header_size)) return error;
  const auto info = read<UDataInfo>(head, kInfoOffset);
  if (info.formatVersion[0] < 1 || info.formatVersion[0] > 3 ||
      (info.formatVersion[0] == 1 && info.formatVersion[1] == 0))
    return "unsupported resource bundle format version";
  // The root resource, then the indexes.
  const size_t indexes = size_t{header_size} + 4;
  if (head.size() < indexes + 4 * (kIndexAttributes + 1) || size < indexes + 4 * 6)
    return "truncated: shorter than the bundle's indexes";
  const auto index = [&](int i) { return read<int32_t>(head, indexes + 4 * size_t(i)); };
  const int32_t index_length = index(kIndexLength) & 0xff;
  if (index_length <= kIndexMaxTableLength) return "too few indexes for a resource bundle";
  const int64_t bundle_top = index(kIndexBundleTop);
  if (bundle_top < 1 + index_length) return "bad bundle size in the indexes";
  const uint64_t needed = header_size + 4 * uint64_t(bundle_top);
  if (needed > size)
    return "truncated: " + std::to_string(size) + " bytes of " + std::to_string(needed);
  if (index_length > kIndexAttributes &&
      (uint32_t(index(kIndexAttributes)) & kAttributeUsesPoolBundle) != 0)
    return "uses a pool bundle";
  return std::nullopt;
}

ArchiveCheck check_archive(std::span<const uint8_t> archive) {
  ArchiveCheck result;
  uint16_t header_size = 0;
  if (auto error = check_data_header(archive, archive.size(), "CmnD", header_size)) {
    result.error = *error;
    return result;
  }
  // Table of contents: a count, then (name offset, data offset) pairs, offsets from its start.
  const uint64_t toc = header_size;
  if (toc + 4 > archive.size()) {
    result.error = "truncated table of contents";
    return result;
  }
  const uint32_t count = read<uint32_t>(archive, toc);
  if (toc + 4 + 8 * uint64_t(count) > archive.size()) {
    result.error = "truncated table of contents";
    return result;
  }
  for (uint32_t i = 0; i < count; ++i) {
    const uint64_t name_at = toc + read<uint32_t>(archive, toc + 4 + 8 * i);
    const uint64_t data_at = toc + read<uint32_t>(archive, toc + 8 + 8 * i);
    if (name_at >= archive.size()) {
      result.error = "bad item name offset in the table of contents";
      return result;
    }
    const auto* name_begin = reinterpret_cast<const char*>(archive.data() + name_at);
    const size_t name_length = strnlen(name_begin, archive.size() - name_at);
    std::string name(name_begin, name_length);
    constexpr std::string_view kSuffix = ".res";
    if (name.size() <= kSuffix.size() || name.compare(name.size() - 4, 4, kSuffix) != 0) continue;
    name.resize(name.size() - kSuffix.size());
    if (const size_t slash = name.rfind('/'); slash != std::string::npos) name.erase(0, slash + 1);
    result.bundles.push_back(name);
    std::optional<std::string> error;
    if (data_at >= archive.size())
      error = "truncated: the archive ends before the bundle";
    else
      error = check_bundle_header(archive.subspan(data_at), archive.size() - data_at);
    if (error) result.corrupt_bundles.emplace_back(std::move(name), std::move(*error));
  }
  return result;
}

}  // namespace l10n::detail
