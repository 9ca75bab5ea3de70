#include "model/catalog.h"

#include "model/message_key.h"

#include <algorithm>
#include <set>

namespace l10nc {

std::string_view state_name(TranslationState state) {
  switch (state) {
    case TranslationState::missing:
      return "missing";
    case TranslationState::needs_review:
      return "needs-review";
    case TranslationState::machine_translated:
      return "machine-translated";
    case TranslationState::translated:
      return "translated";
  }
  return "missing";
}

std::optional<TranslationState> parse_state_name(std::string_view name) {
  for (auto state : {TranslationState::missing, TranslationState::needs_review,
                     TranslationState::machine_translated, TranslationState::translated})
    if (state_name(state) == name) return state;
  return std::nullopt;
}

const Entry* Catalog::find(std::string_view key) const {
  auto found = index_.find(std::string(key));
  return found == index_.end() ? nullptr : &entries_[found->second];
}

std::vector<Entry> Catalog::release_entries() && {
  index_.clear();
  return std::move(entries_);
}

Location Catalog::location(const Origin& origin) const {
  if (origin.file >= files_.size()) return {};
  return {files_[origin.file], origin.line, origin.column};
}

std::vector<std::string> Catalog::locales() const {
  std::set<std::string> locales;
  for (const Entry& entry : entries_)
    for (const auto& [locale, translation] : entry.translations) locales.insert(locale);
  return {locales.begin(), locales.end()};
}

bool is_valid_key(std::string_view key) {
  constexpr std::string_view kInvariantPunctuation = " \"%&'()*+,-./:;<=>?_";
  return !key.empty() && !key.starts_with("l10nc:") &&
         std::all_of(key.begin(), key.end(), [&](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  kInvariantPunctuation.find(c) != std::string_view::npos;
         });
}

void Catalog::add(Document document, DiagnosticSink& diagnostics) {
  const auto file = static_cast<uint32_t>(files_.size());
  files_.push_back(document.path);
  auto relocate = [file](Message& message) { message.origin.file = file; };
  if (!document.title_key.empty()) titles_.emplace(document.name, document.title_key);

  for (Unit& unit : document.units) {
    if (unit.obsolete) continue;
    relocate(unit.source);
    if (unit.target) relocate(*unit.target);
    if (unit.label) relocate(*unit.label);

    if (!is_storable_key(unit.key)) {
      Diagnostic diagnostic;
      diagnostic.location = location(unit.source.origin);
      diagnostic.message = "key '" + unit.key +
                           "' cannot be an ICU resource key: use ASCII letters, digits, space "
                           "and \"%&'()*+,-./:;<=>?_ only";
      diagnostics.report(std::move(diagnostic));
      continue;
    }
    auto [position, inserted] = index_.try_emplace(unit.key, entries_.size());
    if (inserted) {
      Entry entry;
      entry.key = unit.key;
      entry.document = document.name;
      entry.source = std::move(unit.source);  // unit.source is only read again when !inserted
      entry.notes = std::move(unit.notes);
      entry.codes = std::move(unit.codes);
      entries_.push_back(std::move(entry));
    }
    Entry& entry = entries_[position->second];
    const bool english_differs = !inserted && entry.source.pattern != unit.source.pattern;
    if (english_differs && !document.english_from_translation_file) {
      Diagnostic diagnostic;
      diagnostic.severity = Severity::error;
      diagnostic.location = location(unit.source.origin);
      diagnostic.message = "key '" + unit.key + "' has different English text than before";
      diagnostic.check_id = "duplicate-key";
      diagnostic.notes.push_back({location(entry.source.origin), "first defined here"});
      conflicts_.push_back({unit.key, document.locale, unit.source.pattern, diagnostic});
      diagnostics.report(std::move(diagnostic));
      continue;
    }
    if (!english_differs && entry.codes.empty()) entry.codes = std::move(unit.codes);
    if (document.locale.empty()) continue;

    // A unit without a target still records that the locale lacks it (state missing).
    Translation translation;
    translation.text = unit.target
                           ? std::move(*unit.target)
                           : Message{{}, inserted ? entry.source.origin : unit.source.origin};
    translation.state = unit.target ? unit.state : TranslationState::missing;
    translation.label = std::move(unit.label);
    translation.previous_source = std::move(unit.previous_source);
    translation.sub_state = std::move(unit.sub_state);
    if (english_differs && translation.state > TranslationState::needs_review) {
      // Translated from English that has changed since: better than nothing, but not final.
      translation.state = TranslationState::needs_review;
      if (translation.previous_source.empty()) translation.previous_source = unit.source.pattern;
      Diagnostic diagnostic;
      diagnostic.severity = Severity::warning;
      diagnostic.location = location(unit.source.origin);
      diagnostic.message = "the English of '" + unit.key +
                           "' has changed since this translation was made: compiled as "
                           "needs-review (run 'l10nc merge' to update this file)";
      diagnostic.notes.push_back({location(entry.source.origin), "the English is here"});
      diagnostics.report(std::move(diagnostic));
    }
    auto [existing, added] = entry.translations.try_emplace(document.locale);
    if (added) {
      existing->second = std::move(translation);
    } else if (existing->second.text.pattern != translation.text.pattern) {
      Diagnostic diagnostic;
      diagnostic.severity = Severity::error;
      diagnostic.location = location(translation.text.origin);
      diagnostic.message =
          "key '" + unit.key + "' is translated into " + document.locale + " twice, differently";
      diagnostic.check_id = "duplicate-key";
      diagnostic.notes.push_back({location(existing->second.text.origin), "first translated here"});
      conflicts_.push_back({unit.key, document.locale, translation.text.pattern, diagnostic});
      diagnostics.report(std::move(diagnostic));
    }
  }
}

}  // namespace l10nc
