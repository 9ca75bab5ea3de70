// Any bytes as an XLIFF 1.2 file: the reader reports errors, never crashes or hangs.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/diagnostic.h"
#include "base/source_file.h"
#include "readers/xliff12.h"
#include "readers/xml_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto file = std::make_shared<l10nc::SourceFile>(
      "fr/messages.xlf", std::string(reinterpret_cast<const char*>(data), size));
  l10nc::DiagnosticList diagnostics;
  const std::unique_ptr<l10nc::XmlInput> input = l10nc::XmlInput::parse(*file, diagnostics);
  if (input == nullptr) {
    if (!diagnostics.has_errors()) __builtin_trap();  // rejected without saying why
    return 0;
  }
  l10nc::Document document;
  const bool ok = l10nc::read_xliff12(*input, document, diagnostics);
  if (ok == diagnostics.has_errors()) __builtin_trap();
  l10nc::DiagnosticPrinter printer(false);
  printer.add_source(file);
  for (const l10nc::Diagnostic& diagnostic : diagnostics.diagnostics())
    (void)printer.format(diagnostic);
  return 0;
}
