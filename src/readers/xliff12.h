#pragma once

#include "base/diagnostic.h"
#include "model/catalog.h"
#include "readers/read_document.h"
#include "readers/xml_input.h"

namespace l10nc {

// Reads an XLIFF 1.2 document (its root already checked to be <xliff version="1.2"> in the
// 1.2 namespace): every <trans-unit> of every <file>, in <body> and nested <group>s, becomes a
// unit keyed by its resname, else its id (see XliffDocumentBuilder).
//  - target-language names the locale (else the file name, "messages.fr.xlf", or folder);
//  - a target's state: new, needs-translation -> missing; needs-review-*, needs-adaptation,
//    needs-l10n -> needs-review; translated, signed-off, final, or none -> translated;
//    approved="yes" -> translated. An empty target is no target.
//  - <note>s become the unit's notes; inline codes become arguments (see InlineReader).
// Returns false after reporting errors.
bool read_xliff12(const XmlInput& input, Document& document, DiagnosticSink& diagnostics,
                  const ReadOptions& options = {});

}  // namespace l10nc
