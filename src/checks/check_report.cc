#include "checks/check_report.h"

#include <algorithm>

namespace l10nc {

size_t CheckReport::count(Severity severity) const {
  return static_cast<size_t>(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) {
    return f.severity() == severity;
  }));
}

bool CheckReport::coverage_passed() const {
  return std::all_of(coverage.begin(), coverage.end(),
                     [](const LocaleCoverage& locale) { return locale.passed; });
}

CheckReport check_catalog(const Catalog& catalog, const CheckOptions& check_options,
                          const CoverageOptions& coverage_options,
                          const CoverageThresholds& thresholds) {
  CheckReport report;
  report.checks = enabled_checks(check_options);
  report.coverage_options = coverage_options;
  report.coverage = compute_coverage(catalog, coverage_options, thresholds);
  report.findings = run_checks(catalog, report.checks);
  return report;
}

}  // namespace l10nc
