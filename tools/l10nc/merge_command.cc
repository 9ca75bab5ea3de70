#include <iostream>
#include <memory>

#include "base/file_io.h"
#include "base/source_file.h"
#include "cli_support.h"
#include "commands.h"
#include "model/translation_file.h"
#include "readers/read_document.h"
#include "xliff_output.h"

namespace l10nc::cli {

namespace {

struct MergeOptions {
  SyntaxChoice syntax = SyntaxChoice::automatic;
  std::string file;
  std::vector<std::string> inputs;
};

int run_merge(const MergeOptions& options) {
  std::string error;
  std::optional<std::string> text = read_file(options.file, &error);
  if (!text) {
    print_error("cannot read '" + options.file + "': " + error);
    return kUsageError;
  }
  const SourceFile file(options.file, std::move(*text));
  Document translations;
  DiagnosticList diagnostics;
  const bool read = read_document(file, translations, diagnostics, {options.syntax});
  print_diagnostics(diagnostics);
  if (!read) {
    std::cerr << "l10nc: nothing written: fix the errors above\n";
    return kInvalidInput;
  }
  if (translations.locale.empty()) {
    print_error("'" + options.file + "' names no target language (trgLang): nothing to merge");
    return kInvalidInput;
  }

  Catalog catalog;
  LoadOptions load_options;
  load_options.read.syntax = options.syntax;
  load_options.skip = options.file;  // the file being merged is not English
  if (const int status = load_catalog(options.inputs, catalog, load_options); status != kSuccess)
    return status;
  const TranslationMerge merge = merge_translations(catalog, std::move(translations.units));
  const XliffExport xliff = xliff_export(catalog, translations.locale, merge.units);
  if (const int status = write_xliff(xliff, options.file); status != kSuccess) return status;

  std::string out = "l10nc: merged " + options.file + " (" + translations.locale +
                    "): " + std::to_string(merge.added.size()) + " new, " +
                    std::to_string(merge.changed.size()) + " changed (needs review), " +
                    std::to_string(merge.obsoleted.size()) + " obsolete, " +
                    std::to_string(merge.unchanged) + " unchanged\n";
  for (const std::string& key : merge.changed) out += "  needs review: " + key + "\n";
  for (const std::string& key : merge.added) out += "  new: " + key + "\n";
  for (const std::string& key : merge.obsoleted) out += "  obsolete: " + key + "\n";
  std::cout << out;
  return kSuccess;
}

}  // namespace

Command add_merge_command(CLI::App& app) {
  auto options = std::make_shared<MergeOptions>();
  CLI::App* command = app.add_subcommand(
      "merge", "Bring a translation (XLIFF) up to date with the English sources");
  command->footer(
      "Update FILE.xlf from the English of the inputs: new keys are added untranslated (state\n"
      "'initial'); a key whose English changed keeps its target but needs review, with the\n"
      "English it was translated from kept as a note; keys no longer in the English move to\n"
      "an obsolete group (and come back if the English has them again). FILE is rewritten\n"
      "atomically as XLIFF 2.0.");
  command->add_option("file", options->file, "The translation to update (FILE.xlf)")->required();
  command
      ->add_option("inputs", options->inputs,
                   "English sources: files, or directories searched recursively")
      ->required();
  add_message_syntax_option(*command, options->syntax);
  return {command, [options] { return run_merge(*options); }};
}

}  // namespace l10nc::cli
