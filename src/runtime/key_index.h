#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace l10n::detail {

// Message keys of the root bundle, numbered once: every bundle and every resolved locale is an
// array indexed by these numbers, so a call hashes its key once, whatever the locale.
// The table is open-addressed with one cache line per slot holding the key's hash and its
// first 48 bytes, so that finding a key usually touches a single line of memory.
class KeyIndex {
 public:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view key) const { return std::hash<std::string_view>()(key); }
  };

  // While the root bundle loads: numbers a new key (false for a key already added).
  bool add(std::string_view key, uint32_t& id);
  // Builds the table; find() works from then on, add() no more.
  void seal();

  std::optional<uint32_t> find(std::string_view key) const;
  size_t size() const { return keys_.size(); }
  const std::deque<std::string>& keys() const { return keys_; }  // by id

 private:
  static constexpr size_t kInlineKey = 48;
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct alignas(64) Slot {
    uint64_t hash = 0;
    uint32_t id = 0;
    uint32_t length = kEmpty;
    char key[kInlineKey] = {};
  };

  std::deque<std::string> keys_;  // a deque: adding never moves the strings `adding_` views
  std::unordered_set<std::string_view, Hash> adding_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace l10n::detail
