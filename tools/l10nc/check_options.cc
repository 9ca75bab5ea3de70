#include "check_options.h"

#include <charconv>
#include <iostream>

#include "base/edit_distance.h"
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

}  // namespace

void add_check_selection_options(CLI::App& command, CheckSelection& selection) {
  command
      .add_option("--min-coverage", selection.min_coverage,
                  "Minimum coverage in percent, for every locale (90) or one (fr=95); "
                  "repeatable")
      ->type_name("N|LOCALE=N")
      ->allow_extra_args(false);
  command.add_flag("--no-mt", selection.no_mt,
                   "Count machine translations as untranslated for coverage");
  command.add_option("--disable", selection.disable, "Do not run the check ID; repeatable")
      ->type_name("ID")
      ->allow_extra_args(false);
  command.add_option("--error", selection.error, "Report the check ID as an error; repeatable")
      ->type_name("ID")
      ->allow_extra_args(false);
}

bool parse_check_selection(const CheckSelection& selection, CheckOptions& checks,
                           CoverageOptions& coverage, CoverageThresholds& thresholds) {
  if (!valid_check_ids(selection.disable, "--disable") ||
      !valid_check_ids(selection.error, "--error"))
    return false;
  checks.disabled = {selection.disable.begin(), selection.disable.end()};
  checks.as_errors = {selection.error.begin(), selection.error.end()};
  coverage.count_machine_translated = !selection.no_mt;
  return parse_thresholds(selection.min_coverage, thresholds);
}

int load_catalog_for_checks(const std::vector<std::string>& inputs, Catalog& catalog,
                            SyntaxChoice syntax) {
  LoadOptions options;
  options.read.syntax = syntax;
  // Violations of the XLIFF specification are warnings here too, with their rule ids.
  options.read.validation = XliffValidation::warnings;
  options.conflicts = MergeConflicts::are_findings;
  return load_catalog(inputs, catalog, options, "not checked");
}

}  // namespace l10nc::cli
