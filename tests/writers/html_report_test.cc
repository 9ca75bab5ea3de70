#include "writers/html_report.h"

#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::document_of;

size_t count(const std::string& text, const std::string& needle) {
  size_t found = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++found;
  return found;
}

// French translates 2 of 3 keys (one the same as the English), Polish 1; a key holds markup.
std::string page(const CoverageThresholds& thresholds = {}) {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(document_of("fr/app.md", "app", "fr",
                          {{"Open the file.", "Ouvrir le fichier.", "OPEN"},
                           {"Menu", "Menu", "MENU"},
                           {"Tom & Jerry's <b>", "", "<b>\"&'", TranslationState::missing}}),
              diagnostics);
  catalog.add(document_of("pl/app.md", "app", "pl", {{"Open the file.", "Otwórz plik.", "OPEN"}}),
              diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  CoverageOptions coverage;
  coverage.list_uncovered_keys = true;
  const CheckReport report = check_catalog(catalog, {}, coverage, thresholds);
  return write_html_report(report, ToolInfo{"l10nc", "9.9", ""});
}

TEST(HtmlReport, EscapesTextForElementsAndAttributes) {
  EXPECT_EQ(escape_html("<a href=\"x\">Tom & Jerry's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  EXPECT_EQ(escape_html("plain ünïcode"), "plain ünïcode");
}

TEST(HtmlReport, IsOneFileThatFetchesNothing) {
  const std::string html = page();
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", 0),
            0u);
  EXPECT_TRUE(html.ends_with("</html>\n"));
  for (const char* fetches : {"<script", "<link", "<img", "<iframe", "src=", "url(", "@import"})
    EXPECT_EQ(html.find(fetches), std::string::npos) << fetches;
  // The only URL is the SVG namespace, which names and does not fetch.
  EXPECT_EQ(count(html, "http"), count(html, "xmlns=\"http://www.w3.org/2000/svg\""));
  EXPECT_EQ(count(html, "<style>"), 1u);
  EXPECT_NE(html.find("<meta name=\"generator\" content=\"l10nc 9.9\">"), std::string::npos);
}

TEST(HtmlReport, DrawsOneBarPerLocaleWithItsNumbersInATooltipAndATable) {
  const std::string html = page();
  EXPECT_EQ(count(html, "<rect class=\"bar locale-bar "), 2u);
  EXPECT_EQ(count(html, "<rect class=\"bar document-bar "), 2u);
  // 2 of 3 is 66.6%: 66.6% of the 640-unit track, red below 75%.
  EXPECT_NE(html.find("<rect class=\"bar locale-bar low\" data-locale=\"fr\" x=\"80\" y=\"6\" "
                      "width=\"426.2\" height=\"18\" rx=\"3\"><title>fr (French): 66.6%, 2 of 3 "
                      "keys translated</title></rect>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<text class=\"value low\" x=\"730\" y=\"45\">33.3% (1/3)</text>"),
            std::string::npos);
  EXPECT_NE(html.find("<svg class=\"chart\" id=\"locale-chart\" role=\"img\" "
                      "aria-labelledby=\"locale-chart-title locale-chart-desc\" width=\"860\" "
                      "height=\"60\""),
            std::string::npos);
  EXPECT_NE(html.find("<tr><th scope=\"row\"><code>pl</code></th><td>Polish</td><td "
                      "class=\"number\">3</td><td class=\"number\">1</td><td "
                      "class=\"number\">0</td><td class=\"number\">0</td><td "
                      "class=\"number\">2</td><td class=\"number\">0</td><td "
                      "class=\"number\">33.3%</td><td class=\"number\"></td><td></td>"
                      "<td><code>pl</code> 1</td></tr>"),
            std::string::npos);
}

TEST(HtmlReport, ColoursBarsByTheMinimumAndMarksIt) {
  CoverageThresholds thresholds;
  thresholds.by_locale["pl"] = 30;
  const std::string html = page(thresholds);
  EXPECT_NE(html.find("<rect class=\"bar locale-bar high\" data-locale=\"pl\""), std::string::npos);
  EXPECT_NE(html.find("<line class=\"minimum\" x1=\"272.0\" x2=\"272.0\" y1=\"32\" y2=\"58\">"
                      "<title>minimum 30%</title></line>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<span class=\"result-ok\">ok</span>"), std::string::npos);
}

// Polish never translated the help page: its bar is 0% of the page's 2 keys, in red, not a
// full green bar of "100.0% (0/0)".
TEST(HtmlReport, ADocumentALocaleNeverTranslatedIsZeroPercentOfItsKeys) {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(document_of("fr/app.md", "app", "fr", {{"Open the file.", "Ouvrir.", "OPEN"}}),
              diagnostics);
  catalog.add(document_of("fr/help.md", "help", "fr",
                          {{"Help", "Aide", "HELP"}, {"About", "À propos", "ABOUT"}}),
              diagnostics);
  catalog.add(document_of("pl/app.md", "app", "pl", {{"Open the file.", "Otwórz.", "OPEN"}}),
              diagnostics);
  ASSERT_FALSE(diagnostics.has_errors());
  CoverageOptions coverage;
  coverage.list_uncovered_keys = true;
  const std::string html =
      write_html_report(check_catalog(catalog, {}, coverage, {}), ToolInfo{"l10nc", "9.9", ""});
  EXPECT_EQ(html.find("(0/0)"), std::string::npos) << html;
  EXPECT_NE(html.find("<rect class=\"bar document-bar low\" data-locale=\"pl\" x=\"80\" "
                      "y=\"156\" width=\"0.0\" height=\"18\" rx=\"3\"><title>pl (Polish), help: "
                      "0.0%, 0 of 2 keys translated (nothing translated)</title></rect>\n"
                      "<text class=\"value low\" x=\"730\" y=\"165\">0.0% (0/2)</text>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<td><code>pl</code> <span class=\"muted\">(nothing translated)</span></td>"
                      "<td class=\"number\">2</td><td class=\"number\">0</td><td "
                      "class=\"number\">0</td><td class=\"number\">0</td><td "
                      "class=\"number\">2</td><td class=\"number\">0</td><td "
                      "class=\"number\">0.0%</td></tr>"),
            std::string::npos);
}

// The value right of the bars fits in the chart whatever the number of keys: with 20 000 keys
// "100.0% (20000/20000)" was clipped by the SVG's edge.
TEST(HtmlReport, WidensTheChartForLongValues) {
  CheckReport report;
  LocaleCoverage locale;
  locale.locale = "fr";
  locale.counts.total = locale.counts.translated = 20000;
  report.coverage.push_back(locale);
  const std::string html = write_html_report(report, ToolInfo{"l10nc", "9.9", ""});
  // 80 (labels) + 640 (track) + 20 + 8 x 20 characters.
  EXPECT_NE(html.find("<svg class=\"chart\" id=\"locale-chart\" role=\"img\" "
                      "aria-labelledby=\"locale-chart-title locale-chart-desc\" width=\"900\""),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<text class=\"value\" x=\"730\" y=\"15\">100.0% (20000/20000)</text>"),
            std::string::npos);
}

// A list shows its first 100 rows and counts the rest: 20 000 keys in 10 locales made a 30 MB
// page.
TEST(HtmlReport, ShowsTheFirstHundredRowsOfAListAndCountsTheRest) {
  std::vector<testing::Sample> samples;
  for (int i = 0; i < 150; ++i)
    samples.push_back(
        {"Text " + std::to_string(i), "", "K" + std::to_string(i), TranslationState::missing});
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(document_of("fr/app.md", "app", "fr", samples), diagnostics);
  CoverageOptions coverage;
  coverage.list_uncovered_keys = true;
  const std::string html =
      write_html_report(check_catalog(catalog, {}, coverage, {}), ToolInfo{"l10nc", "9.9", ""});
  EXPECT_NE(
      html.find("<details><summary><code>fr</code> (French): 150 untranslated keys</summary>"),
      std::string::npos);
  EXPECT_NE(html.find("<td><code>K99</code></td>"), std::string::npos);
  EXPECT_EQ(html.find("<td><code>K100</code></td>"), std::string::npos);
  EXPECT_NE(html.find("<tr><td colspan=\"4\" class=\"muted\">and 50 more untranslated keys: "
                      "<code>l10nc check --format json</code> lists them all</td></tr>\n"),
            std::string::npos)
      << html;
}

TEST(HtmlReport, GroupsFindingsByCheckAndLocaleWithTheirLocations) {
  const std::string html = page();
  EXPECT_NE(html.find("<h3 id=\"check-same-as-source\"><span class=\"severity "
                      "severity-warning\">warning</span> <code>same-as-source</code>: 1 "
                      "finding</h3>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<details open><summary><code>fr</code>: 1 finding</summary>\n<table>"),
            std::string::npos);
  // With the translation, its English and the note.
  EXPECT_NE(html.find("<tr><td><code>fr/app.md:1:1</code></td><td><code>MENU</code></td><td>the "
                      "translation is the same as the English<dl class=\"texts\"><dt>translation"
                      "</dt><dd><code>Menu</code></dd><dt>English</dt><dd><code>Menu</code></dd>"
                      "</dl><p class=\"note\">note: the English source is here: <code>"
                      "fr/app.md:1:1</code></p></td></tr>"),
            std::string::npos);
}

TEST(HtmlReport, ListsUntranslatedKeysEscaped) {
  const std::string html = page();
  EXPECT_NE(html.find("<details open><summary><code>pl</code> (Polish): 2 untranslated "
                      "keys</summary>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<tr><td><code>&lt;b&gt;&quot;&amp;&#39;</code></td><td>app</td><td>missing"
                      "</td><td></td><td><code>fr/app.md:1:1</code></td></tr>"),
            std::string::npos);
  EXPECT_EQ(html.find("<b>\""), std::string::npos);
}

}  // namespace
}  // namespace l10nc
