#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using ::testing::ElementsAre;
using testing::messages;
using testing::run_check;

Document page(const std::string& path, const std::string& locale, const std::string& english,
              const std::string& target) {
  Document document;
  document.path = path;
  document.name = "page";
  document.locale = locale;
  Unit unit;
  unit.key = "S_OK";
  unit.source = {english, {0, 3, 40}};
  unit.target = Message{target, {0, 3, 5}};
  unit.state = TranslationState::translated;
  document.units.push_back(unit);
  return document;
}

TEST(DuplicateKey, ReportsOneKeyWithDifferentEnglishInTwoDocuments) {
  Catalog catalog;
  DiagnosticList ignored;
  catalog.add(page("fr/a.md", "fr", "The task was alerted.", "La tâche a été alertée."), ignored);
  catalog.add(page("ru/b.md", "ru", "The runtime was stopped.", "Среда выполнения остановлена."),
              ignored);
  const auto findings = run_check(catalog, "duplicate-key");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity(), Severity::error);
  EXPECT_EQ(findings[0].key, "S_OK");
  EXPECT_EQ(findings[0].locale, "ru");
  EXPECT_EQ(findings[0].diagnostic.location.to_string(), "ru/b.md:3:40");
  EXPECT_EQ(findings[0].diagnostic.message, "key 'S_OK' has different English text than before");
  ASSERT_EQ(findings[0].diagnostic.notes.size(), 1u);
  EXPECT_EQ(findings[0].diagnostic.notes[0].location.to_string(), "fr/a.md:3:40");
}

TEST(DuplicateKey, AcceptsOneKeyWithTheSameEnglishInTwoLocales) {
  Catalog catalog;
  DiagnosticList ignored;
  catalog.add(page("fr/a.md", "fr", "Success.", "Succès."), ignored);
  catalog.add(page("pl/a.md", "pl", "Success.", "Sukces."), ignored);
  EXPECT_TRUE(run_check(catalog, "duplicate-key").empty());
}

}  // namespace
}  // namespace l10nc
