#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "model/catalog.h"
#include "model/xliff_conventions.h"

namespace l10nc {

// One <unit> to write, and where its English came from ("file:line:col", or empty).
struct XliffExportUnit {
  Unit unit;
  std::string origin;
};

// One <file>: the units of one source document.
struct XliffExportFile {
  std::string original;                        // the document's name ("sspi-status-codes")
  std::string title_key;                       // the unit that titles the document, if any
  MessageSyntax syntax = MessageSyntax::text;  // the document's: how its messages are written
  std::string domain;                          // of its keys ("" for none)
  std::vector<XliffExportUnit> units;          // obsolete units go in an obsolete group at the end
};

struct XliffExport {
  std::string target_locale;  // ICU id, written as a BCP 47 trgLang
  std::vector<XliffExportFile> files;
  XliffVersion version = XliffVersion::v2;
};

// How markup is laid out: l10nc's own files use "\n" and two spaces; markup inserted into a
// document someone else wrote takes that document's line ends and indentation.
struct XmlLayout {
  std::string newline = "\n";
  std::string indent = "  ";  // one level
  std::string base;           // before every line (the indentation of the enclosing element)
};

// Where an entry's English is, as a note sent to vendors: its document's path relative to the
// working directory, without line and column, so that editing the English elsewhere in the
// document, or merging from another checkout, does not change the note.
std::string export_origin(const Catalog& catalog, const Origin& origin);

// Groups units into one <file> per catalog document (in the catalog's order), with the
// origin of each key's English. Units whose key the catalog lacks (obsolete ones) go in the
// last file.
XliffExport xliff_export(const Catalog& catalog, std::string target_locale,
                         std::vector<Unit> units);

// An XLIFF document (2.0, or 1.2 as xliff.version says) for translators, which the XLIFF
// reader reads back as the same units. XLIFF 1.2: <trans-unit id resname> with <source>,
// <target state> (new, needs-review-translation, translated, signed-off, final, or the state
// the unit was read with), <note from="l10nc:key"> and the others below, codes as <x/>,
// <bx/>/<ex/> (<ph>, <bpt>/<ept> with native data), syntax as <x ctype="x-l10nc-syntax">, the
// obsolete group <group restype="x-l10nc-obsolete" translate="no">. XLIFF 2.0: Each unit is named
// by its key, with notes for the key, the origin of its English, its notes and (for needs-review
// targets) the previous English. Patterns become segment content: arguments that were inline codes
// become those codes again (ph, sc/ec, with their originalData), plural and select constructs stay
// text as Angular writes them, other MessageFormat syntax ("#") becomes <ph
// subType="l10nc:syntax">. States: missing -> initial, translated -> translated, needs-review and
// machine-translated -> translated with l10nc's subState. Patterns that do not parse are reported
// and written as text.
std::string xliff_text(const XliffExport& xliff, DiagnosticSink& diagnostics);

// What an editor inserts into a document someone else wrote (see xliff_editor.h):
// One unit's element, as xliff_text() writes it, laid out for units at `depth` (from the
// unit's start tag to its end tag; no white space before or after).
std::string unit_markup(const XliffExportUnit& unit, XliffVersion version, MessageSyntax syntax,
                        const std::string& title_key, const XmlLayout& layout, int depth,
                        DiagnosticSink& diagnostics);
// The content of a <source> or <target> for a message (its syntax as the message says): text
// and inline codes. XLIFF 2.0 native data goes in `data` (native code -> data id, ids made
// from the map's size, so pass the ids a unit's <originalData> has).
std::string message_markup(const Message& message, const std::vector<InlineCode>& codes,
                           XliffVersion version, std::map<std::string, std::string>& data);
// White space the reader would collapse needs xml:space="preserve".
bool needs_preserved_space(std::string_view pattern);

}  // namespace l10nc
