#include "xliff_output.h"

#include "cli_support.h"
#include "model/locale_id.h"

namespace l10nc::cli {

std::optional<std::string> locale_option(const std::string& value) {
  std::optional<std::string> locale = to_icu_locale(value);
  if (!locale) print_error("--locale '" + value + "' is not a valid locale");
  return locale;
}

int write_xliff(const XliffExport& xliff, const std::string& path) {
  DiagnosticList diagnostics;
  const std::string text = xliff20_text(xliff, diagnostics);
  print_diagnostics(diagnostics);
  return write_output_file(path, text);
}

}  // namespace l10nc::cli
