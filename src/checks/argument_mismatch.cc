// [argument-mismatch]: the translation's argument names or types differ from the English; in
// text-syntax messages, so do the placeholders other formatters fill in ("%s", "%name%",
// "{{ name }}", "{0}").
#include <algorithm>
#include <map>
#include <set>

#include "checks/check.h"
#include "model/text_placeholders.h"

namespace l10nc {

namespace {

using ArgumentTypes = std::map<std::string, std::set<std::string>>;

ArgumentTypes types_by_name(const ParsedPattern& pattern) {
  ArgumentTypes types;
  for (const PatternArgument& argument : pattern.arguments)
    types[argument.name].insert(argument.type);
  return types;
}

std::string spell(const std::string& name, const std::set<std::string>& types) {
  std::string spelled;
  for (const std::string& type : types) {
    if (!spelled.empty()) spelled += " and ";
    spelled += "{" + name + (type.empty() ? "" : ", " + type) + "}";
  }
  return spelled;
}

// Placeholders of `from` that `to` has fewer of, each once: "'%s' of the English is missing".
void count_differences(const std::vector<std::string>& from, const std::vector<std::string>& to,
                       const char* what, std::vector<std::string>& problems) {
  std::map<std::string, int> counts;
  for (const std::string& placeholder : from) ++counts[placeholder];
  for (const std::string& placeholder : to) --counts[placeholder];
  for (const auto& [placeholder, count] : counts)
    if (count > 0) problems.push_back("'" + placeholder + "' " + what);
}

void check_text_placeholders(const CheckedTranslation& checked, FindingReporter& reporter) {
  const std::vector<std::string> source = text_placeholders(checked.source->text);
  const std::vector<std::string> target = text_placeholders(checked.target->text);
  if (source.empty() && target.empty()) return;
  std::vector<std::string> problems;
  count_differences(source, target, "of the English is missing", problems);
  count_differences(target, source, "is not in the English", problems);
  if (problems.empty()) return;
  reporter.report(checked, checked.translation.text,
                  "placeholders differ from the English: " + join_problems(problems));
}

// An XLIFF 2 code with canDelete (yes by default) may be left out of a translation; the
// compiler makes the runtime accept that (see bundle_plan.cc).
bool is_deletable_code(const Entry& entry, const std::string& argument) {
  return std::any_of(entry.codes.begin(), entry.codes.end(), [&](const InlineCode& code) {
    return code.deletable && code.argument == argument;
  });
}

}  // namespace

void check_argument_mismatch(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.source == nullptr || checked.target == nullptr) return;
  if (checked.translation.text.syntax == MessageSyntax::text)
    check_text_placeholders(checked, reporter);
  const ArgumentTypes source = types_by_name(*checked.source);
  const ArgumentTypes target = types_by_name(*checked.target);
  std::vector<std::string> problems;
  for (const auto& [name, types] : source) {
    auto found = target.find(name);
    if (found == target.end()) {
      if (!is_deletable_code(checked.entry, name))
        problems.push_back("{" + name + "} of the English is missing");
    } else if (found->second != types) {
      problems.push_back(spell(name, found->second) + " is " + spell(name, types) +
                         " in the English");
    }
  }
  for (const auto& [name, types] : target)
    if (!source.contains(name))
      problems.push_back("{" + name + "} is not an argument of the English");
  if (problems.empty()) return;
  reporter.report(checked, checked.translation.text,
                  "arguments differ from the English: " + join_problems(problems));
}

}  // namespace l10nc
