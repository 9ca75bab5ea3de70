#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diagnostic.h"

namespace l10nc {

// How far a translation can be trusted. Ordered: a larger value is better.
enum class TranslationState : uint8_t {
  missing,             // no target, or XLIFF "initial"/"new": never compiled
  needs_review,        // a target whose English changed, or a translator flagged it
  machine_translated,  // DocFX "ms.translationtype: MT"
  translated,          // a human translation (XLIFF translated/reviewed/final)
};
std::string_view state_name(TranslationState state);
std::optional<TranslationState> parse_state_name(std::string_view name);

// Where a piece of text starts. `file` indexes Catalog::files() (or is 0 inside a Document,
// which has one file).
struct Origin {
  uint32_t file = 0;
  uint32_t line = 0;
  uint32_t column = 0;
};

// A message as an ICU MessageFormat pattern, and where its text is in the input.
struct Message {
  std::string pattern;
  Origin origin;
};

// What one input file says about one key.
struct Unit {
  std::string key;
  Message source;                 // the English
  std::optional<Message> target;  // absent: not translated in this file
  TranslationState state = TranslationState::missing;
  std::optional<Message> label;  // DocFX keyed tables: the translated first cell
  std::string previous_source;   // the English a needs-review target was made from
  std::vector<std::string> notes;
};

// Everything read from one input file: at most one target locale.
struct Document {
  std::string path;
  std::string name;          // file stem: "sspi-status-codes"
  std::string locale;        // ICU id of the targets; empty for English-only input
  std::string title_key;     // key of the unit that titles the document, if any
  size_t segment_count = 0;  // translatable segments read (several may make one unit)
  std::vector<Unit> units;
};

struct Translation {
  Message text;
  TranslationState state = TranslationState::missing;
  std::optional<Message> label;
  std::string previous_source;
};

struct Entry {
  std::string key;
  std::string document;  // name of the first document that gave the key
  Message source;
  std::vector<std::string> notes;
  std::map<std::string, Translation> translations;  // by ICU locale id
};

// A unit the catalog could not merge: its English differs from the key's first definition,
// or its locale already has a different translation. The first one read wins.
struct Conflict {
  std::string key;
  std::string locale;     // the locale of the document that lost
  std::string pattern;    // the English (or translation) that lost
  Diagnostic diagnostic;  // check_id "duplicate-key", as reported by Catalog::add
};

// All documents merged: one entry per key, English source plus a translation per locale.
class Catalog {
 public:
  // Adds a document. Conflicts (one key, different English; one key translated twice into
  // one locale differently) are reported as errors and the first one read wins.
  void add(Document document, DiagnosticSink& diagnostics);

  const std::vector<Entry>& entries() const { return entries_; }
  const Entry* find(std::string_view key) const;
  const std::vector<std::string>& files() const { return files_; }
  // Every conflict add() reported, in the order found.
  const std::vector<Conflict>& conflicts() const { return conflicts_; }
  Location location(const Origin& origin) const;

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
};

}  // namespace l10nc
