#include <iomanip>
#include <iostream>
#include <memory>

#include "base/file_io.h"
#include "check_options.h"
#include "checks/baseline.h"
#include "checks/check_report.h"
#include "cli_support.h"
#include "commands.h"
#include "writers/check_reports.h"

namespace l10nc::cli {

namespace {

struct CheckCommandOptions {
  SyntaxChoice syntax = SyntaxChoice::automatic;
  std::vector<std::string> inputs;
  CheckSelection selection;
  std::string format = "text";
  std::string baseline;
  std::string write_baseline;
  std::string output;
  bool list_checks = false;
};

int list_checks() {
  for (const CheckInfo& check : check_registry())
    std::cout << std::left << std::setw(20) << check.id << std::setw(9)
              << severity_name(check.severity) << check.summary << "\n";
  return kSuccess;
}

std::optional<Baseline> load_baseline(const std::string& path) {
  std::string error;
  const std::optional<std::string> text = read_file(path, &error);
  if (!text) {
    print_error("cannot read baseline '" + path + "': " + error);
    return std::nullopt;
  }
  std::optional<Baseline> baseline = Baseline::parse(*text, &error);
  if (!baseline) print_error("baseline '" + path + "': " + error);
  return baseline;
}

std::string render(const CheckReport& report, ReportFormat format, bool color) {
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
      return write_junit_report(report);
    case ReportFormat::github:
      return write_github_report(report);
  }
  return {};
}

int run_check(const CheckCommandOptions& options) {
  if (options.list_checks) return list_checks();
  if (options.inputs.empty()) {
    print_error("check: no INPUT given");
    return kUsageError;
  }
  CheckOptions check_options;
  CoverageOptions coverage_options;
  CoverageThresholds thresholds;
  if (!parse_check_selection(options.selection, check_options, coverage_options, thresholds))
    return kUsageError;
  const std::optional<ReportFormat> format = parse_report_format(options.format);
  if (!format) return kUsageError;  // CLI11 checked it already
  std::optional<Baseline> baseline;
  if (!options.baseline.empty() && !(baseline = load_baseline(options.baseline)))
    return kUsageError;

  Catalog catalog;
  if (const int status = load_catalog_for_checks(options.inputs, catalog, options.syntax);
      status != kSuccess)
    return status;
  CheckReport report = check_catalog(catalog, check_options, coverage_options, thresholds);
  std::vector<Finding> findings = std::move(report.findings);
  report.findings.clear();
  std::string error;
  if (!options.write_baseline.empty() &&
      !write_file_atomically(options.write_baseline, Baseline::to_json(findings), &error)) {
    print_error("cannot write baseline '" + options.write_baseline + "': " + error);
    return kUsageError;
  }
  for (Finding& finding : findings) {
    if (baseline && baseline->contains(finding))
      ++report.suppressed;
    else
      report.findings.push_back(std::move(finding));
  }

  const bool to_file = !options.output.empty();
  const std::string text = render(report, *format, !to_file && use_color_on_stdout());
  if (to_file) {
    if (const int status = write_output_file(options.output, text); status != kSuccess)
      return status;
  } else {
    std::cout << text << std::flush;
  }
  if (*format != ReportFormat::text || to_file)
    std::cerr << "l10nc: check " << (report.passed() ? "passed" : "FAILED") << ": "
              << report.count(Severity::error) << " errors, " << report.count(Severity::warning)
              << " warnings\n";
  return report.passed() ? kSuccess : kInvalidInput;
}

}  // namespace

Command add_check_command(CLI::App& app) {
  auto options = std::make_shared<CheckCommandOptions>();
  CLI::App* command =
      app.add_subcommand("check", "Check translations: coverage, and what breaks or reads wrong");
  command->footer(
      "Reports findings (file:line:col of the translation, a check id, error or warning) and\n"
      "each locale's coverage. Exit status: 0 passed, 1 an error-level finding or a locale\n"
      "below its --min-coverage, 2 usage error or unreadable input. 'l10nc check --list-checks'\n"
      "lists the check ids. XLIFF inputs are also held to their specification, as 'l10nc\n"
      "validate' does: each violation is a warning on stderr with its rule id.");
  command->add_option("inputs", options->inputs,
                      "Source files, or directories searched recursively for input files");
  add_message_syntax_option(*command, options->syntax);
  add_check_selection_options(*command, options->selection);
  command->add_option("--format", options->format, "Report format")
      ->check(CLI::IsMember(report_format_names()))
      ->capture_default_str();
  command
      ->add_option("--baseline", options->baseline,
                   "Leave out findings recorded in FILE by --write-baseline")
      ->type_name("FILE");
  command
      ->add_option("--write-baseline", options->write_baseline,
                   "Record every finding of this run in FILE")
      ->type_name("FILE");
  command->add_option("-o,--output", options->output, "Write the report to FILE, not stdout")
      ->type_name("FILE");
  command->add_flag("--list-checks", options->list_checks, "List the checks and exit");
  return {command, [options] { return run_check(*options); }};
}

}  // namespace l10nc::cli
