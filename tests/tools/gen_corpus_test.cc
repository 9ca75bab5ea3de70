#include <gtest/gtest.h>
#include <unicode/uscript.h>
#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "base/file_io.h"
#include "base/process.h"
#include "base/unicode_text.h"
#include "corpus.h"
#include "corpus_document.h"
#include "readers/load_inputs.h"
#include "test_support.h"

namespace l10nc::gen {
namespace {

namespace fs = std::filesystem;

CorpusSummary generate(const fs::path& directory, size_t entries, std::vector<std::string> locales,
                       CorpusFormat format) {
  CorpusOptions options;
  options.entries = entries;
  options.locales = std::move(locales);
  options.format = format;
  std::string error;
  const std::optional<CorpusSummary> summary = write_corpus(options, directory, &error);
  EXPECT_TRUE(summary.has_value()) << error;
  return summary.value_or(CorpusSummary{});
}

std::map<std::string, std::string> files_under(const fs::path& directory) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(directory))
    if (entry.is_regular_file())
      files[fs::relative(entry.path(), directory).string()] = testing::read_text(entry.path());
  return files;
}

// Letters of a text by script (ICU's short names), added to `counts`.
void count_scripts(std::string_view utf8, std::map<std::string, size_t>& counts) {
  const icu::UnicodeString text = to_utf16(utf8);
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(text.char32At(i), &status);
    if (script != USCRIPT_COMMON && script != USCRIPT_INHERITED)
      ++counts[uscript_getShortName(script)];
  }
}

TEST(GenCorpus, SameArgumentsGiveTheSameBytes) {
  for (CorpusFormat format : {CorpusFormat::docfx, CorpusFormat::xliff12, CorpusFormat::xliff20}) {
    testing::TempDir first;
    testing::TempDir second;
    const CorpusSummary summary = generate(first / "c", 700, {"es-ES", "ja-JP", "ar-SA"}, format);
    generate(second / "c", 700, {"es-ES", "ja-JP", "ar-SA"}, format);
    EXPECT_EQ(summary.documents, 3u);
    EXPECT_EQ(summary.files, 9u);
    const auto a = files_under(first / "c");
    const auto b = files_under(second / "c");
    EXPECT_EQ(a.size(), 9u);
    EXPECT_TRUE(a == b) << "format " << static_cast<int>(format);
  }
}

TEST(GenCorpus, TheEnglishDoesNotDependOnTheLocalesAskedFor) {
  testing::TempDir one;
  testing::TempDir two;
  generate(one.path() / "c", 300, {"fr-FR"}, CorpusFormat::docfx);
  generate(two.path() / "c", 300, {"de-DE", "fr-FR"}, CorpusFormat::docfx);
  EXPECT_EQ(files_under(one / "c/fr-FR"), files_under(two / "c/fr-FR"));
}

TEST(GenCorpus, EnglishSentencesAreFortyToTwoHundredCharacters) {
  IdentifierPool identifiers;
  size_t sentences = 0;
  size_t placeholders = 0;
  size_t apostrophes = 0;
  size_t accents = 0;
  size_t braces = 0;
  for (size_t index = 0; index < 20; ++index) {
    const CorpusDocument document =
        english_document(index, 200, Markup::markdown, false, identifiers);
    EXPECT_EQ(document.entries.size(), 200u);
    for (const CorpusEntry& entry : document.entries) {
      if (entry.kind != EntryKind::paragraph && entry.kind != EntryKind::row) continue;
      const std::string text = braced(entry.english.text);
      const size_t length = character_count(entry.english.text);
      EXPECT_GE(length, 40u) << text;
      EXPECT_LE(length, 200u) << text;
      ++sentences;
      for (const Piece& piece : entry.english.text) placeholders += piece.placeholder;
      apostrophes += text.find('\'') != std::string::npos;
      accents += text.find_first_of("\xC3") != std::string::npos;
      braces += text.find("{}") != std::string::npos || text.find("({ and })") != std::string::npos;
    }
  }
  // Each feature shows up often, none everywhere.
  for (size_t count : {placeholders, apostrophes, accents, braces}) {
    EXPECT_GT(count, sentences / 20) << count << " of " << sentences;
    EXPECT_LT(count, sentences) << count << " of " << sentences;
  }
}

TEST(GenCorpus, DocfxCorpusReadsWithoutAnyDiagnosticAndLooksLikeEachScript) {
  testing::TempDir directory;
  const std::vector<std::string> locales = {"es-ES", "ja-JP", "ar-SA", "he-IL", "zh-CN", "ru-RU"};
  generate(directory / "c", 3000, locales, CorpusFormat::docfx);
  Catalog catalog;
  DiagnosticList diagnostics;
  EXPECT_EQ(load_inputs({(directory / "c").string()}, catalog, diagnostics), LoadStatus::ok);
  DiagnosticPrinter printer(false);
  for (const Diagnostic& diagnostic : diagnostics.diagnostics())
    ADD_FAILURE() << printer.format(diagnostic);
  ASSERT_EQ(catalog.entries().size(), 3000u);

  // Japanese mixes Katakana, Hiragana and Han; placeholder names are Latin everywhere.
  const std::map<std::string, std::set<std::string>> expected_scripts = {
      {"es_ES", {"Latn"}}, {"ja_JP", {"Kana", "Hira", "Hani"}},
      {"ar_SA", {"Arab"}}, {"he_IL", {"Hebr"}},
      {"zh_CN", {"Hani"}}, {"ru_RU", {"Cyrl"}}};
  std::map<std::string, size_t> translated;
  std::map<std::string, std::map<std::string, size_t>> letters;
  size_t identifier_rows = 0;
  for (const Entry& entry : catalog.entries()) {
    identifier_rows += entry.key.find('.') == std::string::npos;
    for (const auto& [locale, translation] : entry.translations) {
      if (translation.state == TranslationState::missing) continue;
      ++translated[locale];
      count_scripts(translation.text.pattern, letters[locale]);
    }
  }
  EXPECT_GT(identifier_rows, 2500u);  // tables of SEC_E_... rows, like the seed
  for (const auto& [locale, scripts] : expected_scripts) {
    EXPECT_GE(translated[locale], 2790u) << locale;  // about 5% untranslated
    EXPECT_LE(translated[locale], 2910u) << locale;
    size_t expected = 0;
    size_t all = 0;
    for (const auto& [script, count] : letters[locale]) {
      all += count;
      if (scripts.count(script)) expected += count;
    }
    for (const std::string& script : scripts) EXPECT_GT(letters[locale][script], 0u) << locale;
    EXPECT_GT(expected, all * 9 / 10) << locale;
  }
  // Most Spanish messages have accented letters (all Latin, so beyond ASCII).
  size_t accented = 0;
  for (const Entry& entry : catalog.entries()) {
    auto spanish = entry.translations.find("es_ES");
    if (spanish != entry.translations.end() && spanish->second.state != TranslationState::missing)
      accented +=
          find_invalid_utf8(spanish->second.text.pattern) == std::nullopt &&
          std::any_of(spanish->second.text.pattern.begin(), spanish->second.text.pattern.end(),
                      [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  }
  EXPECT_GT(accented, translated["es_ES"] / 2);
}

// Well-formed, standard XLIFF: every unit once per locale, inline codes in targets that
// name codes of their source, states from the standard's list, plural messages in ICU syntax.
void expect_standard_xliff(const fs::path& corpus, CorpusFormat format, size_t entries) {
  const bool v12 = format == CorpusFormat::xliff12;
  const std::set<std::string> states =
      v12 ? std::set<std::string>{"translated", "final", "needs-review-translation"}
          : std::set<std::string>{"initial", "translated", "reviewed", "final"};
  const char* unit_name = v12 ? "trans-unit" : "unit";
  const char* code_name = v12 ? "x" : "ph";
  for (const auto& locale_directory : fs::directory_iterator(corpus)) {
    size_t units = 0;
    size_t untranslated = 0;
    size_t plurals = 0;
    std::set<std::string> keys;
    for (const auto& file : fs::directory_iterator(locale_directory.path())) {
      pugi::xml_document xml;
      const pugi::xml_parse_result result = xml.load_file(file.path().c_str());
      ASSERT_TRUE(result) << file.path() << ": " << result.description();
      const pugi::xml_node root = xml.document_element();
      EXPECT_STREQ(root.name(), "xliff");
      EXPECT_STREQ(root.attribute("xmlns").value(), v12 ? "urn:oasis:names:tc:xliff:document:1.2"
                                                        : "urn:oasis:names:tc:xliff:document:2.0");
      EXPECT_STREQ(root.attribute("version").value(), v12 ? "1.2" : "2.0");
      const std::string language = locale_directory.path().filename().string();
      EXPECT_EQ(v12 ? root.child("file").attribute("target-language").value()
                    : root.attribute("trgLang").value(),
                language);
      for (const pugi::xpath_node& found :
           xml.select_nodes(("//" + std::string(unit_name)).c_str())) {
        const pugi::xml_node unit = found.node();
        ++units;
        const std::string key =
            v12 ? unit.attribute("resname").value() : unit.attribute("id").value();
        EXPECT_TRUE(keys.insert(key).second) << key;
        const pugi::xml_node holder = v12 ? unit : unit.child("segment");
        const pugi::xml_node source = holder.child("source");
        const pugi::xml_node target = holder.child("target");
        ASSERT_TRUE(source) << key;
        if (!target) ++untranslated;
        const std::string state =
            v12 ? target.attribute("state").value() : holder.attribute("state").value();
        if (target || !v12) {
          EXPECT_TRUE(states.count(state)) << key << ": '" << state << "'";
        }
        if (!v12) {
          EXPECT_EQ(state == "initial", !target) << key;
        }
        std::set<std::string> source_codes;
        for (const pugi::xml_node code : source.children(code_name))
          EXPECT_TRUE(source_codes.insert(code.attribute("id").value()).second) << key;
        for (const pugi::xml_node code : target.children(code_name))
          EXPECT_TRUE(source_codes.count(code.attribute("id").value())) << key;
        const std::string text = source.text().get();
        if (text.starts_with("{count, plural, one {")) {
          ++plurals;
          EXPECT_TRUE(text.ends_with("}}")) << text;
          if (target) {
            EXPECT_NE(std::string(target.text().get()).find(" other {#"), std::string::npos) << key;
          }
        }
      }
    }
    EXPECT_EQ(units, entries) << locale_directory.path();
    EXPECT_GT(untranslated, entries / 40) << locale_directory.path();
    EXPECT_LT(untranslated, entries / 10) << locale_directory.path();
    EXPECT_GT(plurals, entries / 50) << locale_directory.path();
  }
}

TEST(GenCorpus, Xliff12IsWellFormedAndStandard) {
  testing::TempDir directory;
  generate(directory / "c", 1200, {"fr-FR", "ar-SA", "ko-KR"}, CorpusFormat::xliff12);
  expect_standard_xliff(directory / "c", CorpusFormat::xliff12, 1200);
}

TEST(GenCorpus, Xliff20IsWellFormedAndStandard) {
  testing::TempDir directory;
  generate(directory / "c", 1200, {"de-DE", "he-IL", "zh-TW"}, CorpusFormat::xliff20);
  expect_standard_xliff(directory / "c", CorpusFormat::xliff20, 1200);
}

TEST(GenCorpus, CommandLineRefusesANonEmptyDirectoryAndBadLocales) {
  testing::TempDir directory;
  directory.write("c/keep.txt", "mine");
  ProcessResult result = run_process({L10NC_GEN_CORPUS, "--entries", "10", "--locales", "es-ES",
                                      "-o", (directory / "c").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.output, "l10nc-gen-corpus: error: '" + (directory / "c").string() +
                               "' exists and is not empty\n");
  result = run_process({L10NC_GEN_CORPUS, "--entries", "10", "--locales", "es-ES,../x", "-o",
                        (directory / "d").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.output, "l10nc-gen-corpus: error: '../x' is not a locale\n");
  result = run_process({L10NC_GEN_CORPUS, "--entries", "10", "--locales", "es-ES", "--format", "po",
                        "-o", (directory / "d").string()});
  EXPECT_EQ(result.exit_code, 2);
  result = run_process({L10NC_GEN_CORPUS, "--entries", "10", "--locales", "es-ES,ja", "-o",
                        (directory / "d").string()});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(result.output.starts_with("l10nc-gen-corpus: wrote 6 files (3 pages x 2 locales, "))
      << result.output;
  EXPECT_TRUE(result.output.ends_with(" bytes) to " + (directory / "d").string() + "\n"))
      << result.output;
  EXPECT_TRUE(fs::is_directory(directory / "d/ja"));
}

}  // namespace
}  // namespace l10nc::gen
