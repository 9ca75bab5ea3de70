#include "xliff_output.h"

#include <filesystem>
#include <iostream>

#include "base/file_io.h"
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
  std::string error;
  std::error_code ignored;
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ignored);
  if (!write_file_atomically(path, text, &error)) {
    print_error("cannot write '" + path + "': " + error);
    return kUsageError;
  }
  return kSuccess;
}

}  // namespace l10nc::cli
