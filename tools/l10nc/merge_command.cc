#include <iostream>
#include <memory>

#include "base/file_io.h"
#include "base/source_file.h"
#include "cli_support.h"
#include "commands.h"
#include "model/translation_file.h"
#include "readers/read_document.h"
#include "writers/xliff_editor.h"
#include "xliff_output.h"

namespace l10nc::cli {

namespace {

struct MergeOptions {
  SyntaxChoice syntax = SyntaxChoice::automatic;
  std::string file;
  std::vector<std::string> inputs;
};

std::string describe_change(const UnitChange& change) {
  using Kind = UnitChange::Kind;
  const Kind kind = change.kind == Kind::revive ? change.then : change.kind;
  std::string what;
  switch (kind) {
    case Kind::retranslate:
      what = "English changed, needs review";
      break;
    case Kind::update:
      what = "English changed (not translated yet)";
      break;
    case Kind::revert:
      what = "English back to what it was translated from: review cleared";
      break;
    case Kind::obsolete:
      what = "left the English: moved to the obsolete group";
      break;
    case Kind::revive:
      break;
  }
  if (change.kind == Kind::revive)
    what = change.english_changed ? "back in the English, " + what
                                  : std::string("back in the English");
  return display_key(change.unit->domain, change.unit->key) + ": " + what;
}

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
  XliffVersion version = XliffVersion::v2;
  const std::unique_ptr<XmlInput> input =
      read_xliff_for_editing(file, translations, diagnostics, {options.syntax}, version);
  // Only errors: what the readers warn about (modules and annotations l10nc does not read,
  // partly translated units) is the file's own business here, and merge keeps all of it.
  DiagnosticList errors;
  for (const Diagnostic& diagnostic : diagnostics.diagnostics())
    if (diagnostic.severity == Severity::error) errors.report(diagnostic);
  print_diagnostics(errors);
  if (!input) {
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
  const MergePlan plan = plan_merge(catalog, translations.units);
  if (plan.empty()) {
    // Not rewritten: the same bytes and the same modification time.
    std::cout << "l10nc: " << options.file << " (" << translations.locale
              << ") is up to date with the English: not changed (" << plan.unchanged << " units)\n";
    return kSuccess;
  }
  DiagnosticList edit_diagnostics;
  XliffEditor editor(*input, version, edit_diagnostics);
  editor.apply(plan, catalog);
  print_diagnostics(edit_diagnostics);
  if (const int status = write_output_file(options.file, editor.text()); status != kSuccess)
    return status;

  size_t review = 0, obsolete = 0, other = 0;
  for (const UnitChange& change : plan.changes) {
    const UnitChange::Kind kind =
        change.kind == UnitChange::Kind::revive ? change.then : change.kind;
    if (change.kind == UnitChange::Kind::obsolete)
      ++obsolete;
    else if (kind == UnitChange::Kind::retranslate && change.english_changed)
      ++review;
    else if (change.kind == UnitChange::Kind::retranslate)
      ++review;
    else
      ++other;
  }
  std::string out = "l10nc: merged " + options.file + " (" + translations.locale + ", XLIFF " +
                    (version == XliffVersion::v1_2 ? "1.2" : "2.0") + ", edited in " +
                    "place): " + std::to_string(plan.added.size()) + " new, " +
                    std::to_string(review) + " to review, " + std::to_string(obsolete) +
                    " obsolete, " + std::to_string(other) + " other changes, " +
                    std::to_string(plan.unchanged) + " unchanged\n";
  for (const UnitChange& change : plan.changes) out += "  " + describe_change(change) + "\n";
  for (const Entry* entry : plan.added)
    out += "  " + display_key(*entry) + ": new in the English, to translate\n";
  std::cout << out;
  return kSuccess;
}

}  // namespace

Command add_merge_command(CLI::App& app) {
  auto options = std::make_shared<MergeOptions>();
  CLI::App* command = app.add_subcommand(
      "merge", "Bring a translation (XLIFF) up to date with the English sources");
  command->footer(
      "Update FILE.xlf from the English of the inputs, editing it in place: everything the\n"
      "English does not change stays byte for byte (its XLIFF version, encoding, line ends,\n"
      "modules, notes, states, segments). New keys are added untranslated beside the other\n"
      "units; a key whose English changed gets the new English, keeps its target and needs\n"
      "review, with the English it was translated from kept as a note; keys no longer in the\n"
      "English move to an obsolete group (translate=\"no\"), and come back if the English has\n"
      "them again. When nothing changed, FILE is not written at all. It is replaced\n"
      "atomically.");
  command->add_option("file", options->file, "The translation to update (FILE.xlf)")->required();
  command
      ->add_option("inputs", options->inputs,
                   "English sources: files, or directories searched recursively")
      ->required();
  add_message_syntax_option(*command, options->syntax);
  return {command, [options] { return run_merge(*options); }};
}

}  // namespace l10nc::cli
