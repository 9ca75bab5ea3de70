#include <gtest/gtest.h>

#include "base/unicode_text.h"
#include "l10n/catalog.h"
#include "model/message_pattern.h"
#include "test_support.h"
#include "writers/bundle_plan.h"
#include "writers/icu_bundle_writer.h"

namespace l10nc {
namespace {

TEST(BundleSourceText, WritesKeysDescendingAndEscapesStrings) {
  Bundle bundle;
  bundle.locale = "root";
  bundle.messages = {{"A", "say \"hi\" \\ now"}, {"B.c", "tab\there"}};
  bundle.titles = {{"A", "page.title"}};
  EXPECT_EQ(bundle_source_text(bundle),
            "\xEF\xBB\xBF// Written by l10nc. Do not edit: edit the sources and recompile.\n"
            "root {\n"
            "    \"B.c\" { \"tab\\u0009here\" }\n"
            "    \"A\" { \"say \\\"hi\\\" \\\\ now\" }\n"
            "    \"l10nc:titles\" {\n"
            "        \"A\" { \"page.title\" }\n"
            "    }\n"
            "}\n");
}

TEST(IcuPackage, DerbReadsEveryBundleOfTheSeed) {
  testing::TempDir out;
  testing::compile_or_fail({(testing::source_dir() / "locales").string()}, out.path());
  for (const char* bundle : {"root", "es", "es_ES", "res_index"}) {
    int exit_code = -1;
    const std::string dump = testing::derb_dump(out.path(), bundle, &exit_code);
    EXPECT_EQ(exit_code, 0) << bundle << ": " << dump;
    EXPECT_NE(dump.find(std::string(bundle) + "{"), std::string::npos) << dump;
  }
  int exit_code = -1;
  const std::string es = testing::derb_dump(out.path(), "es", &exit_code);
  EXPECT_NE(es.find("    SEC_E_CERT_EXPIRED { \"El certificado recibido ha expirado.\" }\n"),
            std::string::npos)
      << es;
  const std::string root = testing::derb_dump(out.path(), "root", &exit_code);
  EXPECT_NE(root.find("outside the server''s realm."), std::string::npos);
}

TEST(IcuPackage, DirectWriterMakesGenrbsBytesForTheSeed) {
  testing::TempDir direct;
  testing::TempDir genrb;
  testing::compile_or_fail({(testing::source_dir() / "locales").string()}, direct.path());
  const testing::CommandResult result =
      testing::run_l10nc({"compile", (testing::source_dir() / "locales").string(), "-o",
                          genrb.path().string(), "--genrb", L10NC_GENRB});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(genrb.path())) {
    const std::string name = entry.path().filename().string();
    EXPECT_EQ(testing::read_text(direct / name), testing::read_text(entry.path())) << name;
    ++files;
  }
  EXPECT_EQ(files, 14u);  // root, es, es_ES, fr, de, ja, res_index: .txt and .res
}

// The runtime gives back exactly the text of every message the direct writer stored:
// non-BMP characters, right-to-left text, a 200 000-character message, an empty language
// bundle, keys in no particular order and the titles table.
TEST(IcuPackage, RuntimeReadsBackWhatTheDirectWriterStored) {
  icu::UnicodeString astral;
  for (UChar32 c : {0x1D11E, 0x1F600, 0x20000, 0x10FFFD}) astral.append(c);
  const std::map<std::string, std::string> english = {
      {"ASTRAL", "Clef " + to_utf8(astral) + " end"},
      {"LONG", std::string(200'000, 'x') + " it's {not} a placeholder"},
      {"ARABIC", "تم رفض الوصول إلى الملف."},
      {"page.title", "Page"}};
  Bundle root;
  root.locale = "root";
  for (const auto& [key, text] : english) root.messages.push_back({key, escape_literal(text)});
  std::swap(root.messages[0], root.messages[2]);  // not sorted: the writer sorts
  root.titles = {{"ASTRAL", "page.title"}, {"LONG", "page.title"}};
  Bundle de;  // no translations at all
  de.locale = "de";
  Bundle ar;
  ar.locale = "ar";
  ar.messages = {{"ASTRAL", escape_literal("مفتاح " + to_utf8(astral))}};

  testing::TempDir out;
  DiagnosticList diagnostics;
  ASSERT_TRUE(write_icu_package({root, ar, de}, out.path(), {}, diagnostics));
  const l10n::Catalog catalog(out.path().string());
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  for (const auto& [key, text] : english) {
    const l10n::FormatResult result = catalog.format("de_AT", key);
    EXPECT_EQ(result.text, text) << key;
    EXPECT_EQ(result.locale, "root") << key;
  }
  const l10n::FormatResult arabic = catalog.format("ar_EG", "ASTRAL");
  EXPECT_EQ(arabic.text, "مفتاح " + to_utf8(astral));
  EXPECT_EQ(arabic.status, l10n::Status::ok);
  EXPECT_EQ(catalog.title_key("LONG"), "page.title");
  EXPECT_EQ(catalog.title_key("ARABIC"), std::nullopt);
  EXPECT_EQ(catalog.keys(), (std::vector<std::string>{"ARABIC", "ASTRAL", "LONG", "page.title"}));
}

TEST(IcuPackage, GenrbFailureIsReportedAndNothingIsLeftHalfWritten) {
  testing::TempDir out;
  Bundle bundle;
  bundle.locale = "root";
  bundle.messages = {{"A", "x"}};
  DiagnosticList diagnostics;
  IcuPackageOptions options;
  options.genrb = "/nonexistent/genrb";
  EXPECT_FALSE(write_icu_package({bundle}, out.path(), options, diagnostics));
  ASSERT_EQ(diagnostics.error_count(), 1u);
  EXPECT_EQ(diagnostics.diagnostics()[0].message.rfind("genrb failed", 0), 0u);
}

}  // namespace
}  // namespace l10nc
