#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_file.h"
#include "model/catalog.h"
#include "model/message_syntax.h"
#include "model/xliff_conventions.h"
#include "readers/xml_input.h"

namespace l10nc {

// File extensions the readers take when a directory is given as input.
const std::vector<std::string>& input_extensions();

// Whether the reader of this file makes a translation file of it (XLIFF: its English is what
// translators were given, Document::english_from_translation_file) rather than a source
// document (DocFX), known from the name alone so that loading can order files before reading.
bool is_translation_file(const std::filesystem::path& path);

// Whether an XLIFF file is also checked against its specification (l10nc validate's rules)
// as it is read: not at all, each violation a warning, or each an error (the file is then
// not read).
enum class XliffValidation { off, warnings, strict };

// What a reader is asked, beyond the file itself.
struct ReadOptions {
  // --message-syntax: one syntax for every message, or (automatic) each file's own: DocFX
  // pages are text; XLIFF says so with l10nc:message-syntax, Symfony's DOMAIN+intl-icu.LOCALE.xlf
  // is icu, anything else is text (Angular's plural and select constructs are read as such).
  SyntaxChoice syntax = SyntaxChoice::automatic;
  XliffValidation validation = XliffValidation::off;

  // The options as text, for the document cache: a document read with other options is read
  // again.
  std::string identity() const;
};

// Reads an XLIFF file to edit it (l10nc merge): its document, and the parsed file it came from
// with its XLIFF version. Null after reporting errors.
std::unique_ptr<XmlInput> read_xliff_for_editing(const SourceFile& file, Document& document,
                                                 DiagnosticSink& diagnostics,
                                                 const ReadOptions& options, XliffVersion& version);

// Reads one input file with the reader its extension names. Returns false after
// reporting errors.
bool read_document(const SourceFile& file, Document& document, DiagnosticSink& diagnostics,
                   const ReadOptions& options = {});

}  // namespace l10nc
