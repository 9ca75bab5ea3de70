#include "base/unicode_text.h"
#include "writers/check_reports.h"
#include "writers/report_json.h"

namespace l10nc {

std::string write_json_report(const CheckReport& report, const ToolInfo& tool) {
  nlohmann::ordered_json json;
  json["l10nc-check"] = 1;
  json["tool"] = {{"name", tool.name}, {"version", tool.version}};
  json["passed"] = report.passed();
  json["inputs_read"] = report.inputs_read;
  json["errors"] = report.count(Severity::error);
  json["warnings"] = report.count(Severity::warning);
  json["suppressed"] = report.suppressed;
  json["verdict"] = verdict(report);
  json["checks"] = nlohmann::ordered_json::array();
  for (const EnabledCheck& check : report.checks)
    json["checks"].push_back({{"id", check.info->id},
                              {"severity", severity_name(check.severity)},
                              {"summary", check.info->summary}});
  json["findings"] = nlohmann::ordered_json::array();
  for (const Finding& finding : report.findings) {
    nlohmann::ordered_json item{{"check", finding.check_id()},
                                {"severity", severity_name(finding.severity())},
                                {"key", display_text(finding.key)},
                                {"locale", display_text(finding.locale)},
                                {"message", display_text(finding.diagnostic.message)},
                                {"location", report_json::location(finding.diagnostic.location)},
                                {"notes", nlohmann::ordered_json::array()},
                                {"text_hash", finding.text_hash}};
    for (const DiagnosticNote& note : finding.diagnostic.notes)
      item["notes"].push_back({{"message", display_text(note.message)},
                               {"location", report_json::location(note.location)}});
    json["findings"].push_back(std::move(item));
  }
  json["coverage"] = {
      {"machine_translated_counts", report.coverage_options.count_machine_translated},
      {"locales", report_json::coverage(report)}};
  return json.dump(2) + "\n";
}

}  // namespace l10nc
