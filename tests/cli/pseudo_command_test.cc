#include <gtest/gtest.h>
#include <l10n/catalog.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "test_support.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::run_l10nc;
using testing::source_dir;
using testing::TempDir;

std::string rtl(std::string_view word) {
  return "\u200F\u202E" + std::string(word) + "\u202C\u200F";
}

// English messages with a plural ('#' as l10nc writes it in XLIFF), arguments and apostrophes.
constexpr char kEnglish[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr" xmlns:l10nc="urn:l10nc:xliff">
  <file id="app" original="app">
    <unit id="FILES_DELETED" name="FILES_DELETED">
      <segment state="initial">
        <source>Deleted {count, plural, one {<ph id="h1" type="other" subType="l10nc:syntax" disp="#"/> file} other {<ph id="h2" type="other" subType="l10nc:syntax" disp="#"/> files}} from <ph id="folder" equiv="{folder}" disp="{folder}"/>.</source>
      </segment>
    </unit>
    <unit id="SERVER_DOWN" name="SERVER_DOWN">
      <segment state="initial">
        <source>Can't reach the server's <pc id="b">address</pc>.</source>
      </segment>
    </unit>
    <unit id="app.title" name="app.title">
      <segment state="initial"><source>File Manager</source></segment>
    </unit>
  </file>
</xliff>
)";

class PseudoCommand : public ::testing::Test {
 protected:
  void SetUp() override { dir_.write("sources/app.xlf", kEnglish); }

  CommandResult pseudo(const std::string& locale) const {
    return run_l10nc({"pseudo", "--locale", locale, (dir_ / "sources").string(), "-o",
                      (dir_ / ("pseudo/" + locale + ".xlf")).string()});
  }

  TempDir dir_;
};

TEST_F(PseudoCommand, CompilesAndFormatsArgumentsAndPluralsInBothPseudoLocales) {
  const CommandResult accented = pseudo("en_XA");
  ASSERT_EQ(accented.exit_code, 0) << accented.err;
  EXPECT_EQ(accented.out, "l10nc: wrote " + (dir_ / "pseudo/en_XA.xlf").string() +
                              ": 3 of 3 messages pseudo-translated into en_XA\n");
  EXPECT_EQ(accented.err, "");
  const CommandResult mirrored = pseudo("ar-XB");
  ASSERT_EQ(mirrored.exit_code, 0) << mirrored.err;

  const CommandResult compile =
      run_l10nc({"compile", (dir_ / "sources").string(), (dir_ / "pseudo").string(), "-o",
                 (dir_ / "out").string()});
  ASSERT_EQ(compile.exit_code, 0) << compile.err;
  // Pseudo-locales get a bundle of their own, never the language's: English stays English.
  EXPECT_TRUE(fs::exists(dir_ / "out/en_XA.res"));
  EXPECT_TRUE(fs::exists(dir_ / "out/ar_XB.res"));
  EXPECT_FALSE(fs::exists(dir_ / "out/en.res"));
  EXPECT_FALSE(fs::exists(dir_ / "out/ar.res"));

  const l10n::Catalog catalog((dir_ / "out").string());
  l10n::FormatResult result =
      catalog.format("en_XA", "FILES_DELETED", {{"count", int64_t{3}}, {"folder", "Docs"}});
  EXPECT_EQ(result.status, l10n::Status::ok);
  EXPECT_EQ(result.locale, "en_XA");
  EXPECT_EQ(result.text, "[Ðéļéţéð 3 ƒîļéš ƒŕöɱ Docs one two three.]");
  EXPECT_EQ(
      catalog.format("en_XA", "FILES_DELETED", {{"count", int64_t{1}}, {"folder", "Docs"}}).text,
      "[Ðéļéţéð 1 ƒîļé ƒŕöɱ Docs one two three.]");
  // The inline code's start and end are arguments the application fills in.
  EXPECT_EQ(catalog.format("en-XA", "SERVER_DOWN", {{"b_start", "<b>"}, {"b_end", "</b>"}}).text,
            "[Çåñ'ţ ŕéåçĥ ţĥé šéŕṽéŕ'š <b>åððŕéšš</b> one two three.]");
  // Arabic plural rules: 2 is "two", a category the English lacks; Arabic digits.
  result = catalog.format("ar_XB", "FILES_DELETED", {{"count", int64_t{2}}, {"folder", "Docs"}});
  EXPECT_EQ(result.status, l10n::Status::ok);
  EXPECT_EQ(result.text, rtl("Deleted") + " " + rtl("\u0662") + " " + rtl("files") + " " +
                             rtl("from") + " " + rtl("Docs") + rtl("."));
  EXPECT_EQ(catalog.format("en_US", "app.title").text, "File Manager");
  EXPECT_EQ(catalog.format("ar_EG", "app.title").status, l10n::Status::fallback);

  const CommandResult show =
      run_l10nc({"show", "FILES_DELETED", "--locale", "en_XA", "--bundles", (dir_ / "out").string(),
                 "--arg", "count=5", "--arg", "folder=Docs", "--plain"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_EQ(show.out, "[Ðéļéţéð 5 ƒîļéš ƒŕöɱ Docs one two three.] (FILES_DELETED)\n");
}

TEST_F(PseudoCommand, PseudoLocalesOfOurCatalogPassEveryCheck) {
  TempDir out;
  for (const char* locale : {"en_XA", "ar_XB"}) {
    const CommandResult result = run_l10nc({"pseudo", "--locale", locale, "locales", "-o",
                                            (out / (std::string(locale) + ".xlf")).string()},
                                           {}, source_dir());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, "l10nc: wrote " + (out / (std::string(locale) + ".xlf")).string() +
                              ": 81 of 81 messages pseudo-translated into " + locale + "\n");
  }
  const CommandResult check = run_l10nc(
      {"check", "locales", out.path().string(), "--format", "json", "--min-coverage", "ja=60"}, {},
      source_dir());
  EXPECT_EQ(check.exit_code, 0) << check.err;
  const nlohmann::json report = nlohmann::json::parse(check.out);
  std::vector<std::string> pseudo_findings;
  for (const auto& finding : report["findings"])
    if (finding["locale"] == "en_XA" || finding["locale"] == "ar_XB")
      pseudo_findings.push_back(finding.dump());
  EXPECT_EQ(pseudo_findings, std::vector<std::string>{});
  // The seed's own findings are still there: the pseudo-locales hid nothing.
  EXPECT_EQ(report["findings"].size(), 4u);
  for (const auto& locale : report["coverage"]["locales"]) {
    if (locale["locale"] == "en_XA" || locale["locale"] == "ar_XB") {
      EXPECT_EQ(locale["coverage_permille"], 1000) << locale.dump();
    }
  }
}

TEST_F(PseudoCommand, RefusesLocalesThatAreNotPseudoLocales) {
  const CommandResult result = pseudo("fr");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "l10nc: error: --locale 'fr' is not a pseudo-locale: use en_XA (accented, longer) or "
            "ar_XB (right to left)\n");
  EXPECT_FALSE(fs::exists(dir_ / "pseudo"));
}

}  // namespace
}  // namespace l10nc
