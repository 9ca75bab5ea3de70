#include <iostream>
#include <memory>

#include <l10n/catalog.h>

#include "cli_support.h"
#include "commands.h"

namespace l10nc::cli {

namespace {

struct DumpOptions {
  std::string bundles;
  std::string locale;
};

// Tabs and line breaks would break the one-line-per-key format.
std::string one_line(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\r')
      out += "\\r";
    else
      out += c;
  }
  return out;
}

int run_dump(const DumpOptions& options) {
  const l10n::Catalog catalog(options.bundles);
  if (!catalog.ok()) {
    print_error(catalog.error());
    return kUsageError;
  }
  std::string out;
  for (const std::string& key : catalog.keys()) {
    out += key;
    out += '\t';
    out += one_line(catalog.format(options.locale, key).text);
    out += '\n';
  }
  std::cout << out;
  return kSuccess;
}

}  // namespace

Command add_dump_command(CLI::App& app) {
  auto options = std::make_shared<DumpOptions>();
  CLI::App* command = app.add_subcommand("dump", "Print every key with its text for a locale");
  command->footer(
      "Print every key with the text the runtime gives for a locale (with fallback, formatted\n"
      "without arguments), one 'KEY<TAB>TEXT' line per key, sorted by key. Tabs and line\n"
      "breaks inside a text are written as \\t and \\n.");
  command->add_option("-b,--bundles", options->bundles, "ICU package directory from compile")
      ->required();
  command->add_option("-l,--locale", options->locale, "Locale, e.g. es_MX or es-MX")->required();
  return {command, [options] { return run_dump(*options); }};
}

}  // namespace l10nc::cli
