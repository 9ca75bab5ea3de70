#include <filesystem>
#include <iostream>
#include <memory>

#include "cli_support.h"
#include "commands.h"
#include "model/translation_file.h"
#include "xliff_output.h"

namespace l10nc::cli {

namespace {

struct NewLocaleOptions {
  SyntaxChoice syntax = SyntaxChoice::automatic;
  XliffVersion xliff_version = XliffVersion::v2;
  std::string locale;
  std::vector<std::string> inputs;
  std::string output;
};

int run_new_locale(const NewLocaleOptions& options) {
  const std::optional<std::string> locale = locale_option(options.locale);
  if (!locale) return kUsageError;
  std::error_code ignored;
  if (std::filesystem::exists(options.output, ignored)) {
    print_error("'" + options.output + "' exists: bring it up to date with 'l10nc merge " +
                options.output + " INPUT...'");
    return kUsageError;
  }
  Catalog catalog;
  if (const int status = load_catalog(options.inputs, catalog, load_options_for(options.syntax));
      status != kSuccess)
    return status;
  XliffExport xliff = xliff_export(catalog, *locale, catalog_units(catalog, *locale, false));
  xliff.version = options.xliff_version;
  if (const int status = write_xliff(xliff, options.output); status != kSuccess) return status;
  std::cout << "l10nc: wrote " << options.output << ": " << catalog.entries().size()
            << " messages to translate into " << *locale << "\n";
  return kSuccess;
}

}  // namespace

Command add_new_locale_command(CLI::App& app) {
  auto options = std::make_shared<NewLocaleOptions>();
  CLI::App* command =
      app.add_subcommand("new-locale", "Start a translation: an XLIFF file for translators");
  command->footer(
      "Write an XLIFF 2.0 (or --xliff-version 1.2) file with every English message of the\n"
      "inputs as a source, an empty target in state 'initial' ('new' in 1.2), and the key, the\n"
      "document the English comes from and any notes as\n"
      "notes. Translate it in any XLIFF tool; 'l10nc compile' reads it back. FILE must not\n"
      "exist yet (update an existing one with 'l10nc merge').");
  command->add_option("-l,--locale", options->locale, "Target locale, e.g. fr or pt-BR")
      ->required();
  command
      ->add_option("inputs", options->inputs,
                   "English sources: files, or directories searched recursively")
      ->required();
  add_message_syntax_option(*command, options->syntax);
  add_xliff_version_option(*command, options->xliff_version);
  command->add_option("-o,--output", options->output, "The XLIFF file to write (FILE.xlf)")
      ->required();
  return {command, [options] { return run_new_locale(*options); }};
}

}  // namespace l10nc::cli
