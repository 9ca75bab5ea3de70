#include "model/catalog.h"

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

void Catalog::add(Document document, DiagnosticSink& diagnostics) {
  const auto file = static_cast<uint32_t>(files_.size());
  files_.push_back(document.path);
  auto relocate = [file](Message& message) { message.origin.file = file; };
  if (!document.title_key.empty()) titles_.emplace(document.name, document.title_key);

  for (Unit& unit : document.units) {
    relocate(unit.source);
    if (unit.target) relocate(*unit.target);
    if (unit.label) relocate(*unit.label);

    auto [position, inserted] = index_.try_emplace(unit.key, entries_.size());
    if (inserted) {
      Entry entry;
      entry.key = unit.key;
      entry.document = document.name;
      entry.source = unit.source;
      entry.notes = std::move(unit.notes);
      entries_.push_back(std::move(entry));
    }
    Entry& entry = entries_[position->second];
    if (!inserted && entry.source.pattern != unit.source.pattern) {
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
    if (document.locale.empty()) continue;

    // A unit without a target still records that the locale lacks it (state missing).
    Translation translation;
    translation.text = unit.target ? std::move(*unit.target) : Message{{}, unit.source.origin};
    translation.state = unit.target ? unit.state : TranslationState::missing;
    translation.label = std::move(unit.label);
    translation.previous_source = std::move(unit.previous_source);
    auto [existing, added] = entry.translations.try_emplace(document.locale, translation);
    if (!added && existing->second.text.pattern != translation.text.pattern) {
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
