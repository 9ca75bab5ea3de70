#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "message_text.h"

namespace l10nc::gen {

enum class EntryKind {
  title,      // the page's first heading: "<page>.title"
  paragraph,  // "<page>.<segment number>"
  header,     // a table header cell: "<page>.<segment number>", never a keyed row
  row,        // a table row keyed by the identifier in its first cell
};

// One message of a page, as l10nc reads it back.
struct CorpusEntry {
  EntryKind kind = EntryKind::paragraph;
  std::string key;
  std::string segment_id;  // DocFX data-ttu-id of the message: "3a386-104"
  std::string label_id;    // rows: the data-ttu-id of the identifier cell
  Message english;
};

// A page: the same in every locale but for its translations.
struct CorpusDocument {
  std::string name;  // file stem, lower-case ASCII: "kerberos-error-codes-7"
  std::vector<CorpusEntry> entries;
};

// How many entries each page gets: several pages, each under about 500 entries.
std::vector<size_t> document_sizes(size_t entries);

// Identifiers like SEC_E_CERT_EXPIRED, unique across the corpus (keys must be).
class IdentifierPool {
 public:
  std::string make(Random& random);

 private:
  std::unordered_set<std::string> used_;
};

// The English of page `index`: its title, some paragraphs, then a table of identifier rows.
// With `plurals`, some messages are ICU plural messages (for XLIFF).
CorpusDocument english_document(size_t index, size_t entry_count, Markup markup, bool plurals,
                                IdentifierPool& identifiers);

// The entry's pseudo-translation into the locale, or nullopt for the ~5% left untranslated.
std::optional<Message> translate(const CorpusEntry& entry, std::string_view icu_locale);

}  // namespace l10nc::gen
