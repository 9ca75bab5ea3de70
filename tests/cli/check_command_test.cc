#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>

#include "test_support.h"

namespace l10nc {
namespace {

using testing::CommandResult;
using testing::read_text;
using testing::run_l10nc;
using testing::source_dir;
using testing::TempDir;

CommandResult check(std::vector<std::string> arguments,
                    const std::filesystem::path& directory = source_dir()) {
  arguments.insert(arguments.begin(), "check");
  return run_l10nc(arguments, {}, directory);
}

// Findings counted by "check-id severity".
std::map<std::string, int> counts(const std::string& json_report) {
  std::map<std::string, int> counts;
  const nlohmann::json report = nlohmann::json::parse(json_report);
  for (const auto& finding : report["findings"])
    ++counts[finding["check"].get<std::string>() + " " + finding["severity"].get<std::string>()];
  return counts;
}

TEST(CheckCommand, FindsTheSeedsMangledIdentifiersAndItsStrayQuote) {
  const CommandResult result = check({"locales", "--format", "json"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(counts(result.out), (std::map<std::string, int>{{"do-not-translate warning", 77},
                                                            {"punctuation warning", 1}}));
  const nlohmann::json report = nlohmann::json::parse(result.out);
  for (const auto& finding : report["findings"]) {
    if (finding["check"] != "punctuation") continue;
    EXPECT_EQ(finding["key"], "SEC_E_ALGORITHM_MISMATCH");
    EXPECT_EQ(finding["location"]["line"], 22);
    EXPECT_EQ(finding["message"],
              "a quotation mark in the translation is unpaired (the English's pair up)");
  }
  // Each status code once, at its translated first cell (column 33 of its table row).
  std::set<std::string> keys;
  for (const auto& finding : report["findings"])
    if (finding["check"] == "do-not-translate") {
      EXPECT_EQ(finding["location"]["column"], 33) << finding["key"];
      keys.insert(finding["key"].get<std::string>());
    }
  EXPECT_EQ(keys.size(), 77u);
}

TEST(CheckCommand, TextReportIsClangStyleWithTheCoverageTable) {
  const CommandResult result = check({"locales/es-ES", "--disable", "do-not-translate"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const std::string row =
      "| <span data-ttu-id=\"3a386-107\">s \\_ E \\_ \\_ no coinciden los algoritmos</span>";
  EXPECT_EQ(result.out.rfind(
                "locales/es-ES/sspi-status-codes.md:22:226: warning: a quotation mark in the "
                "translation is unpaired (the English's pair up) [punctuation]\n" +
                    row,
                0),
            0u)
      << result.out;
  EXPECT_NE(result.out.find("\nlocales/es-ES/sspi-status-codes.md:22:373: note: the English "
                            "source is here\n" +
                            row),
            std::string::npos);
  EXPECT_NE(result.out.find("\n" + std::string(225, ' ') + "^\n"), std::string::npos);
  const size_t table = result.out.find("Coverage (machine translations count as translated");
  ASSERT_NE(table, std::string::npos);
  EXPECT_EQ(result.out.substr(table),
            "Coverage (machine translations count as translated; --no-mt counts them as "
            "untranslated):\n"
            "locale  document           keys  translated  machine-translated  needs-review  "
            "missing  same-as-source  coverage  minimum  result  from\n"
            "es_ES   sspi-status-codes    81           0                  81             0        "
            "0               0    100.0%\n"
            "es_ES   (all)                81           0                  81             0        "
            "0               0    100.0%                   es 81\n"
            "\n"
            "l10nc check: passed: 0 errors, 1 warning\n");
}

// The seed alone, so that more locales in locales/ leave these as they are.
TEST(CheckCommand, ExitsOneBelowACoverageMinimum) {
  CommandResult result = check({"locales/es-ES", "--min-coverage", "100", "--format", "github"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "l10nc: check passed: 0 errors, 78 warnings\n");

  // The seed is machine translated: with --no-mt nothing of it counts.
  result = check({"locales/es-ES", "--no-mt", "--min-coverage", "es=1", "--format", "github"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find("::error title=coverage (es_ES)::es_ES coverage 0.0%25 is below the "
                            "minimum 1%25\n"),
            std::string::npos)
      << result.out;
  EXPECT_EQ(result.err, "l10nc: check FAILED: 0 errors, 78 warnings\n");

  // A locale required but not translated at all has 0%.
  result = check({"locales/es-ES", "--min-coverage", "fr-FR=50", "--disable", "do-not-translate",
                  "--disable", "punctuation"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(
      result.out.find("fr_FR   (all)                          81           0                   "
                      "0             0       81               0      0.0%      50%  "
                      "BELOW MINIMUM\n"),
      std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("l10nc check: FAILED: 0 errors, 0 warnings; coverage below the "
                            "minimum: fr_FR\n"),
            std::string::npos);
}

// A locale is judged by the chain its users get: es_MX reads es-419, then es-ES through es;
// zh_TW reads Traditional only (half translated), never Simplified; each says from where.
TEST(CheckCommand, JudgesALocaleWithARegionalVariantByItsChain) {
  const CommandResult result =
      check({"tests/data/fallback", "--disable", "length", "--min-coverage", "es_MX=100",
             "--min-coverage", "zh-TW=100"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_EQ(
      result.out,
      "Coverage (machine translations count as translated; --no-mt counts them as "
      "untranslated):\n"
      "locale   document   keys  translated  machine-translated  needs-review  missing  "
      "same-as-source  coverage  minimum  result         from\n"
      "es_419   greetings     2           2                   0             0        0            "
      "   0    100.0%\n"
      "es_419   (all)         2           2                   0             0        0            "
      "   0    100.0%                          es_419 1, es 1\n"
      "es_ES    greetings     2           2                   0             0        0            "
      "   0    100.0%\n"
      "es_ES    (all)         2           2                   0             0        0            "
      "   0    100.0%                          es 2\n"
      "es_MX    greetings     2           2                   0             0        0            "
      "   0    100.0%\n"
      "es_MX    (all)         2           2                   0             0        0            "
      "   0    100.0%     100%  ok             es_419 1, es 1\n"
      "pt_BR    greetings     2           2                   0             0        0            "
      "   0    100.0%\n"
      "pt_BR    (all)         2           2                   0             0        0            "
      "   0    100.0%                          pt 2\n"
      "pt_PT    greetings     2           2                   0             0        0            "
      "   0    100.0%\n"
      "pt_PT    (all)         2           2                   0             0        0            "
      "   0    100.0%                          pt_PT 1, pt 1\n"
      "sr       greetings     2           2                   0             0        0            "
      "   0    100.0%\n"
      "sr       (all)         2           2                   0             0        0            "
      "   0    100.0%                          sr 2\n"
      "sr_Latn  greetings     2           1                   0             0        1            "
      "   0     50.0%\n"
      "sr_Latn  (all)         2           1                   0             0        1            "
      "   0     50.0%                          sr_Latn 1\n"
      "zh_Hans  greetings     2           2                   0             0        0            "
      "   0    100.0%\n"
      "zh_Hans  (all)         2           2                   0             0        0            "
      "   0    100.0%                          zh 2\n"
      "zh_Hant  greetings     2           1                   0             0        1            "
      "   0     50.0%\n"
      "zh_Hant  (all)         2           1                   0             0        1            "
      "   0     50.0%                          zh_Hant 1\n"
      "zh_TW    greetings     2           1                   0             0        1            "
      "   0     50.0%\n"
      "zh_TW    (all)         2           1                   0             0        1            "
      "   0     50.0%     100%  BELOW MINIMUM  zh_Hant 1\n"
      "\n"
      "l10nc check: FAILED: 0 errors, 0 warnings; coverage below the minimum: zh_TW\n");
}

// ja_JP users read ja's translations (49 of 81): not an invented ja_JP at 0%.
TEST(CheckCommand, ARegionalMinimumJudgesWhatItsUsersRead) {
  const CommandResult result = check({"locales", "--disable", "do-not-translate", "--disable",
                                      "punctuation", "--min-coverage", "ja_JP=60"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("ja_JP   (all)                81          49                   0     "
                            "        0       32               0     60.4%      60%  ok      ja "
                            "49\n"),
            std::string::npos)
      << result.out;
}

TEST(CheckCommand, ErrorMakesAWarningFailAndDisableLeavesACheckOut) {
  CommandResult result = check({"locales/es-ES", "--error", "punctuation", "--format", "json"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(counts(result.out), (std::map<std::string, int>{{"do-not-translate warning", 77},
                                                            {"punctuation error", 1}}));
  result = check({"locales/es-ES", "--disable", "punctuation", "--format", "json"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(counts(result.out), (std::map<std::string, int>{{"do-not-translate warning", 77}}));
}

TEST(CheckCommand, BadCommandLinesAreUsageErrors) {
  CommandResult result = check({"locales", "--disable", "do-not-translte"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "l10nc: error: unknown check 'do-not-translte' in --disable; did you mean "
            "'do-not-translate'?\n");
  result = check({"locales", "--error", "spelling"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "l10nc: error: unknown check 'spelling' in --error (run 'l10nc check --list-checks' "
            "for the ids)\n");
  result = check({"locales", "--min-coverage", "101"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "l10nc: error: --min-coverage '101': expected a percentage from 0 to 100, or "
            "LOCALE=PERCENT\n");
  result = check({"locales", "--min-coverage", "../x=10"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "l10nc: error: --min-coverage '../x=10': '../x' is not a locale\n");
  result = check({"locales", "--format", "xml"});
  EXPECT_EQ(result.exit_code, 2);
  result = check({"nowhere"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "nowhere: error: no such file or directory\n");
  result = check({"locales", "--baseline", "nowhere.json"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err.rfind("l10nc: error: cannot read baseline 'nowhere.json': ", 0), 0u);
}

TEST(CheckCommand, MalformedInputIsNotChecked) {
  TempDir dir;
  dir.write("es-ES/page.md", "---\nms.contentlocale: es-ES\n");
  const CommandResult result = check({"es-ES"}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("es-ES/page.md:1:1: error: front matter is not closed"),
            std::string::npos);
  EXPECT_NE(result.err.find("l10nc: not checked: fix the errors above\n"), std::string::npos);
}

// A page in DocFX bilingual Markdown with one keyed row.
std::string page(const std::string& english, const std::string& spanish) {
  return "---\nms.contentlocale: es-ES\n---\n\n| Code | Meaning |\n|---|---|\n"
         "| <span data-ttu-id=\"a-1\">CODE_ONE</span><span class=\"sxs-lookup\"><span "
         "data-stu-id=\"a-1\">CODE_ONE</span></span> | <span data-ttu-id=\"a-2\">" +
         spanish + "</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-2\">" + english +
         "</span></span> |\n";
}

TEST(CheckCommand, ReportsDuplicateKeysAsErrorFindings) {
  TempDir dir;
  dir.write("a/es-ES/page.md", page("It failed.", "Falló."));
  dir.write("b/es-ES/other.md", page("It worked.", "Funcionó."));
  const CommandResult result = check({"a", "b", "--format", "json"}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "l10nc: check FAILED: 1 errors, 0 warnings\n");
  const nlohmann::json finding = nlohmann::json::parse(result.out)["findings"][0];
  EXPECT_EQ(finding["check"], "duplicate-key");
  EXPECT_EQ(finding["key"], "CODE_ONE");
  EXPECT_EQ(finding["location"]["file"], "b/es-ES/other.md");
  EXPECT_EQ(finding["message"], "key 'CODE_ONE' has different English text than before");
  EXPECT_EQ(finding["notes"][0]["location"]["file"], "a/es-ES/page.md");
}

TEST(CheckCommand, BaselineSuppressesWhatItRecordedUntilTheTextChanges) {
  TempDir dir;
  const std::string seed = read_text(source_dir() / "locales/es-ES/sspi-status-codes.md");
  dir.write("es-ES/sspi-status-codes.md", seed);
  CommandResult result =
      check({"es-ES", "--write-baseline", "baseline.json", "-o", "report.txt"}, dir.path());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_NE(read_text(dir / "report.txt").find("passed: 0 errors, 78 warnings"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(read_text(dir / "baseline.json"))["findings"].size(), 78u);

  result = check({"es-ES", "--baseline", "baseline.json"}, dir.path());
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("l10nc check: passed: 0 errors, 0 warnings (78 more suppressed by "
                            "the baseline)\n"),
            std::string::npos)
      << result.out;

  // Lines added above move every finding; fixing one row's quote and breaking another's
  // ending makes those rows' texts new.
  std::string edited = seed;
  edited.insert(edited.find("# <a name"), "\n\n\n");
  const std::string stray = "algoritmo común\".";
  edited.replace(edited.find(stray), stray.size(), "algoritmo común.");
  const std::string ending = "El certificado recibido ha expirado.";
  ASSERT_NE(edited.find(ending), std::string::npos);
  edited.replace(edited.find(ending), ending.size(), "El certificado recibido ha expirado");
  dir.write("es-ES/sspi-status-codes.md", edited);
  result = check({"es-ES", "--baseline", "baseline.json", "--format", "json"}, dir.path());
  EXPECT_EQ(result.exit_code, 0);
  const nlohmann::json report = nlohmann::json::parse(result.out);
  EXPECT_EQ(report["suppressed"], 77);
  ASSERT_EQ(report["findings"].size(), 1u);
  EXPECT_EQ(report["findings"][0]["check"], "punctuation");
  EXPECT_EQ(report["findings"][0]["key"], "SEC_E_CERT_EXPIRED");
  EXPECT_EQ(report["findings"][0]["location"]["line"], 31);
}

TEST(CheckCommand, CorpusHasNoErrorsButRealDuplicateKeys) {
  const CommandResult result =
      check({(testing::corpus_dir() / "docfx").string(), "--format", "json"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  std::map<std::string, int> errors;
  for (const auto& [finding, count] : counts(result.out))
    if (finding.ends_with(" error")) errors[finding] = count;
  // Segment numbers of pages localized from other English revisions, and S_OK/E_FAIL that
  // mean different things on different API pages: real conflicts of one key, two texts.
  EXPECT_EQ(errors, (std::map<std::string, int>{{"duplicate-key error", 47}}));
}

// The whole corpus at once: unrelated XLIFF files number their units alike ("1", "2"), and
// pages are translated into many locales; every finding compares a translation with the English
// of its own file (Symfony domains, documents' own keys, each page's own English).
TEST(CheckCommand, OnTheWholeCorpusNoFindingComparesWithAnotherFilesEnglish) {
  const CommandResult result =
      check({(testing::corpus_dir() / "docfx").string(), (testing::corpus_dir() / "xliff").string(),
             "--format", "json"});
  const nlohmann::json report = nlohmann::json::parse(result.out);
  size_t compared = 0;
  for (const nlohmann::json& finding : report["findings"]) {
    if (finding["check"] == "duplicate-key") continue;  // two files' English, by definition
    for (const nlohmann::json& note : finding["notes"]) {
      EXPECT_EQ(note["location"]["file"], finding["location"]["file"]) << finding.dump();
      ++compared;
    }
  }
  EXPECT_GT(compared, 50u);
}

TEST(CheckCommand, ListsTheChecks) {
  const CommandResult result = check({"--list-checks"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out.rfind("msgformat-syntax    error    The text is not a valid ICU "
                             "MessageFormat pattern.\n",
                             0),
            0u);
  EXPECT_NE(result.out.find("\ndo-not-translate    warning  "), std::string::npos);
}

}  // namespace
}  // namespace l10nc
