#pragma once

#include <cstddef>
#include <vector>

#include "checks/coverage.h"
#include "checks/finding.h"
#include "checks/run_checks.h"

namespace l10nc {

// Everything `l10nc check` found, for the report writers.
struct CheckReport {
  std::vector<EnabledCheck> checks;  // what ran, at what severity
  std::vector<Finding> findings;     // reported: the baseline's are left out
  size_t suppressed = 0;             // findings the baseline left out
  std::vector<LocaleCoverage> coverage;
  CoverageOptions coverage_options;

  size_t count(Severity severity) const;
  bool coverage_passed() const;
  // No error-level finding and every locale at or above its minimum.
  bool passed() const { return count(Severity::error) == 0 && coverage_passed(); }
};

// Runs the enabled checks on the catalog and computes its coverage: every finding goes into
// `findings` (a baseline is applied afterwards).
CheckReport check_catalog(const Catalog& catalog, const CheckOptions& check_options,
                          const CoverageOptions& coverage_options,
                          const CoverageThresholds& thresholds);

}  // namespace l10nc
