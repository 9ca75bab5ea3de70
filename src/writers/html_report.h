#pragma once

#include <string>
#include <string_view>

#include "checks/check_report.h"
#include "writers/check_reports.h"

namespace l10nc {

// One self-contained HTML page (inline CSS and SVG; no script, font or anything else fetched)
// showing a CheckReport: coverage per locale and per document as bar charts with tables of
// the same numbers, the findings grouped by check and locale with their file:line:col, and
// the untranslated keys of each locale (the report's coverage must be computed with
// CoverageOptions::list_uncovered_keys). All text is HTML-escaped: keys and messages come from
// translators. Every locale's bar is a <rect class="bar locale-bar" data-locale="...">.
std::string write_html_report(const CheckReport& report, const ToolInfo& tool);

// Text as HTML character data or a quoted attribute value: control characters shown as
// \u001b (display_text), & < > " ' escaped.
std::string escape_html(std::string_view text);

}  // namespace l10nc
