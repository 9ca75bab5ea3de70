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
  GateOptions gate;
  std::string html;
};

int run_report(const ReportOptions& options) {
  std::optional<GateResult> gate = run_gate(options.gate, true);
  if (!gate) return kUsageError;
  const CheckReport& report = gate->report;
  print_diagnostics(gate->input_diagnostics);
  const std::string page =
      write_html_report(report, ToolInfo{"l10nc", L10NC_VERSION, L10NC_HOMEPAGE});
  if (const int status = write_output_file(options.html, page); status != kSuccess) return status;
  std::cout << "l10nc: wrote " << options.html << ": " << count_of(report.coverage.size(), "locale")
            << "; check " << verdict(report) << "\n";
  return gate->load_status;
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
      "keys each locale lacks, and the verdict 'l10nc check' gives with the same options. A\n"
      "locale is judged by what its users read along CLDR's fallback chain, and the bundles\n"
      "read from are named. The page is written whatever the checks find, and with the errors\n"
      "of inputs that cannot be read. Exit status: 0 the page was written (gate CI with 'l10nc\n"
      "check'), 1 an input could not be read (the page says which), 2 usage error or a path\n"
      "that cannot be read. FILE is replaced atomically.");
  add_gate_options(*command, options->gate);
  command->add_option("--html", options->html, "The HTML file to write")
      ->type_name("FILE")
      ->required();
  return {command, [options] { return run_report(*options); }};
}

}  // namespace l10nc::cli
