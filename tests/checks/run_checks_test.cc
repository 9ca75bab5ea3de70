#include "checks/run_checks.h"

#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::catalog_of;

TEST(CheckRegistry, HasEveryCheckOnceWithHelpAndDocumentedSeverity) {
  std::set<std::string> ids;
  for (const CheckInfo& check : check_registry()) {
    EXPECT_TRUE(ids.insert(std::string(check.id)).second) << check.id;
    EXPECT_FALSE(check.summary.empty()) << check.id;
    EXPECT_FALSE(check.description.empty()) << check.id;
    EXPECT_TRUE(check.check_translation != nullptr || check.check_catalog != nullptr);
  }
  EXPECT_EQ(ids, (std::set<std::string>{
                     "msgformat-syntax", "argument-mismatch", "apostrophe-quoting", "plural-forms",
                     "markup", "do-not-translate", "keyed-cell", "punctuation", "same-as-source",
                     "empty-target", "whitespace", "length", "duplicate-key"}));
  EXPECT_EQ(find_check("plural-forms")->severity, Severity::warning);
  EXPECT_EQ(find_check("punctuation")->severity, Severity::warning);
  EXPECT_EQ(find_check("no-such-check"), nullptr);
}

TEST(RunChecks, DisablesChecksAndMakesWarningsErrors) {
  const Catalog catalog =
      catalog_of("fr", {{"Cannot open {file}.", "Impossible d'ouvrir '{file}'"}});
  CheckOptions options;
  std::vector<Finding> findings = run_checks(catalog, enabled_checks(options));
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].check_id(), "argument-mismatch");
  EXPECT_EQ(findings[1].check_id(), "apostrophe-quoting");
  EXPECT_EQ(findings[2].check_id(), "punctuation");
  EXPECT_EQ(findings[2].severity(), Severity::warning);

  options.disabled = {"argument-mismatch", "apostrophe-quoting"};
  options.as_errors = {"punctuation"};
  findings = run_checks(catalog, enabled_checks(options));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].check_id(), "punctuation");
  EXPECT_EQ(findings[0].severity(), Severity::error);
  EXPECT_EQ(enabled_checks(options).size(), check_registry().size() - 2);
}

TEST(RunChecks, SkipsMissingTranslationsAndSortsByLocation) {
  const Catalog catalog = catalog_of("pl", {{"Done", "", "b", TranslationState::missing},
                                            {"Next.", "Dalej", "a"},
                                            {"Back.", "Wstecz", "c"}});
  const std::vector<Finding> findings = run_checks(catalog, enabled_checks({}));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].diagnostic.location.to_string(), "pl.md:2:5");
  EXPECT_EQ(findings[1].diagnostic.location.to_string(), "pl.md:3:5");
}

}  // namespace
}  // namespace l10nc
