#include "checks/coverage.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "model/bundle_sources.h"
#include "model/locale_id.h"

namespace l10nc {

namespace {

bool is_covered(TranslationState state, const CoverageOptions& options) {
  return is_translated(state) ||
         (state == TranslationState::machine_translated && options.count_machine_translated);
}

}  // namespace

size_t covered_keys(const CoverageCounts& counts, const CoverageOptions& options) {
  return counts.translated + (options.count_machine_translated ? counts.machine_translated : 0);
}

size_t coverage_permille(const CoverageCounts& counts, const CoverageOptions& options) {
  if (counts.total == 0) return 1000;
  return covered_keys(counts, options) * 1000 / counts.total;
}

std::string format_coverage(const CoverageCounts& counts, const CoverageOptions& options) {
  const size_t permille = coverage_permille(counts, options);
  return std::to_string(permille / 10) + "." + std::to_string(permille % 10) + "%";
}

bool meets_minimum(const CoverageCounts& counts, const CoverageOptions& options, double minimum) {
  return static_cast<double>(covered_keys(counts, options)) * 100.0 >=
         minimum * static_cast<double>(counts.total);
}

std::string format_minimum(double minimum) {
  char text[32];
  std::snprintf(text, sizeof text, "%g%%", minimum);
  return text;
}

std::optional<double> CoverageThresholds::minimum_for(const std::string& locale) const {
  std::vector<std::string> chain = {locale};
  for (std::string& name : fallback_bundles(locale)) chain.push_back(std::move(name));
  for (const std::string& candidate : chain) {
    auto found = by_locale.find(candidate);
    if (found != by_locale.end()) return found->second;
  }
  return all_locales;
}

namespace {

// A translation ICU rejects is never shown (the runtime gives the English): it needs a fix.
TranslationState counted_state(const Translation& translation) {
  return translation.text.broken && translation.state != TranslationState::missing
             ? TranslationState::needs_review
             : translation.state;
}

void count(CoverageCounts& counts, const Entry& entry, const Translation* translation) {
  ++counts.total;
  if (translation == nullptr) {
    ++counts.missing;
    return;
  }
  switch (counted_state(*translation)) {
    case TranslationState::missing:
      ++counts.missing;
      return;
    case TranslationState::needs_review:
      ++counts.needs_review;
      break;
    case TranslationState::machine_translated:
      ++counts.machine_translated;
      break;
    case TranslationState::translated:
    case TranslationState::reviewed:
    case TranslationState::final:
      ++counts.translated;
      break;
  }
  if (translation->text.pattern == entry.source.pattern) ++counts.same_as_source;
}

}  // namespace

std::vector<ChainSource> chain_sources(const std::string& locale,
                                       const std::vector<std::string>& translations) {
  const BundleSources sources = bundle_sources(translations);
  std::vector<ChainSource> chain;
  std::vector<std::string> bundles = {locale};
  for (std::string& name : fallback_bundles(locale)) bundles.push_back(std::move(name));
  for (const std::string& bundle : bundles) {
    auto feeders = sources.feeders.find(bundle);
    if (feeders == sources.feeders.end()) continue;
    for (const std::string& translation : feeders->second) {
      // es_ES's own bundle repeats es's text: its users read it from "es", as the runtime does.
      if (translation == bundle && sources.feeding_general.contains(translation)) continue;
      const bool seen = std::any_of(chain.begin(), chain.end(), [&](const ChainSource& source) {
        return source.translation == translation;
      });
      if (!seen) chain.push_back({translation, bundle});
    }
  }
  return chain;
}

std::vector<LocaleCoverage> compute_coverage(const Catalog& catalog, const CoverageOptions& options,
                                             const CoverageThresholds& thresholds) {
  const std::vector<std::string> translations = catalog.locales();
  std::set<std::string> locales(translations.begin(), translations.end());
  for (const auto& [locale, minimum] : thresholds.by_locale) locales.insert(locale);

  std::vector<LocaleCoverage> coverage;
  for (const std::string& locale : locales) {
    LocaleCoverage result;
    result.locale = locale;
    const std::vector<ChainSource> chain = chain_sources(locale, translations);
    std::map<std::string, CoverageCounts> documents;
    std::map<std::string, size_t> from;
    std::set<std::string> present;
    for (const Entry& entry : catalog.entries()) {
      if (!entry.translatable) continue;  // translate="no": the English is meant to stay
      // The first record along the chain, as the runtime reads the first translation.
      const Translation* translation = nullptr;
      const std::string* bundle = nullptr;
      for (const ChainSource& source : chain) {
        auto found = entry.translations.find(source.translation);
        if (found == entry.translations.end() || found->second.state == TranslationState::missing)
          continue;
        translation = &found->second;
        bundle = &source.bundle;
        break;
      }
      count(result.counts, entry, translation);
      count(documents[entry.document], entry, translation);
      if (translation != nullptr) {
        present.insert(entry.document);
        ++from[*bundle];
      }
      const TranslationState state =
          translation == nullptr ? TranslationState::missing : counted_state(*translation);
      if (options.list_uncovered_keys && !is_covered(state, options))
        result.uncovered.push_back({display_key(entry), entry.document, state,
                                    catalog.location(entry.source.origin),
                                    bundle == nullptr ? std::string() : *bundle});
    }
    for (const auto& [document, counts] : documents) {
      if (present.contains(document))
        result.documents.push_back({document, counts});
      else
        result.absent_documents.push_back({document, counts});
    }
    for (const ChainSource& source : chain)
      if (auto found = from.find(source.bundle); found != from.end()) {
        result.from.emplace_back(source.bundle, found->second);
        from.erase(found);
      }
    result.minimum = thresholds.minimum_for(locale);
    if (result.minimum) result.passed = meets_minimum(result.counts, options, *result.minimum);
    coverage.push_back(std::move(result));
  }
  return coverage;
}

}  // namespace l10nc
