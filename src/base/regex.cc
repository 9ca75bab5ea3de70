#include "base/regex.h"

#include <unicode/regex.h>
#include <unicode/utext.h>

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

std::vector<Regex::Range> Regex::find_ranges(std::string_view text) const {
  std::vector<Range> ranges;
  if (pattern_ == nullptr) return ranges;
  // Matching over UTF-8 directly makes ICU's native indexes byte offsets.
  UErrorCode status = U_ZERO_ERROR;
  UText* input = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  const std::unique_ptr<UText, decltype(&utext_close)> closer(input, utext_close);
  const std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(status));
  if (U_FAILURE(status)) return ranges;
  matcher->reset(input);
  while (matcher->find(status) && U_SUCCESS(status))
    ranges.push_back({static_cast<size_t>(matcher->start64(status)),
                      static_cast<size_t>(matcher->end64(status))});
  return ranges;
}

}  // namespace l10nc
