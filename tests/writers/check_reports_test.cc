#include "writers/check_reports.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <cstdlib>
#include <set>

#include "base/file_io.h"
#include "checks/check_test_support.h"
#include "test_support.h"

namespace l10nc {
namespace {

using testing::CommandResult;
using testing::read_text;
using testing::run_l10nc;
using testing::source_dir;

const std::string kGolden = L10NC_TESTS_DIR "/golden/check/";

// The seed's report in one format, as `l10nc check locales/es-ES` prints it from the project.
// L10NC_UPDATE_GOLDEN=1 rewrites the golden files instead of comparing (review the diff).
void expect_golden(const std::string& format, const std::string& golden) {
  const CommandResult result =
      run_l10nc({"check", "locales/es-ES", "--format", format}, {}, source_dir());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const char* update = std::getenv("L10NC_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    ASSERT_TRUE(write_file(kGolden + golden, result.out));
    return;
  }
  EXPECT_EQ(result.out, read_text(kGolden + golden)) << format;
}

TEST(CheckReportGolden, Text) { expect_golden("text", "es-ES.txt"); }
TEST(CheckReportGolden, Json) { expect_golden("json", "es-ES.json"); }
TEST(CheckReportGolden, Sarif) { expect_golden("sarif", "es-ES.sarif"); }
TEST(CheckReportGolden, Junit) { expect_golden("junit", "es-ES.junit.xml"); }
TEST(CheckReportGolden, Github) { expect_golden("github", "es-ES.github.txt"); }

bool is_text(const nlohmann::json& object, const char* member) {
  return object.contains(member) && object[member].is_object() && object[member].contains("text") &&
         object[member]["text"].is_string() && !object[member]["text"].get<std::string>().empty();
}

// What SARIF 2.1.0 requires, and what GitHub code scanning reads, checked property by property.
TEST(SarifReport, HasEveryRequiredPropertyOfSarif210) {
  const CommandResult result =
      run_l10nc({"check", "locales/es-ES", "--format", "sarif"}, {}, source_dir());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json sarif = nlohmann::json::parse(result.out);
  EXPECT_EQ(sarif["version"], "2.1.0");
  EXPECT_TRUE(sarif["$schema"].is_string());
  ASSERT_TRUE(sarif["runs"].is_array());
  ASSERT_EQ(sarif["runs"].size(), 1u);
  const nlohmann::json& run = sarif["runs"][0];
  const nlohmann::json& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "l10nc");
  EXPECT_TRUE(driver["version"].is_string());
  EXPECT_EQ(driver["informationUri"].get<std::string>().rfind("https://", 0), 0u);
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");

  const std::set<std::string> levels = {"none", "note", "warning", "error"};
  ASSERT_TRUE(driver["rules"].is_array());
  EXPECT_EQ(driver["rules"].size(), 14u);  // the checks, then `input`
  EXPECT_EQ(driver["rules"][13]["id"], "input");
  EXPECT_EQ(run["invocations"][0]["executionSuccessful"], true);
  for (const nlohmann::json& rule : driver["rules"]) {
    EXPECT_TRUE(rule["id"].is_string());
    EXPECT_TRUE(is_text(rule, "shortDescription")) << rule["id"];
    EXPECT_TRUE(is_text(rule, "fullDescription")) << rule["id"];
    EXPECT_TRUE(is_text(rule, "help")) << rule["id"];
    EXPECT_TRUE(levels.contains(rule["defaultConfiguration"]["level"].get<std::string>()));
  }

  ASSERT_TRUE(run["results"].is_array());
  size_t keyed_cell = 0;
  for (const nlohmann::json& result : run["results"]) {
    const size_t index = result["ruleIndex"].get<size_t>();
    ASSERT_LT(index, driver["rules"].size());
    EXPECT_EQ(result["ruleId"], driver["rules"][index]["id"]);
    EXPECT_TRUE(levels.contains(result["level"].get<std::string>()));
    EXPECT_TRUE(is_text(result, "message"));
    ASSERT_EQ(result["locations"].size(), 1u);
    const nlohmann::json& location = result["locations"][0]["physicalLocation"];
    // Relative, so that code scanning finds the file in the checkout.
    EXPECT_EQ(location["artifactLocation"]["uri"], "locales/es-ES/sspi-status-codes.md");
    EXPECT_GE(location["region"]["startLine"].get<int>(), 1);
    EXPECT_GE(location["region"]["startColumn"].get<int>(), 1);
    EXPECT_TRUE(result["partialFingerprints"].is_object());
    if (result["ruleId"] == "keyed-cell") ++keyed_cell;
  }
  EXPECT_EQ(run["results"].size(), 4u);
  EXPECT_EQ(keyed_cell, 1u);
}

// A report with an error and a locale under its minimum, in the formats CI systems read.
CheckReport failing_report() {
  static const Catalog catalog =
      testing::catalog_of("fr", {{"Cannot open {file}.", "Impossible d'ouvrir '{file}'."},
                                 {"Save, then quit", "", "save", TranslationState::missing}});
  CheckOptions options;
  options.disabled = {"argument-mismatch"};
  CheckReport report;
  report.checks = enabled_checks(options);
  report.findings = run_checks(catalog, report.checks);
  CoverageThresholds thresholds;
  thresholds.all_locales = 75;
  report.coverage = compute_coverage(catalog, report.coverage_options, thresholds);
  return report;
}

TEST(GithubReport, AnnotatesFindingsAndFailedCoverage) {
  EXPECT_EQ(write_github_report(failing_report()),
            "::error file=fr.md,line=1,col=5,title=apostrophe-quoting message (fr)::an "
            "apostrophe quotes MessageFormat syntax that the English does not quote: '{file}' is "
            "printed literally instead of being formatted (write '' for an apostrophe, or use "
            "’)\n"
            "::error title=coverage (fr)::fr coverage 50.0%25 is below the minimum 75%25\n");
}

TEST(JunitReport, HasASuitePerLocaleACasePerCheckAndFailuresWithTheFindings) {
  const std::string xml = write_junit_report(failing_report());
  pugi::xml_document document;
  ASSERT_TRUE(document.load_string(xml.c_str()));
  const pugi::xml_node suites = document.child("testsuites");
  EXPECT_EQ(suites.attribute("tests").as_int(), 13);  // coverage + 12 checks
  EXPECT_EQ(suites.attribute("failures").as_int(), 2);
  const pugi::xml_node suite = suites.child("testsuite");
  EXPECT_STREQ(suite.attribute("name").value(), "fr");
  EXPECT_FALSE(suite.next_sibling("testsuite"));
  const pugi::xml_node coverage = suite.find_child_by_attribute("testcase", "name", "coverage");
  EXPECT_STREQ(coverage.child("failure").attribute("message").value(),
               "coverage 50.0% is below the minimum 75%");
  const pugi::xml_node quoting =
      suite.find_child_by_attribute("testcase", "name", "apostrophe-quoting");
  EXPECT_STREQ(quoting.child("failure").attribute("type").value(), "error");
  EXPECT_STREQ(quoting.child("failure").attribute("message").value(), "1 finding");
  EXPECT_EQ(std::string(quoting.child("failure").text().get())
                .rfind("fr.md:1:5: error: an apostrophe", 0),
            0u);
  EXPECT_FALSE(suite.find_child_by_attribute("testcase", "name", "punctuation").child("failure"));
  EXPECT_FALSE(suite.find_child_by_attribute("testcase", "name", "argument-mismatch"));
}

// A report with one warning whose key and message hold what XML 1.0 does not allow.
CheckReport warning_report() {
  CheckReport report;
  report.checks = enabled_checks({});
  Finding finding;
  finding.diagnostic.severity = Severity::warning;
  finding.diagnostic.check_id = "same-as-source";
  finding.diagnostic.location = {"fr.xlf", 3, 7};
  finding.diagnostic.message = "quoted '\x01\x1b[31m\xEF\xBF\xBF'";
  finding.key = "k\x01";
  finding.locale = "fr";
  report.findings.push_back(finding);
  return report;
}

// Only XML 1.0 characters (a translation with &#1; made invalid XML), and a warning is no
// <failure> unless --junit-warnings-fail.
TEST(JunitReport, WritesOnlyXml10CharactersAndWarningsPass) {
  const std::string xml = write_junit_report(warning_report());
  pugi::xml_document document;
  ASSERT_TRUE(document.load_string(xml.c_str())) << xml;
  for (const char c : xml)
    EXPECT_TRUE(static_cast<unsigned char>(c) >= 0x20 || c == '\n') << static_cast<int>(c);
  EXPECT_EQ(xml.find("\xEF\xBF\xBF"), std::string::npos);
  const pugi::xml_node testcase =
      document.child("testsuites")
          .child("testsuite")
          .find_child_by_attribute("testcase", "name", "same-as-source");
  EXPECT_FALSE(testcase.child("failure"));
  EXPECT_STREQ(testcase.child("system-out").text().get(),
               "fr.xlf:3:7: warning: quoted '\\u0001\\u001b[31m\\uffff' [k\\u0001]\n");
  EXPECT_EQ(document.child("testsuites").attribute("failures").as_int(), 0);

  const std::string failing = write_junit_report(warning_report(), JunitOptions{true});
  ASSERT_TRUE(document.load_string(failing.c_str()));
  const pugi::xml_node failure = document.child("testsuites")
                                     .child("testsuite")
                                     .find_child_by_attribute("testcase", "name", "same-as-source")
                                     .child("failure");
  EXPECT_STREQ(failure.attribute("type").value(), "warning");
  EXPECT_EQ(document.child("testsuites").attribute("failures").as_int(), 1);
}

// Keys and messages in every format: control characters escaped, never raw.
TEST(CheckReports, EscapeControlCharactersInEveryFormat) {
  const CheckReport report = warning_report();
  DiagnosticPrinter printer(false);
  for (const std::string& text :
       {write_json_report(report, {}), write_sarif_report(report, {}), write_github_report(report),
        write_text_report(report, printer)}) {
    EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
    EXPECT_EQ(text.find('\x01'), std::string::npos) << text;
  }
  EXPECT_NE(write_github_report(report).find(
                "::warning file=fr.xlf,line=3,col=7,title=same-as-source k\\u0001 (fr)::quoted "
                "'\\u0001\\u001b[31m\\uffff'\n"),
            std::string::npos)
      << write_github_report(report);
}

// One key in two files (duplicate-key) is two code scanning alerts, not one.
TEST(SarifReport, FindingsInDifferentFilesHaveDifferentFingerprints) {
  CheckReport report = warning_report();
  report.findings.push_back(report.findings.front());
  report.findings.back().diagnostic.location.file = "other/fr.xlf";
  const nlohmann::json sarif = nlohmann::json::parse(write_sarif_report(report, {}));
  const nlohmann::json& results = sarif["runs"][0]["results"];
  ASSERT_EQ(results.size(), 2u);
  EXPECT_NE(results[0]["partialFingerprints"]["l10ncFinding/v2"],
            results[1]["partialFingerprints"]["l10ncFinding/v2"]);
}

TEST(JsonReport, SaysWhyItFailed) {
  const nlohmann::json json =
      nlohmann::json::parse(write_json_report(failing_report(), {"l10nc", "1.2.3", "https://x"}));
  EXPECT_EQ(json["passed"], false);
  EXPECT_EQ(json["errors"], 1);
  EXPECT_EQ(json["findings"][0]["check"], "apostrophe-quoting");
  EXPECT_EQ(json["findings"][0]["location"],
            nlohmann::json({{"file", "fr.md"}, {"line", 1}, {"column", 5}}));
  EXPECT_EQ(json["coverage"]["locales"][0]["coverage_permille"], 500);
  EXPECT_EQ(json["coverage"]["locales"][0]["minimum"], 75.0);
  EXPECT_EQ(json["coverage"]["locales"][0]["passed"], false);
}

}  // namespace
}  // namespace l10nc
