#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "test_support.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::run_l10nc;
using testing::source_dir;
using testing::TempDir;

TEST(ReportCommand, TakesTheCheckOptions) {
  TempDir out;
  const fs::path page = out / "nested/report.html";
  const CommandResult result =
      run_l10nc({"report", "locales", "--html", page.string(), "--no-mt", "--disable", "keyed-cell",
                 "--error", "punctuation", "--min-coverage", "95"},
                {}, source_dir());
  ASSERT_EQ(result.exit_code, 0) << result.err;  // the page is written whatever checks find
  EXPECT_EQ(result.out,
            "l10nc: wrote " + page.string() +
                ": 4 locales; check FAILED: 1 error, 2 warnings; coverage below the minimum: "
                "es_ES, ja\n");
  const std::string html = testing::read_text(page);
  EXPECT_EQ(html.find("keyed-cell"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"severity severity-error\">error</span> "
                      "<code>punctuation</code>: 1 finding"),
            std::string::npos);
  // --no-mt: the Spanish machine translation counts as untranslated, below the minimum.
  EXPECT_NE(html.find("<rect class=\"bar locale-bar low\" data-locale=\"es_ES\" x=\"80\" "
                      "y=\"36\" width=\"0.0\""),
            std::string::npos);
  EXPECT_NE(html.find("<code>es_ES</code> (Spanish (Spain)): 81 untranslated keys"),
            std::string::npos);
}

// report takes check's options, --baseline included, and states check's verdict exactly.
TEST(ReportCommand, StatesTheVerdictCheckGivesWithTheSameOptions) {
  TempDir dir;
  CommandResult result =
      run_l10nc({"check", "locales/es-ES", "--write-baseline", (dir / "b.json").string(),
                 "--format", "json", "-o", (dir / "r.json").string()},
                {}, source_dir());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  result = run_l10nc({"check", "locales/es-ES", "--baseline", (dir / "b.json").string(),
                      "--min-coverage", "fr=10", "--format", "json"},
                     {}, source_dir());
  EXPECT_EQ(result.exit_code, 1);
  const std::string verdict = nlohmann::json::parse(result.out)["verdict"];
  EXPECT_EQ(verdict,
            "FAILED: 0 errors, 0 warnings (4 more suppressed by the baseline); coverage below the "
            "minimum: fr");
  result = run_l10nc({"report", "locales/es-ES", "--baseline", (dir / "b.json").string(),
                      "--min-coverage", "fr=10", "--html", (dir / "r.html").string()},
                     {}, source_dir());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "l10nc: wrote " + (dir / "r.html").string() + ": 2 locales; check " + verdict + "\n");
  const std::string html = testing::read_text(dir / "r.html");
  EXPECT_NE(html.find("<p class=\"verdict\">The gate: <code>l10nc check</code> with these "
                      "options fails: <strong>" +
                      verdict + "</strong></p>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<p>No findings (4 in the baseline).</p>"), std::string::npos);
}

TEST(ReportCommand, UsageErrorsWriteNothing) {
  TempDir out;
  CommandResult result =
      run_l10nc({"report", "locales", "--html", (out / "r.html").string(), "--disable", "lenght"},
                {}, source_dir());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "l10nc: error: unknown check 'lenght' in --disable; did you mean 'length'?\n");
  result = run_l10nc({"report", "locales"}, {}, source_dir());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "l10nc: error: --html is required\nRun 'l10nc report --help' for usage.\n");
  EXPECT_TRUE(fs::is_empty(out.path()));
}

// Broken input is on the page (as check reports it); before, nothing was written.
TEST(ReportCommand, MalformedInputIsOnThePage) {
  TempDir dir;
  dir.write("es/page.md", "---\nms.contentlocale: es\n---\n<span data-ttu-id=\"a\">Hola\n");
  const CommandResult result =
      run_l10nc({"report", (dir / "es").string(), "--html", (dir / "r.html").string()});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_EQ(result.out, "l10nc: wrote " + (dir / "r.html").string() +
                            ": 0 locales; check FAILED: 1 error, 0 warnings; the inputs could not "
                            "be read: nothing was checked\n");
  const std::string html = testing::read_text(dir / "r.html");
  EXPECT_NE(html.find("<p>The inputs could not be read: nothing was checked.</p>"),
            std::string::npos);
  EXPECT_NE(html.find("<span class=\"severity severity-error\">error</span> <code>input</code>: "
                      "1 finding</h3>"),
            std::string::npos)
      << html;
}

}  // namespace
}  // namespace l10nc
