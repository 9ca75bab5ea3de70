#include <iostream>
#include <memory>

#include "check_options.h"
#include "checks/check_report.h"
#include "cli_support.h"
#include "commands.h"
#include "writers/html_report.h"

namespace l10nc::cli {

namespace {

struct ReportOptions {
  SyntaxChoice syntax = SyntaxChoice::automatic;
  std::vector<std::string> inputs;
  std::string html;
  CheckSelection selection;
};

int run_report(const ReportOptions& options) {
  CheckOptions check_options;
  CoverageOptions coverage_options;
  CoverageThresholds thresholds;
  if (!parse_check_selection(options.selection, check_options, coverage_options, thresholds))
    return kUsageError;
  coverage_options.list_uncovered_keys = true;
  Catalog catalog;
  if (const int status = load_catalog_for_checks(options.inputs, catalog, options.syntax);
      status != kSuccess)
    return status;
  const CheckReport report = check_catalog(catalog, check_options, coverage_options, thresholds);
  const std::string page =
      write_html_report(report, ToolInfo{"l10nc", L10NC_VERSION, L10NC_HOMEPAGE});

  if (const int status = write_output_file(options.html, page); status != kSuccess) return status;
  std::cout << "l10nc: wrote " << options.html << ": " << report.coverage.size() << " locales, "
            << report.count(Severity::error) << " errors, " << report.count(Severity::warning)
            << " warnings; check " << (report.passed() ? "passed" : "FAILED") << "\n";
  return kSuccess;
}

}  // namespace

Command add_report_command(CLI::App& app) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* command = app.add_subcommand(
      "report", "Write an HTML page: coverage charts, findings, untranslated keys");
  command->footer(
      "Write one self-contained HTML file (inline CSS and SVG, nothing fetched from the network):\n"
      "bar charts of each locale's and each document's coverage with tables of the numbers, the\n"
      "findings of 'l10nc check' grouped by check and locale with their file:line:col, and the\n"
      "keys each locale lacks. A locale is judged by what its users read along CLDR's fallback\n"
      "chain, and the bundles read from are named. The page is written whatever the checks find\n"
      "(exit 0); gate CI with 'l10nc check'. FILE is replaced atomically.");
  command
      ->add_option("inputs", options->inputs, "Sources: files, or directories searched recursively")
      ->required();
  add_message_syntax_option(*command, options->syntax);
  command->add_option("--html", options->html, "The HTML file to write")
      ->type_name("FILE")
      ->required();
  add_check_selection_options(*command, options->selection);
  return {command, [options] { return run_report(*options); }};
}

}  // namespace l10nc::cli
