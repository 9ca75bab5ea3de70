#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check_registry.h"
#include "checks/coverage.h"
#include "checks/finding.h"
#include "checks/run_checks.h"

namespace l10nc {

// The check id of findings about the inputs themselves: a file that could not be read (an
// error: nothing is checked then) or that its reader warned about (a translation made for
// other English, a state it does not know, an element it does not read).
inline constexpr std::string_view kInputCheckId = "input";
// Its id, severity and help, for the reports that list rules; it is always on, and not in
// check_registry() (it cannot be disabled).
const CheckInfo& input_check_info();

// A reader's diagnostic as an `input` finding, at the diagnostic's severity, a validator's rule
// id kept at the end of its message. Its text hash is of the file and message, so that a
// baseline can hold reader warnings too.
Finding input_finding(Diagnostic diagnostic);

// Everything `l10nc check` found, for the report writers.
struct CheckReport {
  std::vector<EnabledCheck> checks;  // what ran, at what severity
  std::vector<Finding> findings;     // reported: the baseline's are left out
  size_t suppressed = 0;             // findings the baseline left out
  std::vector<LocaleCoverage> coverage;
  CoverageOptions coverage_options;
  // False when an input could not be read: nothing was checked, `coverage` is empty and the
  // findings are the `input` ones.
  bool inputs_read = true;

  size_t count(Severity severity) const;
  bool coverage_passed() const;
  // Every input read, no error-level finding and every locale at or above its minimum.
  bool passed() const { return inputs_read && count(Severity::error) == 0 && coverage_passed(); }
};

// Runs the enabled checks on the catalog and computes its coverage: every finding goes into
// `findings` (a baseline is applied afterwards).
CheckReport check_catalog(const Catalog& catalog, const CheckOptions& check_options,
                          const CoverageOptions& coverage_options,
                          const CoverageThresholds& thresholds);

// "1 error", "2 warnings": a count and its noun, plural unless the count is 1.
std::string count_of(size_t count, std::string_view noun);

// The gate's verdict as every format states it: "passed: 0 errors, 1 warning", "FAILED: 1 error,
// 3 warnings (2 more suppressed by the baseline); coverage below the minimum: fr, ja", "FAILED:
// 1 error, 0 warnings; the inputs could not be read: nothing was checked".
std::string verdict(const CheckReport& report);

}  // namespace l10nc
