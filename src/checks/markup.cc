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

// The same for XLIFF paired inline codes, which are arguments in the patterns ({b_start} ...
// {b_end}): an end before its start, or crossing pairs, breaks the markup the codes restore.
std::vector<std::string> code_nesting_problems(const ParsedPattern& pattern,
                                               const std::vector<InlineCode>& codes) {
  std::map<std::string, const InlineCode*> by_argument;
  for (const InlineCode& code : codes)
    if (code.role != InlineCode::Role::standalone) by_argument[code.argument] = &code;
  std::vector<std::string> problems;
  std::vector<const InlineCode*> open;
  for (const PatternArgument& argument : pattern.arguments) {
    auto found = by_argument.find(argument.name);
    if (found == by_argument.end()) continue;
    const InlineCode& code = *found->second;
    const std::string spelled = "{" + code.argument + "}";
    if (code.role == InlineCode::Role::start) {
      open.push_back(&code);
    } else if (open.empty()) {
      problems.push_back(spelled + " closes nothing");
    } else if (open.back()->id != code.id) {
      problems.push_back(spelled + " closes {" + open.back()->argument + "}");
      open.pop_back();
    } else {
      open.pop_back();
    }
  }
  for (const InlineCode* code : open) problems.push_back("{" + code->argument + "} is not closed");
  return problems;
}

}  // namespace

void check_markup(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.source == nullptr || checked.target == nullptr) return;
  const std::vector<MarkupTag> source = markup_tags(checked.source->text);
  const std::vector<MarkupTag> target = markup_tags(checked.target->text);
  std::vector<std::string> problems;
  // Missing codes are argument-mismatch's; their order is this check's.
  if (!checked.entry.codes.empty() &&
      code_nesting_problems(*checked.source, checked.entry.codes).empty())
    problems = code_nesting_problems(*checked.target, checked.entry.codes);
  if (source.empty() && target.empty() && problems.empty()) return;

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
