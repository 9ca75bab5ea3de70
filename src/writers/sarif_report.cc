#include <filesystem>

#include "base/unicode_text.h"
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

Json rule(const CheckInfo& check, Severity severity) {
  return {{"id", check.id},
          {"shortDescription", {{"text", check.summary}}},
          {"fullDescription", {{"text", check.description}}},
          {"help", {{"text", check.description}}},
          {"defaultConfiguration", {{"level", sarif_level(severity)}}},
          {"properties", {{"tags", Json::array({"localization"})}}}};
}

}  // namespace

std::string write_sarif_report(const CheckReport& report, const ToolInfo& tool) {
  // The enabled checks, then `input` (always there, so that its index does not move).
  Json rules = Json::array();
  for (const EnabledCheck& check : report.checks)
    rules.push_back(rule(*check.info, check.severity));
  rules.push_back(rule(input_check_info(), input_check_info().severity));

  Json results = Json::array();
  Json notifications = Json::array();
  for (const Finding& finding : report.findings) {
    const Json message{{"text", display_text(finding.diagnostic.message)}};
    // What is about no file (a cache that cannot be written) is about the run, not the code.
    if (finding.check_id() == kInputCheckId && finding.diagnostic.location.file.empty()) {
      notifications.push_back(
          {{"level", sarif_level(finding.severity())},
           {"message", message},
           {"associatedRule", {{"id", kInputCheckId}, {"index", report.checks.size()}}}});
      continue;
    }
    size_t rule_index = 0;
    while (rule_index < report.checks.size() &&
           report.checks[rule_index].info->id != finding.check_id())
      ++rule_index;
    Json result{
        {"ruleId", finding.check_id()},
        {"ruleIndex", rule_index},
        {"level", sarif_level(finding.severity())},
        {"message", message},
        {"locations",
         Json::array({{{"physicalLocation", physical_location(finding.diagnostic.location)}}})}};
    if (!finding.diagnostic.notes.empty()) {
      Json related = Json::array();
      for (size_t i = 0; i < finding.diagnostic.notes.size(); ++i) {
        const DiagnosticNote& note = finding.diagnostic.notes[i];
        related.push_back({{"id", i + 1},
                           {"physicalLocation", physical_location(note.location)},
                           {"message", {{"text", display_text(note.message)}}}});
      }
      result["relatedLocations"] = std::move(related);
    }
    // Code scanning tracks a finding across commits by this, as the baseline does, and by its
    // file: one key's findings in two files (duplicate-key) are two alerts.
    result["partialFingerprints"] = {
        {"l10ncFinding/v2",
         hash_text(finding.check_id() + '\n' + finding.key + '\n' + finding.locale + '\n' +
                   finding.text_hash + '\n' + artifact_uri(finding.diagnostic.location.file))}};
    result["properties"] = {{"key", display_text(finding.key)},
                            {"locale", display_text(finding.locale)}};
    results.push_back(std::move(result));
  }
  if (!report.inputs_read)
    notifications.push_back(
        {{"level", "error"},
         {"message", {{"text", "the inputs could not be read: nothing was checked"}}},
         {"associatedRule", {{"id", kInputCheckId}, {"index", report.checks.size()}}}});

  Json invocation{{"executionSuccessful", report.inputs_read}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  Json run{{"tool",
            {{"driver",
              {{"name", tool.name},
               {"version", tool.version},
               {"informationUri", tool.information_uri},
               {"rules", std::move(rules)}}}}},
           {"invocations", Json::array({std::move(invocation)})},
           {"columnKind", "unicodeCodePoints"},
           {"results", std::move(results)},
           {"properties",
            {{"passed", report.passed()},
             {"verdict", verdict(report)},
             {"coverage", report_json::coverage(report)},
             {"machineTranslatedCounts", report.coverage_options.count_machine_translated}}}};
  Json sarif{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
             {"version", "2.1.0"},
             {"runs", Json::array({std::move(run)})}};
  return sarif.dump(2) + "\n";
}

}  // namespace l10nc
