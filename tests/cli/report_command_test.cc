#include <gtest/gtest.h>

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
      run_l10nc({"report", "locales", "--html", page.string(), "--no-mt", "--disable",
                 "do-not-translate", "--error", "punctuation", "--min-coverage", "95"},
                {}, source_dir());
  ASSERT_EQ(result.exit_code, 0) << result.err;  // the page is written whatever checks find
  EXPECT_EQ(result.out,
            "l10nc: wrote " + page.string() + ": 4 locales, 1 errors, 0 warnings; check FAILED\n");
  const std::string html = testing::read_text(page);
  EXPECT_EQ(html.find("do-not-translate"), std::string::npos);
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
  EXPECT_EQ(result.err, "l10nc: error: --html is required\nRun 'l10nc --help' for usage.\n");
  EXPECT_TRUE(fs::is_empty(out.path()));
}

TEST(ReportCommand, MalformedInputWritesNothing) {
  TempDir dir;
  dir.write("es/page.md", "---\nms.contentlocale: es\n---\n<span data-ttu-id=\"a\">Hola\n");
  const CommandResult result =
      run_l10nc({"report", (dir / "es").string(), "--html", (dir / "r.html").string()});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("l10nc: not checked: fix the errors above\n"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "r.html"));
}

}  // namespace
}  // namespace l10nc
