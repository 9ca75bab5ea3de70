#include <iostream>
#include <memory>

#include "cli_support.h"
#include "commands.h"
#include "model/translation_file.h"
#include "xliff_output.h"

namespace l10nc::cli {

namespace {

struct ExportOptions {
  SyntaxChoice syntax = SyntaxChoice::automatic;
  XliffVersion xliff_version = XliffVersion::v2;
  std::string locale;
  std::vector<std::string> inputs;
  std::string output;
};

int run_export(const ExportOptions& options) {
  const std::optional<std::string> locale = locale_option(options.locale);
  if (!locale) return kUsageError;
  Catalog catalog;
  if (const int status = load_catalog(options.inputs, catalog, load_options_for(options.syntax));
      status != kSuccess)
    return status;
  const std::vector<std::string> locales = catalog.locales();
  if (std::find(locales.begin(), locales.end(), *locale) == locales.end()) {
    std::string warning = "l10nc: warning: the inputs have no translations into " + *locale;
    for (size_t i = 0; i < locales.size(); ++i)
      warning += (i == 0 ? "; they have " : ", ") + locales[i];
    std::cerr << warning << "\n";
  }
  const std::vector<Unit> units = catalog_units(catalog, *locale, true);
  const size_t translated = static_cast<size_t>(std::count_if(
      units.begin(), units.end(), [](const Unit& unit) { return unit.target.has_value(); }));
  XliffExport xliff = xliff_export(catalog, *locale, units);
  xliff.version = options.xliff_version;
  if (const int status = write_xliff(xliff, options.output); status != kSuccess) return status;
  std::cout << "l10nc: wrote " << options.output << ": " << units.size() << " messages, "
            << translated << " with a translation into " << *locale << "\n";
  return kSuccess;
}

}  // namespace

Command add_export_command(CLI::App& app) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command =
      app.add_subcommand("export", "Write a catalog and one locale's translations as XLIFF 2.0");
  command->footer(
      "Write every message of the inputs (DocFX pages, XLIFF files) as an XLIFF 2.0 unit (or\n"
      "--xliff-version 1.2 trans-unit) with\n"
      "its English source and, where there is one, its translation into the locale with its\n"
      "state. Reading the file back gives the same catalog. FILE is replaced atomically.");
  command->add_option("-l,--locale", options->locale, "Locale of the targets, e.g. es-ES")
      ->required();
  command
      ->add_option("inputs", options->inputs, "Sources: files, or directories searched recursively")
      ->required();
  add_message_syntax_option(*command, options->syntax);
  add_xliff_version_option(*command, options->xliff_version);
  command->add_option("-o,--output", options->output, "The XLIFF file to write (FILE.xlf)")
      ->required();
  return {command, [options] { return run_export(*options); }};
}

}  // namespace l10nc::cli
