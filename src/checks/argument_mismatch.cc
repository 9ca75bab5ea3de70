// [argument-mismatch]: the translation's argument names or types differ from the English.
#include <map>
#include <set>

#include "checks/check.h"

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

}  // namespace

void check_argument_mismatch(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.source == nullptr || checked.target == nullptr) return;
  const ArgumentTypes source = types_by_name(*checked.source);
  const ArgumentTypes target = types_by_name(*checked.target);
  std::vector<std::string> problems;
  for (const auto& [name, types] : source) {
    auto found = target.find(name);
    if (found == target.end())
      problems.push_back("{" + name + "} of the English is missing");
    else if (found->second != types)
      problems.push_back(spell(name, found->second) + " is " + spell(name, types) +
                         " in the English");
  }
  for (const auto& [name, types] : target)
    if (!source.contains(name))
      problems.push_back("{" + name + "} is not an argument of the English");
  if (problems.empty()) return;
  reporter.report(checked, checked.translation.text,
                  "arguments differ from the English: " + join_problems(problems));
}

}  // namespace l10nc
