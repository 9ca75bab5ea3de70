// [whitespace]: leading, trailing or doubled white space differs from the English.
#include <unicode/uchar.h>

#include "base/unicode_text.h"
#include "checks/check.h"

namespace l10nc {

namespace {

struct Spacing {
  bool leading = false;
  bool trailing = false;
  bool doubled = false;  // two or more white-space characters in a row
};

Spacing spacing_of(const std::string& text) {
  const icu::UnicodeString characters = to_utf16(text);
  Spacing spacing;
  if (characters.isEmpty()) return spacing;
  spacing.leading = u_isUWhiteSpace(characters.char32At(0));
  spacing.trailing = u_isUWhiteSpace(characters.char32At(characters.length() - 1));
  bool previous = false;
  for (int32_t i = 0; i < characters.length(); i = characters.moveIndex32(i, 1)) {
    const bool space = u_isUWhiteSpace(characters.char32At(i));
    if (space && previous) spacing.doubled = true;
    previous = space;
  }
  return spacing;
}

}  // namespace

void check_whitespace(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.source == nullptr || checked.target == nullptr) return;
  const Spacing source = spacing_of(checked.source->text);
  const Spacing target = spacing_of(checked.target->text);
  std::vector<std::string> problems;
  if (source.leading != target.leading)
    problems.push_back(target.leading ? "the translation starts with white space, the English "
                                        "does not"
                                      : "the English starts with white space, the translation "
                                        "does not");
  if (source.trailing != target.trailing)
    problems.push_back(target.trailing ? "the translation ends with white space, the English "
                                         "does not"
                                       : "the English ends with white space, the translation "
                                         "does not");
  if (target.doubled && !source.doubled)
    problems.push_back("the translation has doubled white space, the English does not");
  if (problems.empty()) return;
  reporter.report(checked, checked.translation.text, join_problems(problems));
}

}  // namespace l10nc
