#include "checks/run_checks.h"

#include <algorithm>
#include <optional>
#include <tuple>

namespace l10nc {

std::vector<EnabledCheck> enabled_checks(const CheckOptions& options) {
  std::vector<EnabledCheck> checks;
  for (const CheckInfo& check : check_registry()) {
    const std::string id(check.id);
    if (options.disabled.contains(id)) continue;
    checks.push_back({&check, options.as_errors.contains(id) ? Severity::error : check.severity});
  }
  return checks;
}

std::vector<Finding> run_checks(const Catalog& catalog, const std::vector<EnabledCheck>& checks) {
  std::vector<Finding> findings;
  std::vector<FindingReporter> reporters;
  reporters.reserve(checks.size());
  for (const EnabledCheck& check : checks)
    reporters.emplace_back(catalog, check.info->id, check.severity, findings);

  for (const Entry& entry : catalog.entries()) {
    const std::optional<ParsedPattern> source = parse_pattern(entry.source.pattern);
    for (const auto& [locale, translation] : entry.translations) {
      if (translation.state == TranslationState::missing) continue;
      const std::optional<ParsedPattern> target = parse_pattern(translation.text.pattern);
      const CheckedTranslation checked{entry, locale, translation, source ? &*source : nullptr,
                                       target ? &*target : nullptr};
      for (size_t i = 0; i < checks.size(); ++i)
        if (checks[i].info->check_translation != nullptr)
          checks[i].info->check_translation(checked, reporters[i]);
    }
  }
  for (size_t i = 0; i < checks.size(); ++i)
    if (checks[i].info->check_catalog != nullptr)
      checks[i].info->check_catalog(catalog, reporters[i]);

  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    const Location& x = a.diagnostic.location;
    const Location& y = b.diagnostic.location;
    return std::tie(x.file, x.line, x.column) < std::tie(y.file, y.line, y.column);
  });
  return findings;
}

}  // namespace l10nc
