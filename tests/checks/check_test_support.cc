#include "checks/check_test_support.h"

#include "model/message_pattern.h"

#include <gtest/gtest.h>

#include "checks/run_checks.h"

namespace l10nc::testing {

Catalog catalog_of(const std::string& locale, const std::vector<Sample>& samples) {
  Document document;
  document.path = locale + ".md";
  document.name = "messages";
  document.locale = locale;
  for (size_t i = 0; i < samples.size(); ++i) {
    const Sample& sample = samples[i];
    const auto line = static_cast<uint32_t>(i + 1);
    Unit unit;
    unit.key = sample.key;
    unit.source = {sample.source, {0, line, 40}, MessageSyntax::icu};
    if (sample.state != TranslationState::missing)
      unit.target = Message{sample.target, {0, line, 5}, MessageSyntax::icu};
    unit.state = sample.state;
    if (sample.label) unit.label = Message{*sample.label, {0, line, 1}};
    document.units.push_back(std::move(unit));
  }
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(std::move(document), diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  return catalog;
}

Document document_of(const std::string& path, const std::string& name, const std::string& locale,
                     const std::vector<Sample>& samples) {
  Document document;
  document.path = path;
  document.name = name;
  document.locale = locale;
  for (const Sample& sample : samples) {
    Unit unit;
    unit.key = sample.key;
    unit.source = {sample.source, {0, 1, 1}, MessageSyntax::icu};
    if (sample.state != TranslationState::missing)
      unit.target = Message{sample.target, {0, 1, 1}, MessageSyntax::icu};
    unit.state = sample.state;
    document.units.push_back(std::move(unit));
  }
  return document;
}

std::vector<Finding> run_check(const Catalog& catalog, std::string_view check_id) {
  CheckOptions options;
  for (const std::string& id : check_ids())
    if (id != check_id) options.disabled.insert(id);
  const std::vector<EnabledCheck> checks = enabled_checks(options);
  EXPECT_EQ(checks.size(), 1u) << check_id;
  return run_checks(catalog, checks);
}

std::vector<Finding> check_one(std::string_view check_id, const std::string& locale,
                               const std::string& source, const std::string& target) {
  return run_check(catalog_of(locale, {{source, target}}), check_id);
}

std::vector<std::string> messages(const std::vector<Finding>& findings) {
  std::vector<std::string> texts;
  for (const Finding& finding : findings) texts.push_back(finding.diagnostic.message);
  return texts;
}

std::vector<Finding> check_one_text(std::string_view check_id, const std::string& locale,
                                    const std::string& source, const std::string& target) {
  Document document;
  document.path = locale + ".xlf";
  document.name = "messages";
  document.locale = locale;
  Unit unit;
  unit.key = "message";
  unit.source = {escape_literal(source), {0, 1, 40}, MessageSyntax::text};
  unit.target = Message{escape_literal(target), {0, 1, 5}, MessageSyntax::text};
  unit.state = TranslationState::translated;
  document.units.push_back(std::move(unit));
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(std::move(document), diagnostics);
  return run_check(catalog, check_id);
}

}  // namespace l10nc::testing
