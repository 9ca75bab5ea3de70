#include <iomanip>
#include <iostream>
#include <memory>

#include "base/file_io.h"
#include "base/source_file.h"
#include "cli_support.h"
#include "commands.h"
#include "readers/read_document.h"
#include "validate/validate.h"

namespace l10nc::cli {

namespace {

struct ValidateOptions {
  std::vector<std::string> inputs;
  bool list_rules = false;
};

int list_rules() {
  for (const ValidationRule& rule : validation_rules())
    std::cout << rule.id << "  " << rule.summary << "\n";
  return kSuccess;
}

int run_validate(const ValidateOptions& options) {
  if (options.list_rules) return list_rules();
  if (options.inputs.empty()) {
    print_error("validate: no FILE given");
    return kUsageError;
  }
  std::vector<std::string> missing;
  const std::vector<std::filesystem::path> files =
      expand_inputs(options.inputs, input_extensions(), &missing);
  for (const std::string& path : missing) print_error("'" + path + "': no such file or directory");
  if (!missing.empty()) return kUsageError;
  if (files.empty()) {
    print_error("validate: no input files (.md, .xlf, .xliff) in the given paths");
    return kUsageError;
  }
  DiagnosticPrinter printer(use_color());
  size_t violations = 0;
  size_t failed = 0;
  for (const std::filesystem::path& path : files) {
    std::string error;
    std::optional<std::string> text = read_file(path, &error);
    if (!text) {
      print_error("cannot read '" + path.string() + "': " + error);
      return kUsageError;
    }
    const SourceFile file(path.string(), std::move(*text));
    DiagnosticList diagnostics;
    const size_t found = validate_file(file, diagnostics);
    for (const Diagnostic& diagnostic : diagnostics.diagnostics())
      std::cerr << printer.format(diagnostic);
    violations += found;
    failed += found > 0 ? 1 : 0;
  }
  if (violations == 0) {
    std::cerr << "l10nc: validate: " << files.size() << (files.size() == 1 ? " file" : " files")
              << " conform\n";
    return kSuccess;
  }
  std::cerr << "l10nc: validate: " << violations << (violations == 1 ? " violation" : " violations")
            << " in " << failed << " of " << files.size()
            << (files.size() == 1 ? " file" : " files") << "\n";
  return kInvalidInput;
}

}  // namespace

Command add_validate_command(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command = app.add_subcommand(
      "validate", "Check that XLIFF files and DocFX pages conform to their specifications");
  command->footer(
      "Checks each file against its format: XLIFF 2.0/2.1 core and the modules Translation\n"
      "Candidates, Glossary, Format Style, Metadata, Size and Length Restriction, Validation\n"
      "and Change Tracking; XLIFF 1.2 (1.0 and 1.1 files are held to 1.2); the segment\n"
      "structure of DocFX pages. Every violation is printed as 'file:line:col: error: message\n"
      "[rule]', the rule id naming the specification's section ('l10nc validate --list-rules').\n"
      "Exit status: 0 every file conforms, 1 a violation, 2 usage error or unreadable input.");
  command->add_option("files", options->inputs,
                      "XLIFF files and DocFX pages, or directories searched recursively");
  command->add_flag("--list-rules", options->list_rules, "List the rules and exit");
  return {command, [options] { return run_validate(*options); }};
}

}  // namespace l10nc::cli
