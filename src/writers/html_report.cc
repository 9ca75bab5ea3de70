#include "writers/html_report.h"

#include <unicode/locid.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/unicode_text.h"

namespace l10nc {

namespace {

// Kept free of '<' and '&' so that it reads the same to any HTML parser.
constexpr std::string_view kStyle = R"(
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --track: #eef1f4; --high: #1a7f37; --medium: #bf8700; --low: #cf222e; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans",
  "Liberation Sans", sans-serif; color: var(--ink); background: #f6f8fa; }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 20px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 0 0 12px; }
h3 { font-size: 16px; margin: 20px 0 8px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px;
  padding: 16px 20px; margin: 16px 0; }
.summary { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 0; padding: 0;
  list-style: none; }
.summary li { background: #fff; border: 1px solid var(--line); border-radius: 8px;
  padding: 8px 14px; min-width: 120px; }
.summary strong { display: block; font-size: 22px; }
.verdict-passed { color: var(--high); }
.verdict-failed { color: var(--low); }
nav a { margin-right: 16px; color: var(--accent); }
svg.chart { display: block; max-width: 100%; height: auto; font-size: 13px; }
svg.chart text { fill: var(--ink); dominant-baseline: middle; }
svg.chart .document-name { font-weight: 600; }
svg.chart .track { fill: var(--track); }
svg.chart .high { fill: var(--high); }
svg.chart .medium { fill: var(--medium); }
svg.chart .low { fill: var(--low); }
svg.chart .minimum { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 3 2; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; }
caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left;
  vertical-align: top; }
th { background: #f6f8fa; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
code { font: 13px ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace;
  overflow-wrap: break-word; }
.severity { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px;
  font-weight: 600; color: #fff; vertical-align: middle; }
.severity-error { background: var(--low); }
.severity-warning { background: var(--medium); }
.result-ok { color: var(--high); }
.result-below { color: var(--low); font-weight: 600; }
.legend { color: var(--muted); font-size: 13px; margin: 4px 0 8px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px;
  margin: 0 4px 0 10px; }
.swatch.high { background: var(--high); }
.swatch.medium { background: var(--medium); }
.swatch.low { background: var(--low); }
dl.texts { display: grid; grid-template-columns: max-content 1fr; gap: 0 8px; margin: 4px 0; }
dl.texts dt { color: var(--muted); }
dl.texts dd { margin: 0; }
p.note { margin: 2px 0; color: var(--muted); }
p.verdict { margin: 12px 0 0; }
details { margin: 6px 0; }
summary { cursor: pointer; font-weight: 600; }
.muted { color: var(--muted); }
footer { color: var(--muted); font-size: 13px; padding-bottom: 24px; }
)";

// Bar chart geometry, in SVG user units.
constexpr int kTrackWidth = 640;
constexpr int kRowHeight = 30;
constexpr int kBarHeight = 18;
constexpr int kValueWidth = 140;    // the percentage right of the track, at least
constexpr int kCharacterWidth = 8;  // an upper bound of a digit's width at the chart's 13px

// Lists longer than this start folded, so a big catalog's page stays readable.
constexpr size_t kOpenListLimit = 100;
// Rows a list shows at most, so that a big catalog's page stays a few megabytes (20 000 keys in
// 10 locales with 33 000 findings made 30 MB); the rest is counted, and in `check`'s reports.
constexpr size_t kShownRows = 100;

std::string more_rows(size_t shown, size_t total, int columns, std::string_view what) {
  if (total <= shown) return {};
  return "<tr><td colspan=\"" + std::to_string(columns) + "\" class=\"muted\">and " +
         std::to_string(total - shown) + " more " + std::string(what) +
         ": <code>l10nc check --format json</code> lists them all</td></tr>\n";
}

std::string plural(size_t count, std::string_view word) {
  return std::to_string(count) + " " + std::string(word) + (count == 1 ? "" : "s");
}

std::string display_name(const std::string& locale) {
  icu::UnicodeString name;
  icu::Locale(locale.c_str()).getDisplayName(icu::Locale::getEnglish(), name);
  return to_utf8(name);
}

// "high", "medium" or "low" for a bar's colour: against the locale's minimum when it has one.
std::string coverage_class(const CoverageCounts& counts, const CoverageOptions& options,
                           const std::optional<double>& minimum) {
  if (minimum) return meets_minimum(counts, options, *minimum) ? "high" : "low";
  const size_t permille = coverage_permille(counts, options);
  return permille >= 950 ? "high" : permille >= 750 ? "medium" : "low";
}

// `tenths` / 10 as a decimal: SVG lengths.
std::string decimal(size_t tenths) {
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

class HtmlReportWriter {
 public:
  HtmlReportWriter(const CheckReport& report, const ToolInfo& tool) : report_(report), tool_(tool) {
    size_t most_keys = 0;
    for (const LocaleCoverage& locale : report.coverage) {
      label_width_ = std::max(label_width_, 24 + 8 * static_cast<int>(locale.locale.size()));
      most_keys = std::max(most_keys, locale.counts.total);
    }
    // "100.0% (20000/20000)" must fit right of the track, not be clipped by the SVG's edge.
    const int digits = static_cast<int>(std::to_string(most_keys).size());
    value_width_ = std::max(kValueWidth, 20 + kCharacterWidth * (10 + 2 * digits));
  }

  std::string write() {
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"" + escape_html(tool_.name + " " + tool_.version) +
            "\">\n";
    out_ += "<title>Translation report</title>\n<style>" + std::string(kStyle) +
            "</style>\n</head>\n<body>\n";
    write_header();
    out_ += "<main>\n";
    write_locale_coverage();
    write_document_coverage();
    write_findings();
    write_untranslated();
    out_ += "</main>\n<footer><p>Made by " + escape_html(tool_.name) + " " +
            escape_html(tool_.version) + " (<code>l10nc report</code>). " +
            escape_html(coverage_rule()) + "</p></footer>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  std::string coverage_rule() const {
    return report_.coverage_options.count_machine_translated
               ? "Coverage counts translated and machine-translated keys; needs-review keys do "
                 "not count."
               : "Coverage counts translated keys only (--no-mt); needs-review keys do not count.";
  }

  std::string no_coverage() const {
    return report_.inputs_read ? "The inputs have no translations."
                               : "The inputs could not be read: nothing was checked.";
  }

  size_t key_count() const {
    return report_.coverage.empty() ? 0 : report_.coverage.front().counts.total;
  }

  void write_header() {
    const bool passed = report_.passed();
    out_ += "<header>\n<h1>Translation report</h1>\n<ul class=\"summary\">\n";
    out_ += "<li class=\"" + std::string(passed ? "verdict-passed" : "verdict-failed") +
            "\">Check<strong>" + (passed ? "passed" : "FAILED") + "</strong></li>\n";
    const std::pair<std::string, size_t> numbers[] = {
        {"keys", key_count()},
        {"locales", report_.coverage.size()},
        {"errors", report_.count(Severity::error)},
        {"warnings", report_.count(Severity::warning)}};
    for (const auto& [label, value] : numbers)
      out_ += "<li>" + label + "<strong>" + std::to_string(value) + "</strong></li>\n";
    out_ += "</ul>\n<p class=\"verdict\">The gate: <code>l10nc check</code> with these options " +
            std::string(passed ? "passes" : "fails") + ": <strong>" +
            escape_html(verdict(report_)) + "</strong></p>\n";
    out_ +=
        "<nav aria-label=\"Sections\"><a href=\"#coverage\">Coverage</a>"
        "<a href=\"#documents\">Documents</a><a href=\"#findings\">Findings</a>"
        "<a href=\"#untranslated\">Untranslated keys</a></nav>\n</header>\n";
  }

  // One bar: the track, the covered share (with a tooltip), the value, a minimum marker.
  void write_bar(int y, const std::string& bar_class, const std::string& locale,
                 const CoverageCounts& counts, const std::optional<double>& minimum,
                 const std::string& tooltip) {
    const CoverageOptions& options = report_.coverage_options;
    const size_t permille = coverage_permille(counts, options);
    const int x = label_width_;
    out_ += "<text x=\"" + std::to_string(x - 10) + "\" y=\"" + std::to_string(y + kRowHeight / 2) +
            "\" text-anchor=\"end\">" + escape_html(locale) + "</text>\n";
    const std::string bar_y = std::to_string(y + (kRowHeight - kBarHeight) / 2);
    out_ += "<rect class=\"track\" x=\"" + std::to_string(x) + "\" y=\"" + bar_y + "\" width=\"" +
            std::to_string(kTrackWidth) + "\" height=\"" + std::to_string(kBarHeight) +
            "\" rx=\"3\"/>\n";
    const std::string colour = coverage_class(counts, options, minimum);
    out_ += "<rect class=\"bar " + bar_class + " " + colour + "\" data-locale=\"" +
            escape_html(locale) + "\" x=\"" + std::to_string(x) + "\" y=\"" + bar_y +
            "\" width=\"" + decimal(permille * kTrackWidth / 100) + "\" height=\"" +
            std::to_string(kBarHeight) + "\" rx=\"3\"><title>" + escape_html(tooltip) +
            "</title></rect>\n";
    // A bar of 0% has no width to show its red: the value says it in red instead.
    const std::string value_class = colour == "low" ? " low" : "";
    out_ += "<text class=\"value" + value_class + "\" x=\"" + std::to_string(x + kTrackWidth + 10) +
            "\" y=\"" + std::to_string(y + kRowHeight / 2) + "\">" +
            escape_html(format_coverage(counts, options)) + " (" +
            std::to_string(covered_keys(counts, options)) + "/" + std::to_string(counts.total) +
            ")</text>\n";
    if (minimum) {
      const std::string marker_x =
          decimal(static_cast<size_t>(std::min(*minimum, 100.0) * kTrackWidth / 10) + 10 * x);
      out_ += "<line class=\"minimum\" x1=\"" + marker_x + "\" x2=\"" + marker_x + "\" y1=\"" +
              std::to_string(y + 2) + "\" y2=\"" + std::to_string(y + kRowHeight - 2) +
              "\"><title>minimum " + escape_html(format_minimum(*minimum)) + "</title></line>\n";
    }
  }

  static std::string legend() {
    return "<p class=\"legend\"><span class=\"swatch high\"></span>at or above the locale's "
           "minimum (dashed line), or 95% and more without one"
           "<span class=\"swatch medium\"></span>75% to 95%"
           "<span class=\"swatch low\"></span>below the minimum, or below 75%</p>\n";
  }

  void open_chart(const std::string& id, int rows, const std::string& title,
                  const std::string& description) {
    const int width = label_width_ + kTrackWidth + value_width_;
    const int height = std::max(rows, 1) * kRowHeight;
    out_ += "<svg class=\"chart\" id=\"" + id + "\" role=\"img\" aria-labelledby=\"" + id +
            "-title " + id + "-desc\" width=\"" + std::to_string(width) + "\" height=\"" +
            std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
            std::to_string(height) + "\" xmlns=\"http://www.w3.org/2000/svg\">\n";
    out_ += "<title id=\"" + id + "-title\">" + escape_html(title) + "</title>\n<desc id=\"" + id +
            "-desc\">" + escape_html(description) + "</desc>\n";
  }

  std::string tooltip(const std::string& locale, const std::string& document,
                      const CoverageCounts& counts) const {
    const CoverageOptions& options = report_.coverage_options;
    std::string text = locale + " (" + display_name(locale) + ")";
    if (!document.empty()) text += ", " + document;
    return text + ": " + format_coverage(counts, options) + ", " +
           std::to_string(covered_keys(counts, options)) + " of " + plural(counts.total, "key") +
           " translated";
  }

  static std::string number_cell(size_t value) {
    return "<td class=\"number\">" + std::to_string(value) + "</td>";
  }

  std::string counts_cells(const CoverageCounts& counts) const {
    return number_cell(counts.total) + number_cell(counts.translated) +
           number_cell(counts.machine_translated) + number_cell(counts.needs_review) +
           number_cell(counts.missing) + number_cell(counts.same_as_source) +
           "<td class=\"number\">" +
           escape_html(format_coverage(counts, report_.coverage_options)) + "</td>";
  }

  static std::string counts_headers() {
    std::string headers;
    for (const char* name : {"keys", "translated", "machine-translated", "needs review", "missing",
                             "same as source", "coverage"})
      headers += "<th scope=\"col\" class=\"number\">" + std::string(name) + "</th>";
    return headers;
  }

  void write_locale_coverage() {
    out_ +=
        "<section id=\"coverage\" aria-labelledby=\"coverage-heading\">\n"
        "<h2 id=\"coverage-heading\">Coverage by locale</h2>\n";
    if (report_.coverage.empty()) {
      out_ += "<p>" + no_coverage() + "</p>\n</section>\n";
      return;
    }
    open_chart("locale-chart", static_cast<int>(report_.coverage.size()), "Coverage by locale",
               "One bar per locale: the share of the catalog's " + plural(key_count(), "key") +
                   " translated. The table below has the numbers.");
    int y = 0;
    for (const LocaleCoverage& locale : report_.coverage) {
      write_bar(y, "locale-bar", locale.locale, locale.counts, locale.minimum,
                tooltip(locale.locale, "", locale.counts));
      y += kRowHeight;
    }
    out_ += "</svg>\n" + legend();
    out_ += "<table>\n<caption>" + escape_html(coverage_rule()) +
            "</caption>\n<thead><tr><th scope=\"col\">locale</th><th scope=\"col\">language</th>" +
            counts_headers() +
            "<th scope=\"col\" class=\"number\">minimum</th><th scope=\"col\">result</th>"
            "<th scope=\"col\">read from</th></tr></thead>\n<tbody>\n";
    for (const LocaleCoverage& locale : report_.coverage) {
      // The bundles its users read along their fallback chain, with how many keys each.
      std::string from;
      for (const auto& [bundle, keys] : locale.from)
        from += (from.empty() ? "" : ", ") + ("<code>" + escape_html(bundle) + "</code> ") +
                std::to_string(keys);
      out_ += "<tr><th scope=\"row\"><code>" + escape_html(locale.locale) + "</code></th><td>" +
              escape_html(display_name(locale.locale)) + "</td>" + counts_cells(locale.counts) +
              "<td class=\"number\">" +
              (locale.minimum ? escape_html(format_minimum(*locale.minimum)) : "") + "</td><td>" +
              (!locale.minimum ? ""
               : locale.passed ? "<span class=\"result-ok\">ok</span>"
                               : "<span class=\"result-below\">below minimum</span>") +
              "</td><td>" + from + "</td></tr>\n";
    }
    out_ += "</tbody>\n</table>\n</section>\n";
  }

  void write_document_coverage() {
    out_ +=
        "<section id=\"documents\" aria-labelledby=\"documents-heading\">\n"
        "<h2 id=\"documents-heading\">Coverage by document</h2>\n";
    // document -> (locale -> counts, and whether the locale has anything from the document).
    // A document a locale never translated has all its keys missing: 0%, not "nothing to do".
    std::map<std::string, std::map<std::string, std::pair<CoverageCounts, bool>>> documents;
    std::map<std::string, std::optional<double>> minimums;
    for (const LocaleCoverage& locale : report_.coverage) {
      minimums[locale.locale] = locale.minimum;
      for (const DocumentCoverage& document : locale.documents)
        documents[document.document][locale.locale] = {document.counts, true};
      for (const DocumentCoverage& document : locale.absent_documents)
        documents[document.document][locale.locale] = {document.counts, false};
    }
    if (documents.empty()) {
      out_ += "<p>" + no_coverage() + "</p>\n</section>\n";
      return;
    }
    int rows = 0;
    for (const auto& [document, locales] : documents) rows += 1 + static_cast<int>(locales.size());
    open_chart("document-chart", rows, "Coverage by document",
               "For each document, one bar per locale: the share of the document's keys "
               "translated. The table below has the numbers.");
    int y = 0;
    for (const auto& [document, locales] : documents) {
      out_ += "<text class=\"document-name\" x=\"4\" y=\"" + std::to_string(y + kRowHeight / 2) +
              "\">" + escape_html(document) + "</text>\n";
      y += kRowHeight;
      for (const auto& [locale, entry] : locales) {
        const auto& [counts, present] = entry;
        write_bar(y, "document-bar", locale, counts, minimums[locale],
                  present ? tooltip(locale, document, counts)
                          : tooltip(locale, document, counts) + " (nothing translated)");
        y += kRowHeight;
      }
    }
    out_ += "</svg>\n" + legend() +
            "<table>\n<thead><tr><th scope=\"col\">document</th><th scope=\"col\">locale</th>" +
            counts_headers() + "</tr></thead>\n<tbody>\n";
    for (const auto& [document, locales] : documents)
      for (const auto& [locale, entry] : locales)
        out_ += "<tr>" +
                (locale == locales.begin()->first
                     ? "<th scope=\"rowgroup\" rowspan=\"" + std::to_string(locales.size()) +
                           "\">" + escape_html(document) + "</th>"
                     : std::string()) +
                "<td><code>" + escape_html(locale) + "</code>" +
                (entry.second ? "" : " <span class=\"muted\">(nothing translated)</span>") +
                "</td>" + counts_cells(entry.first) + "</tr>\n";
    out_ += "</tbody>\n</table>\n</section>\n";
  }

  static std::string open_details(size_t items, const std::string& summary) {
    return std::string(items <= kOpenListLimit ? "<details open>" : "<details>") + "<summary>" +
           summary + "</summary>\n";
  }

  void write_findings() {
    out_ +=
        "<section id=\"findings\" aria-labelledby=\"findings-heading\">\n"
        "<h2 id=\"findings-heading\">Findings</h2>\n";
    if (report_.findings.empty()) {
      out_ += "<p>No findings";
      if (report_.suppressed > 0)
        out_ += " (" + std::to_string(report_.suppressed) + " in the baseline)";
      out_ += ".</p>\n</section>\n";
      return;
    }
    // check id -> locale ("" for the English) -> findings, in file order.
    std::map<std::string, std::map<std::string, std::vector<const Finding*>>, std::less<>> grouped;
    for (const Finding& finding : report_.findings)
      grouped[finding.check_id()][finding.locale].push_back(&finding);
    // The readers' findings first: with errors, nothing else was checked.
    std::vector<EnabledCheck> groups = {{&input_check_info(), Severity::warning}};
    for (const Finding& finding : report_.findings)
      if (finding.check_id() == kInputCheckId && finding.severity() == Severity::error)
        groups.front().severity = Severity::error;
    groups.insert(groups.end(), report_.checks.begin(), report_.checks.end());
    for (const EnabledCheck& check : groups) {
      auto found = grouped.find(check.info->id);
      if (found == grouped.end()) continue;
      size_t total = 0;
      for (const auto& [locale, findings] : found->second) total += findings.size();
      const std::string severity(severity_name(check.severity));
      out_ += "<h3 id=\"check-" + escape_html(check.info->id) +
              "\"><span class=\"severity severity-" + severity + "\">" + severity +
              "</span> <code>" + escape_html(check.info->id) +
              "</code>: " + plural(total, "finding") + "</h3>\n<p class=\"muted\">" +
              escape_html(check.info->summary) + "</p>\n";
      for (const auto& [locale, findings] : found->second) {
        const std::string who = check.info->id == kInputCheckId ? "the inputs"
                                : locale.empty()                ? "the English"
                                                 : "<code>" + escape_html(locale) + "</code>";
        out_ += open_details(findings.size(), who + ": " + plural(findings.size(), "finding"));
        out_ +=
            "<table>\n<thead><tr><th scope=\"col\">location</th><th scope=\"col\">key</th>"
            "<th scope=\"col\">message</th></tr></thead>\n<tbody>\n";
        for (size_t i = 0; i < findings.size() && i < kShownRows; ++i)
          write_finding_row(*findings[i]);
        out_ += more_rows(kShownRows, findings.size(), 3, "findings");
        out_ += "</tbody>\n</table>\n</details>\n";
      }
    }
    out_ += "</section>\n";
  }

  // Location, key, and the message with what it is about: the translation, its English (as
  // MessageFormat patterns) and the notes with their locations.
  void write_finding_row(const Finding& finding) {
    out_ += "<tr><td><code>" + escape_html(finding.diagnostic.location.to_string()) +
            "</code></td><td><code>" + escape_html(finding.key) + "</code></td><td>";
    if (finding.check_id() == kInputCheckId)
      out_ += std::string(severity_name(finding.severity())) + ": ";
    out_ += escape_html(finding.diagnostic.message);
    const bool about_english = finding.locale.empty();
    if (!finding.text.empty() || !finding.english.empty()) {
      out_ += "<dl class=\"texts\">";
      if (!finding.text.empty())
        out_ += std::string("<dt>") + (about_english ? "English" : "translation") +
                "</dt><dd><code>" + escape_html(finding.text) + "</code></dd>";
      if (!finding.english.empty())
        out_ += "<dt>English</dt><dd><code>" + escape_html(finding.english) + "</code></dd>";
      out_ += "</dl>";
    }
    for (const DiagnosticNote& note : finding.diagnostic.notes)
      out_ += "<p class=\"note\">note: " + escape_html(note.message) +
              (note.location.file.empty()
                   ? std::string()
                   : ": <code>" + escape_html(note.location.to_string()) + "</code>") +
              "</p>";
    out_ += "</td></tr>\n";
  }

  void write_untranslated() {
    out_ +=
        "<section id=\"untranslated\" aria-labelledby=\"untranslated-heading\">\n"
        "<h2 id=\"untranslated-heading\">Untranslated keys</h2>\n<p class=\"muted\">"
        "Keys that do not count as translated: missing, needs review";
    if (!report_.coverage_options.count_machine_translated) out_ += ", machine-translated";
    out_ += ". The program shows English for missing keys.</p>\n";
    for (const LocaleCoverage& locale : report_.coverage) {
      const std::string name = "<code>" + escape_html(locale.locale) + "</code> (" +
                               escape_html(display_name(locale.locale)) + ")";
      if (locale.uncovered.empty()) {
        out_ += "<p>" + name + ": every key is translated.</p>\n";
        continue;
      }
      out_ += open_details(locale.uncovered.size(),
                           name + ": " + plural(locale.uncovered.size(), "untranslated key"));
      out_ +=
          "<table>\n<thead><tr><th scope=\"col\">key</th><th scope=\"col\">document</th>"
          "<th scope=\"col\">state</th><th scope=\"col\">read from</th>"
          "<th scope=\"col\">English at</th></tr></thead>\n"
          "<tbody>\n";
      for (size_t i = 0; i < locale.uncovered.size() && i < kShownRows; ++i) {
        const UncoveredKey& key = locale.uncovered[i];
        out_ += "<tr><td><code>" + escape_html(key.key) + "</code></td><td>" +
                escape_html(key.document) + "</td><td>" + std::string(state_name(key.state)) +
                "</td><td>" +
                (key.bundle.empty() ? "" : "<code>" + escape_html(key.bundle) + "</code>") +
                "</td><td><code>" + escape_html(key.english.to_string()) + "</code></td></tr>\n";
      }
      out_ += more_rows(kShownRows, locale.uncovered.size(), 4, "untranslated keys");
      out_ += "</tbody>\n</table>\n</details>\n";
    }
    out_ += "</section>\n";
  }

  const CheckReport& report_;
  const ToolInfo& tool_;
  int label_width_ = 80;
  int value_width_ = kValueWidth;
  std::string out_;
};

}  // namespace

std::string escape_html(std::string_view raw) {
  const std::string text = display_text(raw);
  std::string escaped;
  escaped.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

std::string write_html_report(const CheckReport& report, const ToolInfo& tool) {
  return HtmlReportWriter(report, tool).write();
}

}  // namespace l10nc
