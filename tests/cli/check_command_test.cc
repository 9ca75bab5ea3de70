#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <filesystem>
#include <map>
#include <set>

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
  EXPECT_EQ(counts(result.out), (std::map<std::string, int>{{"do-not-translate warning", 1},
                                                            {"keyed-cell warning", 1},
                                                            {"punctuation warning", 1},
                                                            {"same-as-source warning", 1}}));
  const nlohmann::json report = nlohmann::json::parse(result.out);
  for (const auto& finding : report["findings"]) {
    if (finding["check"] != "punctuation") continue;
    EXPECT_EQ(finding["key"], "SEC_E_ALGORITHM_MISMATCH");
    EXPECT_EQ(finding["location"]["line"], 22);
    EXPECT_EQ(finding["message"],
              "a quotation mark in the translation is unpaired (the English's pair up)");
  }
  // The 77 mangled first cells of the Spanish page are one finding, at the first of them
  // (column 33 of its table row), with a note at the last.
  for (const auto& finding : report["findings"]) {
    if (finding["check"] != "keyed-cell") continue;
    EXPECT_EQ(finding["key"], "SEC_E_ALGORITHM_MISMATCH");
    EXPECT_EQ(finding["location"]["line"], 22);
    EXPECT_EQ(finding["location"]["column"], 33);
    EXPECT_EQ(finding["message"],
              "the keys of 77 keyed rows are missing from their translated first cells; the "
              "first: 'SEC_E_ALGORITHM_MISMATCH' in 's _ E _ _ no coinciden los algoritmos'");
    ASSERT_EQ(finding["notes"].size(), 2u);
    EXPECT_EQ(finding["notes"][1]["location"]["line"], 98);
    EXPECT_EQ(finding["notes"][1]["message"],
              "the last of the 77: 'SEC_I_RENEGOTIATE' in 's _ I _ renegotiate'");
  }
}

// Two misses of the seed's Spanish page: "se definen en Winerror. h." split the file name
// (line 16), and the table header "status code" is the English only lowercased (line 20).
TEST(CheckCommand, FindsTheSeedsSplitFileNameAndLowercasedHeader) {
  const CommandResult result = check({"locales/es-ES", "--format", "json"});
  const nlohmann::json report = nlohmann::json::parse(result.out);
  std::vector<std::string> found;
  for (const auto& finding : report["findings"])
    if (finding["location"]["line"] == 16 || finding["location"]["line"] == 20)
      found.push_back(
          finding["check"].get<std::string>() + " " + finding["location"]["line"].dump() + ":" +
          finding["location"]["column"].dump() + ": " + finding["message"].get<std::string>());
  EXPECT_EQ(found, (std::vector<std::string>{
                       "do-not-translate 16:31: the identifier 'Winerror.h' of the English is "
                       "missing from the translation",
                       "same-as-source 20:33: the translation is the English, differing only "
                       "in case"}));
}

TEST(CheckCommand, TextReportIsClangStyleWithTheCoverageTable) {
  const CommandResult result = check({"locales/es-ES", "--disable", "keyed-cell", "--disable",
                                      "do-not-translate", "--disable", "same-as-source"});
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
  EXPECT_EQ(result.err, "l10nc: check passed: 0 errors, 4 warnings\n");

  // The seed is machine translated: with --no-mt nothing of it counts.
  result = check({"locales/es-ES", "--no-mt", "--min-coverage", "es=1", "--format", "github"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find("::error title=coverage (es_ES)::es_ES coverage 0.0%25 is below the "
                            "minimum 1%25\n"),
            std::string::npos)
      << result.out;
  // es users read es, which es_ES feeds: the minimum for es holds for both.
  EXPECT_EQ(result.err,
            "l10nc: check FAILED: 0 errors, 4 warnings; coverage below the minimum: es, es_ES\n");

  // A locale required but not translated at all has 0%.
  result =
      check({"locales/es-ES", "--min-coverage", "fr-FR=50", "--disable", "keyed-cell", "--disable",
             "do-not-translate", "--disable", "punctuation", "--disable", "same-as-source"});
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
  const CommandResult result = check({"locales", "--disable", "keyed-cell", "--disable",
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
  EXPECT_EQ(counts(result.out), (std::map<std::string, int>{{"do-not-translate warning", 1},
                                                            {"keyed-cell warning", 1},
                                                            {"punctuation error", 1},
                                                            {"same-as-source warning", 1}}));
  result = check({"locales/es-ES", "--disable", "punctuation", "--format", "json"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(counts(result.out), (std::map<std::string, int>{{"do-not-translate warning", 1},
                                                            {"keyed-cell warning", 1},
                                                            {"same-as-source warning", 1}}));
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
  EXPECT_EQ(result.out.rfind("nowhere: error: no such file or directory [input]\n", 0), 0u)
      << result.out;
  result = check({"nowhere", "--format", "json"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err.rfind("nowhere: error: no such file or directory\n", 0), 0u);
  result = check({"locales", "--baseline", "nowhere.json"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err.rfind("l10nc: error: cannot read baseline 'nowhere.json': ", 0), 0u);
}

TEST(CheckCommand, MalformedInputIsNotChecked) {
  TempDir dir;
  dir.write("es-ES/page.md", "---\nms.contentlocale: es-ES\n");
  CommandResult result = check({"es-ES"}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.out,
            "es-ES/page.md:1:1: error: front matter is not closed: no '---' line follows this one "
            "[input]\n---\n^\n\nl10nc check: FAILED: 1 error, 0 warnings; the inputs could not "
            "be read: nothing was checked\n");
  // Other formats say it on stderr too, for the log.
  result = check({"es-ES", "--format", "json"}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("es-ES/page.md:1:1: error: front matter is not closed"),
            std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(result.out)["inputs_read"], false);
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
  EXPECT_EQ(result.err, "l10nc: check FAILED: 1 error, 0 warnings\n");
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
  EXPECT_NE(read_text(dir / "report.txt").find("passed: 0 errors, 4 warnings"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(read_text(dir / "baseline.json"))["findings"].size(), 4u);

  result = check({"es-ES", "--baseline", "baseline.json"}, dir.path());
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("l10nc check: passed: 0 errors, 0 warnings (4 more suppressed by "
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
  EXPECT_EQ(report["suppressed"], 3);
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
  // Coverage names a domain's rows after the domain, not after whichever file came first:
  // "ja symfony-security.de" read as if Japanese were checked against the German file.
  std::set<std::string> security_rows;
  for (const nlohmann::json& locale : report["coverage"]["locales"])
    for (const nlohmann::json& row : locale["documents"])
      if (std::string(row["document"]).starts_with("symfony-security"))
        security_rows.insert(std::string(locale["locale"]) + " " + std::string(row["document"]));
  EXPECT_EQ(security_rows,
            (std::set<std::string>{"de symfony-security", "de_CH symfony-security",
                                   "de_DE symfony-security", "ja symfony-security",
                                   "ja_JP symfony-security", "zh_CN symfony-security"}));
}

// Okapi's Typo3Draft.xlf, unit 3: the English ends "word." after a bold code; the German
// closes that code after "Wort", its period lost, which the code at its end used to hide.
TEST(CheckCommand, APeriodLostBeforeAClosingInlineCodeIsReported) {
  const CommandResult result = check(
      {(testing::corpus_dir() / "xliff/1.2/okapi-Typo3Draft.xlf").string(), "--format", "json"});
  const nlohmann::json report = nlohmann::json::parse(result.out);
  std::vector<std::string> punctuation;
  for (const auto& finding : report["findings"])
    if (finding["check"] == "punctuation")
      punctuation.push_back(finding["key"].get<std::string>() + " line " +
                            finding["location"]["line"].dump() + ": " +
                            finding["message"].get<std::string>());
  EXPECT_EQ(punctuation, std::vector<std::string>{"okapi-Typo3Draft:3 line 57: the translation "
                                                  "ends with no punctuation, the English with a "
                                                  "period"});
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

// Broken input is described by every format, to stdout or -o (which replaces the file of an
// earlier run); before, -o left a stale report and --format github printed nothing.
TEST(CheckCommand, BrokenInputIsDescribedInEveryFormat) {
  TempDir dir;
  dir.write("fr/app.xlf", std::string(testing::kBrokenXliff));
  for (const char* file : {"out.sarif", "out.xml", "out.json"}) dir.write(file, "stale");

  CommandResult result = check({"fr", "--format", "sarif", "-o", "out.sarif"}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "fr/app.xlf:5:63: error: malformed XML: start-end tags mismatch\n"
            "<trans-unit id=\"hello\"><source>Hello</source><target>Bonjour</targt></trans-unit>\n"
            "                                                              ^\n"
            "l10nc: check FAILED: 1 error, 0 warnings; the inputs could not be read: nothing was "
            "checked\n");
  const nlohmann::json sarif = nlohmann::json::parse(read_text(dir / "out.sarif"));
  const nlohmann::json& run = sarif["runs"][0];
  EXPECT_EQ(run["invocations"][0]["executionSuccessful"], false);
  EXPECT_EQ(run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"],
            "the inputs could not be read: nothing was checked");
  ASSERT_EQ(run["results"].size(), 1u);
  EXPECT_EQ(run["results"][0]["ruleId"], "input");
  EXPECT_EQ(run["tool"]["driver"]["rules"][run["results"][0]["ruleIndex"].get<size_t>()]["id"],
            "input");
  EXPECT_EQ(run["results"][0]["level"], "error");
  EXPECT_EQ(run["results"][0]["message"]["text"], "malformed XML: start-end tags mismatch");
  EXPECT_EQ(run["results"][0]["locations"][0]["physicalLocation"],
            nlohmann::json::parse(R"({"artifactLocation": {"uri": "fr/app.xlf",
              "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 5, "startColumn": 63}})"));

  result = check({"fr", "--format", "junit", "-o", "out.xml"}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(read_text(dir / "out.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites name=\"l10nc check\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
            "  <testsuite name=\"input\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
            "    <testcase classname=\"input\" name=\"fr/app.xlf\">\n"
            "      <error message=\"1 finding\" type=\"error\">fr/app.xlf:5:63: error: malformed "
            "XML: start-end tags mismatch\n</error>\n"
            "    </testcase>\n"
            "  </testsuite>\n"
            "</testsuites>\n");

  result = check({"fr", "--format", "json", "-o", "out.json"}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  const nlohmann::json json = nlohmann::json::parse(read_text(dir / "out.json"));
  EXPECT_EQ(json["passed"], false);
  EXPECT_EQ(json["inputs_read"], false);
  EXPECT_EQ(json["errors"], 1);
  EXPECT_EQ(json["verdict"],
            "FAILED: 1 error, 0 warnings; the inputs could not be read: nothing was checked");
  EXPECT_EQ(json["findings"][0],
            nlohmann::json::parse(R"({"check": "input", "severity": "error", "key": "",
              "locale": "", "message": "malformed XML: start-end tags mismatch",
              "location": {"file": "fr/app.xlf", "line": 5, "column": 63}, "notes": [],
              "text_hash": ")" + json["findings"][0]["text_hash"].get<std::string>() +
                                  "\"}"));
  EXPECT_TRUE(json["coverage"]["locales"].empty());

  result = check({"fr", "--format", "github"}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out,
            "::error file=fr/app.xlf,line=5,col=63,title=input::malformed XML: start-end tags "
            "mismatch\n"
            "::error title=input::the inputs could not be read: nothing was checked\n");

  result = check({"fr"}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.out,
            "fr/app.xlf:5:63: error: malformed XML: start-end tags mismatch [input]\n"
            "<trans-unit id=\"hello\"><source>Hello</source><target>Bonjour</targt></trans-unit>\n"
            "                                                              ^\n"
            "\n"
            "l10nc check: FAILED: 1 error, 0 warnings; the inputs could not be read: nothing was "
            "checked\n");
}

// What a reader warns about is an `input` finding in every format, not only a line on stderr.
TEST(CheckCommand, ReaderWarningsAreInputFindings) {
  TempDir dir;
  dir.write("fr/app.xlf",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
            "<file original=\"app\" source-language=\"en\" target-language=\"fr\" "
            "datatype=\"plaintext\">\n<body>\n"
            "<trans-unit id=\"hello\"><source>Hello</source><target state=\"bogus\">Bonjour"
            "</target></trans-unit>\n</body>\n</file>\n</xliff>\n");
  CommandResult result = check({"fr", "--format", "github"}, dir.path());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  // The reader's warning and the validator's about the same attribute are one, with the
  // validator's rule id.
  EXPECT_EQ(result.out,
            "::warning file=fr/app.xlf,line=5,col=61,title=input::state 'bogus' is not an XLIFF "
            "1.2 state l10nc knows: read as needs-review [xliff12:target-state]\n"
            "l10nc: fr coverage 0.0% (1 key)\n");
  result = check({"fr", "--format", "json"}, dir.path());
  const nlohmann::json json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["warnings"], 1);
  EXPECT_EQ(json["findings"][0]["check"], "input");
  EXPECT_EQ(json["findings"][0]["severity"], "warning");
  result = check({"fr", "--format", "sarif"}, dir.path());
  const nlohmann::json sarif = nlohmann::json::parse(result.out);
  EXPECT_EQ(sarif["runs"][0]["invocations"][0]["executionSuccessful"], true);
  EXPECT_EQ(sarif["runs"][0]["results"][0]["ruleId"], "input");
  EXPECT_EQ(sarif["runs"][0]["results"][0]["level"], "warning");
  result = check({"fr"}, dir.path());
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.out.rfind("fr/app.xlf:5:61: warning: state 'bogus' is not an XLIFF 1.2 state "
                             "l10nc knows: read as needs-review [xliff12:target-state] [input]\n",
                             0),
            0u)
      << result.out;
  // A baseline records it like any finding.
  result = check({"fr", "--write-baseline", "b.json", "-o", "r.txt"}, dir.path());
  result = check({"fr", "--baseline", "b.json", "--format", "json"}, dir.path());
  EXPECT_EQ(nlohmann::json::parse(result.out)["suppressed"], 1);
}

// Text from the inputs with terminal controls (ESC [31m colours a log, U+0001) is shown
// escaped in every format: before, it reached logs and JUnit XML raw.
TEST(CheckCommand, ControlCharactersFromTheInputsAreShownEscaped) {
  TempDir dir;
  std::string text = page("It failed.", "Falló.");
  text.replace(text.find("CODE_ONE"), 8, "CODE\x1b[31mONE\x01");
  dir.write("es-ES/page.md", text);
  for (const std::string format : {"text", "json", "sarif", "junit", "github"}) {
    const CommandResult result = check({"es-ES", "--format", format}, dir.path());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    for (const char control : {'\x1b', '\x01'}) {
      EXPECT_EQ(result.out.find(control), std::string::npos) << format << "\n" << result.out;
      EXPECT_EQ(result.err.find(control), std::string::npos) << format << "\n" << result.err;
    }
    // JSON escapes the backslash of the escape once more.
    const std::string shown = format == "json" || format == "sarif"
                                  ? "first cell 'CODE\\\\u001b[31mONE\\\\u0001'"
                                  : "first cell 'CODE\\u001b[31mONE\\u0001'";
    EXPECT_NE(result.out.find(shown), std::string::npos) << format << "\n" << result.out;
  }
  const CommandResult result = check({"es-ES"}, dir.path());
  EXPECT_EQ(
      result.out.rfind("es-ES/page.md:7:27: warning: the identifier 'CODE_ONE' is missing from the "
                       "translated first cell 'CODE\\u001b[31mONE\\u0001' [keyed-cell]\n"
                       "| <span data-ttu-id=\"a-1\">CODE\\u001b[31mONE\\u0001</span>",
                       0),
      0u)
      << result.out;
  // Carets stay under their columns: an escape takes six of them (the English's note, after two
  // escapes, is at column 207).
  EXPECT_NE(result.out.find("\n" + std::string(26, ' ') + "^\n"), std::string::npos);
  EXPECT_NE(result.out.find("\n" + std::string(206 + 2 * 5, ' ') + "^\n"), std::string::npos);
  EXPECT_EQ(result.out.rfind("es-ES/page.md:7:27: warning: ", 0), 0u) << result.out;
  const CommandResult junit = check({"es-ES", "--format", "junit"}, dir.path());
  pugi::xml_document xml;
  EXPECT_TRUE(xml.load_string(junit.out.c_str()));
}

TEST(CheckCommand, SmallTruths) {
  // A usage error points at the command's own help.
  CommandResult result = check({"locales", "--format", "xml"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err.substr(result.err.find('\n') + 1), "Run 'l10nc check --help' for usage.\n");
  // --help says what exit 1 means.
  result = check({"--help"});
  EXPECT_NE(result.out.find("  1  failed: an error-level finding, a locale below its "
                            "--min-coverage, or malformed input\n"),
            std::string::npos)
      << result.out;
  // --list-checks honours --format json.
  result = check({"--list-checks", "--format", "json"});
  EXPECT_EQ(result.exit_code, 0);
  const nlohmann::json checks = nlohmann::json::parse(result.out);
  EXPECT_EQ(checks["checks"][0]["id"], "msgformat-syntax");
  EXPECT_EQ(checks["checks"].size(), 13u);
  result = check({"--list-checks", "--format", "sarif"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "l10nc: error: --list-checks: --format must be text or json\n");
  // A minimum given twice for one locale is an error, not the last one silently.
  result = check({"locales", "--min-coverage", "fr=90", "--min-coverage", "fr-FR=50",
                  "--min-coverage", "fr=95"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "l10nc: error: --min-coverage 'fr=95': fr's minimum is already 90%\n");
  result = check({"locales", "--min-coverage", "90", "--min-coverage", "80"});
  EXPECT_EQ(result.err,
            "l10nc: error: --min-coverage '80': every locale's minimum is already 90%\n");
  // GitHub paths are the repository's, without "./".
  result = check({"./locales/es-ES", "--format", "github"});
  EXPECT_EQ(result.out.rfind("::warning file=locales/es-ES/sspi-status-codes.md,line=", 0), 0u)
      << result.out;
  // --color=always colours the text report even off a terminal; never and TERM=dumb do not.
  result = check({"locales/es-ES", "--color=always"});
  EXPECT_NE(result.out.find("\x1b[1m"), std::string::npos);
  result = check({"locales/es-ES", "--color=never"});
  EXPECT_EQ(result.out.find('\x1b'), std::string::npos);
}

// On a terminal (a pseudo-terminal made by script(1)) the text report is coloured, unless TERM
// is dumb.
TEST(CheckCommand, NoColoursForADumbTerminal) {
  const std::string command = std::string(L10NC_BINARY) + " check locales/es-ES";
  testing::CommandResult result =
      testing::run_program("script", {"-qec", command, "/dev/null"},
                           {{"TERM", "xterm"}, {"NO_COLOR", ""}}, source_dir());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\x1b[1m"), std::string::npos) << result.out;
  result = testing::run_program("script", {"-qec", command, "/dev/null"},
                                {{"TERM", "dumb"}, {"NO_COLOR", ""}}, source_dir());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("l10nc check: passed"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find('\x1b'), std::string::npos) << result.out;
}

// -o - is stdout, not a file named '-'.
TEST(CheckCommand, OutputDashIsStdout) {
  TempDir dir;
  dir.write("es-ES/page.md", page("It failed.", "Falló."));
  const CommandResult result = check({"es-ES", "--format", "github", "-o", "-"}, dir.path());
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out, "l10nc: es_ES coverage 100.0% (1 key)\n");
  EXPECT_FALSE(std::filesystem::exists(dir / "-"));
}

// README.md and TOC.md in an input directory are not DocFX pages: skipped with a note, not a
// failed run; --exclude leaves out what it matches.
TEST(CheckCommand, SkipsPlainMarkdownAndExcludedInputs) {
  TempDir dir;
  dir.write("docs/es-ES/page.md", page("It failed.", "Falló."));
  dir.write("docs/README.md", "# Docs\n\nRead me.\n");
  dir.write("docs/es-ES/drafts/bad.md", "---\nms.contentlocale: es-ES\n");
  CommandResult result =
      check({"docs", "--exclude", "docs/es-ES/drafts/*", "--format", "github"}, dir.path());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "::notice file=docs/README.md,title=input::skipped: not a DocFX bilingual page (no "
            "front matter, no data-ttu-id segment)\n"
            "l10nc: es_ES coverage 100.0% (1 key)\n");
  result = check({"docs", "--exclude", "bad.md", "--exclude", "README.md", "--format", "json"},
                 dir.path());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(nlohmann::json::parse(result.out)["findings"].empty());
  // Named on the command line, it is read, and fails.
  result = check({"docs/README.md", "--format", "json"}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
}

// MateCat's segmented 1.2 targets under xml:space="preserve": the indentation around
// <mrk mtype="seg"> is no text, so no [whitespace] finding; the targets are the English copied,
// which [same-as-source] now sees.
TEST(CheckCommand, IndentationAroundSegmentMarkersIsNoText) {
  const CommandResult result =
      check({(testing::corpus_dir() / "xliff/1.2/matecat-xliff12-with-segment-state.xlf").string(),
             "--format", "json"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(counts(result.out), (std::map<std::string, int>{{"same-as-source warning", 8}}));
}

// A real false finding: the Turkish "`Disable-AzDataCollection`Cmdlet" keeps the identifier.
TEST(CheckCommand, ACodeSpanGluedToAWordKeepsItsIdentifier) {
  const CommandResult result =
      check({(testing::corpus_dir() / "docfx/tr-TR/Disable-AzDataCollection.md").string(),
             "--format", "json"});
  size_t do_not_translate = 0;
  const nlohmann::json report = nlohmann::json::parse(result.out);
  for (const auto& finding : report["findings"]) {
    if (finding["check"] != "do-not-translate") continue;
    ++do_not_translate;
    EXPECT_EQ(finding["message"].get<std::string>().find("AzDataCollection"), std::string::npos)
        << finding.dump();
  }
  EXPECT_GT(do_not_translate, 0u);  // the page's real ones stay
}

}  // namespace
}  // namespace l10nc
