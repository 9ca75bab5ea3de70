#include "model/text_placeholders.h"

#include "base/regex.h"

namespace l10nc {

namespace {

// Alternatives in order: a Symfony %name% before printf reads "%n" of it; printf flags leave
// out the space flag, so that "100% of" or "50% sure" are no placeholders.
constexpr char16_t kPlaceholders[] =
    u"%%"
    u"|%[A-Za-z_][A-Za-z0-9_.-]*%"
    u"|%(?:[0-9]+\\$)?[-+0#]*(?:[0-9]+|\\*)?(?:\\.(?:[0-9]+|\\*))?(?:hh|h|ll|l|L|z|j|t)?"
    u"[diouxXeEfFgGaAcsp@]"
    u"|\\{\\{\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*\\}\\}"
    u"|\\{[0-9]+(?:,\\s*[-+]?[0-9]+)?(?::[^{}]*)?\\}";

}  // namespace

std::vector<std::string> text_placeholders(std::string_view text) {
  static const Regex kRegex(kPlaceholders);
  std::vector<std::string> found;
  if (text.find_first_of("%{") == std::string_view::npos) return found;  // every one starts so
  for (std::vector<std::string>& match : kRegex.find_all(text)) {
    std::string& placeholder = match.front();
    if (placeholder == "%%") continue;
    if (placeholder.starts_with("{{")) std::erase(placeholder, ' ');
    found.push_back(std::move(placeholder));
  }
  return found;
}

}  // namespace l10nc
