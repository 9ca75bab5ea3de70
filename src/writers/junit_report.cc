#include <pugixml.hpp>

#include <map>
#include <set>
#include <sstream>

#include "base/unicode_text.h"
#include "writers/check_reports.h"

namespace l10nc {

namespace {

// Findings about the English itself (no locale) go to a suite of their own.
constexpr std::string_view kSourceSuite = "source";

struct Suite {
  const LocaleCoverage* coverage = nullptr;
  std::map<std::string, std::vector<const Finding*>> findings;  // by check id
};

enum class Outcome { passed, failure, error };

// What a test case says of its findings: an <error> for an input that could not be read, a
// <failure> for error-level findings (and for warnings with --junit-warnings-fail); otherwise
// the warnings go to <system-out> and the test passes. All text is display_text(): XML 1.0
// has no place for control characters, and they must not reach a log raw.
Outcome add_findings(pugi::xml_node testcase, const std::vector<const Finding*>& findings,
                     bool input, const JunitOptions& options) {
  bool error = false;
  std::string text;
  for (const Finding* finding : findings) {
    error = error || finding->severity() == Severity::error;
    text += display_text(finding->diagnostic.location.to_string()) + ": " +
            std::string(severity_name(finding->severity())) + ": " +
            display_text(finding->diagnostic.message);
    if (!finding->key.empty()) text += " [" + display_text(finding->key) + "]";
    text += "\n";
  }
  if (!error && !options.warnings_fail) {
    testcase.append_child("system-out").text() = text.c_str();
    return Outcome::passed;
  }
  const Outcome outcome = error && input ? Outcome::error : Outcome::failure;
  pugi::xml_node failure = testcase.append_child(outcome == Outcome::error ? "error" : "failure");
  const std::string count = std::to_string(findings.size());
  failure.append_attribute("message") =
      (count + (findings.size() == 1 ? " finding" : " findings")).c_str();
  failure.append_attribute("type") = error ? "error" : "warning";
  failure.text() = text.c_str();
  return outcome;
}

}  // namespace

std::string write_junit_report(const CheckReport& report, const JunitOptions& options) {
  std::map<std::string, Suite> suites;
  for (const LocaleCoverage& coverage : report.coverage)
    suites[coverage.locale].coverage = &coverage;
  // What the readers found, by file: a test case per file, an <error> when it could not be read.
  std::map<std::string, std::vector<const Finding*>> inputs;
  for (const Finding& finding : report.findings) {
    if (finding.check_id() == kInputCheckId) {
      inputs[finding.diagnostic.location.file].push_back(&finding);
      continue;
    }
    suites[finding.locale.empty() ? std::string(kSourceSuite) : finding.locale]
        .findings[finding.check_id()]
        .push_back(&finding);
  }

  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node root = document.append_child("testsuites");
  root.append_attribute("name") = "l10nc check";
  size_t all_tests = 0;
  size_t all_failures = 0;
  size_t all_errors = 0;
  if (!inputs.empty()) {
    pugi::xml_node node = root.append_child("testsuite");
    node.append_attribute("name") = std::string(kInputCheckId).c_str();
    size_t errors = 0;
    size_t failures = 0;
    for (const auto& [file, findings] : inputs) {
      pugi::xml_node testcase = node.append_child("testcase");
      testcase.append_attribute("classname") = std::string(kInputCheckId).c_str();
      testcase.append_attribute("name") =
          (file.empty() ? std::string("(inputs)") : display_text(file)).c_str();
      const Outcome outcome = add_findings(testcase, findings, true, options);
      errors += outcome == Outcome::error;
      failures += outcome == Outcome::failure;
    }
    node.append_attribute("tests") = inputs.size();
    node.append_attribute("failures") = failures;
    node.append_attribute("errors") = errors;
    all_tests += inputs.size();
    all_failures += failures;
    all_errors += errors;
  }
  for (const auto& [name, suite] : suites) {
    pugi::xml_node node = root.append_child("testsuite");
    node.append_attribute("name") = display_text(name).c_str();
    size_t tests = 0;
    size_t failures = 0;
    if (suite.coverage != nullptr) {
      pugi::xml_node testcase = node.append_child("testcase");
      testcase.append_attribute("classname") = display_text(name).c_str();
      testcase.append_attribute("name") = "coverage";
      ++tests;
      if (!suite.coverage->passed) {
        pugi::xml_node failure = testcase.append_child("failure");
        const std::string message =
            "coverage " + format_coverage(suite.coverage->counts, report.coverage_options) +
            " is below the minimum " + format_minimum(*suite.coverage->minimum);
        failure.append_attribute("message") = message.c_str();
        failure.append_attribute("type") = "coverage";
        ++failures;
      }
    }
    for (const EnabledCheck& check : report.checks) {
      pugi::xml_node testcase = node.append_child("testcase");
      testcase.append_attribute("classname") = display_text(name).c_str();
      testcase.append_attribute("name") = std::string(check.info->id).c_str();
      ++tests;
      auto found = suite.findings.find(std::string(check.info->id));
      if (found == suite.findings.end()) continue;
      failures += add_findings(testcase, found->second, false, options) == Outcome::failure;
    }
    node.append_attribute("tests") = tests;
    node.append_attribute("failures") = failures;
    node.append_attribute("errors") = 0;
    all_tests += tests;
    all_failures += failures;
  }
  root.append_attribute("tests") = all_tests;
  root.append_attribute("failures") = all_failures;
  root.append_attribute("errors") = all_errors;

  std::ostringstream out;
  document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

}  // namespace l10nc
