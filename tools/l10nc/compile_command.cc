#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "base/file_io.h"
#include "base/thread_pool.h"
#include "cli_support.h"
#include "commands.h"
#include "model/locale_id.h"
#include "process_usage.h"
#include "readers/read_document.h"
#include "terminal/progress_bar.h"
#include "writers/bundle_plan.h"
#include "writers/icu_bundle_writer.h"

namespace l10nc::cli {

namespace {

struct CompileOptions {
  SyntaxChoice syntax = SyntaxChoice::automatic;
  std::vector<std::string> inputs;
  std::string output;
  bool strict = false;
  XliffValidation validation = XliffValidation::warnings;
  uint64_t max_input_size = LoadOptions{}.max_input_bytes;
  std::string genrb;              // empty: write .res directly
  std::vector<std::string> only;  // languages (or "root") whose bundles to write
  unsigned jobs = hardware_jobs();
  std::string cache;                 // empty: no document cache
  std::vector<std::string> exclude;  // globs of inputs to leave out
  bool verbose = false;
  bool write_sources = true;  // --no-txt: .res files only
  bool list_inputs = false;   // print each input's locale instead of compiling
  bool list_bundles = false;  // print the bundles a compile would write instead of writing
};

// How long the progress bar waits before it shows (L10NC_PROGRESS_DELAY_MS: for tests).
std::chrono::milliseconds progress_delay() {
  const char* value = std::getenv("L10NC_PROGRESS_DELAY_MS");
  return std::chrono::milliseconds(value != nullptr ? std::atol(value) : 1000);
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string fixed(double value, int decimals) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(decimals) << value;
  return out.str();
}

// With --only, the bundles of those languages ("es" -> es, es_ES, es_MX; "root" -> root and
// res_index) move one by one into an output directory other steps also write to.
bool selected(const std::string& bundle, const std::vector<std::string>& only) {
  const std::string language = bundle == "res_index" ? "root" : bundle.substr(0, bundle.find('_'));
  return std::find(only.begin(), only.end(), language) != only.end();
}

bool publish_selected(const std::filesystem::path& staged, const std::filesystem::path& output,
                      const std::vector<std::string>& only, std::string* error) {
  std::error_code code;
  std::filesystem::create_directories(output, code);
  // A selected bundle's file this compile did not write (a .txt, after --no-txt) would no
  // longer match its .res: removed.
  for (const auto& entry : std::filesystem::directory_iterator(output, code)) {
    const std::filesystem::path& path = entry.path();
    if ((path.extension() == ".txt" || path.extension() == ".res") &&
        selected(path.stem().string(), only) &&
        !std::filesystem::exists(staged / path.filename(), code) &&
        !std::filesystem::remove(path, code) && code) {
      *error = path.string() + ": " + code.message();
      return false;
    }
  }
  for (const auto& entry : std::filesystem::directory_iterator(staged, code)) {
    if (!selected(entry.path().stem().string(), only)) continue;
    std::filesystem::rename(entry.path(), output / entry.path().filename(), code);
    if (code) {
      *error = (output / entry.path().filename()).string() + ": " + code.message();
      return false;
    }
  }
  if (code) *error = staged.string() + ": " + code.message();
  std::filesystem::remove_all(staged, code);
  return error->empty();
}

// An existing output directory is replaced as a whole, so it must be one l10nc wrote.
bool safe_to_replace(const std::filesystem::path& output) {
  std::error_code code;
  if (!std::filesystem::exists(output, code)) return true;
  if (!std::filesystem::is_directory(output, code)) return false;
  if (std::filesystem::is_empty(output, code)) return true;
  return std::filesystem::exists(output / "root.res", code) &&
         std::filesystem::exists(output / "res_index.res", code);
}

// --list-inputs: "LOCALE<TAB>ROLE<TAB>FILE" per input: the locale of its translations ("en"
// for an English file), and "english" when the root bundle's English depends on it (an
// English file, or a translation file with a key no English file has: its <source> is that
// key's English) or "-". A build system can then make each language's step depend on its
// own files and those English ones alone (l10nc_add_bundles).
int list_input_locales(const CompileOptions& options, const LoadOptions& load_options) {
  struct Input {
    std::string path;
    std::string locale;
    bool english = false;
    std::vector<std::string> keys;  // of a translation file
  };
  std::vector<Input> read;
  std::set<std::string> english_keys;
  DiagnosticList diagnostics;
  const LoadStatus status =
      read_inputs(options.inputs, diagnostics, load_options,
                  [&](const std::filesystem::path& path, Document&& document) {
                    Input input;
                    input.path = path.string();
                    input.locale = document.locale.empty() ? std::string("en") : document.locale;
                    input.english = is_english_locale(input.locale);  // as the catalog decides
                    for (const Unit& unit : document.units) {
                      if (unit.obsolete) continue;
                      std::string key = indexed_key(unit.domain, unit.key);
                      if (input.english)
                        english_keys.insert(std::move(key));
                      else
                        input.keys.push_back(std::move(key));
                    }
                    read.push_back(std::move(input));
                  });
  print_diagnostics(diagnostics);
  if (status == LoadStatus::unreadable_input) return kUsageError;
  if (status != LoadStatus::ok || diagnostics.error_count() > 0) return kInvalidInput;
  for (const Input& input : read) {
    const bool english =
        input.english || std::any_of(input.keys.begin(), input.keys.end(),
                                     [&](const auto& key) { return !english_keys.contains(key); });
    std::cout << input.locale << '\t' << (english ? "english" : "-") << '\t' << input.path << '\n';
  }
  return kSuccess;
}

// What every file is read with, for --list-inputs as for compiling.
LoadOptions load_options_of(const CompileOptions& options) {
  LoadOptions load_options;
  load_options.read.syntax = options.syntax;
  load_options.max_input_bytes = options.max_input_size;
  load_options.jobs = options.jobs;
  load_options.exclude = options.exclude;
  return load_options;
}

// --list-bundles: the bundles this compile writes, one name per line, as the plan makes them
// (CLDR's general locales included: es_ES also writes es): a build system declares them.
int list_bundles(const CompileOptions& options) {
  Catalog catalog;
  const int status =
      load_catalog(options.inputs, catalog, load_options_of(options), "nothing listed");
  if (status != kSuccess) return status;
  BundlePlanOptions plan_options;
  plan_options.strict = options.strict;
  for (const Bundle& bundle : plan_bundles(std::move(catalog), plan_options))
    if (options.only.empty() || selected(bundle.locale, options.only))
      std::cout << bundle.locale << '\n';
  return kSuccess;
}

int run_compile(const CompileOptions& options) {
  // Listing reads what compiling would, without validating (compile says that).
  if (options.list_inputs) return list_input_locales(options, load_options_of(options));
  if (options.list_bundles) return list_bundles(options);
  if (options.output.empty()) {
    print_error("compile: --output is required");
    return kUsageError;
  }
  const std::filesystem::path output(options.output);
  if (options.only.empty() && !safe_to_replace(output)) {
    print_error("refusing to replace '" + options.output +
                "': it exists and is not an ICU package l10nc wrote (no root.res)");
    return kUsageError;
  }
  ProgressBar progress(std::cerr, ::isatty(STDERR_FILENO) != 0, progress_delay());
  const auto start = std::chrono::steady_clock::now();
  Catalog catalog;
  LoadOptions load_options = load_options_of(options);
  load_options.read.validation = options.validation;
  load_options.cache = options.cache;
  LoadStats load_stats;
  load_options.stats = &load_stats;
  load_options.progress = [&](size_t done, size_t total) {
    progress.update("reading", done, total, "files");
  };
  const int status =
      load_catalog(options.inputs, catalog, load_options, "nothing written", &progress);
  if (status != kSuccess) return status;
  const double read_seconds = seconds_since(start);
  const double read_cpu = cpu_seconds();
  const double read_peak = peak_memory_mb();

  BundlePlanOptions plan_options;
  plan_options.strict = options.strict;
  const size_t english_messages = catalog.entries().size();
  std::vector<Bundle> bundles = plan_bundles(std::move(catalog), plan_options);
  trim_free_memory();
  size_t translations = 0;
  size_t written = 0;
  std::string names;
  for (const Bundle& bundle : bundles) {
    if (!options.only.empty() && !selected(bundle.locale, options.only)) continue;
    if (bundle.locale != "root") translations += bundle.messages.size();
    ++written;
    names += (names.empty() ? "" : ", ") + bundle.locale;
  }
  const size_t bundle_count = bundles.size();
  const double plan_seconds = seconds_since(start) - read_seconds;
  const double plan_peak = peak_memory_mb();

  std::string error;
  remove_stale_siblings(output);
  const auto staged = make_sibling_temp_directory(output, &error);
  if (!staged) {
    progress.finish();
    print_error(error);
    return kUsageError;
  }
  DiagnosticList write_diagnostics;
  IcuPackageOptions package_options;
  IcuPackageStats package_stats;
  package_options.genrb = options.genrb;
  package_options.write_sources = options.write_sources;
  package_options.jobs = options.jobs;
  package_options.previous = output;
  package_options.stats = &package_stats;
  package_options.progress = [&](size_t done, size_t total) {
    progress.update("writing", done, total, "bundles");
  };
  const bool published =
      write_icu_package(std::move(bundles), *staged, package_options, write_diagnostics) &&
      (options.only.empty() ? replace_directory(*staged, output, &error)
                            : publish_selected(*staged, output, options.only, &error));
  progress.finish();
  if (!published) {
    std::error_code ignored;
    std::filesystem::remove_all(*staged, ignored);
    print_diagnostics(write_diagnostics);
    if (!error.empty()) print_error(error);
    return kInvalidInput;
  }
  const double write_seconds = seconds_since(start) - read_seconds - plan_seconds;
  std::cout << "l10nc: wrote " << written << (written == 1 ? " bundle (" : " bundles (") << names
            << ") to " << options.output << ": " << english_messages << " English messages, "
            << translations << " translations\n";
  if (options.verbose) {
    const double megabytes = static_cast<double>(load_stats.bytes) / 1e6;
    std::cerr << "l10nc: read " << load_stats.files << " files (" << fixed(megabytes, 1)
              << " MB) with " << options.jobs << (options.jobs == 1 ? " job: " : " jobs: ")
              << load_stats.parsed << " parsed, " << load_stats.from_cache << " from the cache, in "
              << fixed(read_seconds, 2) << " s, " << fixed(read_cpu, 2) << " s CPU ("
              << fixed(megabytes / std::max(read_seconds, 1e-6), 1) << " MB/s, "
              << fixed(megabytes / std::max(read_cpu, 1e-6), 1)
              << " MB per CPU second, peak memory " << fixed(read_peak, 1) << " MB)\n"
              << "l10nc: planned " << bundle_count << " bundles in " << fixed(plan_seconds, 2)
              << " s (peak memory " << fixed(plan_peak, 1) << " MB); staged "
              << package_stats.files_written + package_stats.files_unchanged << " files in "
              << fixed(write_seconds, 2) << " s: " << package_stats.files_written << " written, "
              << package_stats.files_unchanged << " unchanged (kept with their timestamps)\n"
              << "l10nc: " << fixed(seconds_since(start), 2) << " s in all, "
              << fixed(cpu_seconds(), 2) << " s CPU, peak memory " << fixed(peak_memory_mb(), 1)
              << " MB\n";
  }
  return kSuccess;
}

}  // namespace

Command add_compile_command(CLI::App& app) {
  auto options = std::make_shared<CompileOptions>();
  CLI::App* command =
      app.add_subcommand("compile", "Compile sources into an ICU package directory");
  command->footer(
      "Compile sources into an ICU package: DIR/root.res holds the English, every other\n"
      "locale a child bundle (plus the genrb .txt sources, for reading, unless --no-txt).\n"
      "DIR is replaced as a whole, and only once everything compiled: a failed compile\n"
      "leaves it as it was. Bundles follow CLDR's fallback chains: es-ES feeds es (Spain is\n"
      "Spanish's likely region), es-419 es_419, zh-CN zh, zh-TW zh_Hant; a language and\n"
      "script with regional translations only (de-CH) gets its bundle from them.");
  command
      ->add_option(
          "inputs", options->inputs,
          "Source files, or directories searched recursively for .md, .xlf and .xliff files")
      ->required();
  add_message_syntax_option(*command, options->syntax);
  command
      ->add_option("--exclude", options->exclude,
                   "Leave out inputs matching GLOB (a glob without '/' matches file names: "
                   "--exclude 'TOC.md'); repeatable")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  command->add_option("-o,--output", options->output,
                      "Output directory (the ICU package); required unless --list-inputs or "
                      "--list-bundles");
  command->add_flag("--list-inputs", options->list_inputs,
                    "Compile nothing: print one 'LOCALE<TAB>ROLE<TAB>FILE' line per input: "
                    "the locale of its translations ('en' for English files), and 'english' "
                    "when the root bundle's English depends on the file (an English file, or a "
                    "translation file with keys no English file has) or '-'; for build systems "
                    "that give each language its own step");
  command->add_flag("--list-bundles", options->list_bundles,
                    "Write nothing: print the name of each bundle this compile would write "
                    "(root first; es_ES also writes es), one per line, limited by --only; for "
                    "build systems that declare each step's outputs");
  command->add_flag("--strict", options->strict,
                    "Leave needs-review translations out (the runtime shows English for them)");
  const std::map<std::string, XliffValidation> validation_names = {
      {"off", XliffValidation::off},
      {"warn", XliffValidation::warnings},
      {"strict", XliffValidation::strict}};
  command
      ->add_option("--validate", options->validation,
                   "Check XLIFF inputs against their specification (l10nc validate's rules): "
                   "warn (default) reports each violation as a warning with its rule id; "
                   "strict makes them errors, so a file that does not conform fails the "
                   "compile; off skips the check")
      ->transform(CLI::CheckedTransformer(validation_names))
      ->option_text("warn|strict|off");
  command
      ->add_option("--max-input-size", options->max_input_size,
                   "Refuse input files larger than this many bytes")
      ->capture_default_str();
  command
      ->add_option("--only", options->only,
                   "Write only these languages' bundles (es: es, es_ES, es_MX...; root: the "
                   "English root and res_index) into DIR, file by file, leaving its other "
                   "files alone: for build systems that run one step per language")
      ->delimiter(',');
  command
      ->add_option("-j,--jobs", options->jobs,
                   "Files read, and bundles written, at once (the output is the same whatever "
                   "the number)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--cache", options->cache,
                      "Keep what was read from each input in this directory, and take it from "
                      "there while the input is unchanged (same path, size, time and content)");
  command->add_flag("-v,--verbose", options->verbose,
                    "Say on stderr how many files were parsed or taken from the cache, how many "
                    "output files were written or kept unchanged, times and peak memory");
  CLI::Option* no_txt = command->add_flag(
      "!--no-txt", options->write_sources,
      "Write only the .res files, not the genrb .txt sources beside them (the runtime reads "
      "only the .res)");
  command
      ->add_option("--genrb", options->genrb,
                   "Compile the .txt sources with this genrb program (e.g. genrb) instead of "
                   "writing the .res files directly; the bytes are the same, only slower")
      ->excludes(no_txt);
  return {command, [options] { return run_compile(*options); }};
}

}  // namespace l10nc::cli
