#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "checks/check_report.h"

// The formats `l10nc check` reports in. Each writer turns a CheckReport into the whole text of
// its output; none reads or writes files itself (the text one reads source lines through the
// DiagnosticPrinter).
namespace l10nc {

enum class ReportFormat { text, json, sarif, junit, github };
const std::vector<std::string>& report_format_names();  // "text", "json", ...
std::optional<ReportFormat> parse_report_format(std::string_view name);

// Who made the report, for the formats that say so.
struct ToolInfo {
  std::string name = "l10nc";
  std::string version;
  std::string information_uri;
};

// Clang-style findings with source lines and carets, the coverage table, and a verdict.
std::string write_text_report(const CheckReport& report, DiagnosticPrinter& printer);
// The JSON schema is documented in README.md ("l10nc check" > JSON).
std::string write_json_report(const CheckReport& report, const ToolInfo& tool);
// SARIF 2.1.0, as GitHub code scanning takes it.
std::string write_sarif_report(const CheckReport& report, const ToolInfo& tool);
struct JunitOptions {
  bool warnings_fail = false;  // --junit-warnings-fail: warnings are <failure>s too
};
// JUnit XML: a testsuite per locale, a testcase per check (and one for coverage); a testsuite
// `input` with a testcase per file the readers reported on (an <error> when it could not be
// read). Warnings go to a passing test's <system-out> unless options.warnings_fail.
std::string write_junit_report(const CheckReport& report, const JunitOptions& options = {});
// GitHub Actions workflow commands: ::error/::warning annotations.
std::string write_github_report(const CheckReport& report);

}  // namespace l10nc
