#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "checks/coverage.h"
#include "checks/run_checks.h"
#include "model/catalog.h"

namespace l10nc::cli {

// The options `check` and `report` share: which checks run and how coverage counts.
struct CheckSelection {
  std::vector<std::string> min_coverage;
  bool no_mt = false;
  std::vector<std::string> disable;
  std::vector<std::string> error;
};

// --min-coverage, --no-mt, --disable, --error.
void add_check_selection_options(CLI::App& command, CheckSelection& selection);

// The parsed options; false after printing a usage error (an unknown check id gets a "did you
// mean").
bool parse_check_selection(const CheckSelection& selection, CheckOptions& checks,
                           CoverageOptions& coverage, CoverageThresholds& thresholds);

// Reads the inputs as `check` does: conflicting keys become findings, not errors. Prints
// diagnostics; returns kSuccess or the exit code.
int load_catalog_for_checks(const std::vector<std::string>& inputs, Catalog& catalog,
                            SyntaxChoice syntax);

}  // namespace l10nc::cli
