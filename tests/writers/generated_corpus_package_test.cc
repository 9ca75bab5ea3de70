#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "corpus.h"
#include "l10n/catalog.h"
#include "readers/load_inputs.h"
#include "test_support.h"
#include "writers/bundle_plan.h"
#include "writers/icu_bundle_writer.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// derb's dump without its "// ... dumped by derb(8) from <directory>" header.
std::string without_comments(const std::string& dump) {
  std::string out;
  std::istringstream lines(dump);
  for (std::string line; std::getline(lines, line);)
    if (!line.starts_with("//")) out += line + "\n";
  return out;
}

// 20 000 generated DocFX entries in three locales and scripts, compiled by the direct .res
// writer and by genrb: the same bytes, the same derb dumps, the same runtime answers.
// The timings are printed for the record, never asserted.
TEST(GeneratedCorpusPackage, DirectWriterAndGenrbAgreeOnTwentyThousandEntries) {
  testing::TempDir directory;
  gen::CorpusOptions options;
  // L10NC_HARNESS_ENTRIES=100000 measures a bigger corpus by hand (the suite uses 20 000).
  const char* entries = std::getenv("L10NC_HARNESS_ENTRIES");
  options.entries = entries != nullptr ? std::stoul(entries) : 20'000;
  options.locales = {"es-ES", "ja-JP", "ar-SA"};
  std::string error;
  ASSERT_TRUE(gen::write_corpus(options, directory / "corpus", &error)) << error;

  auto start = std::chrono::steady_clock::now();
  Catalog catalog;
  DiagnosticList diagnostics;
  ASSERT_EQ(load_inputs({(directory / "corpus").string()}, catalog, diagnostics), LoadStatus::ok);
  const std::vector<Bundle> plan = plan_bundles(catalog, {});
  const double read_seconds = seconds_since(start);
  fs::create_directories(directory / "direct");
  fs::create_directories(directory / "genrb");
  start = std::chrono::steady_clock::now();
  ASSERT_TRUE(write_icu_package(plan, directory / "direct", {}, diagnostics));
  const double direct_seconds = seconds_since(start);
  IcuPackageOptions genrb;
  genrb.genrb = L10NC_GENRB;
  start = std::chrono::steady_clock::now();
  ASSERT_TRUE(write_icu_package(plan, directory / "genrb", genrb, diagnostics));
  const double genrb_seconds = seconds_since(start);
  ASSERT_FALSE(diagnostics.has_errors());
  std::cout << "[ timing   ] " << options.entries
            << " DocFX entries x 3 locales: reading and planning " << read_seconds
            << " s; writing the package: direct " << direct_seconds << " s, genrb " << genrb_seconds
            << " s\n";

  const std::vector<std::string> bundles = {"root",  "es", "es_ES", "ja",
                                            "ja_JP", "ar", "ar_SA", "res_index"};
  for (const std::string& bundle : bundles) {
    int direct_exit = -1;
    int genrb_exit = -1;
    const std::string direct_dump = testing::derb_dump(directory / "direct", bundle, &direct_exit);
    const std::string genrb_dump = testing::derb_dump(directory / "genrb", bundle, &genrb_exit);
    EXPECT_EQ(direct_exit, 0) << bundle;
    EXPECT_EQ(genrb_exit, 0) << bundle;
    // Regional bundles hold nothing: the generated regions never differ from the language.
    EXPECT_GT(direct_dump.size(), bundle.find('_') == std::string::npos ? 1000u : 100u) << bundle;
    EXPECT_TRUE(without_comments(direct_dump) == without_comments(genrb_dump))
        << bundle << ": derb dumps differ";
    EXPECT_TRUE(testing::read_text(directory / "direct" / (bundle + ".res")) ==
                testing::read_text(directory / "genrb" / (bundle + ".res")))
        << bundle << ".res differs";
  }

  // The runtime reads both packages alike, in every locale and for every key.
  const l10n::Catalog direct((directory / "direct").string());
  const l10n::Catalog by_genrb((directory / "genrb").string());
  ASSERT_TRUE(direct.ok()) << direct.error();
  const std::vector<std::string> keys = direct.keys();
  ASSERT_EQ(keys.size(), options.entries);
  EXPECT_EQ(keys, by_genrb.keys());
  size_t translated = 0;
  for (const char* locale : {"es_MX", "ja", "ar_EG"}) {
    for (size_t i = 0; i < keys.size(); i += 7) {
      const l10n::FormatResult ours = direct.format(locale, keys[i]);
      const l10n::FormatResult theirs = by_genrb.format(locale, keys[i]);
      EXPECT_EQ(ours.text, theirs.text) << locale << " " << keys[i];
      EXPECT_EQ(ours.status, theirs.status) << locale << " " << keys[i];
      translated += ours.status == l10n::Status::ok;
    }
    EXPECT_EQ(direct.title_key(keys[1]), by_genrb.title_key(keys[1]));
  }
  EXPECT_GT(translated, 3 * keys.size() / 7 * 9 / 10);  // about 95% translated
}

}  // namespace
}  // namespace l10nc
