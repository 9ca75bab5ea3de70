// compile --jobs, --cache and the progress bar: the same bytes whatever the number of jobs,
// nothing parsed twice, unchanged bundles kept with their timestamps.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <regex>

#include "base/file_io.h"
#include "base/process.h"
#include "corpus.h"
#include "test_support.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::read_text;
using testing::run_l10nc;
using testing::TempDir;

// An XLIFF file with a warning (an unknown state) and a DocFX page: diagnostics from several
// files, and both kinds of input (source documents are merged first).
constexpr const char* kWarningXliff = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
  <file id="f1">
    <unit id="extra.one"><segment state="signed-off"><source>One</source><target>Eins</target></segment></unit>
    <unit id="extra.two"><segment state="translated"><source>Two</source><target>Zwei</target></segment></unit>
  </file>
</xliff>
)";

// A generated corpus (XLIFF 2.0, four locales, several documents each) plus extra files.
void write_inputs(const fs::path& directory, size_t entries) {
  gen::CorpusOptions options;
  options.entries = entries;
  options.locales = {"es-ES", "fr", "ja", "ar"};
  options.format = gen::CorpusFormat::xliff20;
  std::string error;
  ASSERT_TRUE(gen::write_corpus(options, directory / "corpus", &error)) << error;
  fs::create_directories(directory / "corpus" / "de");
  ASSERT_TRUE(write_file(directory / "corpus" / "de" / "extra.xlf", kWarningXliff));
  fs::copy_file(testing::seed_path(), directory / "corpus" / "es-ES" / "sspi-status-codes.md");
}

// Every file of a directory: name -> bytes.
std::map<std::string, std::string> files_of(const fs::path& directory) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::directory_iterator(directory))
    files[entry.path().filename().string()] = read_text(entry.path());
  return files;
}

std::map<std::string, fs::file_time_type> times_of(const fs::path& directory) {
  std::map<std::string, fs::file_time_type> times;
  for (const auto& entry : fs::directory_iterator(directory))
    times[entry.path().filename().string()] = fs::last_write_time(entry.path());
  return times;
}

// Sets every file's time an hour back, so that a rewrite shows whatever the clock's grain.
void age(const fs::path& directory) {
  for (const auto& entry : fs::directory_iterator(directory))
    fs::last_write_time(entry.path(), fs::last_write_time(entry.path()) - std::chrono::hours(1));
}

// "N parsed, M from the cache" and "W written, U unchanged" from compile --verbose.
std::string counts(const std::string& err) {
  static const std::regex read(R"((\d+) parsed, (\d+) from the cache)");
  static const std::regex staged(R"((\d+) written, (\d+) unchanged)");
  std::smatch read_match;
  std::smatch staged_match;
  if (!std::regex_search(err, read_match, read) || !std::regex_search(err, staged_match, staged))
    return "no counts in: " + err;
  return read_match.str(0) + "; " + staged_match.str(0);
}

// What a compile says besides --verbose's lines (which carry times).
std::string without_verbose(const std::string& err) {
  std::string out;
  size_t start = 0;
  while (start < err.size()) {
    const size_t end = std::min(err.find('\n', start), err.size());
    const std::string line = err.substr(start, end + 1 - start);
    if (!line.starts_with("l10nc: read ") && !line.starts_with("l10nc: planned ") &&
        !(line.starts_with("l10nc: ") && line.find(" s in all, ") != line.npos))
      out += line;
    start = end + 1;
  }
  return out;
}

class CompileParallel : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    inputs_ = new TempDir();
    write_inputs(inputs_->path(), 3000);
  }
  static void TearDownTestSuite() { delete inputs_; }
  static std::string corpus() { return (inputs_->path() / "corpus").string(); }
  static TempDir* inputs_;
};
TempDir* CompileParallel::inputs_ = nullptr;

TEST_F(CompileParallel, EveryNumberOfJobsWritesTheSameBytesAndDiagnostics) {
  TempDir out;
  std::map<std::string, std::string> first_files;
  std::string first_err;
  for (const char* jobs : {"1", "2", "8"}) {
    const fs::path output = out / (std::string("jobs-") + jobs);
    const CommandResult result =
        run_l10nc({"compile", corpus(), "-o", output.string(), "--jobs", jobs});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("state 'signed-off' is not an XLIFF 2 state"), std::string::npos)
        << result.err;
    const std::map<std::string, std::string> files = files_of(output);
    if (first_files.empty()) {
      first_files = files;
      first_err = result.err;
      // root, ar, de, es, es_ES, fr, ja and res_index, each as .txt and .res.
      EXPECT_EQ(files.size(), 16u);
      continue;
    }
    EXPECT_EQ(result.err, first_err) << "--jobs " << jobs;
    ASSERT_EQ(files.size(), first_files.size()) << "--jobs " << jobs;
    for (const auto& [name, bytes] : files)
      EXPECT_TRUE(bytes == first_files[name]) << name << " differs with --jobs " << jobs;
  }
}

TEST_F(CompileParallel, ASecondCompileWithTheCacheParsesNothingAndRewritesNothing) {
  TempDir work;
  const std::string output = (work / "out").string();
  const std::string cache = (work / "cache").string();
  CommandResult first = run_l10nc({"compile", corpus(), "-o", output, "--cache", cache, "-v"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(counts(first.err), "26 parsed, 0 from the cache; 16 written, 0 unchanged");
  const std::map<std::string, std::string> files = files_of(output);
  age(output);
  const auto times = times_of(output);

  CommandResult second = run_l10nc({"compile", corpus(), "-o", output, "--cache", cache, "-v"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(counts(second.err), "0 parsed, 26 from the cache; 0 written, 16 unchanged");
  // The warnings read from the cache are the same, in the same order.
  EXPECT_EQ(without_verbose(second.err), without_verbose(first.err));
  EXPECT_EQ(second.out, first.out);
  EXPECT_TRUE(files_of(output) == files);
  EXPECT_TRUE(times_of(output) == times);
}

TEST_F(CompileParallel, ATouchedInputIsParsedAgainAndAChangedOneRewritesOnlyItsBundle) {
  TempDir work;
  fs::copy(corpus(), work / "corpus", fs::copy_options::recursive);
  const std::string inputs = (work / "corpus").string();
  const std::string output = (work / "out").string();
  const std::string cache = (work / "cache").string();
  ASSERT_EQ(run_l10nc({"compile", inputs, "-o", output, "--cache", cache}).exit_code, 0);
  age(output);
  const auto times = times_of(output);
  const std::map<std::string, std::string> files = files_of(output);

  // The same content with a new time: parsed again, and nothing to rewrite.
  const fs::path japanese = *fs::directory_iterator(work / "corpus" / "ja");
  fs::last_write_time(japanese, fs::file_time_type::clock::now());
  CommandResult result = run_l10nc({"compile", inputs, "-o", output, "--cache", cache, "-v"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(counts(result.err), "1 parsed, 25 from the cache; 0 written, 16 unchanged");
  EXPECT_TRUE(times_of(output) == times);

  // One Japanese translation changed: ja.txt and ja.res are rewritten, nothing else.
  std::string text = read_text(japanese);
  const size_t target = text.find("<target>") + 8;
  text.insert(target, "新しい");
  ASSERT_TRUE(write_file(japanese, text));
  result = run_l10nc({"compile", inputs, "-o", output, "--cache", cache, "-v"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(counts(result.err), "1 parsed, 25 from the cache; 2 written, 14 unchanged");
  const auto new_times = times_of(output);
  const std::map<std::string, std::string> new_files = files_of(output);
  for (const auto& [name, time] : times) {
    const bool japanese_bundle = name == "ja.txt" || name == "ja.res";
    EXPECT_EQ(new_times.at(name) != time, japanese_bundle) << name;
    EXPECT_EQ(new_files.at(name) != files.at(name), japanese_bundle) << name;
  }
  EXPECT_NE(new_files.at("ja.txt").find("新しい"), std::string::npos);
}

TEST_F(CompileParallel, ACorruptCacheEntryIsIgnoredAndRebuilt) {
  TempDir work;
  const std::string output = (work / "out").string();
  const fs::path cache = work / "cache";
  ASSERT_EQ(run_l10nc({"compile", corpus(), "-o", output, "--cache", cache.string()}).exit_code, 0);
  const std::map<std::string, std::string> files = files_of(output);
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(cache)) entries.push_back(entry.path());
  ASSERT_EQ(entries.size(), 26u);
  std::sort(entries.begin(), entries.end());
  // One byte flipped in the middle, one entry cut short, one replaced by something else.
  std::string flipped = read_text(entries[0]);
  flipped[flipped.size() / 2] ^= 0x20;
  ASSERT_TRUE(write_file(entries[0], flipped));
  const std::string cut = read_text(entries[1]);
  ASSERT_TRUE(write_file(entries[1], cut.substr(0, cut.size() - 9)));
  ASSERT_TRUE(write_file(entries[2], "not a cache entry"));

  CommandResult result =
      run_l10nc({"compile", corpus(), "-o", output, "--cache", cache.string(), "-v"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(counts(result.err), "3 parsed, 23 from the cache; 0 written, 16 unchanged");
  EXPECT_TRUE(files_of(output) == files);
  result = run_l10nc({"compile", corpus(), "-o", output, "--cache", cache.string(), "-v"});
  EXPECT_EQ(counts(result.err), "0 parsed, 26 from the cache; 0 written, 16 unchanged");
}

TEST_F(CompileParallel, OnlyKeepsTheUnchangedBundlesOfItsLanguagesToo) {
  TempDir work;
  const std::string output = (work / "out").string();
  for (const char* only : {"root", "ja", "es"})
    ASSERT_EQ(run_l10nc({"compile", corpus(), "-o", output, "--only", only}).exit_code, 0);
  age(output);
  const auto times = times_of(output);
  EXPECT_EQ(times.size(), 10u);  // root, res_index, ja, es, es_ES
  const CommandResult result = run_l10nc({"compile", corpus(), "-o", output, "--only", "ja", "-v"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(times_of(output) == times);
}

TEST_F(CompileParallel, NoProgressBarWhenStderrIsNotATerminal) {
  TempDir out;
  const CommandResult result = run_l10nc({"compile", corpus(), "-o", (out / "o").string()},
                                         {{"L10NC_PROGRESS_DELAY_MS", "0"}});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err.find('\r'), std::string::npos);
  EXPECT_EQ(result.err.find("reading"), std::string::npos);
}

// On a terminal (a pseudo-terminal made by script(1)) the bar is drawn, then erased.
TEST_F(CompileParallel, AProgressBarOnATerminal) {
  const ProcessResult which = run_process({"/bin/sh", "-c", "command -v script"});
  if (which.exit_code != 0) GTEST_SKIP() << "script(1) is not installed";
  TempDir out;
  const std::string command = std::string("L10NC_PROGRESS_DELAY_MS=0 '") + L10NC_BINARY +
                              "' compile '" + corpus() + "' -o '" + (out / "o").string() +
                              "' >/dev/null";
  const ProcessResult result =
      run_process({"script", "-qec", command, (out / "typescript").string()});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  const std::string shown = read_text(out / "typescript");
  EXPECT_NE(shown.find("reading  [##"), std::string::npos) << shown;
  EXPECT_NE(shown.find("26/26 files"), std::string::npos) << shown;
  EXPECT_NE(shown.find("writing  [##"), std::string::npos) << shown;
  // Erased at the end: the last thing written is "erase the line".
  EXPECT_TRUE(shown.find("\r\x1b[K", shown.rfind("bundles")) != std::string::npos) << shown;
}

}  // namespace
}  // namespace l10nc
