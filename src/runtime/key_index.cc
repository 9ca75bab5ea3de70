#include "key_index.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace l10n::detail {

bool KeyIndex::add(std::string_view key, uint32_t& id) {
  if (adding_.contains(key)) return false;
  id = static_cast<uint32_t>(keys_.size());
  adding_.insert(keys_.emplace_back(key));
  return true;
}

void KeyIndex::seal() {
  adding_.clear();
  // At most two thirds full: linear probing stays short.
  const size_t capacity = std::bit_ceil(std::max<size_t>(16, keys_.size() + keys_.size() / 2 + 1));
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  for (uint32_t id = 0; id < keys_.size(); ++id) {
    const std::string& key = keys_[id];
    const uint64_t hash = Hash()(key);
    size_t at = hash & mask_;
    while (slots_[at].length != kEmpty) at = (at + 1) & mask_;
    Slot& slot = slots_[at];
    slot.hash = hash;
    slot.id = id;
    slot.length = static_cast<uint32_t>(key.size());
    std::memcpy(slot.key, key.data(), std::min(key.size(), kInlineKey));
  }
}

std::optional<uint32_t> KeyIndex::find(std::string_view key) const {
  if (slots_.empty()) return std::nullopt;
  const uint64_t hash = Hash()(key);
  for (size_t at = hash & mask_;; at = (at + 1) & mask_) {
    const Slot& slot = slots_[at];
    if (slot.length == kEmpty) return std::nullopt;
    if (slot.hash != hash || slot.length != key.size()) continue;
    const size_t head = std::min(key.size(), kInlineKey);
    if (std::memcmp(slot.key, key.data(), head) != 0) continue;
    if (key.size() > kInlineKey &&
        std::memcmp(keys_[slot.id].data() + kInlineKey, key.data() + kInlineKey,
                    key.size() - kInlineKey) != 0)
      continue;
    return slot.id;
  }
}

}  // namespace l10n::detail
