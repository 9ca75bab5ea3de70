// [do-not-translate]: an identifier of the English (SEC_E_OK, CompleteAuthToken, call()) is
// missing from the translation. (A keyed table's first cell is [keyed-cell]'s.)
#include "checks/check.h"
#include "checks/identifier_tokens.h"

namespace l10nc {

namespace {

std::string quote_list(const std::vector<std::string>& tokens) {
  constexpr size_t kShown = 5;
  std::string list;
  for (size_t i = 0; i < tokens.size() && i < kShown; ++i)
    list += (i == 0 ? "'" : ", '") + tokens[i] + "'";
  if (tokens.size() > kShown) list += " and " + std::to_string(tokens.size() - kShown) + " more";
  return list;
}

}  // namespace

void check_do_not_translate(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.source == nullptr || checked.target == nullptr) return;
  std::vector<std::string> tokens = identifier_tokens(checked.source->text);
  // An English that is one identifier and nothing else is a key standing in for the text
  // (locize's and i18next's XLIFF without an English file): translating it is the point.
  if (tokens.size() == 1 && tokens.front() == checked.source->text) return;
  std::vector<std::string> missing;
  for (std::string& token : tokens)
    if (!contains_token(checked.target->text, token)) missing.push_back(std::move(token));
  if (missing.empty()) return;
  reporter.report(checked, checked.translation.text,
                  (missing.size() == 1 ? "the identifier " : "the identifiers ") +
                      quote_list(missing) + " of the English " +
                      (missing.size() == 1 ? "is" : "are") + " missing from the translation");
}

}  // namespace l10nc
