#include <iomanip>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "base/file_io.h"
#include "check_options.h"
#include "checks/check_report.h"
#include "cli_support.h"
#include "commands.h"
#include "writers/check_reports.h"

namespace l10nc::cli {

namespace {

struct CheckCommandOptions {
  GateOptions gate;
  std::string format = "text";
  std::string output;
  bool list_checks = false;
  bool junit_warnings_fail = false;
};

// The checks as a table (text) or JSON; the other formats are for findings.
int list_checks(ReportFormat format) {
  if (format == ReportFormat::json) {
    nlohmann::ordered_json checks = nlohmann::ordered_json::array();
    for (const CheckInfo& check : check_registry())
      checks.push_back({{"id", check.id},
                        {"severity", severity_name(check.severity)},
                        {"summary", check.summary},
                        {"description", check.description}});
    std::cout << nlohmann::ordered_json{{"l10nc-checks", 1}, {"checks", std::move(checks)}}.dump(2)
              << "\n";
    return kSuccess;
  }
  if (format != ReportFormat::text) {
    print_error("--list-checks: --format must be text or json");
    return kUsageError;
  }
  for (const CheckInfo& check : check_registry())
    std::cout << std::left << std::setw(20) << check.id << std::setw(9)
              << severity_name(check.severity) << check.summary << "\n";
  return kSuccess;
}

std::string render(const CheckReport& report, ReportFormat format, bool color,
                   const CheckCommandOptions& options) {
  const ToolInfo tool{"l10nc", L10NC_VERSION, L10NC_HOMEPAGE};
  switch (format) {
    case ReportFormat::text: {
      DiagnosticPrinter printer(color);
      return write_text_report(report, printer);
    }
    case ReportFormat::json:
      return write_json_report(report, tool);
    case ReportFormat::sarif:
      return write_sarif_report(report, tool);
    case ReportFormat::junit:
      return write_junit_report(report, JunitOptions{options.junit_warnings_fail});
    case ReportFormat::github:
      return write_github_report(report);
  }
  return {};
}

int run_check(const CheckCommandOptions& options) {
  const std::optional<ReportFormat> format = parse_report_format(options.format);
  if (!format) return kUsageError;  // CLI11 checked it already
  if (options.list_checks) return list_checks(*format);
  std::optional<GateResult> gate = run_gate(options.gate, false);
  if (!gate) return kUsageError;
  const CheckReport& report = gate->report;

  const bool to_file = !options.output.empty() && options.output != "-";  // -o -: stdout
  // The text report on the terminal has the readers' diagnostics among its findings; elsewhere
  // stderr has them too, for the log.
  const bool text_on_stdout = *format == ReportFormat::text && !to_file;
  if (!text_on_stdout) print_diagnostics(gate->input_diagnostics);
  const std::string text = render(report, *format, !to_file && use_color_on_stdout(), options);
  if (to_file) {
    if (const int status = write_output_file(options.output, text); status != kSuccess)
      return status;
  } else {
    std::cout << text << std::flush;
  }
  if (!text_on_stdout) std::cerr << "l10nc: check " << verdict(report) << "\n";
  if (gate->load_status != kSuccess) return gate->load_status;
  return report.passed() ? kSuccess : kInvalidInput;
}

}  // namespace

Command add_check_command(CLI::App& app) {
  auto options = std::make_shared<CheckCommandOptions>();
  CLI::App* command =
      app.add_subcommand("check", "Check translations: coverage, and what breaks or reads wrong");
  command->footer(
      "Reports findings (file:line:col of the translation, a check id, error or warning) and\n"
      "each locale's coverage, by what its users read along CLDR's fallback chain ('from':\n"
      "the bundles, with how many keys each). Input that cannot be read is reported too, in\n"
      "every format, as findings of the check 'input' (then nothing else is checked); so are\n"
      "the readers' warnings.\n"
      "Exit status:\n"
      "  0  passed\n"
      "  1  failed: an error-level finding, a locale below its --min-coverage, or malformed input\n"
      "  2  usage error, or an input path that cannot be read\n"
      "'l10nc check --list-checks' lists the check ids. XLIFF inputs are also held to their\n"
      "specification, as 'l10nc validate' does: each violation is a warning with its rule id.");
  add_gate_options(*command, options->gate);
  command->add_option("--format", options->format, "Report format")
      ->check(CLI::IsMember(report_format_names()))
      ->capture_default_str();
  command
      ->add_option("-o,--output", options->output,
                   "Write the report to FILE (replaced atomically, also when the inputs cannot be "
                   "read), not stdout; '-' is stdout")
      ->type_name("FILE");
  command->add_flag("--junit-warnings-fail", options->junit_warnings_fail,
                    "With --format junit, make warnings failures (by default they are written "
                    "to a passing test's <system-out>)");
  command->add_flag("--list-checks", options->list_checks, "List the checks and exit");
  return {command, [options] { return run_check(*options); }};
}

}  // namespace l10nc::cli
