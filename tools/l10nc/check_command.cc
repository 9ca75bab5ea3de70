#include <charconv>
#include <iomanip>
#include <iostream>
#include <memory>

#include "base/edit_distance.h"
#include "base/file_io.h"
#include "checks/baseline.h"
#include "checks/check_report.h"
#include "cli_support.h"
#include "commands.h"
#include "model/locale_id.h"
#include "readers/load_inputs.h"
#include "writers/check_reports.h"

namespace l10nc::cli {

namespace {

struct CheckCommandOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> min_coverage;
  bool no_mt = false;
  std::vector<std::string> disable;
  std::vector<std::string> error;
  std::string format = "text";
  std::string baseline;
  std::string write_baseline;
  std::string output;
  bool list_checks = false;
};

// Check ids from --disable/--error, or a usage error naming the closest real one.
bool valid_check_ids(const std::vector<std::string>& ids, std::string_view option) {
  for (const std::string& id : ids) {
    if (find_check(id) != nullptr) continue;
    std::string message = "unknown check '" + id + "' in " + std::string(option);
    if (std::optional<std::string> match = closest_match(id, check_ids()))
      message += "; did you mean '" + *match + "'?";
    else
      message += " (run 'l10nc check --list-checks' for the ids)";
    print_error(message);
    return false;
  }
  return true;
}

std::optional<double> parse_percent(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0 || value > 100)
    return std::nullopt;
  return value;
}

// "--min-coverage 90" for every locale, "--min-coverage fr=95" (BCP 47 or ICU id) for one.
bool parse_thresholds(const std::vector<std::string>& values, CoverageThresholds& thresholds) {
  for (const std::string& value : values) {
    const size_t equals = value.find('=');
    const std::string number = equals == std::string::npos ? value : value.substr(equals + 1);
    const std::optional<double> percent = parse_percent(number);
    if (!percent) {
      print_error("--min-coverage '" + value +
                  "': expected a percentage from 0 to 100, or LOCALE=PERCENT");
      return false;
    }
    if (equals == std::string::npos) {
      thresholds.all_locales = *percent;
      continue;
    }
    const std::optional<std::string> locale = to_icu_locale(value.substr(0, equals));
    if (!locale) {
      print_error("--min-coverage '" + value + "': '" + value.substr(0, equals) +
                  "' is not a locale");
      return false;
    }
    thresholds.by_locale[*locale] = *percent;
  }
  return true;
}

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
  if (!valid_check_ids(options.disable, "--disable") || !valid_check_ids(options.error, "--error"))
    return kUsageError;
  check_options.disabled = {options.disable.begin(), options.disable.end()};
  check_options.as_errors = {options.error.begin(), options.error.end()};
  CoverageThresholds thresholds;
  if (!parse_thresholds(options.min_coverage, thresholds)) return kUsageError;
  const std::optional<ReportFormat> format = parse_report_format(options.format);
  if (!format) return kUsageError;  // CLI11 checked it already
  std::optional<Baseline> baseline;
  if (!options.baseline.empty() && !(baseline = load_baseline(options.baseline)))
    return kUsageError;

  DiagnosticList diagnostics;
  Catalog catalog;
  LoadOptions load_options;
  load_options.conflicts = MergeConflicts::are_findings;
  const LoadStatus status = load_inputs(options.inputs, catalog, diagnostics, load_options);
  print_diagnostics(diagnostics);
  if (status == LoadStatus::unreadable_input) return kUsageError;
  if (status == LoadStatus::invalid_input) {
    std::cerr << "l10nc: not checked: fix the errors above\n";
    return kInvalidInput;
  }

  CheckReport report;
  report.checks = enabled_checks(check_options);
  report.coverage_options.count_machine_translated = !options.no_mt;
  report.coverage = compute_coverage(catalog, report.coverage_options, thresholds);
  std::vector<Finding> findings = run_checks(catalog, report.checks);
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
    if (!write_file_atomically(options.output, text, &error)) {
      print_error("cannot write '" + options.output + "': " + error);
      return kUsageError;
    }
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
      "lists the check ids.");
  command->add_option("inputs", options->inputs,
                      "Source files, or directories searched recursively for input files");
  command
      ->add_option("--min-coverage", options->min_coverage,
                   "Minimum coverage in percent, for every locale (90) or one (fr=95); "
                   "repeatable")
      ->type_name("N|LOCALE=N")
      ->allow_extra_args(false);
  command->add_flag("--no-mt", options->no_mt,
                    "Count machine translations as untranslated for coverage");
  command->add_option("--disable", options->disable, "Do not run the check ID; repeatable")
      ->type_name("ID")
      ->allow_extra_args(false);
  command->add_option("--error", options->error, "Report the check ID as an error; repeatable")
      ->type_name("ID")
      ->allow_extra_args(false);
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
