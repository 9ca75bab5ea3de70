#include <algorithm>

#include "base/unicode_text.h"
#include "writers/check_reports.h"

namespace l10nc {

namespace {

class Table {
 public:
  explicit Table(std::vector<std::string> header) { rows_.push_back(std::move(header)); }
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }

  // The first two and the last two columns are text (left-aligned), the rest numbers.
  std::string render() const {
    std::vector<size_t> widths(rows_.front().size(), 0);
    for (const auto& row : rows_)
      for (size_t i = 0; i < row.size(); ++i)
        widths[i] = std::max(widths[i], static_cast<size_t>(display_width(row[i])));
    std::string out;
    for (const auto& row : rows_) {
      std::string line;
      for (size_t i = 0; i < row.size(); ++i) {
        const std::string padding(widths[i] - static_cast<size_t>(display_width(row[i])), ' ');
        if (i > 0) line += "  ";
        line += i < 2 || i + 2 >= row.size() ? row[i] + padding : padding + row[i];
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
    return out;
  }

 private:
  std::vector<std::vector<std::string>> rows_;
};

std::vector<std::string> counts_row(const std::string& locale, const std::string& document,
                                    const CoverageCounts& counts, const CoverageOptions& options) {
  return {display_text(locale),
          display_text(document),
          std::to_string(counts.total),
          std::to_string(counts.translated),
          std::to_string(counts.machine_translated),
          std::to_string(counts.needs_review),
          std::to_string(counts.missing),
          std::to_string(counts.same_as_source),
          format_coverage(counts, options),
          "",
          "",
          ""};
}

// The bundles a locale's users read, with how many keys each: "es_419 70, es 11".
std::string describe_sources(const LocaleCoverage& locale) {
  std::string out;
  for (const auto& [bundle, keys] : locale.from)
    out += (out.empty() ? "" : ", ") + bundle + " " + std::to_string(keys);
  return out;
}

std::string coverage_table(const CheckReport& report) {
  Table table({"locale", "document", "keys", "translated", "machine-translated", "needs-review",
               "missing", "same-as-source", "coverage", "minimum", "result", "from"});
  for (const LocaleCoverage& locale : report.coverage) {
    for (const DocumentCoverage& document : locale.documents)
      table.add(
          counts_row(locale.locale, document.document, document.counts, report.coverage_options));
    if (!locale.absent_documents.empty()) {
      CoverageCounts absent;
      for (const DocumentCoverage& document : locale.absent_documents) {
        absent.total += document.counts.total;
        absent.missing += document.counts.missing;
      }
      table.add(counts_row(
          locale.locale,
          "(" + count_of(locale.absent_documents.size(), "document") + " not translated)", absent,
          report.coverage_options));
    }
    std::vector<std::string> total =
        counts_row(locale.locale, "(all)", locale.counts, report.coverage_options);
    total[9] = locale.minimum ? format_minimum(*locale.minimum) : "";
    total[10] = !locale.minimum ? "" : locale.passed ? "ok" : "BELOW MINIMUM";
    total[11] = describe_sources(locale);
    table.add(std::move(total));
  }
  return table.render();
}

}  // namespace

std::string write_text_report(const CheckReport& report, DiagnosticPrinter& printer) {
  std::string out;
  for (const Finding& finding : report.findings) out += printer.format(finding.diagnostic);
  if (!report.findings.empty()) out += "\n";

  if (report.inputs_read) {
    out += "Coverage (";
    out += report.coverage_options.count_machine_translated
               ? "machine translations count as translated; --no-mt counts them as untranslated"
               : "--no-mt: machine translations count as untranslated";
    out += "):\n";
    out += coverage_table(report);
    out += "\n";
  }
  out += "l10nc check: " + verdict(report) + "\n";
  return out;
}

}  // namespace l10nc
