#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

namespace l10nc {
namespace {

using testing::CommandResult;
using testing::read_text;
using testing::run_l10nc;
using testing::source_dir;
using testing::TempDir;

const std::string kGolden = L10NC_TESTS_DIR "/golden/";

class CompiledLocales : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    out_ = new TempDir();
    testing::compile_or_fail({(source_dir() / "locales").string()}, out_->path() / "out");
  }
  static void TearDownTestSuite() { delete out_; }
  static std::string bundles() { return (out_->path() / "out").string(); }
  static TempDir* out_;
};
TempDir* CompiledLocales::out_ = nullptr;

TEST_F(CompiledLocales, DumpsEverySpanishStatusCodeForRegionalAndLanguageRequests) {
  const std::string expected = read_text(kGolden + "sspi-status-codes.es.tsv");
  for (const char* locale : {"es_MX", "es", "es_ES", "es-AR"}) {
    const CommandResult result = run_l10nc({"dump", "--bundles", bundles(), "--locale", locale});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, expected) << locale;
  }
}

TEST_F(CompiledLocales, DumpsEnglishForAnUntranslatedLocaleWhateverTheProcessLocale) {
  const std::string expected = read_text(kGolden + "sspi-status-codes.en.tsv");
  for (const char* environment : {"C", "es_ES.UTF-8", "de_DE.UTF-8"}) {
    const CommandResult result =
        run_l10nc({"dump", "--bundles", bundles(), "--locale", "sw"},
                  {{"LC_ALL", environment}, {"LANG", environment}, {"LANGUAGE", "es"}});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, expected) << environment;
  }
}

// French and German are complete, Japanese about 60%: English fills its gaps.
TEST_F(CompiledLocales, DumpsTheTranslationsMadeWithTheXliffWorkflow) {
  for (const char* locale : {"fr", "de", "ja"}) {
    const CommandResult result =
        run_l10nc({"dump", "--bundles", bundles(), "--locale", std::string(locale) + "_CH"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, read_text(kGolden + "sspi-status-codes." + locale + ".tsv")) << locale;
  }
  const std::string english = read_text(kGolden + "sspi-status-codes.en.tsv");
  const std::string japanese = read_text(kGolden + "sspi-status-codes.ja.tsv");
  size_t english_lines = 0;
  for (size_t line = 0, next; line < japanese.size(); line = next + 1) {
    next = japanese.find('\n', line);
    english_lines += english.find(japanese.substr(line, next - line + 1)) != std::string::npos;
  }
  EXPECT_EQ(english_lines, 32u);  // 49 of 81 messages are in Japanese
}

TEST_F(CompiledLocales, ShowsASpanishDialogAndAnEnglishFallback) {
  CommandResult result = run_l10nc({"show", "SEC_E_CROSSREALM_DELEGATION_FAILURE", "--locale",
                                    "es_MX", "--bundles", bundles(), "--width", "60"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "┌─ Códigos de estado de SSPI ──────────────────────────────┐\n"
            "│ El servidor intentó realizar una solicitud de delegación │\n"
            "│ restringida de Kerberos para un destino fuera del        │\n"
            "│ dominio Kerberos del servidor.                           │\n"
            "│                                                          │\n"
            "│ SEC_E_CROSSREALM_DELEGATION_FAILURE                      │\n"
            "└──────────────────────────────────────────────────────────┘\n");
  result = run_l10nc(
      {"show", "SEC_E_CROSSREALM_DELEGATION_FAILURE", "--locale", "sw", "--bundles", bundles()},
      {{"COLUMNS", "60"}, {"LC_ALL", "es_ES.UTF-8"}});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "┌─ SSPI Status Codes ──────────────────────────────────┐\n"
            "│ The server attempted to make a Kerberos-constrained  │\n"
            "│ delegation request for a target outside the server's │\n"
            "│ realm.                                               │\n"
            "│                                                      │\n"
            "│ SEC_E_CROSSREALM_DELEGATION_FAILURE                  │\n"
            "└──────────────────────────────────────────────────────┘\n");
}

TEST_F(CompiledLocales, ShowsGermanAndJapaneseFallingBackToEnglishForAMissingKey) {
  CommandResult result = run_l10nc(
      {"show", "SEC_E_CERT_EXPIRED", "--locale", "de", "--bundles", bundles(), "--width", "50"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "┌─ SSPI-Statuscodes ────────────────────────┐\n"
            "│ Das empfangene Zertifikat ist abgelaufen. │\n"
            "│                                           │\n"
            "│ SEC_E_CERT_EXPIRED                        │\n"
            "└───────────────────────────────────────────┘\n");
  result = run_l10nc(
      {"show", "SEC_E_CERT_EXPIRED", "--locale", "ja_JP", "--bundles", bundles(), "--width", "50"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "┌─ SSPI Status Codes ──────────────────────┐\n"
            "│ 受信した証明書の有効期限が切れています。 │\n"
            "│                                          │\n"
            "│ SEC_E_CERT_EXPIRED                       │\n"
            "└──────────────────────────────────────────┘\n");
  // Not translated into Japanese yet: English, title included.
  result = run_l10nc(
      {"show", "SEC_E_TIME_SKEW", "--locale", "ja", "--bundles", bundles(), "--width", "50"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "┌─ SSPI Status Codes ───────────────────────────┐\n"
            "│ The clocks on the client and server computers │\n"
            "│ do not match.                                 │\n"
            "│                                               │\n"
            "│ SEC_E_TIME_SKEW                               │\n"
            "└───────────────────────────────────────────────┘\n");
}

TEST_F(CompiledLocales, ShowSuggestsAKeyForATypo) {
  const CommandResult result =
      run_l10nc({"show", "SEC_E_CERT_EXPIRD", "--locale", "es", "--bundles", bundles()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "l10nc: error: no message 'SEC_E_CERT_EXPIRD' in " + bundles() +
                            "; did you mean 'SEC_E_CERT_EXPIRED'?\n");
}

TEST(Cli, CompileReportsMalformedInputClangStyleAndWritesNothing) {
  TempDir dir;
  const auto page = dir.write("es-ES/page.md",
                              "---\nms.contentlocale: es-ES\n---\n"
                              "<span data-ttu-id=\"x-1\">Hola</span><span class=\"sxs-lookup\">"
                              "<span data-stu-id=\"x-2\">Hello</span></span>\n");
  const CommandResult result = run_l10nc({"compile", "es-ES", "-o", "out"}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "es-ES/page.md:4:80: error: English source id 'x-2' does not match its target's id "
            "'x-1'\n"
            "<span data-ttu-id=\"x-1\">Hola</span><span class=\"sxs-lookup\"><span "
            "data-stu-id=\"x-2\">Hello</span></span>\n"
            "                                                                               ^\n"
            "es-ES/page.md:4:20: note: the target's id is here\n"
            "<span data-ttu-id=\"x-1\">Hola</span><span class=\"sxs-lookup\"><span "
            "data-stu-id=\"x-2\">Hello</span></span>\n"
            "                   ^\n"
            "l10nc: nothing written: fix the errors above\n");
  EXPECT_FALSE(std::filesystem::exists(dir / "out"));
}

TEST(Cli, FailedCompileLeavesThePreviousOutputAsItWas) {
  TempDir dir;
  testing::compile_or_fail({(source_dir() / "locales").string()}, dir / "out");
  const std::string before = read_text(dir / "out/es.txt");
  const auto stamp = std::filesystem::last_write_time(dir / "out/es.res");
  dir.write("bad/es-ES/page.md", "---\nms.contentlocale: es-ES\n");
  const CommandResult result = run_l10nc(
      {"compile", (source_dir() / "locales").string(), "bad", "-o", "out"}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("bad/es-ES/page.md:1:1: error: front matter is not closed"),
            std::string::npos)
      << result.err;
  EXPECT_EQ(read_text(dir / "out/es.txt"), before);
  EXPECT_EQ(std::filesystem::last_write_time(dir / "out/es.res"), stamp);
  // No temporary directories are left next to it.
  size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
    ++entries;
  EXPECT_EQ(entries, 2u);  // out and bad
}

TEST(Cli, KeyIcuCannotStoreFailsTheCompileAndKeepsThePreviousOutput) {
  TempDir dir;
  testing::compile_or_fail({(source_dir() / "locales").string()}, dir / "out");
  const std::string before = read_text(dir / "out/root.res");
  dir.write("es-ES/café.md",
            "---\nms.contentlocale: es-ES\n---\n"
            "<span data-ttu-id=\"x-1\">Hola</span><span class=\"sxs-lookup\">"
            "<span data-stu-id=\"x-1\">Hello</span></span>\n");
  const CommandResult result = run_l10nc(
      {"compile", (source_dir() / "locales").string(), "es-ES", "-o", "out"}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  // Reported where the key comes from, before anything is written.
  EXPECT_EQ(
      result.err,
      "es-ES/café.md:4:85: error: key 'café.1' cannot be an ICU resource key: use ASCII "
      "letters, digits, space and \"%&'()*+,-./:;<=>?_ only\n"
      "<span data-ttu-id=\"x-1\">Hola</span><span class=\"sxs-lookup\"><span "
      "data-stu-id=\"x-1\">Hello</span></span>\n"
      "                                                                                    ^\n"
      "l10nc: nothing written: fix the errors above\n");
  EXPECT_EQ(read_text(dir / "out/root.res"), before);
  size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
    ++entries;
  EXPECT_EQ(entries, 2u);  // out and es-ES: the staging directory is gone
}

TEST(Cli, CompileRefusesToReplaceADirectoryItDidNotWrite) {
  TempDir dir;
  dir.write("precious/notes.txt", "keep me");
  const CommandResult result =
      run_l10nc({"compile", (source_dir() / "locales").string(), "-o", "precious"}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "l10nc: error: refusing to replace 'precious': it exists and is not an ICU package "
            "l10nc wrote (no root.res)\n");
  EXPECT_EQ(read_text(dir / "precious/notes.txt"), "keep me");
}

TEST(Cli, OnlyWritesTheNamedLanguagesFileByFile) {
  TempDir dir;
  dir.write("out/keep.txt", "not l10nc's");
  const std::string locales = (source_dir() / "locales").string();
  CommandResult result =
      run_l10nc({"compile", locales, "-o", "out", "--only", "es"}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "l10nc: wrote 2 bundles (es, es_ES) to out: 81 English messages, 81 translations\n");
  EXPECT_FALSE(std::filesystem::exists(dir / "out/root.res"));
  result = run_l10nc({"compile", locales, "-o", "out", "--only", "root"}, {}, dir.path());
  EXPECT_EQ(result.out,
            "l10nc: wrote 1 bundle (root) to out: 81 English messages, 0 translations\n");
  EXPECT_TRUE(std::filesystem::exists(dir / "out/res_index.res"));
  EXPECT_EQ(read_text(dir / "out/keep.txt"), "not l10nc's");
  result = run_l10nc({"dump", "--bundles", "out", "--locale", "es_MX"}, {}, dir.path());
  EXPECT_EQ(result.out, read_text(kGolden + "sspi-status-codes.es.tsv"));
}

std::vector<std::string> file_names(const std::filesystem::path& directory) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(directory))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(Cli, NoTxtWritesOnlyTheResFilesTheRuntimeReads) {
  TempDir dir;
  const std::string locales = (source_dir() / "locales").string();
  CommandResult result = run_l10nc({"compile", locales, "-o", "out"}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string es_res = read_text(dir / "out/es.res");
  // A package written without the .txt sources is still one l10nc may replace.
  result = run_l10nc({"compile", locales, "-o", "out", "--no-txt"}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(file_names(dir / "out"),
            (std::vector<std::string>{"de.res", "es.res", "es_ES.res", "fr.res", "ja.res",
                                      "res_index.res", "root.res"}));
  EXPECT_EQ(read_text(dir / "out/es.res"), es_res);
  result = run_l10nc({"dump", "--bundles", "out", "--locale", "es_MX"}, {}, dir.path());
  EXPECT_EQ(result.out, read_text(kGolden + "sspi-status-codes.es.tsv"));
  result = run_l10nc({"compile", locales, "-o", "out"}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::filesystem::exists(dir / "out/es.txt"));
}

TEST(Cli, OnlyWithNoTxtRemovesThatLanguagesStaleSources) {
  TempDir dir;
  const std::string locales = (source_dir() / "locales").string();
  CommandResult result = run_l10nc({"compile", locales, "-o", "out"}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  result = run_l10nc({"compile", locales, "-o", "out", "--only", "es", "--no-txt"}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out/es.txt"));
  EXPECT_FALSE(std::filesystem::exists(dir / "out/es_ES.txt"));
  EXPECT_TRUE(std::filesystem::exists(dir / "out/es.res"));
  EXPECT_TRUE(std::filesystem::exists(dir / "out/fr.txt"));  // another language's: left alone
}

TEST(Cli, NoTxtAndGenrbExcludeEachOther) {
  TempDir dir;
  const CommandResult result = run_l10nc(
      {"compile", (source_dir() / "locales").string(), "-o", "out", "--no-txt", "--genrb", "genrb"},
      {}, dir.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "l10nc: error: --no-txt excludes --genrb\nRun 'l10nc compile --help' for usage.\n");
  EXPECT_FALSE(std::filesystem::exists(dir / "out"));
}

TEST(Cli, MissingInputIsAUsageError) {
  TempDir dir;
  const CommandResult result = run_l10nc({"compile", "nowhere", "-o", "out"}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "nowhere: error: no such file or directory\n");
}

TEST(Cli, BadCommandLinesExitTwo) {
  for (const std::vector<std::string>& arguments :
       {std::vector<std::string>{},
        {"frobnicate"},
        {"compile"},
        {"dump", "--bundles", "x"},
        {"show", "KEY", "--locale", "es", "--bundles", "x", "--width", "-3"}}) {
    const CommandResult result = run_l10nc(arguments);
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_EQ(result.err.rfind("l10nc: error: ", 0), 0u) << result.err;
  }
}

TEST(Cli, ShowRejectsAnArgumentWithoutAValue) {
  const CommandResult result =
      run_l10nc({"show", "K", "--locale", "es", "--bundles", "x", "--arg", "novalue"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "l10nc: error: --arg 'novalue' is not name=value\n");
}

TEST(Cli, HelpListsEverySubcommand) {
  const CommandResult result = run_l10nc({"--help"});
  EXPECT_EQ(result.exit_code, 0);
  const std::string list =
      "Subcommands:\n"
      "  compile                     Compile sources into an ICU package directory\n"
      "  show                        Show a message as a localized error dialog\n"
      "  dump                        Print every key with its text for a locale\n"
      "  check                       Check translations: coverage, and what breaks or reads "
      "wrong\n"
      "  new-locale                  Start a translation: an XLIFF file for translators\n"
      "  merge                       Bring a translation (XLIFF) up to date with the English "
      "sources\n"
      "  export                      Write a catalog and one locale's translations as XLIFF 2.0\n"
      "  report                      Write an HTML page: coverage charts, findings, untranslated "
      "keys\n"
      "  pseudo                      Pseudo-translate (en_XA, ar_XB) to find hard-coded and "
      "cut-off text\n"
      "  validate                    Check that XLIFF files and DocFX pages conform to their "
      "specifications\n\n";
  EXPECT_NE(result.out.find(list), std::string::npos) << result.out;
  EXPECT_EQ(run_l10nc({"--version"}).out, "l10nc 0.1.0\n");
}

TEST(Cli, EverySubcommandHasHelp) {
  for (const char* command : {"compile", "show", "dump", "check", "new-locale", "merge", "export",
                              "report", "pseudo", "validate"}) {
    const CommandResult result = run_l10nc({command, "--help"});
    EXPECT_EQ(result.exit_code, 0) << command;
    EXPECT_NE(result.out.find(std::string("Usage: l10nc ") + command + " [OPTIONS]"),
              std::string::npos)
        << result.out;
    EXPECT_EQ(result.err, "") << command;
  }
}

}  // namespace
}  // namespace l10nc

namespace l10nc {
namespace {

// Every command that writes a file makes its folder, check -o included (it did not).
TEST(Cli, CheckOutputMakesItsFolder) {
  testing::TempDir dir;
  const testing::CommandResult result =
      testing::run_l10nc({"check", (testing::source_dir() / "locales/es-ES").string(), "--format",
                          "json", "-o", "reports/ci/check.json"},
                         {}, dir.path());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(testing::read_text(dir / "reports/ci/check.json").find("\"findings\""),
            std::string::npos);
}

}  // namespace
}  // namespace l10nc
