#include "base/regex.h"

#include <unicode/regex.h>

#include "base/unicode_text.h"

namespace l10nc {

Regex::Regex(const char16_t* pattern) {
  UErrorCode status = U_ZERO_ERROR;
  pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString(pattern), 0, status));
  if (U_FAILURE(status)) pattern_.reset();
}

Regex::~Regex() = default;

std::vector<std::vector<std::string>> Regex::find_all(std::string_view text) const {
  std::vector<std::vector<std::string>> matches;
  if (pattern_ == nullptr) return matches;
  const icu::UnicodeString input = to_utf16(text);
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(input, status));
  if (U_FAILURE(status)) return matches;
  while (matcher->find(status) && U_SUCCESS(status)) {
    std::vector<std::string> groups;
    for (int32_t group = 0; group <= matcher->groupCount(); ++group)
      groups.push_back(to_utf8(matcher->group(group, status)));
    matches.push_back(std::move(groups));
  }
  return matches;
}

}  // namespace l10nc
