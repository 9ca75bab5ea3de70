// Any bytes as an XLIFF file for one reader: it reports errors, never crashes or hangs.
// Built twice: fuzz_xliff12_reader (L10NC_FUZZ_XLIFF=12) and fuzz_xliff20_reader (=20).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/diagnostic.h"
#include "base/source_file.h"
#include "readers/xliff12.h"
#include "readers/xliff20.h"
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
#if L10NC_FUZZ_XLIFF == 12
  const bool ok = l10nc::read_xliff12(*input, document, diagnostics);
#else
  const bool ok = l10nc::read_xliff20(*input, document, diagnostics);
#endif
  if (ok == diagnostics.has_errors()) __builtin_trap();
  l10nc::DiagnosticPrinter printer(false);
  printer.add_source(file);
  for (const l10nc::Diagnostic& diagnostic : diagnostics.diagnostics())
    (void)printer.format(diagnostic);
  return 0;
}
