#include "xliff_output.h"

#include <map>

#include "cli_support.h"
#include "model/locale_id.h"

namespace l10nc::cli {

std::optional<std::string> locale_option(const std::string& value) {
  std::optional<std::string> locale = to_icu_locale(value);
  if (!locale) print_error("--locale '" + value + "' is not a valid locale");
  return locale;
}

void add_xliff_version_option(CLI::App& command, XliffVersion& version) {
  const std::map<std::string, XliffVersion> names = {{"1.2", XliffVersion::v1_2},
                                                     {"2.0", XliffVersion::v2}};
  command
      .add_option("--xliff-version", version,
                  "XLIFF version to write: 2.0 (default) or 1.2, for tools that read only 1.2")
      ->transform(CLI::CheckedTransformer(names))
      ->option_text("1.2|2.0");
}

int write_xliff(const XliffExport& xliff, const std::string& path) {
  DiagnosticList diagnostics;
  const std::string text = xliff_text(xliff, diagnostics);
  print_diagnostics(diagnostics);
  return write_output_file(path, text);
}

}  // namespace l10nc::cli
