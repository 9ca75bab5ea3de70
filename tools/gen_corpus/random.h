#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace l10nc::gen {

// Deterministic everywhere: SplitMix64 seeded from a name, so that a text depends only on
// what it is (the English of entry 12, its Japanese), never on the platform, on the other
// locales asked for, or on how many values were drawn elsewhere. (std:: distributions differ
// between standard libraries.)
class Random {
 public:
  explicit Random(std::string_view seed) {
    state_ = 0xcbf29ce484222325u;  // FNV-1a
    for (const char c : seed) state_ = (state_ ^ static_cast<unsigned char>(c)) * 0x100000001b3u;
  }

  uint64_t next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
  }
  size_t below(size_t bound) { return static_cast<size_t>(next() % bound); }
  size_t between(size_t low, size_t high) { return low + below(high - low + 1); }  // inclusive
  bool percent(int chance) { return below(100) < static_cast<size_t>(chance); }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  uint64_t state_;
};

}  // namespace l10nc::gen
