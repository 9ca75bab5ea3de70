#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <random>

#include "base/diagnostic.h"
#include "base/file_io.h"
#include "base/process.h"
#include "base/source_file.h"
#include "readers/read_document.h"

namespace l10nc::testing {

namespace fs = std::filesystem;

fs::path source_dir() { return L10NC_SOURCE_DIR; }
fs::path corpus_dir() { return source_dir() / "tests/data/corpus"; }
fs::path seed_path() { return source_dir() / "locales/es-ES/sspi-status-codes.md"; }

std::vector<fs::path> xliff_corpus_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(corpus_dir() / "xliff"))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_text(const fs::path& path) {
  std::optional<std::string> text = read_file(path);
  EXPECT_TRUE(text.has_value()) << path;
  return text.value_or("");
}

TempDir::TempDir() {
  std::random_device random;
  path_ = fs::temp_directory_path() / ("l10nc-test-" + std::to_string(random()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

fs::path TempDir::write(const std::string& name, const std::string& content) const {
  const fs::path path = path_ / name;
  fs::create_directories(path.parent_path());
  EXPECT_TRUE(write_file(path, content));
  return path;
}

namespace {
std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}
}  // namespace

CommandResult run_program(const std::string& program, const std::vector<std::string>& arguments,
                          const std::map<std::string, std::string>& environment,
                          const fs::path& directory) {
  TempDir streams;
  std::string command;
  if (!directory.empty()) command += "cd " + shell_quote(directory.string()) + " && ";
  command += "env NO_COLOR=1";
  for (const auto& [name, value] : environment) command += " " + shell_quote(name + "=" + value);
  command += " " + shell_quote(program);
  for (const std::string& argument : arguments) command += " " + shell_quote(argument);
  command += " >" + shell_quote((streams / "out").string()) + " 2>" +
             shell_quote((streams / "err").string()) + " </dev/null";
  const ProcessResult process = run_process({"/bin/sh", "-c", command});
  CommandResult result;
  result.exit_code = process.exit_code;
  result.out = read_file(streams / "out").value_or("");
  result.err = read_file(streams / "err").value_or("");
  return result;
}

CommandResult run_l10nc(const std::vector<std::string>& arguments,
                        const std::map<std::string, std::string>& environment,
                        const fs::path& directory) {
  return run_program(L10NC_BINARY, arguments, environment, directory);
}

std::string derb_dump(const fs::path& package, const std::string& bundle, int* exit_code) {
  const ProcessResult process =
      run_process({L10NC_DERB, "-c", "-s", fs::absolute(package).string(), bundle + ".res"});
  *exit_code = process.exit_code;
  return process.output;
}

Document read_document_or_fail(const fs::path& path) {
  const SourceFile file(path.string(), read_text(path));
  Document document;
  DiagnosticList diagnostics;
  EXPECT_TRUE(read_document(file, document, diagnostics)) << path;
  DiagnosticPrinter printer(false);
  for (const Diagnostic& diagnostic : diagnostics.diagnostics())
    ADD_FAILURE() << printer.format(diagnostic);
  return document;
}

ReadResult read_document_text(const std::string& path, std::string text,
                              const ReadOptions& options) {
  const SourceFile file(path, std::move(text));
  ReadResult result;
  DiagnosticList diagnostics;
  result.ok = read_document(file, result.document, diagnostics, options);
  DiagnosticPrinter printer(false);
  printer.add_source(std::make_shared<SourceFile>(file));
  for (const Diagnostic& diagnostic : diagnostics.diagnostics())
    result.diagnostics += printer.format(diagnostic);
  return result;
}

Catalog catalog_or_fail(const std::vector<fs::path>& paths) {
  Catalog catalog;
  DiagnosticList diagnostics;
  for (const fs::path& path : paths) catalog.add(read_document_or_fail(path), diagnostics);
  catalog.finish(diagnostics);
  DiagnosticPrinter printer(false);
  for (const Diagnostic& diagnostic : diagnostics.diagnostics())
    ADD_FAILURE() << printer.format(diagnostic);
  return catalog;
}

void compile_or_fail(const std::vector<std::string>& inputs, const fs::path& output) {
  std::vector<std::string> arguments = {"compile"};
  arguments.insert(arguments.end(), inputs.begin(), inputs.end());
  arguments.push_back("-o");
  arguments.push_back(output.string());
  const CommandResult result = run_l10nc(arguments);
  ASSERT_EQ(result.exit_code, 0) << result.err;
}

}  // namespace l10nc::testing
