#include <filesystem>
#include <iostream>
#include <memory>

#include "base/file_io.h"
#include "cli_support.h"
#include "commands.h"
#include "writers/bundle_plan.h"
#include "writers/icu_bundle_writer.h"

namespace l10nc::cli {

namespace {

struct CompileOptions {
  std::vector<std::string> inputs;
  std::string output;
  bool strict = false;
  std::string genrb = L10NC_GENRB;
};

// An existing output directory is replaced as a whole, so it must be one l10nc wrote.
bool safe_to_replace(const std::filesystem::path& output) {
  std::error_code code;
  if (!std::filesystem::exists(output, code)) return true;
  if (!std::filesystem::is_directory(output, code)) return false;
  if (std::filesystem::is_empty(output, code)) return true;
  return std::filesystem::exists(output / "root.res", code) &&
         std::filesystem::exists(output / "res_index.txt", code);
}

int run_compile(const CompileOptions& options) {
  const std::filesystem::path output(options.output);
  if (!safe_to_replace(output)) {
    print_error("refusing to replace '" + options.output +
                "': it exists and is not an ICU package l10nc wrote (no root.res)");
    return kUsageError;
  }
  Catalog catalog;
  if (const int status = load_catalog(options.inputs, catalog); status != kSuccess) return status;

  BundlePlanOptions plan_options;
  plan_options.strict = options.strict;
  const std::vector<Bundle> bundles = plan_bundles(catalog, plan_options);

  std::string error;
  const auto staged = make_sibling_temp_directory(output, &error);
  if (!staged) {
    print_error(error);
    return kUsageError;
  }
  DiagnosticList write_diagnostics;
  IcuPackageOptions package_options;
  package_options.genrb = options.genrb;
  if (!write_icu_package(bundles, *staged, package_options, write_diagnostics) ||
      !replace_directory(*staged, output, &error)) {
    std::error_code ignored;
    std::filesystem::remove_all(*staged, ignored);
    print_diagnostics(write_diagnostics);
    if (!error.empty()) print_error(error);
    return kInvalidInput;
  }
  size_t translations = 0;
  std::string names;
  for (const Bundle& bundle : bundles) {
    if (bundle.locale != "root") translations += bundle.messages.size();
    names += (names.empty() ? "" : ", ") + bundle.locale;
  }
  std::cout << "l10nc: wrote " << bundles.size() << " bundles (" << names << ") to "
            << options.output << ": " << catalog.entries().size() << " English messages, "
            << translations << " translations\n";
  return kSuccess;
}

}  // namespace

Command add_compile_command(CLI::App& app) {
  auto options = std::make_shared<CompileOptions>();
  CLI::App* command =
      app.add_subcommand("compile", "Compile sources into an ICU package directory");
  command->footer(
      "Compile sources into an ICU package: DIR/root.res holds the English, every other\n"
      "locale a child bundle (plus the genrb .txt sources). DIR is replaced as a whole, and\n"
      "only once everything compiled: a failed compile leaves it as it was.");
  command
      ->add_option(
          "inputs", options->inputs,
          "Source files, or directories searched recursively for .md, .xlf and .xliff files")
      ->required();
  command->add_option("-o,--output", options->output, "Output directory (the ICU package)")
      ->required();
  command->add_flag("--strict", options->strict,
                    "Leave needs-review translations out (the runtime shows English for them)");
  command->add_option("--genrb", options->genrb, "The genrb program to run")->capture_default_str();
  return {command, [options] { return run_compile(*options); }};
}

}  // namespace l10nc::cli
