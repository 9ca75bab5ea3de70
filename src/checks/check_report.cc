#include "checks/check_report.h"

#include <algorithm>

namespace l10nc {

const CheckInfo& input_check_info() {
  static const CheckInfo info{
      kInputCheckId,
      Severity::error,
      "An input file could not be read, or its reader warned about it.",
      "Errors are input that is not well-formed (XML, DocFX markup, encoding) or a path that "
      "cannot be read: nothing is checked until they are fixed. Warnings are what the reader "
      "read but doubts: a translation made for English that has changed since (counted as "
      "needs-review), a state or an element it does not know.",
      nullptr,
      nullptr};
  return info;
}

Finding input_finding(Diagnostic diagnostic) {
  Finding finding;
  // A specification rule the validator names (xliff2:4.2.2.5-unit-id-unique) stays in the
  // message: the finding's rule is `input`, which every report format knows.
  if (!diagnostic.check_id.empty() && diagnostic.check_id != kInputCheckId)
    diagnostic.message += " [" + diagnostic.check_id + "]";
  diagnostic.check_id = std::string(kInputCheckId);
  finding.text_hash = hash_text(diagnostic.location.file + '\n' + diagnostic.message);
  finding.diagnostic = std::move(diagnostic);
  return finding;
}

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

std::string count_of(size_t count, std::string_view noun) {
  return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

std::string verdict(const CheckReport& report) {
  std::string out = report.passed() ? "passed" : "FAILED";
  out += ": " + count_of(report.count(Severity::error), "error") + ", " +
         count_of(report.count(Severity::warning), "warning");
  if (report.suppressed > 0)
    out += " (" + std::to_string(report.suppressed) + " more suppressed by the baseline)";
  if (!report.inputs_read) return out + "; the inputs could not be read: nothing was checked";
  std::string below;
  for (const LocaleCoverage& locale : report.coverage)
    if (!locale.passed) below += (below.empty() ? "" : ", ") + locale.locale;
  if (!below.empty()) out += "; coverage below the minimum: " + below;
  return out;
}

}  // namespace l10nc
