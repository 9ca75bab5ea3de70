// Any bytes as a DocFX page: the reader must report errors, never crash or hang.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/diagnostic.h"
#include "base/source_file.h"
#include "readers/docfx_markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto file = std::make_shared<l10nc::SourceFile>(
      "es-ES/page.md", std::string(reinterpret_cast<const char*>(data), size));
  l10nc::Document document;
  l10nc::DiagnosticList diagnostics;
  const bool ok = l10nc::read_docfx_markdown(*file, document, diagnostics);
  // A page is either read or rejected with at least one error, never both or neither.
  if (ok == diagnostics.has_errors()) __builtin_trap();
  // Rendering a diagnostic (line, caret) must cope with whatever position it points at.
  l10nc::DiagnosticPrinter printer(false);
  printer.add_source(file);
  for (const l10nc::Diagnostic& diagnostic : diagnostics.diagnostics())
    (void)printer.format(diagnostic);
  return 0;
}
