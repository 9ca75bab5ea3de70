#pragma once

#include "base/diagnostic.h"
#include "model/catalog.h"
#include "readers/read_document.h"
#include "readers/xml_input.h"

namespace l10nc {

// Reads an XLIFF 2.0, 2.1 or 2.2 document (its root already checked to be <xliff> in the 2.0
// namespace): every <unit> of every <file>, in nested <group>s, becomes a unit keyed by its
// name, else its id (see XliffDocumentBuilder). Its <segment>s and <ignorable>s make one
// message (targets placed by their `order`).
//  - trgLang names the locale (else the file name or folder);
//  - a segment's state: initial -> missing; translated -> translated, unless its subState is
//    l10nc:needs-review or l10nc:machine-translated; reviewed, final -> translated; a target
//    without state -> translated. Other subStates are kept. An empty target is no target.
//  - <notes> become the unit's notes, except l10nc's own categories (previous source, label).
//  - units in a <group type="l10nc:obsolete"> are read as obsolete: they are not compiled.
//  - a file with XLIFF 1.2 structure (<trans-unit>, <body>) is an error that says so.
// Returns false after reporting errors.
bool read_xliff20(const XmlInput& input, Document& document, DiagnosticSink& diagnostics,
                  const ReadOptions& options = {});

}  // namespace l10nc
