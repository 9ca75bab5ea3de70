#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class RegexPattern;
U_NAMESPACE_END

namespace l10nc {

// An ICU regular expression, compiled once and usable from any thread, over UTF-8 text.
class Regex {
 public:
  explicit Regex(const char16_t* pattern);  // a pattern ICU rejects matches nothing
  ~Regex();
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  // Every match in order: the whole match, then each capture group ("" when it took no part).
  std::vector<std::vector<std::string>> find_all(std::string_view text) const;

  // Where each match is: UTF-8 byte offsets [begin, end) of the whole match, in order.
  struct Range {
    size_t begin = 0;
    size_t end = 0;
  };
  std::vector<Range> find_ranges(std::string_view text) const;

 private:
  std::unique_ptr<icu::RegexPattern> pattern_;
};

}  // namespace l10nc
