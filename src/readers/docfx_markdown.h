#pragma once

#include "base/diagnostic.h"
#include "base/source_file.h"
#include "model/catalog.h"
#include "model/message_syntax.h"

namespace l10nc {

// Reads a DocFX bilingual Markdown page (Microsoft Docs localization format): YAML front
// matter (ms.contentlocale, ms.translationtype) and segments written as
//   <span data-ttu-id="ID">TARGET</span><span class="sxs-lookup"><span
//   data-stu-id="ID">SOURCE</span></span>
// Keys:
//  - a table row whose first cell's English is an identifier gives one unit keyed by that
//    identifier, its message the other cells' segments joined by a space;
//  - the first level-1 heading gives "<page>.title";
//  - every other segment gives "<page>.<id without its hash prefix>" ("sspi-status-codes.104").
// Messages are plain text (escaped into their patterns) unless `syntax` is icu, when the plain
// text is the pattern (checked: English ICU rejects is an error, a translation a warning).
// Returns false (after reporting errors) when the page is malformed.
bool read_docfx_markdown(const SourceFile& file, Document& document, DiagnosticSink& diagnostics,
                         MessageSyntax syntax = MessageSyntax::text);

}  // namespace l10nc
