// [markup]: HTML-like tags in the translation are unbalanced, or differ from the English's.
#include <algorithm>
#include <map>
#include <set>

#include "checks/check.h"
#include "checks/markup_tags.h"

namespace l10nc {

namespace {

// What is wrong with the nesting of the tags; empty when every open tag is closed in order.
std::vector<std::string> nesting_problems(const std::vector<MarkupTag>& tags) {
  std::vector<std::string> problems;
  std::vector<std::string> open;
  for (const MarkupTag& tag : tags) {
    if (tag.kind == MarkupTag::Kind::open) {
      open.push_back(tag.name);
    } else if (tag.kind == MarkupTag::Kind::close) {
      if (open.empty()) {
        problems.push_back(tag.spelled() + " closes nothing");
      } else if (open.back() != tag.name) {
        problems.push_back(tag.spelled() + " closes <" + open.back() + ">");
        open.pop_back();
      } else {
        open.pop_back();
      }
    }
  }
  for (const std::string& name : open) problems.push_back("<" + name + "> is not closed");
  return problems;
}

}  // namespace

void check_markup(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.source == nullptr || checked.target == nullptr) return;
  const std::vector<MarkupTag> source = markup_tags(checked.source->text);
  const std::vector<MarkupTag> target = markup_tags(checked.target->text);
  if (source.empty() && target.empty()) return;

  std::vector<std::string> problems;
  // Tags one side has more of than the other, in the order they appear.
  std::map<std::string, int> surplus;  // English count minus translation count
  for (const MarkupTag& tag : source) ++surplus[tag.spelled()];
  for (const MarkupTag& tag : target) --surplus[tag.spelled()];
  std::set<std::string> reported;
  for (const MarkupTag& tag : source)
    if (surplus[tag.spelled()] > 0 && reported.insert(tag.spelled()).second)
      problems.push_back(tag.spelled() + " of the English is missing");
  for (const MarkupTag& tag : target)
    if (surplus[tag.spelled()] < 0 && reported.insert(tag.spelled()).second)
      problems.push_back(tag.spelled() + " is not in the English");
  if (nesting_problems(source).empty())
    for (std::string& problem : nesting_problems(target)) problems.push_back(std::move(problem));
  if (problems.empty()) return;
  reporter.report(checked, checked.translation.text,
                  "markup differs from the English: " + join_problems(problems));
}

}  // namespace l10nc
