#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "model/catalog.h"

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
};

// Groups units into one <file> per catalog document (in the catalog's order), with the
// origin of each key's English. Units whose key the catalog lacks (obsolete ones) go in the
// last file.
XliffExport xliff_export(const Catalog& catalog, std::string target_locale,
                         std::vector<Unit> units);

// An XLIFF 2.0 document (srcLang="en") for translators, which the XLIFF reader reads back as
// the same units. Each unit is named by its key, with notes for the key, the origin of its
// English, its notes and (for needs-review targets) the previous English. Patterns become
// segment content: arguments that were inline codes become those codes again (ph, sc/ec,
// with their originalData), plural and select constructs stay text as Angular writes them,
// other MessageFormat syntax ("#") becomes <ph subType="l10nc:syntax">. States: missing ->
// initial, translated -> translated, needs-review and machine-translated -> translated with
// l10nc's subState. Patterns that do not parse are reported and written as text.
std::string xliff20_text(const XliffExport& xliff, DiagnosticSink& diagnostics);

}  // namespace l10nc
