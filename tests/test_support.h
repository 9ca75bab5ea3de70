#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/catalog.h"
#include "readers/read_document.h"

namespace l10nc::testing {

std::filesystem::path source_dir();  // the project
std::filesystem::path corpus_dir();  // tests/data/corpus: real files from other tools
std::filesystem::path seed_path();   // locales/es-ES/sspi-status-codes.md
std::vector<std::filesystem::path> xliff_corpus_files();  // tests/data/corpus/xliff, sorted
std::string read_text(const std::filesystem::path& path);

// An XLIFF file that is not well-formed XML: '</targt>' closes '<target>'.
inline constexpr std::string_view kBrokenXliff =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
    "<file original=\"app\" source-language=\"en\" target-language=\"fr\" "
    "datatype=\"plaintext\">\n<body>\n"
    "<trans-unit id=\"hello\"><source>Hello</source><target>Bonjour</targt></trans-unit>\n"
    "</body>\n</file>\n</xliff>\n";

// Names the two runs of a runtime test (its parameter): on a new catalog, which reads each key
// from its bundles, and on one whose keys are indexed.
inline std::string catalog_mode_name(const ::testing::TestParamInfo<bool>& info) {
  return info.param ? "Indexed" : "ReadByKey";
}

// A fresh directory removed when the test ends.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
  // Writes a file (creating folders) and returns its path.
  std::filesystem::path write(const std::string& name, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs a program with arguments, stdout and stderr kept apart; as run_l10nc.
CommandResult run_program(const std::string& program, const std::vector<std::string>& arguments,
                          const std::map<std::string, std::string>& environment = {},
                          const std::filesystem::path& directory = {});

// Runs the l10nc binary with arguments, in `directory` when given, with extra environment
// variables (e.g. {"LC_ALL", "es_ES.UTF-8"}). NO_COLOR is always set.
CommandResult run_l10nc(const std::vector<std::string>& arguments,
                        const std::map<std::string, std::string>& environment = {},
                        const std::filesystem::path& directory = {});

// derb's text dump of one .res in an ICU package directory; exit code in *exit_code.
std::string derb_dump(const std::filesystem::path& package, const std::string& bundle,
                      int* exit_code);

// Reads one document with the reader its extension names; fails the test on errors.
Document read_document_or_fail(const std::filesystem::path& path);

// What reading a document gave: the reader's result and every diagnostic, formatted as the
// command line prints them (without colours).
struct ReadResult {
  bool ok = false;
  Document document;
  std::string diagnostics;
};
ReadResult read_document_text(const std::string& path, std::string text,
                              const ReadOptions& options = {});

// A catalog of the documents at `paths`, added in order; fails the test on errors.
Catalog catalog_or_fail(const std::vector<std::filesystem::path>& paths);

// Compiles inputs into `output` with the l10nc binary; fails the test on a nonzero exit.
void compile_or_fail(const std::vector<std::string>& inputs, const std::filesystem::path& output);

}  // namespace l10nc::testing
