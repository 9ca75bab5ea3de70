#include "model/catalog.h"

#include "base/unicode_text.h"
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
    case TranslationState::reviewed:
      return "reviewed";
    case TranslationState::final:
      return "final";
  }
  return "missing";
}

std::optional<TranslationState> parse_state_name(std::string_view name) {
  for (auto state : {TranslationState::missing, TranslationState::needs_review,
                     TranslationState::machine_translated, TranslationState::translated,
                     TranslationState::reviewed, TranslationState::final})
    if (state_name(state) == name) return state;
  return std::nullopt;
}

std::string indexed_key(std::string_view domain, std::string_view key) {
  if (domain.empty()) return std::string(key);
  std::string indexed;
  indexed.reserve(domain.size() + 1 + key.size());
  indexed.append(domain).append(1, '\x1F').append(key);  // no key of the default domain has it
  return indexed;
}

std::string display_key(std::string_view domain, std::string_view key) {
  if (domain.empty()) return std::string(key);
  return std::string(domain) + ":" + std::string(key);
}

const Entry* Catalog::find(std::string_view key, std::string_view domain) const {
  auto found = index_.find(indexed_key(domain, key));
  return found == index_.end() ? nullptr : &entries_[found->second];
}

std::vector<std::string> Catalog::domains() const {
  std::set<std::string> domains;
  for (const Entry& entry : entries_)
    if (!entry.domain.empty()) domains.insert(entry.domain);
  return {domains.begin(), domains.end()};
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
           return is_ascii_word_char(c) || kInvariantPunctuation.find(c) != std::string_view::npos;
         });
}

namespace {

Diagnostic english_changed(const Catalog& catalog, const Entry& entry, const Origin& translation) {
  Diagnostic diagnostic;
  diagnostic.severity = Severity::warning;
  diagnostic.location = catalog.location(translation);
  diagnostic.message = "the English of '" + display_key(entry) +
                       "' has changed since this translation was made: compiled as "
                       "needs-review (run 'l10nc merge' to update this file)";
  diagnostic.notes.push_back({catalog.location(entry.source.origin), "the English is here"});
  return diagnostic;
}

}  // namespace

void Catalog::add(Document document, DiagnosticSink& diagnostics) {
  const auto file = static_cast<uint32_t>(files_.size());
  files_.push_back(document.path);
  auto relocate = [file](Message& message) { message.origin.file = file; };
  if (!document.title_key.empty()) titles_.emplace(document.name, document.title_key);
  const bool translation_file = document.english_from_translation_file && !document.locale.empty();

  for (Unit& unit : document.units) {
    if (unit.obsolete) continue;
    relocate(unit.source);
    if (unit.target) relocate(*unit.target);
    if (unit.label) relocate(*unit.label);

    // A domain's keys are stored encoded (any text can be one); the default domain's are not.
    if (unit.domain.empty() && !is_storable_key(unit.key)) {
      Diagnostic diagnostic;
      diagnostic.location = location(unit.source.origin);
      diagnostic.message = "key '" + unit.key +
                           "' cannot be an ICU resource key: use ASCII letters, digits, space "
                           "and \"%&'()*+,-./:;<=>?_ only";
      diagnostics.report(std::move(diagnostic));
      continue;
    }
    const EnglishSource english = unit.source_is_key ? EnglishSource::key
                                  : translation_file ? EnglishSource::translation
                                                     : EnglishSource::document;
    auto [position, inserted] =
        index_.try_emplace(indexed_key(unit.domain, unit.key), entries_.size());
    if (inserted) {
      Entry entry;
      entry.key = unit.key;
      entry.domain = unit.domain;
      // A domain is what its files translate: coverage rows are named after it, not the first file.
      entry.document = unit.domain.empty() ? document.name : unit.domain;
      entry.english = english;
      entry.translatable = unit.translatable;
      entry.source = std::move(unit.source);  // unit.source is only read again when !inserted
      entry.notes = std::move(unit.notes);
      entry.codes = std::move(unit.codes);
      entries_.push_back(std::move(entry));
    }
    Entry& entry = entries_[position->second];
    bool english_differs = !inserted && entry.source.pattern != unit.source.pattern;
    bool replaced = false;  // the unit's English became the entry's (moved there)
    if (english_differs && english < entry.english) {
      // Better English than the entry had: it becomes the English. Translations made from
      // the old English are judged in finish().
      for (auto& [locale, translation] : entry.translations) {
        if (!translation.made_from_entry_english) continue;
        translation.details.ensure().made_from = entry.source.pattern;
        translation.made_from_entry_english = false;
      }
      entry.source = std::move(unit.source);
      entry.english = english;
      if (!unit.codes.empty()) entry.codes = std::move(unit.codes);
      english_differs = false;
      replaced = true;
    } else if (english_differs && english == EnglishSource::document &&
               entry.english == EnglishSource::document) {
      Diagnostic diagnostic;
      diagnostic.severity = Severity::error;
      diagnostic.location = location(unit.source.origin);
      diagnostic.message =
          "key '" + display_key(entry) + "' has different English text than before";
      diagnostic.check_id = "duplicate-key";
      diagnostic.notes.push_back({location(entry.source.origin), "first defined here"});
      conflicts_.push_back(
          {unit.key, unit.domain, document.locale, unit.source.pattern, diagnostic});
      diagnostics.report(std::move(diagnostic));
      continue;
    } else if (english == EnglishSource::key) {
      english_differs = false;  // a key is no English to differ from
    }
    if (!english_differs && entry.codes.empty()) entry.codes = std::move(unit.codes);
    if (document.locale.empty()) continue;

    // A unit without a target still records that the locale lacks it (state missing).
    Translation translation;
    translation.text = unit.target
                           ? std::move(*unit.target)
                           : Message{{}, inserted ? entry.source.origin : unit.source.origin};
    translation.state = unit.target ? unit.state : TranslationState::missing;
    TranslationDetails details{
        std::move(unit.label), std::move(unit.previous_source), std::move(unit.sub_state), {}};
    if (!details.empty()) translation.details.ensure() = std::move(details);
    if (!unit.translatable) entry.translatable = false;
    if (!inserted && !english_differs && !replaced && english != EnglishSource::key)
      translation.english_origin = unit.source.origin;
    if (english == EnglishSource::translation && entry.english != EnglishSource::document) {
      // The English may still change: judged in finish().
      if (inserted || replaced || !english_differs)
        translation.made_from_entry_english = true;
      else
        translation.details.ensure().made_from = unit.source.pattern;
      unjudged_ = true;
    } else if (english_differs && translation.state > TranslationState::needs_review) {
      // Translated from English that has changed since: better than nothing, but not final.
      translation.state = TranslationState::needs_review;
      if (translation.previous_source().empty())
        translation.details.ensure().previous_source = unit.source.pattern;
      diagnostics.report(english_changed(*this, entry, translation.text.origin));
    }
    auto [existing, added] = entry.translations.try_emplace(document.locale);
    if (added) {
      existing->second = std::move(translation);
    } else if (existing->second.text.pattern != translation.text.pattern) {
      Diagnostic diagnostic;
      diagnostic.severity = Severity::error;
      diagnostic.location = location(translation.text.origin);
      diagnostic.message = "key '" + display_key(entry) + "' is translated into " +
                           document.locale + " twice, differently";
      diagnostic.check_id = "duplicate-key";
      diagnostic.notes.push_back({location(existing->second.text.origin), "first translated here"});
      conflicts_.push_back(
          {unit.key, unit.domain, document.locale, translation.text.pattern, diagnostic});
      diagnostics.report(std::move(diagnostic));
    }
  }
}

void Catalog::finish(DiagnosticSink& diagnostics) {
  if (!unjudged_) return;
  unjudged_ = false;
  for (Entry& entry : entries_)
    for (auto& [locale, translation] : entry.translations) {
      if (translation.made_from_entry_english) {  // the English it was made from is final
        translation.made_from_entry_english = false;
        continue;
      }
      if (!translation.details || translation.details->made_from.empty()) continue;
      TranslationDetails& details = *translation.details;
      if (details.made_from != entry.source.pattern &&
          translation.state > TranslationState::needs_review) {
        translation.state = TranslationState::needs_review;
        if (details.previous_source.empty()) details.previous_source = std::move(details.made_from);
        diagnostics.report(english_changed(*this, entry, translation.text.origin));
      }
      details.made_from.clear();
      details.made_from.shrink_to_fit();
      if (details.empty()) translation.details.reset();
    }
}

}  // namespace l10nc
