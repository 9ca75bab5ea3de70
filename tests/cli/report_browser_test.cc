// `l10nc report --html` in a real browser: headless Chromium (Debian package `chromium`, which
// tools/install-deps.sh installs) loads the page from disk with networking off, dumps the DOM it
// built, and takes screenshots kept in the build tree (tests/artifacts/report.png, and
// report-20000x10.png of a large page).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "test_support.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::run_l10nc;
using testing::run_program;
using testing::source_dir;
using testing::TempDir;

// Every occurrence of `needle` in `text`, and what follows it up to the next `end`.
std::vector<std::string> values_after(const std::string& text, const std::string& needle,
                                      char end) {
  std::vector<std::string> values;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    const size_t begin = at + needle.size();
    values.push_back(text.substr(begin, text.find(end, begin) - begin));
  }
  return values;
}

size_t count(const std::string& text, const std::string& needle) {
  return values_after(text, needle, '>').size();
}

// The file is a PNG image of width x height pixels with more in it than a blank page: a blank
// 1200x900 page compresses to a few kilobytes; charts and tables take far more.
void expect_png(const fs::path& path, uint32_t width, uint32_t height) {
  const std::string png = testing::read_text(path);
  ASSERT_GE(png.size(), 24u) << path;
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  auto big_endian = [&](size_t at) {
    return (static_cast<uint32_t>(static_cast<uint8_t>(png[at])) << 24) |
           (static_cast<uint32_t>(static_cast<uint8_t>(png[at + 1])) << 16) |
           (static_cast<uint32_t>(static_cast<uint8_t>(png[at + 2])) << 8) |
           static_cast<uint32_t>(static_cast<uint8_t>(png[at + 3]));
  };
  EXPECT_EQ(png.substr(12, 4), "IHDR");
  EXPECT_EQ(big_endian(16), width);
  EXPECT_EQ(big_endian(20), height);
  EXPECT_GT(png.size(), 30000u) << path;
}

class ReportInBrowser : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string chromium = L10NC_CHROMIUM;
    if (chromium.empty() || !fs::exists(chromium))
      FAIL() << "headless Chromium is needed for this test and was not found (CMake looked for "
                "'chromium'; L10NC_CHROMIUM='"
             << chromium
             << "'): run tools/install-deps.sh, which installs the Debian package "
                "'chromium', and configure again";
    fs::create_directories(artifacts_);
  }

  // Chromium loads the page with everything that could reach the network turned off, in a
  // fresh profile.
  CommandResult chromium(const fs::path& page, std::vector<std::string> action) const {
    std::vector<std::string> arguments = {"--headless",
                                          "--no-sandbox",
                                          "--disable-gpu",
                                          "--disable-quic",
                                          "--no-first-run",
                                          "--disable-background-networking",
                                          "--disable-component-update",
                                          "--disable-sync",
                                          "--hide-scrollbars",
                                          "--user-data-dir=" + (profile_ / "profile").string()};
    arguments.insert(arguments.end(), action.begin(), action.end());
    arguments.push_back("file://" + fs::absolute(page).string());
    return run_program(L10NC_CHROMIUM, arguments);
  }

  // A 1200 x 900 screenshot of the page, kept in the artifacts as `name`.
  void expect_screenshot(const fs::path& page, const std::string& name) const {
    const fs::path screenshot = artifacts_ / name;
    fs::remove(screenshot);
    const CommandResult shot =
        chromium(page, {"--screenshot=" + screenshot.string(), "--window-size=1200,900"});
    ASSERT_EQ(shot.exit_code, 0) << shot.err;
    expect_png(screenshot, 1200, 900);
  }

  const fs::path artifacts_ = L10NC_TEST_ARTIFACTS;
  TempDir profile_;
};

TEST_F(ReportInBrowser, RendersOneBarPerLocaleAndTakesAScreenshot) {
  const fs::path page = artifacts_ / "report.html";
  const CommandResult report = run_l10nc({"report", "locales", "--html", page.string(),
                                          "--min-coverage", "90", "--min-coverage", "ja=60"},
                                         {}, source_dir());
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_EQ(report.out,
            "l10nc: wrote " + page.string() + ": 4 locales; check passed: 0 errors, 4 warnings\n");

  const CommandResult dom = chromium(page, {"--dump-dom"});
  ASSERT_EQ(dom.exit_code, 0) << dom.err;
  EXPECT_NE(dom.out.find("<title>Translation report</title>"), std::string::npos) << dom.out;
  // One bar per locale in the locale chart; one per locale and document in the other.
  EXPECT_EQ(count(dom.out, "<rect class=\"bar locale-bar "), 4u) << dom.out;
  EXPECT_EQ(count(dom.out, "<rect class=\"bar document-bar "), 4u);
  const std::vector<std::string> locales =
      values_after(dom.out, "locale-bar high\" data-locale=\"", '"');
  EXPECT_EQ(locales, (std::vector<std::string>{"de", "es_ES", "fr", "ja"}));
  EXPECT_NE(dom.out.find("<title>ja (Japanese): 60.4%, 49 of 81 keys translated</title>"),
            std::string::npos);
  // The keyed-cell finding of the seed's mangled table, and what Japanese lacks.
  EXPECT_NE(dom.out.find("<code>locales/es-ES/sspi-status-codes.md:22:33</code>"),
            std::string::npos);
  EXPECT_NE(dom.out.find("<code>ja</code> (Japanese): 32 untranslated keys"), std::string::npos);
  EXPECT_NE(dom.out.find("<td><code>SEC_E_TIME_SKEW</code></td>"), std::string::npos);

  expect_screenshot(page, "report.png");
}

// An XLIFF 2.0 file of `locale` with `units` (<unit> elements).
std::string xliff20(const std::string& locale, const std::string& units) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
         "trgLang=\"" +
         locale + "\">\n<file id=\"f1\">\n" + units + "</file>\n</xliff>\n";
}

// Polish never translated the help page: its bar is 0% of the page's 2 keys, and red. The colour
// is the one the browser computes: a harness page loads the report in a frame and writes what
// it finds about the bar into its own DOM, which --dump-dom prints.
TEST_F(ReportInBrowser, ADocumentALocaleNeverTranslatedIsARedZeroPercentBar) {
  TempDir inputs;
  inputs.write("fr/app.xlf",
               xliff20("fr",
                       "<unit id=\"open\" name=\"OPEN\"><segment state=\"translated\">"
                       "<source>Open the file.</source><target>Ouvrir le fichier."
                       "</target></segment></unit>\n"));
  inputs.write("fr/help.xlf",
               xliff20("fr",
                       "<unit id=\"help\" name=\"HELP\"><segment state=\"translated\"><source>Help"
                       "</source><target>Aide</target></segment></unit>\n"
                       "<unit id=\"about\" name=\"ABOUT\"><segment state=\"translated\"><source>"
                       "About this app</source><target>À propos</target></segment></unit>\n"));
  inputs.write("pl/app.xlf",
               xliff20("pl",
                       "<unit id=\"open\" name=\"OPEN\"><segment state=\"translated\">"
                       "<source>Open the file.</source><target>Otwórz plik."
                       "</target></segment></unit>\n"));
  const fs::path page = artifacts_ / "untranslated-report.html";
  const CommandResult report =
      run_l10nc({"report", inputs.path().string(), "--html", page.string()});
  ASSERT_EQ(report.exit_code, 0) << report.err;

  const fs::path harness = inputs.write(
      "harness.html",
      "<!DOCTYPE html>\n<html><body><iframe id=\"page\" src=\"file://" + page.string() +
          "\"></iframe>\n<script>\n"
          "document.getElementById(\"page\").addEventListener(\"load\", (event) => {\n"
          "  const frame = event.target.contentDocument;\n"
          "  const bars = frame.querySelectorAll('rect.document-bar[data-locale=\"pl\"]');\n"
          "  const bar = bars[bars.length - 1];\n"
          "  const out = document.createElement(\"pre\");\n"
          "  out.id = \"bar\";\n"
          "  out.textContent = bar.getAttribute(\"class\") + \"|\" + getComputedStyle(bar).fill +\n"
          "      \"|\" + bar.querySelector(\"title\").textContent + \"|\" +\n"
          "      bar.nextElementSibling.textContent + \"|\" +\n"
          "      getComputedStyle(bar.nextElementSibling).fill;\n"
          "  document.body.append(out);\n"
          "});\n</script></body></html>\n");
  // The frame is a file: URL too, which Chromium keeps apart from the harness unless told not to.
  const CommandResult dom = chromium(harness, {"--allow-file-access-from-files", "--dump-dom"});
  ASSERT_EQ(dom.exit_code, 0) << dom.err;
  // The "low" colour, #cf222e, on the bar and (as a 0% bar has no width) on its value;
  // documents come in name order, so help's bars are the last.
  EXPECT_NE(dom.out.find("<pre id=\"bar\">bar document-bar low|rgb(207, 34, 46)|pl (Polish), help: "
                         "0.0%, 0 of 2 keys translated (nothing translated)|0.0% (0/2)|"
                         "rgb(207, 34, 46)</pre>"),
            std::string::npos)
      << dom.out;
}

// A page of 20 000 keys in 10 locales (the corpus generator's pages, findings and all) stays
// under 2 MB and renders. Generating the corpus (120 MB of DocFX pages) and checking it take
// most of this test's time.
TEST_F(ReportInBrowser, TwentyThousandKeysInTenLocalesRender) {
  TempDir corpus;
  const fs::path inputs = corpus / "corpus";
  const CommandResult generated =
      run_program(L10NC_GEN_CORPUS, {"--entries", "20000", "--locales",
                                     "ar-SA,de-DE,es-ES,fr-FR,it-IT,ja-JP,ko-KR,pt-BR,ru-RU,zh-CN",
                                     "-o", inputs.string()});
  ASSERT_EQ(generated.exit_code, 0) << generated.err;

  const fs::path page = artifacts_ / "report-20000x10.html";
  const CommandResult report = run_l10nc({"report", inputs.string(), "--html", page.string()});
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_NE(report.out.find(": 10 locales; check "), std::string::npos) << report.out;
  EXPECT_LE(fs::file_size(page), 2000000u) << page;  // 1.77 MB when written

  expect_screenshot(page, "report-20000x10.png");
}

TEST_F(ReportInBrowser, TranslatorTextNeverBecomesMarkup) {
  // Keys may hold < > & " ' (ICU invariant characters); a hostile key must stay text.
  TempDir inputs;
  const std::string hostile = "<script>alert('x')</script><img src=x onerror=\"alert(1)\">";
  std::string escaped_key = hostile;
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&apos;"}})
    for (size_t at = escaped_key.find(from); at != std::string::npos;
         at = escaped_key.find(from, at + to.size()))
      escaped_key.replace(at, from.size(), to);
  inputs.write("fr/hostile.xlf",
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
               "srcLang=\"en\" trgLang=\"fr\">\n<file id=\"f1\">\n"
               "<unit id=\"u1\" name=\"" +
                   escaped_key +
                   "\"><segment state=\"initial\"><source>Open &lt;/svg&gt; now</source>"
                   "</segment></unit>\n"
                   "<unit id=\"u2\" name=\"OK\"><segment state=\"translated\"><source>Open it."
                   "</source><target>Open it.</target></segment></unit>\n"
                   "</file>\n</xliff>\n");
  const fs::path page = artifacts_ / "hostile-report.html";
  const CommandResult report =
      run_l10nc({"report", inputs.path().string(), "--html", page.string()});
  ASSERT_EQ(report.exit_code, 0) << report.err;

  const CommandResult dom = chromium(page, {"--dump-dom"});
  ASSERT_EQ(dom.exit_code, 0) << dom.err;
  EXPECT_EQ(dom.out.find("<script"), std::string::npos) << dom.out;
  EXPECT_EQ(dom.out.find("<img"), std::string::npos);
  EXPECT_NE(
      dom.out.find("&lt;script&gt;alert('x')&lt;/script&gt;&lt;img src=x onerror=\"alert(1)\"&gt;"),
      std::string::npos)
      << dom.out;
  EXPECT_EQ(count(dom.out, "<rect class=\"bar locale-bar "), 1u);
}

}  // namespace
}  // namespace l10nc
