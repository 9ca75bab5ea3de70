#include "readers/read_document.h"

#include <filesystem>

#include "readers/docfx_markdown.h"

namespace l10nc {

const std::vector<std::string>& input_extensions() {
  static const std::vector<std::string> extensions = {".md"};
  return extensions;
}

bool read_document(const SourceFile& file, Document& document, DiagnosticSink& diagnostics) {
  const std::string extension = std::filesystem::path(file.path()).extension().string();
  if (extension == ".md" || extension == ".markdown")
    return read_docfx_markdown(file, document, diagnostics);
  Diagnostic diagnostic;
  diagnostic.location.file = file.path();
  diagnostic.message = "unknown input format '" + extension + "': expected a DocFX page (.md)";
  diagnostics.report(std::move(diagnostic));
  return false;
}

}  // namespace l10nc
