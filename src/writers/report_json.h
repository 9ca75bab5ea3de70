#pragma once

#include <nlohmann/json.hpp>

#include "checks/check_report.h"

// JSON pieces the json and sarif reports share.
namespace l10nc::report_json {

nlohmann::ordered_json location(const Location& location);
nlohmann::ordered_json counts(const CoverageCounts& counts, const CoverageOptions& options);
// One object per locale: its counts, minimum, result and documents.
nlohmann::ordered_json coverage(const CheckReport& report);

}  // namespace l10nc::report_json
