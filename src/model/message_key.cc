#include "model/message_key.h"

#include <algorithm>
#include <cstdint>

namespace l10nc {

bool is_invariant_key_char(unsigned char c) {
  // ICU's invariant characters (common/uinvchar.cpp), as a bitmap of the 128 ASCII codes.
  static constexpr uint32_t kInvariant[4] = {0xfffffbff, 0xffffffe5, 0x87fffffe, 0x87fffffe};
  return c != 0 && c < 0x80 && (kInvariant[c >> 5] >> (c & 31) & 1) != 0;
}

bool is_storable_key(std::string_view key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && is_invariant_key_char(byte);
  });
}

}  // namespace l10nc
