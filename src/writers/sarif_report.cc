#include <filesystem>

#include "checks/finding.h"
#include "writers/check_reports.h"
#include "writers/report_json.h"

namespace l10nc {

namespace {

using Json = nlohmann::ordered_json;

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "warning";
}

// A URI reference for a path: relative to the working directory when it is inside it (code
// scanning resolves those against the checkout), with '/' separators and RFC 3986 escapes.
std::string artifact_uri(const std::string& path_text) {
  namespace fs = std::filesystem;
  fs::path path = fs::path(path_text).lexically_normal();
  bool absolute = path.is_absolute();
  if (absolute) {
    std::error_code error;
    const fs::path relative = path.lexically_relative(fs::current_path(error));
    if (!error && !relative.empty() && *relative.begin() != "..") {
      path = relative;
      absolute = false;
    }
  }
  std::string uri = absolute ? "file://" : "";
  for (const char c : path.generic_string()) {
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      uri += c;
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      const auto byte = static_cast<unsigned char>(c);
      uri += '%';
      uri += kHex[byte >> 4];
      uri += kHex[byte & 15];
    }
  }
  return uri;
}

Json physical_location(const Location& location) {
  Json json{
      {"artifactLocation", {{"uri", artifact_uri(location.file)}, {"uriBaseId", "%SRCROOT%"}}}};
  if (location.line > 0)
    json["region"] = {{"startLine", location.line}, {"startColumn", location.column}};
  return json;
}

Json rule(const EnabledCheck& check) {
  return {{"id", check.info->id},
          {"shortDescription", {{"text", check.info->summary}}},
          {"fullDescription", {{"text", check.info->description}}},
          {"help", {{"text", check.info->description}}},
          {"defaultConfiguration", {{"level", sarif_level(check.severity)}}},
          {"properties", {{"tags", Json::array({"localization"})}}}};
}

}  // namespace

std::string write_sarif_report(const CheckReport& report, const ToolInfo& tool) {
  Json rules = Json::array();
  for (const EnabledCheck& check : report.checks) rules.push_back(rule(check));

  Json results = Json::array();
  for (const Finding& finding : report.findings) {
    size_t rule_index = 0;
    while (rule_index < report.checks.size() &&
           report.checks[rule_index].info->id != finding.check_id())
      ++rule_index;
    Json result{
        {"ruleId", finding.check_id()},
        {"ruleIndex", rule_index},
        {"level", sarif_level(finding.severity())},
        {"message", {{"text", finding.diagnostic.message}}},
        {"locations",
         Json::array({{{"physicalLocation", physical_location(finding.diagnostic.location)}}})}};
    if (!finding.diagnostic.notes.empty()) {
      Json related = Json::array();
      for (size_t i = 0; i < finding.diagnostic.notes.size(); ++i) {
        const DiagnosticNote& note = finding.diagnostic.notes[i];
        related.push_back({{"id", i + 1},
                           {"physicalLocation", physical_location(note.location)},
                           {"message", {{"text", note.message}}}});
      }
      result["relatedLocations"] = std::move(related);
    }
    // Code scanning tracks a finding across commits by this, as the baseline does.
    result["partialFingerprints"] = {
        {"l10ncFinding/v1", hash_text(finding.check_id() + '\n' + finding.key + '\n' +
                                      finding.locale + '\n' + finding.text_hash)}};
    result["properties"] = {{"key", finding.key}, {"locale", finding.locale}};
    results.push_back(std::move(result));
  }

  Json run{{"tool",
            {{"driver",
              {{"name", tool.name},
               {"version", tool.version},
               {"informationUri", tool.information_uri},
               {"rules", std::move(rules)}}}}},
           {"columnKind", "unicodeCodePoints"},
           {"results", std::move(results)},
           {"properties",
            {{"coverage", report_json::coverage(report)},
             {"machineTranslatedCounts", report.coverage_options.count_machine_translated}}}};
  Json sarif{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
             {"version", "2.1.0"},
             {"runs", Json::array({std::move(run)})}};
  return sarif.dump(2) + "\n";
}

}  // namespace l10nc
