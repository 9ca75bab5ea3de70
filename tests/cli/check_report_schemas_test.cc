// `l10nc check --format sarif|junit` against the formats' published schemas: the official SARIF
// 2.1.0 JSON schema (validated with python3-jsonschema) and Jenkins' junit-10.xsd (with xmllint
// from libxml2-utils), kept in tests/data/schemas (SOURCES.md says where they come from). Three
// inputs: the seed, the corpus, and an XLIFF file that cannot be read.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "test_support.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::corpus_dir;
using testing::read_text;
using testing::run_l10nc;
using testing::run_program;
using testing::source_dir;
using testing::TempDir;

const fs::path kSchemas = fs::path(L10NC_TESTS_DIR) / "data/schemas";

// Draft 4, as the schema's $schema says, with every error printed (not only the first); formats
// are checked where jsonschema has a checker for them.
constexpr const char* kValidateSarif = R"(import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
errors = 0
for error in validator.iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))):
    errors += 1
    path = "/".join(str(part) for part in error.absolute_path)
    print(sys.argv[2] + ": /" + path + ": " + error.message, file=sys.stderr)
sys.exit(1 if errors else 0)
)";

// The validators come from Debian packages (tools/install-deps.sh installs them).
bool have_jsonschema() {
  return run_program("python3", {"-c", "import jsonschema"}).exit_code == 0;
}
bool have_xmllint() { return run_program("xmllint", {"--version"}).exit_code == 0; }

CommandResult validate_sarif(const fs::path& report) {
  return run_program("python3", {"-c", kValidateSarif,
                                 (kSchemas / "sarif-schema-2.1.0.json").string(), report.string()});
}

CommandResult validate_junit(const fs::path& report) {
  // --noout: xmllint prints "FILE validates" on stderr, which is all it should print.
  return run_program(
      "xmllint", {"--noout", "--schema", (kSchemas / "junit-10.xsd").string(), report.string()});
}

class CheckReportSchemas : public ::testing::Test {
 protected:
  // `l10nc check INPUTS --format FORMAT -o FILE` in `directory`; the report's path.
  fs::path check(const std::vector<std::string>& inputs, const std::string& format,
                 int expected_exit_code, const fs::path& directory = source_dir()) {
    const fs::path report = output_ / ("report-" + std::to_string(++reports_) + "." + format);
    std::vector<std::string> arguments = {"check"};
    arguments.insert(arguments.end(), inputs.begin(), inputs.end());
    arguments.insert(arguments.end(), {"--format", format, "-o", report.string()});
    const CommandResult result = run_l10nc(arguments, {}, directory);
    EXPECT_EQ(result.exit_code, expected_exit_code) << result.err;
    EXPECT_TRUE(fs::exists(report)) << report;
    return report;
  }

  // The seed, the corpus's DocFX pages and XLIFF files, and the broken XLIFF file: the reports
  // of one format.
  std::vector<fs::path> reports(const std::string& format) {
    broken_.write("fr/app.xlf", std::string(testing::kBrokenXliff));
    return {check({"locales"}, format, 0), check({(corpus_dir() / "docfx").string()}, format, 1),
            check({(corpus_dir() / "xliff").string()}, format, 1),
            check({"fr"}, format, 1, broken_.path())};
  }

  TempDir output_;
  TempDir broken_;
  int reports_ = 0;
};

TEST_F(CheckReportSchemas, SarifIsValidSarif210) {
  if (!have_jsonschema())
    GTEST_SKIP() << "python3 with jsonschema is needed to validate SARIF (Debian package "
                    "python3-jsonschema; tools/install-deps.sh installs it)";
  const std::vector<fs::path> sarif = reports("sarif");
  for (const fs::path& report : sarif) {
    const CommandResult validation = validate_sarif(report);
    EXPECT_EQ(validation.exit_code, 0) << report << "\n" << validation.err;
    EXPECT_EQ(validation.err, "") << report;
  }
  // The broken input's report is the failure one: nothing was checked, and the read error is a
  // result.
  const nlohmann::json broken = nlohmann::json::parse(read_text(sarif.back()));
  EXPECT_EQ(broken["runs"][0]["invocations"][0]["executionSuccessful"], false);
  ASSERT_EQ(broken["runs"][0]["results"].size(), 1u);
  EXPECT_EQ(broken["runs"][0]["results"][0]["ruleId"], "input");
}

TEST_F(CheckReportSchemas, JunitIsValidAgainstJenkinsJunit10Xsd) {
  if (!have_xmllint())
    GTEST_SKIP() << "xmllint is needed to validate JUnit XML (Debian package libxml2-utils; "
                    "tools/install-deps.sh installs it)";
  const std::vector<fs::path> junit = reports("junit");
  for (const fs::path& report : junit) {
    const CommandResult validation = validate_junit(report);
    EXPECT_EQ(validation.exit_code, 0) << report << "\n" << validation.err;
    EXPECT_EQ(validation.err, report.string() + " validates\n");
  }
  EXPECT_NE(read_text(junit.back()).find("<error message=\"1 finding\" type=\"error\">"),
            std::string::npos);
}

// The validations can fail: a report mangled in a way each schema forbids is rejected.
TEST_F(CheckReportSchemas, AnInvalidReportFailsValidation) {
  if (!have_jsonschema() || !have_xmllint())
    GTEST_SKIP() << "python3-jsonschema and xmllint (libxml2-utils) are needed";
  auto mangle = [](std::string text, const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
  };

  // SARIF has four levels; "fatal" is none of them.
  const fs::path sarif = check({"locales"}, "sarif", 0);
  const fs::path bad_sarif = output_ / "bad.sarif";
  ASSERT_TRUE(write_file(bad_sarif, mangle(read_text(sarif), "\"level\": \"warning\"",
                                           "\"level\": "
                                           "\"fatal\"")));
  const CommandResult sarif_validation = validate_sarif(bad_sarif);
  EXPECT_EQ(sarif_validation.exit_code, 1);
  EXPECT_NE(sarif_validation.err.find("'fatal' is not one of ['none', 'note', 'warning', 'error']"),
            std::string::npos)
      << sarif_validation.err;

  // A <testcase> must have a name.
  const fs::path junit = check({"locales"}, "junit", 0);
  const fs::path bad_junit = output_ / "bad.xml";
  ASSERT_TRUE(write_file(bad_junit, mangle(read_text(junit), "<testcase classname=\"de\" name=",
                                           "<testcase classname=\"de\" title=")));
  const CommandResult junit_validation = validate_junit(bad_junit);
  EXPECT_NE(junit_validation.exit_code, 0);
  EXPECT_NE(junit_validation.err.find("fails to validate"), std::string::npos)
      << junit_validation.err;
}

}  // namespace
}  // namespace l10nc
