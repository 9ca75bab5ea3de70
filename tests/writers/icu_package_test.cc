#include <gtest/gtest.h>

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
