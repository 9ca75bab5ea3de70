#include "writers/report_json.h"

#include "base/unicode_text.h"

namespace l10nc::report_json {

nlohmann::ordered_json location(const Location& location) {
  nlohmann::ordered_json json{{"file", display_text(location.file)}};
  if (location.line > 0) {
    json["line"] = location.line;
    json["column"] = location.column;
  }
  return json;
}

nlohmann::ordered_json counts(const CoverageCounts& counts, const CoverageOptions& options) {
  return {{"total", counts.total},
          {"translated", counts.translated},
          {"machine_translated", counts.machine_translated},
          {"needs_review", counts.needs_review},
          {"missing", counts.missing},
          {"same_as_source", counts.same_as_source},
          {"covered", covered_keys(counts, options)},
          {"coverage_permille", coverage_permille(counts, options)}};
}

nlohmann::ordered_json coverage(const CheckReport& report) {
  nlohmann::ordered_json locales = nlohmann::ordered_json::array();
  for (const LocaleCoverage& locale : report.coverage) {
    nlohmann::ordered_json json{{"locale", locale.locale}};
    json.update(counts(locale.counts, report.coverage_options));
    json["minimum"] = locale.minimum ? nlohmann::ordered_json(*locale.minimum) : nullptr;
    json["passed"] = locale.passed;
    json["documents"] = nlohmann::ordered_json::array();
    for (const DocumentCoverage& document : locale.documents) {
      nlohmann::ordered_json item{{"document", display_text(document.document)}};
      item.update(counts(document.counts, report.coverage_options));
      json["documents"].push_back(std::move(item));
    }
    json["absent_documents"] = nlohmann::ordered_json::array();
    for (const DocumentCoverage& document : locale.absent_documents)
      json["absent_documents"].push_back(display_text(document.document));
    json["from"] = nlohmann::ordered_json::array();
    for (const auto& [bundle, keys] : locale.from)
      json["from"].push_back({{"bundle", bundle}, {"keys", keys}});
    locales.push_back(std::move(json));
  }
  return locales;
}

}  // namespace l10nc::report_json
