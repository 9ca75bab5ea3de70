#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/catalog.h"

namespace l10nc {

// How many of the catalog's keys a locale has, by state. Every key of the catalog counts: a
// key the locale has no record of at all is missing.
struct CoverageCounts {
  size_t total = 0;
  size_t translated = 0;
  size_t machine_translated = 0;
  size_t needs_review = 0;
  size_t missing = 0;
  size_t same_as_source = 0;  // targets equal to the English (also counted in their state)
};

struct CoverageOptions {
  bool count_machine_translated = true;  // false with --no-mt: they count as untranslated
  bool list_uncovered_keys = false;      // fill LocaleCoverage::uncovered (for the HTML report)
};

// Keys that count as translated: translated, and machine-translated unless --no-mt.
// Needs-review keys do not count: their English changed, or someone flagged them.
size_t covered_keys(const CoverageCounts& counts, const CoverageOptions& options);

// Coverage in tenths of a percent, rounded down so that "80.0%" is never shown for 79.96%.
// 1000 when there is nothing to translate.
size_t coverage_permille(const CoverageCounts& counts, const CoverageOptions& options);
// "97.4%".
std::string format_coverage(const CoverageCounts& counts, const CoverageOptions& options);

// Whether the coverage is at or above `minimum` percent (exactly, not rounded).
bool meets_minimum(const CoverageCounts& counts, const CoverageOptions& options, double minimum);

// A minimum as given: "90%", "99.5%".
std::string format_minimum(double minimum);

// --min-coverage: one minimum for every locale, and minimums for given locales (ICU ids). A
// locale's minimum holds for the locales that fall back to it (CLDR's chain, as the runtime
// reads it: "es" for es_ES and es_MX, "pt_PT" for pt_AO; never "zh" for zh_TW), unless they
// have their own.
struct CoverageThresholds {
  std::optional<double> all_locales;
  std::map<std::string, double> by_locale;

  std::optional<double> minimum_for(const std::string& locale) const;
};

struct DocumentCoverage {
  std::string document;  // Entry::document: the document a key came from
  CoverageCounts counts;
};

// A key that does not count as translated in a locale: missing, needs-review, or
// machine-translated with --no-mt.
struct UncoveredKey {
  std::string key;
  std::string document;
  TranslationState state = TranslationState::missing;  // missing: no record at all, too
  Location english;                                    // where its English is
  std::string bundle;  // the bundle its record (needs-review, ...) is read from; "" when none
};

// Where a locale's users read messages from: each translation of the catalog they fall back
// to, with the bundle it is read from, nearest first ("es_MX": es_419 from "es_419", then
// es_ES and es_419 from "es").
struct ChainSource {
  std::string translation;  // a locale of the catalog
  std::string bundle;
};
std::vector<ChainSource> chain_sources(const std::string& locale,
                                       const std::vector<std::string>& translations);

struct LocaleCoverage {
  std::string locale;
  CoverageCounts counts;
  // Documents the locale has at least one translation record from, by name.
  std::vector<DocumentCoverage> documents;
  // Documents the locale has nothing from: all their keys are missing (counts.total of them).
  std::vector<DocumentCoverage> absent_documents;
  std::optional<double> minimum;
  bool passed = true;  // at or above the minimum (always, without one)
  // How many keys (with a record: translated, needs-review, ...) its users read from each
  // bundle, nearest first ("es_419" 70, "es" 11 for es_MX).
  std::vector<std::pair<std::string, size_t>> from;
  // With CoverageOptions::list_uncovered_keys: the keys `counts` does not count as covered, in
  // catalog order.
  std::vector<UncoveredKey> uncovered;
};

// Coverage of every locale the catalog translates into, and of every locale a threshold
// names, sorted by locale. A locale is judged by what its users read: for each key, the first
// record along its fallback chain (ja_JP by ja's translations; a locale with none has 0%).
std::vector<LocaleCoverage> compute_coverage(const Catalog& catalog, const CoverageOptions& options,
                                             const CoverageThresholds& thresholds);

}  // namespace l10nc
