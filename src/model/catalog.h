#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diagnostic.h"
#include "base/heap_optional.h"
#include "model/message_syntax.h"

namespace l10nc {

// How far a translation can be trusted. Ordered: a larger value is better.
enum class TranslationState : uint8_t {
  missing,             // no target, or XLIFF "initial"/"new": never compiled
  needs_review,        // a target whose English changed, or a translator flagged it
  machine_translated,  // DocFX "ms.translationtype: MT"
  translated,          // a human translation (XLIFF 2 translated, 1.2 translated or no state)
  reviewed,            // checked by a reviewer (XLIFF 2 reviewed, 1.2 signed-off or approved)
  final,               // done (XLIFF final)
};
// Whether a translation is done: what coverage counts and compile writes without --strict.
inline bool is_translated(TranslationState state) { return state >= TranslationState::translated; }
std::string_view state_name(TranslationState state);
std::optional<TranslationState> parse_state_name(std::string_view name);

// Where a piece of text starts. `file` indexes Catalog::files() (or is 0 inside a Document,
// which has one file).
struct Origin {
  uint32_t file = 0;
  uint32_t line = 0;
  uint32_t column = 0;
};

// A message as an ICU MessageFormat pattern, where its text is in the input, and the syntax
// its text was written in (text is escaped into the pattern; icu is the pattern as written).
struct Message {
  std::string pattern;
  Origin origin;
  MessageSyntax syntax = MessageSyntax::text;
  // icu text that ICU rejects (only ever a translation: broken English fails the read). The
  // pattern is the text as written, for checks to report; it is never compiled.
  bool broken = false;
};

// An XLIFF inline code (a placeholder, or the start or end of formatting) that the reader made
// a MessageFormat argument. Kept so that an XLIFF export writes the argument back as the code
// it was: same id, display and native data.
struct InlineCode {
  enum class Role : uint8_t { standalone, start, end };
  std::string argument;  // its name in the patterns: "{argument}"
  Role role = Role::standalone;
  std::string id;     // the code's id (XLIFF 1.2 rid, XLIFF 2 startRef for an end)
  std::string equiv;  // plain-text equivalent (XLIFF 2 equiv, 1.2 equiv-text)
  std::string disp;   // what editors display
  std::string data;   // the native code, e.g. "<b>" (XLIFF 2 originalData, 1.2 bpt content)
  // A translation may leave it out: XLIFF 2's canDelete (yes unless said no; an <ec>'s is its
  // <sc>'s). XLIFF 1.2 has no such attribute: its codes are kept.
  bool deletable = false;

  bool operator==(const InlineCode&) const = default;
};

// What one input file says about one key.
struct Unit {
  std::string key;
  // The namespace the key lives in ("" for the default one): a Symfony domain ("messages",
  // "validators"), or l10nc:domain in XLIFF. Keys of different domains never meet.
  std::string domain;
  // The source is the key, not English (Symfony files keyed by source text, or by a resname
  // that is also the source): it is the English only until an English file gives the text.
  bool source_is_key = false;
  Message source;                 // the English
  std::optional<Message> target;  // absent: not translated in this file
  TranslationState state = TranslationState::missing;
  std::optional<Message> label;  // DocFX keyed tables: the translated first cell
  std::string previous_source;   // the English a needs-review target was made from
  std::vector<std::string> notes;
  std::vector<InlineCode> codes;  // arguments that are XLIFF inline codes
  std::string sub_state;          // XLIFF 2 subState of the target, kept for export
  // The state attribute as the file wrote it ("signed-off", "needs-review-l10n"): export
  // writes it back in the same XLIFF version while `state` still says the same.
  std::string xliff_state;
  bool obsolete = false;      // its key left the English (XLIFF obsolete group): not compiled
  bool translatable = true;   // XLIFF translate="no": the English is meant to stay
  size_t element_offset = 0;  // XLIFF: where the unit's element starts (for editors)
};

// Everything read from one input file: at most one target locale.
struct Document {
  std::string path;
  std::string name;          // file stem: "sspi-status-codes"
  std::string locale;        // ICU id of the targets; empty for English-only input
  std::string title_key;     // key of the unit that titles the document, if any
  size_t segment_count = 0;  // translatable segments read (several may make one unit)
  // True for translation files (XLIFF): their English is the text translators were given,
  // so where a source document (DocFX) has other English for a key, the document's English
  // wins and the translation is compiled as needs-review.
  bool english_from_translation_file = false;
  std::vector<Unit> units;
};

// What few translations have, kept out of Translation so that its record stays small: a
// catalog holds one per key and locale, and most have none of these.
struct TranslationDetails {
  std::optional<Message> label;  // DocFX keyed tables: the translated first cell
  std::string previous_source;   // the English a needs-review translation was made from
  std::string sub_state;         // XLIFF 2 subState of the target, kept for export
  // The English its file gave, while the entry's English is not yet a document's (see
  // Catalog::finish); empty once judged. When that is the entry's English as it stands,
  // only Translation::made_from_entry_english is set (most translations: no copy of every
  // English text); the text is copied here if the entry's English is replaced.
  std::string made_from;

  bool empty() const {
    return !label && previous_source.empty() && sub_state.empty() && made_from.empty();
  }
};

struct Translation {
  Message text;
  // Where its own file has the entry's English (the same text), when that is not where the
  // entry's English was read: a page translated into several locales holds it in each.
  Origin english_origin;
  TranslationState state = TranslationState::missing;
  bool made_from_entry_english = false;
  HeapOptional<TranslationDetails> details;  // absent: every detail empty

  const Message* label() const { return details && details->label ? &*details->label : nullptr; }
  const std::string& previous_source() const {
    return details ? details->previous_source : kNoDetail;
  }
  const std::string& sub_state() const { return details ? details->sub_state : kNoDetail; }

 private:
  static inline const std::string kNoDetail;
};

// Where an entry's English comes from, best first. Better English replaces worse whatever the
// order of the inputs; a translation made from other English than the best is needs-review.
enum class EnglishSource : uint8_t {
  document,     // a source document (DocFX), or an English file: an XLIFF without targets, or
                // one whose target language is English (its targets are the English)
  translation,  // a translation file's <source>: what its translator was given
  key,          // a Symfony key that is its own source text, until an English file says more
};

struct Entry {
  std::string key;
  std::string domain;    // "" for the default namespace
  std::string document;  // name of the first document that gave the key
  EnglishSource english = EnglishSource::document;
  bool translatable = true;  // no file says translate="no": counted in coverage
  Message source;
  std::vector<std::string> notes;
  std::vector<InlineCode> codes;
  std::map<std::string, Translation> translations;  // by ICU locale id
};

// How a key is shown to people: "key", or "domain:key" for a key of a domain.
std::string display_key(std::string_view domain, std::string_view key);
inline std::string display_key(const Entry& entry) { return display_key(entry.domain, entry.key); }

// Keys become ICU resource table keys, which genrb takes only in ASCII "invariant" characters
// (letters, digits, space and "%&'()*+,-./:;<=>?_). Keys starting "l10nc:" are reserved.
bool is_valid_key(std::string_view key);

// A unit the catalog could not merge: its English differs from the key's first definition,
// or its locale already has a different translation. The first one read wins.
struct Conflict {
  std::string key;
  std::string domain;
  std::string locale;     // the locale of the document that lost
  std::string pattern;    // the English (or translation) that lost
  Diagnostic diagnostic;  // check_id "duplicate-key", as reported by Catalog::add
};

// All documents merged: one entry per key, English source plus a translation per locale.
class Catalog {
 public:
  // Adds a document. Conflicts (one key, different English; one key translated twice into
  // one locale differently) are reported as errors and the first one read wins. A
  // translation file's English that differs from the entry's is no conflict: its translation
  // becomes needs-review (warning), made from that English. Obsolete units are skipped.
  void add(Document document, DiagnosticSink& diagnostics);
  // After the last add(): translations added while their key's English came only from
  // translation files are judged against the English the catalog ended with (a translation
  // made from other English becomes needs-review, with a warning), whatever the input order.
  void finish(DiagnosticSink& diagnostics);

  const std::vector<Entry>& entries() const { return entries_; }
  // Hands the entries over and leaves the catalog empty (for a last consumer that moves
  // their text out instead of copying it).
  std::vector<Entry> release_entries() &&;
  const Entry* find(std::string_view key, std::string_view domain = {}) const;
  const std::vector<std::string>& files() const { return files_; }
  // Every conflict add() reported, in the order found.
  const std::vector<Conflict>& conflicts() const { return conflicts_; }
  Location location(const Origin& origin) const;
  // Domains with at least one key, sorted ("" not included).
  std::vector<std::string> domains() const;

  // Locales with at least one translation, sorted.
  std::vector<std::string> locales() const;
  // Document name -> key of its title unit.
  const std::map<std::string, std::string>& document_titles() const { return titles_; }

 private:
  std::vector<std::string> files_;
  std::vector<Entry> entries_;
  std::unordered_map<std::string, size_t> index_;
  std::map<std::string, std::string> titles_;
  std::vector<Conflict> conflicts_;
  bool unjudged_ = false;  // some translation has a made_from for finish()
};

// The catalog's index key of a key in a domain.
std::string indexed_key(std::string_view domain, std::string_view key);

}  // namespace l10nc
