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

}  // namespace l10nc
