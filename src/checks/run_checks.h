#pragma once

#include <set>
#include <string>
#include <vector>

#include "checks/check_registry.h"
#include "checks/finding.h"
#include "model/catalog.h"

namespace l10nc {

// Which checks run and at what severity (ids as in check_registry()).
struct CheckOptions {
  std::set<std::string> disabled;
  std::set<std::string> as_errors;
};

struct EnabledCheck {
  const CheckInfo* info = nullptr;
  Severity severity = Severity::warning;
};

// The registry minus what is disabled, with --error applied.
std::vector<EnabledCheck> enabled_checks(const CheckOptions& options);

// Runs the checks on every translation that has a target (and on the catalog), and returns
// the findings sorted by file, line and column.
std::vector<Finding> run_checks(const Catalog& catalog, const std::vector<EnabledCheck>& checks);

}  // namespace l10nc
