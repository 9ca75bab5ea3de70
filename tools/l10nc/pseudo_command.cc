#include <iostream>
#include <memory>

#include "cli_support.h"
#include "commands.h"
#include "model/translation_file.h"
#include "writers/pseudo_locale.h"
#include "xliff_output.h"

namespace l10nc::cli {

namespace {

struct PseudoOptions {
  SyntaxChoice syntax = SyntaxChoice::automatic;
  std::string locale;
  std::vector<std::string> inputs;
  std::string output;
};

int run_pseudo(const PseudoOptions& options) {
  const std::optional<std::string> locale = locale_option(options.locale);
  if (!locale) return kUsageError;
  const std::optional<PseudoStyle> style = pseudo_style(*locale);
  if (!style) {
    print_error("--locale '" + options.locale +
                "' is not a pseudo-locale: use en_XA (accented, longer) or ar_XB (right to left)");
    return kUsageError;
  }
  Catalog catalog;
  if (const int status = load_catalog(options.inputs, catalog, load_options_for(options.syntax));
      status != kSuccess)
    return status;

  std::vector<Unit> units = catalog_units(catalog, *locale, false);  // one per entry, in order
  DiagnosticList diagnostics;
  size_t translated = 0;
  for (size_t i = 0; i < units.size(); ++i) {
    Unit& unit = units[i];
    std::string error;
    std::optional<std::string> text =
        pseudo_translate(unit.source.pattern, *style, *locale, &error);
    if (!text) {
      diagnostics.report({Severity::warning,
                          catalog.location(catalog.entries()[i].source.origin),
                          "the English of '" + unit.key +
                              "' is not a valid MessageFormat pattern (" + error +
                              "): left untranslated",
                          "",
                          {}});
      continue;
    }
    unit.target = Message{std::move(*text), {}};
    unit.state = TranslationState::translated;
    ++translated;
  }
  print_diagnostics(diagnostics);
  if (const int status =
          write_xliff(xliff_export(catalog, *locale, std::move(units)), options.output);
      status != kSuccess)
    return status;
  std::cout << "l10nc: wrote " << options.output << ": " << translated << " of "
            << catalog.entries().size() << " messages pseudo-translated into " << *locale << "\n";
  return kSuccess;
}

}  // namespace

Command add_pseudo_command(CLI::App& app) {
  auto options = std::make_shared<PseudoOptions>();
  CLI::App* command = app.add_subcommand(
      "pseudo", "Pseudo-translate (en_XA, ar_XB) to find hard-coded and cut-off text");
  command->footer(
      "Write an XLIFF 2.0 file translating every English message of the inputs into a\n"
      "pseudo-locale: en_XA accents every letter, adds about 40% (\"one two\") and brackets the\n"
      "message ([Ţĥîš ţéẋţ one]); ar_XB wraps every word in bidi controls so that it displays\n"
      "right to left. Arguments, plural and select syntax, tags and code identifiers are kept;\n"
      "plurals get every category the locale's rules have. Compile it with the other sources and\n"
      "run the program in the pseudo-locale: text that stays plain English is hard-coded, text\n"
      "cut off before ']' is truncated. FILE is replaced atomically.");
  command
      ->add_option("-l,--locale", options->locale,
                   "The pseudo-locale: en_XA or ar_XB (en-XA, ar-XB)")
      ->required();
  command
      ->add_option("inputs", options->inputs,
                   "English sources: files, or directories searched recursively")
      ->required();
  add_message_syntax_option(*command, options->syntax);
  command->add_option("-o,--output", options->output, "The XLIFF file to write (FILE.xlf)")
      ->required();
  return {command, [options] { return run_pseudo(*options); }};
}

}  // namespace l10nc::cli
