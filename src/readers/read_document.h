#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_file.h"
#include "model/catalog.h"

namespace l10nc {

// File extensions the readers take when a directory is given as input.
const std::vector<std::string>& input_extensions();

// Reads one input file with the reader its extension names. Returns false after
// reporting errors.
bool read_document(const SourceFile& file, Document& document, DiagnosticSink& diagnostics);

}  // namespace l10nc
