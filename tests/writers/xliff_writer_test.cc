#include "writers/xliff_writer.h"

#include <gtest/gtest.h>
#include <unicode/messagepattern.h>

#include <l10n/catalog.h>
#include <filesystem>
#include <set>

#include "base/file_io.h"
#include "base/unicode_text.h"
#include "model/message_pattern.h"
#include "model/translation_file.h"
#include "test_support.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// A catalog of one document, read with warnings allowed.
Catalog read_catalog(const fs::path& path, std::string* locale = nullptr) {
  testing::ReadResult result = testing::read_document_text(path.string(), testing::read_text(path));
  EXPECT_TRUE(result.ok) << result.diagnostics;
  if (locale != nullptr) *locale = result.document.locale;
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(std::move(result.document), diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  return catalog;
}

// Writes the catalog's units for `locale` as XLIFF (2.0 unless asked for 1.2) to `path`.
void export_to(const Catalog& catalog, const std::string& locale, const fs::path& path,
               XliffVersion version = XliffVersion::v2) {
  DiagnosticList diagnostics;
  XliffExport xliff = xliff_export(catalog, locale, catalog_units(catalog, locale, true));
  xliff.version = version;
  const std::string text = xliff_text(xliff, diagnostics);
  EXPECT_TRUE(diagnostics.diagnostics().empty());
  ASSERT_TRUE(write_file(path, text));
}

std::string describe(const Translation& translation) {
  return translation.text.pattern + " [" + std::string(state_name(translation.state)) + "] " +
         (translation.label() ? "label: " + translation.label()->pattern : "") +
         " previous: " + translation.previous_source() + " subState: " + translation.sub_state();
}

// Everything but where the text was read (origins). XLIFF 1.2 has no canDelete: a code read
// back from it is never deletable.
void expect_same_catalog(const Catalog& expected, const Catalog& actual, const std::string& what,
                         XliffVersion written = XliffVersion::v2) {
  ASSERT_EQ(actual.entries().size(), expected.entries().size()) << what;
  for (size_t i = 0; i < expected.entries().size(); ++i) {
    const Entry& want = expected.entries()[i];
    const Entry& got = actual.entries()[i];
    EXPECT_EQ(got.key, want.key) << what;
    EXPECT_EQ(got.document, want.document) << what << ": " << want.key;
    EXPECT_EQ(got.source.pattern, want.source.pattern) << what << ": " << want.key;
    EXPECT_EQ(got.notes, want.notes) << what << ": " << want.key;
    std::vector<InlineCode> want_codes = want.codes;
    if (written == XliffVersion::v1_2)
      for (InlineCode& code : want_codes) code.deletable = false;
    EXPECT_TRUE(got.codes == want_codes) << what << ": " << want.key;
    ASSERT_EQ(got.translations.size(), want.translations.size()) << what << ": " << want.key;
    for (const auto& [locale, translation] : want.translations) {
      ASSERT_EQ(got.translations.count(locale), 1u) << what << ": " << want.key;
      EXPECT_EQ(describe(got.translations.at(locale)), describe(translation))
          << what << ": " << want.key << " in " << locale;
    }
  }
  EXPECT_EQ(actual.document_titles(), expected.document_titles()) << what;
}

class XliffWriterVersions : public ::testing::TestWithParam<XliffVersion> {};

TEST_P(XliffWriterVersions, TheSeedReadsBackAsTheSameCatalog) {
  const Catalog seed = testing::catalog_or_fail({testing::seed_path()});
  TempDir dir;
  export_to(seed, "es_ES", dir / "sspi-status-codes.xlf", GetParam());
  const Catalog exported = testing::catalog_or_fail({dir / "sspi-status-codes.xlf"});
  expect_same_catalog(seed, exported, "seed");
  const Translation& translation =
      exported.find("SEC_E_ALGORITHM_MISMATCH")->translations.at("es_ES");
  EXPECT_EQ(translation.state, TranslationState::machine_translated);
  EXPECT_EQ(translation.label()->pattern, "s _ E _ _ no coinciden los algoritmos");
}

TEST_P(XliffWriterVersions, EveryCorpusFileReadsBackAsTheSameCatalog) {
  for (const fs::path& path : testing::xliff_corpus_files()) {
    std::string locale;
    const Catalog original = read_catalog(path, &locale);
    TempDir dir;
    export_to(original, locale, dir / path.filename(), GetParam());
    std::string exported_locale;
    const Catalog exported = read_catalog(dir / path.filename(), &exported_locale);
    EXPECT_EQ(exported_locale, locale) << path;
    expect_same_catalog(original, exported, path.filename().string(), GetParam());
  }
}

INSTANTIATE_TEST_SUITE_P(Xliff, XliffWriterVersions,
                         ::testing::Values(XliffVersion::v1_2, XliffVersion::v2),
                         [](const ::testing::TestParamInfo<XliffVersion>& info) {
                           return info.param == XliffVersion::v1_2 ? "v1_2" : "v2_0";
                         });

TEST(Xliff20Writer, WritesCodesAsCodesAndPluralsAsAngularDoes) {
  const Catalog catalog =
      read_catalog(testing::corpus_dir() / "xliff/1.2/locize-example_native-span-start-end12.xlf");
  DiagnosticList diagnostics;
  const std::string text = xliff_text(
      xliff_export(catalog, "de_CH", catalog_units(catalog, "de_CH", true)), diagnostics);
  EXPECT_EQ(text,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
            "xmlns:l10nc=\"urn:l10nc:xliff\" srcLang=\"en\" trgLang=\"de-CH\">\n"
            "  <file id=\"f1\" original=\"locize-example_native-span-start-end12\" "
            "l10nc:message-syntax=\"text\" "
            "l10nc:domain=\"locize-example_native-span-start-end12\">\n"
            "    <unit id=\"key1\" name=\"key1\">\n"
            "      <notes>\n"
            "        <note category=\"l10nc:key\">key1</note>\n"
            "        <note category=\"l10nc:origin\">" +
                // Stable for vendors: relative, without line and column.
                (testing::corpus_dir() / "xliff/1.2/locize-example_native-span-start-end12.xlf")
                    .lexically_relative(fs::current_path())
                    .generic_string() +
                "</note>\n"
                "      </notes>\n"
                "      <originalData>\n"
                "        <data id=\"d1\">&lt;b&gt;</data>\n"
                "        <data id=\"d2\">&lt;/b&gt;</data>\n"
                "      </originalData>\n"
                "      <segment state=\"translated\">\n"
                // A 1.2 code is kept (1.2 has no canDelete): XLIFF 2 says so.
                "        <source>This is <sc id=\"b1\" canDelete=\"no\" dataRef=\"d1\"/>bold <ec "
                "startRef=\"b1\" dataRef=\"d2\"/> text</source>\n"
                "        <target>Dies ist <sc id=\"b1\" canDelete=\"no\" dataRef=\"d1\"/>fett "
                "formatierter <ec startRef=\"b1\" dataRef=\"d2\"/> Text</target>\n"
                "      </segment>\n"
                "    </unit>\n"
                "  </file>\n"
                "</xliff>\n");
}

// Patterns that are not from XLIFF at all: every piece of MessageFormat syntax survives.
TEST(Xliff20Writer, AnyPatternReadsBackTheSame) {
  Document document;
  document.path = "any.md";
  document.name = "any";
  document.locale = "fr";
  auto add = [&](std::string key, std::string source, std::string target) {
    Unit unit;
    unit.key = std::move(key);
    unit.source.pattern = std::move(source);
    unit.target = Message{std::move(target), {}};
    unit.state = TranslationState::translated;
    document.units.push_back(std::move(unit));
  };
  add("braces", "Use '{'name'}' or '{}' or '{'x, plural, one'}'", "Employez '{'name'}'");
  add("quotes", escape_literal("It's a '{quoted}' word, isn't it? {x, plural, one {#}}"),
      escape_literal("C'est '{'"));
  add("number", "{count, plural, offset:1 =0 {none} one {# file} other {# files and '#'}}",
      "{count, plural, =0 {aucun} other {# fichiers}}");
  add("format", "Due {when, date, short}, {n, number, integer} left", "{n, number} restants");
  add("nested", "{g, select, f {{n, plural, one {her file} other {her {n} files}}} other {x}}",
      "{g, select, other {{n, selectordinal, one {#er} other {#e}}}}");
  add("spaces", "  two  spaces\nand a line ", " x ");
  add("control", "bell\x07", "cloche\x07");
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(document, diagnostics);
  TempDir dir;
  export_to(catalog, "fr", dir / "any.xlf");
  const Catalog exported = testing::catalog_or_fail({dir / "any.xlf"});
  expect_same_catalog(catalog, exported, "any");
  const std::string text = testing::read_text(dir / "any.xlf");
  // '#' is written bare, as translators write ICU plurals; a literal '#' is quoted syntax.
  EXPECT_NE(text.find("<source>{count, plural, offset:1 =0 {none} one {# file} other {# files "
                      "and <ph id=\"l10nc-syntax\" type=\"other\" subType=\"l10nc:syntax\" "
                      "disp=\"'#'\"/>}}"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("<source>bell<cp hex=\"0007\"/></source>"), std::string::npos);
}

std::set<std::string> argument_names(const std::string& pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError error;
  const icu::MessagePattern parsed(to_utf16(pattern), &error, status);
  EXPECT_TRUE(U_SUCCESS(status)) << pattern;
  std::set<std::string> names;
  for (int32_t i = 0; U_SUCCESS(status) && i < parsed.countParts(); ++i) {
    const icu::MessagePattern::Part& part = parsed.getPart(i);
    if (part.getType() == UMSGPAT_PART_TYPE_ARG_NAME)
      names.insert(to_utf8(parsed.getSubstring(part)));
  }
  return names;
}

TEST(Xliff20Writer, InlineCodesAndPluralsSurviveReadCompileAndFormat) {
  const fs::path angular = testing::corpus_dir() / "xliff/1.2/angular-messages.fr.xlf";
  const fs::path locize = testing::corpus_dir() / "xliff/1.2/locize-example_generic-span12.xlf";
  // Source and target of a unit take the same arguments.
  for (const fs::path& path : {angular, locize}) {
    const Catalog catalog = read_catalog(path);
    for (const Entry& entry : catalog.entries())
      for (const auto& [locale, translation] : entry.translations)
        EXPECT_EQ(argument_names(translation.text.pattern), argument_names(entry.source.pattern))
            << entry.key;
  }
  // Compiled from the corpus files and from their XLIFF 2.0 exports: the same messages.
  TempDir dir;
  export_to(read_catalog(angular), "fr", dir / "angular.xlf");
  export_to(read_catalog(locize), "de_CH", dir / "locize.xlf");
  testing::compile_or_fail({angular.string(), locize.string()}, dir / "corpus");
  testing::compile_or_fail({(dir / "angular.xlf").string(), (dir / "locize.xlf").string()},
                           dir / "exported");
  for (const char* package : {"corpus", "exported"}) {
    const l10n::Catalog runtime((dir / package).string());
    ASSERT_TRUE(runtime.ok()) << runtime.error();
    const std::string plural = "5a134dee893586d02bffc9611056b9cadf9abfad";
    // Keys of files other tools wrote live in their document's domain, through export too.
    auto format = [&](const char* locale, const std::string& key,
                      std::vector<l10n::Argument> arguments) {
      const char* domain =
          key.starts_with("key") ? "locize-example_generic-span12" : "angular-messages";
      return runtime.format(locale, l10n::MessageId{domain, key}, arguments).text;
    };
    EXPECT_EQ(format("fr", plural, {{"VAR_PLURAL", int64_t{0}}}), "à l'instant") << package;
    EXPECT_EQ(format("fr_CA", plural, {{"VAR_PLURAL", int64_t{1}}}), "il y a une minute");
    EXPECT_EQ(format("fr", plural, {{"VAR_PLURAL", int64_t{7}}, {"INTERPOLATION", "7"}}),
              "il y a 7 minutes");
    EXPECT_EQ(format("es", plural, {{"VAR_PLURAL", int64_t{7}}, {"INTERPOLATION", "7"}}),
              "7 minutes ago");
    EXPECT_EQ(
        format("fr", "7151c2e67748b726f0864fc443861d45df21d706",
               {{"VAR_PLURAL", int64_t{3}}, {"INTERPOLATION", "3"}, {"VAR_SELECT", "female"}}),
        "il y a 3 minutes par une femme");
    EXPECT_EQ(format("fr", "ba0cc104d3d69bf669f97b8d96a4c5d8d9559aa3", {}),
              "Je n'affiche aucun élément");
    EXPECT_EQ(format("de_CH", "key1", {{"name_start", "<b>"}, {"name_end", "</b>"}}),
              "Hallo <b>{name}</b>");
    EXPECT_EQ(format("en", "key.nested", {{"dataType_start", "["}, {"dataType_end", "]"}}),
              "[{dataType}] Data Manager");
  }
}

}  // namespace
}  // namespace l10nc
