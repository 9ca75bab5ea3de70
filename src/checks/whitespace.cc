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

Spacing spacing_of(std::string_view text) {
  Spacing spacing;
  bool first = true;
  bool previous = false;
  for_each_code_point(text, [&](UChar32 c) {
    const bool space = is_white_space(c);
    if (first) spacing.leading = space;
    first = false;
    if (space && previous) spacing.doubled = true;
    previous = space;
  });
  spacing.trailing = previous;
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
