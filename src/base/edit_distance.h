#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace l10nc {

// Levenshtein distance between two byte strings (keys, locale ids and check ids are ASCII).
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `name` for a "did you mean ...?" hint, if one is close enough.
std::optional<std::string> closest_match(std::string_view name,
                                         const std::vector<std::string>& candidates);

}  // namespace l10nc
