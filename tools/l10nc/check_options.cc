#include "check_options.h"

#include <charconv>
#include <iostream>

#include "base/edit_distance.h"
#include "base/file_io.h"
#include "checks/baseline.h"
#include "cli_support.h"
#include "model/locale_id.h"
#include "readers/load_inputs.h"

namespace l10nc::cli {

namespace {

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
      if (thresholds.all_locales) {
        print_error("--min-coverage '" + value + "': every locale's minimum is already " +
                    format_minimum(*thresholds.all_locales));
        return false;
      }
      thresholds.all_locales = *percent;
      continue;
    }
    const std::optional<std::string> locale = to_icu_locale(value.substr(0, equals));
    if (!locale) {
      print_error("--min-coverage '" + value + "': '" + value.substr(0, equals) +
                  "' is not a locale");
      return false;
    }
    const auto [given, added] = thresholds.by_locale.emplace(*locale, *percent);
    if (!added) {
      print_error("--min-coverage '" + value + "': " + *locale + "'s minimum is already " +
                  format_minimum(given->second));
      return false;
    }
  }
  return true;
}

}  // namespace

void add_gate_options(CLI::App& command, GateOptions& options) {
  command.add_option("inputs", options.inputs,
                     "Source files, or directories searched recursively for input files");
  command
      .add_option("--exclude", options.exclude,
                  "Leave out inputs matching GLOB (a glob without '/' matches file names: "
                  "--exclude 'TOC.md'); repeatable")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  add_message_syntax_option(command, options.syntax);
  add_color_option(command);
  command
      .add_option("--min-coverage", options.min_coverage,
                  "Minimum coverage in percent, for every locale (90) or one (fr=95), judged by "
                  "what its users read along CLDR's fallback chain (ja_JP: ja's translations; "
                  "es_MX: es_419's, then es's); a locale's minimum holds for those falling back "
                  "to it; repeatable, once per locale")
      ->type_name("N|LOCALE=N")
      ->allow_extra_args(false);
  command.add_flag("--no-mt", options.no_mt,
                   "Count machine translations as untranslated for coverage");
  command.add_option("--disable", options.disable, "Do not run the check ID; repeatable")
      ->type_name("ID")
      ->allow_extra_args(false);
  command.add_option("--error", options.error, "Report the check ID as an error; repeatable")
      ->type_name("ID")
      ->allow_extra_args(false);
  command
      .add_option("--baseline", options.baseline,
                  "Leave out findings recorded in FILE by --write-baseline")
      ->type_name("FILE");
  command
      .add_option("--write-baseline", options.write_baseline,
                  "Record every finding of this run in FILE")
      ->type_name("FILE");
}

namespace {

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

}  // namespace

std::optional<GateResult> run_gate(const GateOptions& options, bool list_uncovered_keys) {
  if (options.inputs.empty()) {
    print_error("no INPUT given");
    return std::nullopt;
  }
  CheckOptions check_options;
  CoverageOptions coverage_options;
  CoverageThresholds thresholds;
  if (!valid_check_ids(options.disable, "--disable") ||
      !valid_check_ids(options.error, "--error") ||
      !parse_thresholds(options.min_coverage, thresholds))
    return std::nullopt;
  check_options.disabled = {options.disable.begin(), options.disable.end()};
  check_options.as_errors = {options.error.begin(), options.error.end()};
  coverage_options.count_machine_translated = !options.no_mt;
  coverage_options.list_uncovered_keys = list_uncovered_keys;
  std::optional<Baseline> baseline;
  if (!options.baseline.empty() && !(baseline = load_baseline(options.baseline)))
    return std::nullopt;

  GateResult result;
  LoadOptions load_options;
  load_options.read.syntax = options.syntax;
  // Violations of the XLIFF specification are warnings here too, with their rule ids.
  load_options.read.validation = XliffValidation::warnings;
  load_options.conflicts = MergeConflicts::are_findings;
  load_options.exclude = options.exclude;
  Catalog catalog;
  const LoadStatus status =
      load_inputs(options.inputs, catalog, result.input_diagnostics, load_options);
  std::vector<Finding> findings;
  for (const Diagnostic& diagnostic : result.input_diagnostics.diagnostics())
    findings.push_back(input_finding(diagnostic));

  CheckReport& report = result.report;
  if (status != LoadStatus::ok) {
    result.load_status = status == LoadStatus::unreadable_input ? kUsageError : kInvalidInput;
    report.checks = enabled_checks(check_options);
    report.coverage_options = coverage_options;
    report.inputs_read = false;
    report.findings = std::move(findings);
    if (!options.write_baseline.empty())
      std::cerr << "l10nc: baseline '" << options.write_baseline
                << "' not written: the inputs could not be read\n";
    return result;
  }
  report = check_catalog(catalog, check_options, coverage_options, thresholds);
  for (Finding& finding : report.findings) findings.push_back(std::move(finding));
  report.findings.clear();
  if (!options.write_baseline.empty() &&
      write_output_file(options.write_baseline, Baseline::to_json(findings)) != kSuccess)
    return std::nullopt;
  for (Finding& finding : findings) {
    if (baseline && baseline->contains(finding))
      ++report.suppressed;
    else
      report.findings.push_back(std::move(finding));
  }
  return result;
}

}  // namespace l10nc::cli
