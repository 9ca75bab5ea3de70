#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace l10nc {

struct FrontMatterValue {
  std::string value;  // unquoted
  size_t offset = 0;  // byte offset of the value in the file
};

struct FrontMatter {
  size_t end = 0;  // byte offset just past the closing "---" line
  std::map<std::string, FrontMatterValue, std::less<>> values;
};

// The YAML front matter that opens a DocFX page ("---" ... "---"). Only top-level
// "key: value" scalars are read: that is all DocFX metadata l10nc uses; lists and nested
// values are skipped. Returns nullopt when the text does not start with "---"; sets
// *unclosed when it does but no closing "---" line follows.
std::optional<FrontMatter> parse_front_matter(std::string_view text, bool* unclosed);

}  // namespace l10nc
