#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <filesystem>
#include <string_view>

#include "base/unicode_text.h"
#include "model/message_pattern.h"
#include "readers/xml_input.h"
#include "test_support.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;
using testing::read_document_text;
using testing::ReadResult;

// Counted without l10nc: every element named trans-unit (1.2) or unit (2.0), whatever its
// namespace prefix; pugixml skips commented-out ones.
size_t count_units(const fs::path& path) {
  pugi::xml_document document;
  EXPECT_TRUE(document.load_file(path.c_str())) << path;
  size_t units = 0;
  struct Counter : pugi::xml_tree_walker {
    size_t* units;
    bool for_each(pugi::xml_node& node) override {
      const std::string_view name = node.name();
      const std::string_view local = name.substr(name.find(':') + 1);
      *units += node.type() == pugi::node_element && (local == "trans-unit" || local == "unit");
      return true;
    }
  } counter;
  counter.units = &units;
  document.traverse(counter);
  return units;
}

ReadResult read_corpus(const std::string& name) {
  const fs::path path = testing::corpus_dir() / "xliff" / name;
  return read_document_text(path.string(), testing::read_text(path));
}

const Unit& unit(const Document& document, std::string_view key) {
  for (const Unit& unit : document.units)
    if (unit.key == key) return unit;
  ADD_FAILURE() << "no unit " << key;
  static const Unit none;
  return none;
}

std::string target(const Unit& unit) { return unit.target ? unit.target->pattern : "<none>"; }

TEST(Xliff, ReadsEveryCorpusFileWithTheUnitCountOfTheFile) {
  const std::map<std::string, size_t> expected = {
      {"angular-messages.fr.xlf", 9},
      {"locize-example_cdata12.xlf", 3},
      {"locize-example_generic-span12.xlf", 3},
      {"locize-example_marker12.xlf", 1},
      {"locize-example_multi12.xlf", 4},
      {"locize-example_native-span-start-end12.xlf", 1},
      {"matecat-entities.xlf", 2},
      {"matecat-file-with-emoji.xlf", 1},
      {"matecat-file-with-notes-converted-nobase64.xlf", 3},
      {"matecat-xliff12-with-segment-state.xlf", 10},
      {"okapi-RB-12-Test02.xlf", 9},
      {"okapi-Typo3Draft.xlf", 6},
      {"symfony-security.de.xlf", 19},
      {"symfony-security.ja.xlf", 19},
      {"symfony-security.zh_CN.xlf", 19},
      {"locize-example_generic-span-start-end.xlf", 1},
      {"locize-example_markedspan.xlf", 1},
      {"locize-example_native-span.xlf", 3},
      {"locize-example_note.xlf", 6},
      {"locize-example_standalone.xlf", 1},
      {"matecat-blank-dataRef.xlf", 29},
      {"xliff2om-withCDataSections.xlf", 1},
      {"xliff2om-withCommentAnnotations.xlf", 1},
      {"xliff2om-withMatches.xlf", 1},
      {"xliff2om-withReorderedCodes.xlf", 5},
  };
  const std::vector<fs::path> files = testing::xliff_corpus_files();
  ASSERT_EQ(files.size(), expected.size());
  for (const fs::path& path : files) {
    const ReadResult result = read_document_text(path.string(), testing::read_text(path));
    EXPECT_TRUE(result.ok) << path << "\n" << result.diagnostics;
    EXPECT_EQ(result.diagnostics.find(": error:"), std::string::npos) << result.diagnostics;
    EXPECT_EQ(result.document.units.size(), count_units(path)) << path;
    EXPECT_EQ(result.document.units.size(), expected.at(path.filename().string())) << path;
    for (const Unit& unit : result.document.units) {
      EXPECT_TRUE(is_valid_key(unit.key)) << path << ": " << unit.key;
      EXPECT_FALSE(unit.source.pattern.empty()) << path << ": " << unit.key;
      EXPECT_GT(unit.source.origin.line, 0u) << path << ": " << unit.key;
    }
  }
}

TEST(Xliff, AngularPluralsAndSelectsStayMessageFormatWithInterpolationsAsArguments) {
  const ReadResult result = read_corpus("1.2/angular-messages.fr.xlf");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(result.diagnostics, "");
  const Document& document = result.document;
  EXPECT_EQ(document.locale, "fr");  // from the file name: Angular writes no target-language
  const Unit& plural = unit(document, "5a134dee893586d02bffc9611056b9cadf9abfad");
  EXPECT_EQ(plural.source.pattern,
            "{VAR_PLURAL, plural, =0 {just now} =1 {one minute ago} other {{INTERPOLATION} "
            "minutes ago}}");
  EXPECT_EQ(target(plural),
            "{VAR_PLURAL, plural, =0 {à l''instant} =1 {il y a une minute} other {il y a "
            "{INTERPOLATION} minutes}}");
  EXPECT_EQ(plural.state, TranslationState::translated);
  ASSERT_EQ(plural.codes.size(), 1u);
  EXPECT_EQ(plural.codes[0], (InlineCode{"INTERPOLATION", InlineCode::Role::standalone,
                                         "INTERPOLATION", "{{minutes}}", "", ""}));
  EXPECT_EQ(target(unit(document, "7151c2e67748b726f0864fc443861d45df21d706")),
            "{VAR_PLURAL, plural, =0 {à l''instant} =1 {il y a une minute} other {il y a "
            "{INTERPOLATION} minutes par {VAR_SELECT, select, male {un homme} female {une femme} "
            "other {autre}}}}");
  EXPECT_EQ(unit(document, "f99f34ac9bd4606345071bd813858dec29f3b7d1").source.pattern,
            "The author is {ICU}");
  const Unit& header = unit(document, "introductionHeader");
  EXPECT_EQ(header.source.pattern, "Hello i18n!");  // white space collapsed and trimmed
  EXPECT_EQ(target(header), "Bonjour i18n !");
  EXPECT_EQ(header.notes,
            (std::vector<std::string>{"An introduction header for this sample", "User welcome"}));
  EXPECT_EQ(header.source.origin.line, 6u);
  EXPECT_EQ(header.source.origin.column, 17u);
}

TEST(Xliff, PairedCodesBecomeStartAndEndArgumentsWithTheirNativeData) {
  ReadResult result = read_corpus("1.2/locize-example_native-span-start-end12.xlf");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  const Unit& bold = unit(result.document, "key1");
  EXPECT_EQ(bold.source.pattern, "This is {b1_start}bold {b1_end} text");
  EXPECT_EQ(target(bold), "Dies ist {b1_start}fett formatierter {b1_end} Text");
  EXPECT_EQ(bold.codes,
            (std::vector<InlineCode>{{"b1_start", InlineCode::Role::start, "b1", "", "", "<b>"},
                                     {"b1_end", InlineCode::Role::end, "b1", "", "", "</b>"}}));
  EXPECT_EQ(result.document.locale, "de_CH");

  result = read_corpus("1.2/locize-example_generic-span12.xlf");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  // Text inside <g> is text: "{name}" is literal, not an argument.
  EXPECT_EQ(unit(result.document, "key1").source.pattern, "Hello {name_start}'{'name'}'{name_end}");

  result = read_corpus("2.0/matecat-blank-dataRef.xlf");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  const Unit& styles = unit(result.document, "tu2");
  EXPECT_EQ(styles.source.pattern,
            "Testo libero contenente {c1_start}corsivo{c1_end}, {c2_start}grassetto{c2_end}, "
            "{c3_start}{c4_start}grassetto + corsivo{c4_end}{c3_end} e {c5_start}larghezza "
            "fissa{c5_end}.");
  ASSERT_EQ(styles.codes.size(), 10u);
  EXPECT_EQ(styles.codes[2], (InlineCode{"c2_start", InlineCode::Role::start, "2", "", "", "**"}));
  // xml:space="preserve" keeps the line break; an isolated <ec> is an end without a start.
  EXPECT_EQ(unit(result.document, "tu4").source.pattern,
            "Anche quest''altro paragrafo contiene due frasi.{c1}\n                    La "
            "seconda frase va sulla riga successiva.");
  EXPECT_EQ(unit(result.document, "tu29").source.pattern,
            "Link con testo alternativo: {c1_start}Google{c1_end}La pagina di Google{c2_end}.");
}

TEST(Xliff, TargetsFollowTheirOrderAndIgnorablesBelongToTheText) {
  ReadResult result = read_corpus("2.0/xliff2om-withReorderedCodes.xlf");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  const Unit& swapped = unit(result.document, "3");
  // Code ids "1" and "c1" would both be called c1: the second gets a suffix.
  EXPECT_EQ(swapped.source.pattern, "{c1} {c2} {c1_2} {extra} {c3} {c4}");
  EXPECT_EQ(target(swapped), "{c3} {c4} {extra} {c1} {c2}");
  EXPECT_EQ(target(unit(result.document, "1")), "{c3} {c1_start} text {c2} {c1_end}");

  result = read_corpus("2.0/xliff2om-withCDataSections.xlf");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(unit(result.document, "1").source.pattern, "source & and < etc. & and < etc.");
  EXPECT_EQ(target(unit(result.document, "1")), "target & and < etc. & and < etc.");
}

TEST(Xliff, StatesOfXliff12) {
  ReadResult result = read_corpus("1.2/matecat-xliff12-with-segment-state.xlf");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(result.document.locale, "it");
  const std::map<std::string, TranslationState> expected = {
      {"uploadImage", TranslationState::missing},             // new
      {"enterImage", TranslationState::missing},              // needs-translation
      {"pleaseUploadImage", TranslationState::needs_review},  // needs-adaptation
      {"yourImageFile", TranslationState::needs_review},      // needs-l10n
      {"imageUrlLabel", TranslationState::needs_review},      // needs-review-translation
      {"imageUrlPlaceholder", TranslationState::needs_review},
      {"supportedImageFormats", TranslationState::needs_review},
      {"useThisFile", TranslationState::translated},  // translated
      {"doNotClose", TranslationState::reviewed},     // signed-off
      {"uploadVideo", TranslationState::final},       // final
  };
  for (const auto& [key, state] : expected)
    EXPECT_EQ(unit(result.document, key).state, state) << key;
  // The segment markers of a segmented target are not annotations: no warning for them.
  EXPECT_EQ(result.diagnostics, "");

  // A Symfony file (original="file.ext"): keyed by source text, in the domain its name gives.
  result = read_corpus("1.2/symfony-security.zh_CN.xlf");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  const Unit& minutes = unit(
      result.document, "Too many failed login attempts, please try again in %minutes% minutes.");
  EXPECT_EQ(minutes.state, TranslationState::missing);
  EXPECT_EQ(minutes.domain, "symfony-security");
  EXPECT_TRUE(minutes.source_is_key);
  EXPECT_EQ(
      unit(result.document, "Too many failed login attempts, please try again in %minutes% minute.")
          .state,
      TranslationState::translated);

  result = read_corpus("1.2/matecat-entities.xlf");  // approved="yes", state="final"
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(result.document.units[1].state, TranslationState::final);
  EXPECT_EQ(result.document.units[1].xliff_state, "final");
  EXPECT_FALSE(result.document.units[0].translatable);  // translate="no"
  EXPECT_TRUE(result.document.units[1].translatable);
  EXPECT_EQ(result.document.units[1].key,
            "\"https://studio.code.org/s/coursee-2022/lessons/7/levels/7\".sublevels."
            "courseD_artist_nestedLoops9_predict12022.contained levels.0.dsls.questions.0.text");
}

TEST(Xliff, StatesOfXliff2) {
  const std::string head =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
      "trgLang=\"fr\"><file id=\"f\">\n";
  auto unit_with = [](const std::string& id, const std::string& segment_attributes,
                      const std::string& target_text) {
    return "<unit id=\"" + id + "\"><segment " + segment_attributes +
           "><source>Text</source><target>" + target_text + "</target></segment></unit>\n";
  };
  const ReadResult result = read_document_text(
      "states.xlf",
      head + unit_with("a", "state=\"initial\"", "Texte") +
          unit_with("b", "state=\"translated\"", "Texte") +
          unit_with("c", "state=\"reviewed\"", "Texte") +
          unit_with("d", "state=\"final\"", "Texte") +
          unit_with("e", "state=\"translated\" subState=\"l10nc:needs-review\"", "Texte") +
          unit_with("f", "state=\"final\" subState=\"l10nc:needs-review\"", "Texte") +
          unit_with("g", "state=\"translated\" subState=\"l10nc:machine-translated\"", "Texte") +
          unit_with("h", "state=\"translated\" subState=\"acme:draft\"", "Texte") +
          unit_with("i", "", "Texte") + unit_with("j", "state=\"translated\"", "") +
          unit_with("k", "state=\"done\"", "Texte") + "</file></xliff>\n");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  const std::map<std::string, TranslationState> expected = {
      {"a", TranslationState::needs_review},  // filled in, other than the source: a draft
      {"b", TranslationState::translated},
      {"c", TranslationState::reviewed},
      {"d", TranslationState::final},
      {"e", TranslationState::needs_review},
      {"f", TranslationState::final},  // set final since l10nc asked for a review
      {"g", TranslationState::machine_translated},
      {"h", TranslationState::translated},
      {"i", TranslationState::translated},  // a target without a state is a translation
      {"j", TranslationState::missing},     // an empty target is none
      {"k", TranslationState::needs_review},
  };
  for (const auto& [key, state] : expected)
    EXPECT_EQ(unit(result.document, key).state, state) << key;
  EXPECT_EQ(target(unit(result.document, "a")), "Texte");
  EXPECT_EQ(unit(result.document, "c").xliff_state, "reviewed");
  EXPECT_EQ(target(unit(result.document, "j")), "<none>");
  EXPECT_EQ(unit(result.document, "h").sub_state, "acme:draft");
  EXPECT_EQ(unit(result.document, "e").sub_state, "");
  EXPECT_EQ(result.diagnostics,
            "states.xlf:12:30: warning: state 'done' is not an XLIFF 2 state (initial, "
            "translated, reviewed, final): read as needs-review\n"
            "<unit id=\"k\"><segment state=\"done\"><source>Text</source><target>Texte</target>"
            "</segment></unit>\n"
            "                             ^\n"
            "states.xlf:2:1: warning: 1 target is filled in although the state says untranslated "
            "(new, needs-translation or initial), and differ from the source: compiled as "
            "needs-review (set the state to translated once done); reported once per file\n"
            "<unit id=\"a\"><segment state=\"initial\"><source>Text</source><target>Texte</target>"
            "</segment></unit>\n"
            "^\n");
}

TEST(Xliff, NamespacePrefixesModulesAndUnkeyableNamesAreReportedNotFatal) {
  const ReadResult result = read_corpus("1.2/okapi-Typo3Draft.xlf");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(result.document.locale, "de");
  EXPECT_EQ(unit(result.document, "3").source.pattern,
            "This is a sentence with a {c1_start}bold{c1_end}word.");
  EXPECT_EQ(unit(result.document, "4").source.pattern,
            "This is a sentence with a <b>bold</b>word.");  // CDATA is text
  EXPECT_EQ(target(unit(result.document, "6")), "<none>");
  const std::string path = (testing::corpus_dir() / "xliff/1.2/okapi-Typo3Draft.xlf").string();
  EXPECT_NE(
      result.diagnostics.find(
          path + ":67:6: warning: <l10nmgr:translation> (http://l10ntech.de/) in <trans-unit> is "
                 "not read by l10nc; reported once per file\n"),
      std::string::npos)
      << result.diagnostics;
  EXPECT_NE(
      result.diagnostics.find(path + ":45:37: warning: '$key' cannot be a message key: keyed by "
                                     "id '1' instead\n"),
      std::string::npos)
      << result.diagnostics;
}

TEST(Xliff, AnnotationsAreReportedWithTheirPlace) {
  const ReadResult result = read_corpus("2.0/locize-example_markedspan.xlf");
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(unit(result.document, "key1").source.pattern, "Press the TAB key.");
  const std::string path =
      (testing::corpus_dir() / "xliff/2.0/locize-example_markedspan.xlf").string();
  EXPECT_EQ(result.diagnostics,
            path +
                ":5:27: warning: annotation <mrk type=\"term\"> is not kept: l10nc messages hold "
                "no annotations; its text is read\n"
                "        <source>Press the <mrk id=\"m1\" type=\"term\">TAB key</mrk>.\n"
                "                          ^\n" +
                path +
                ":7:33: warning: annotation <mrk type=\"term\"> is not kept: l10nc messages hold "
                "no annotations; its text is read\n"
                "        <target>Drücken Sie die <mrk id=\"m2\" type=\"term\">TAB-TASTE</mrk>.\n"
                "                                ^\n");
}

TEST(Xliff, SegmentationThatChangesTheTextIsReported) {
  const ReadResult result = read_corpus("1.2/okapi-RB-12-Test02.xlf");
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(unit(result.document, "ID1").source.pattern, "Paragraph 2");
  EXPECT_EQ(unit(result.document, "OtherID").source.pattern,
            "Text with a footnote{c1} and more text");
  EXPECT_EQ(unit(result.document, "7").source.pattern,
            "Text with {c2_start}{c1}{c2_end} and more text.");
  EXPECT_EQ(target(unit(result.document, "11")), "<none>");
  // CRLF line ends and a windows-1252 declaration: positions are still right; the quoted
  // lines show the undecoded bytes as U+FFFD.
  EXPECT_NE(result.diagnostics.find("okapi-RB-12-Test02.xlf:47:1: warning: <seg-source> has "
                                    "other text than <source>: the <source> is read\n"),
            std::string::npos)
      << result.diagnostics;
  EXPECT_EQ(unit(result.document, "11withWarning").source.origin.line, 45u);
  EXPECT_EQ(unit(result.document, "11withWarning").source.origin.column, 23u);
}

TEST(Xliff, DeclaredEncodingIsConverted) {
  const ReadResult result = read_document_text(
      "fr/latin.xlf",
      "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n"
      "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
      "<file original=\"x\" source-language=\"en\"><body>\n"
      "<trans-unit id=\"coffee\"><source>Coffee \x80 2</source><target>Caf\xE9 \x80 2</target>"
      "</trans-unit>\n"
      "<trans-unit id=\"coffee\"><source>Tea</source></trans-unit>\n"
      "</body></file></xliff>\n");
  EXPECT_FALSE(result.ok);
  // Positions count the converted characters; the snippet shows the file's own bytes.
  EXPECT_EQ(result.diagnostics,
            "fr/latin.xlf:5:1: error: duplicate id 'coffee' with different text\n"
            "<trans-unit id=\"coffee\"><source>Tea</source></trans-unit>\n"
            "^\n"
            "fr/latin.xlf:4:1: note: first defined here\n"
            "<trans-unit id=\"coffee\"><source>Coffee \uFFFD 2</source><target>Caf\uFFFD \uFFFD 2"
            "</target></trans-unit>\n"
            "^\n");
  const ReadResult good = read_document_text(
      "fr/latin.xlf",
      "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n"
      "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
      "<file original=\"x\" source-language=\"en\"><body>\n"
      "<trans-unit id=\"coffee\"><source>Coffee \x80 2</source><target>Caf\xE9 \x80 2</target>"
      "</trans-unit>\n"
      "</body></file></xliff>\n");
  ASSERT_TRUE(good.ok) << good.diagnostics;
  EXPECT_EQ(good.document.locale, "fr");  // from the folder
  EXPECT_EQ(target(unit(good.document, "coffee")), "Café € 2");
  EXPECT_EQ(unit(good.document, "coffee").target->origin.column, 60u);
}

TEST(Xliff, Utf16WithAByteOrderMarkIsRead) {
  const std::string xml =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
      "trgLang=\"ja\">\n<file id=\"f\"><unit id=\"hi\"><segment><source>Hi</source>"
      "<target>\xE3\x81\x93\xE3\x82\x93</target></segment></unit></file></xliff>\n";
  const icu::UnicodeString utf16 = to_utf16(xml);
  std::string little_endian = "\xFF\xFE";
  for (int32_t i = 0; i < utf16.length(); ++i) {
    little_endian += static_cast<char>(utf16[i] & 0xFF);
    little_endian += static_cast<char>(utf16[i] >> 8);
  }
  const ReadResult result = read_document_text("utf16.xlf", little_endian);
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(target(unit(result.document, "hi")), "\xE3\x81\x93\xE3\x82\x93");
  EXPECT_EQ(unit(result.document, "hi").target->origin.line, 2u);
}

TEST(Xliff, IdsThatCollideAcrossFilesAreQualifiedByTheFile) {
  const ReadResult result = read_document_text(
      "two.xlf",
      "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
      "<file original=\"menu.json\" source-language=\"en\" target-language=\"de\"><body>\n"
      "<trans-unit id=\"open\"><source>Open</source><target>Öffnen</target></trans-unit>\n"
      "<trans-unit id=\"close\"><source>Close</source></trans-unit>\n"
      "</body></file>\n"
      "<file original=\"door.json\" source-language=\"en\"><body>\n"
      "<trans-unit id=\"open\"><source>Open the door</source></trans-unit>\n"
      "</body></file></xliff>\n");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  std::vector<std::string> keys;
  for (const Unit& unit : result.document.units) keys.push_back(unit.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"menu.json:open", "close", "door.json:open"}));
  EXPECT_EQ(result.document.locale, "de");
}

TEST(Xliff, MessageSyntaxThatDoesNotParseIsText) {
  const ReadResult result = read_document_text(
      "en.xlf",
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">\n"
      "<file id=\"f\"><unit id=\"u\"><segment>\n"
      "<source>{n, plural, one {# file}} '{x}' # {n}</source>\n"
      "</segment></unit></file></xliff>\n");
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(unit(result.document, "u").source.pattern,
            escape_literal("{n, plural, one {# file}} '{x}' # {n}"));
  EXPECT_EQ(result.diagnostics,
            "en.xlf:3:9: warning: ICU message syntax in <source> does not parse: read as plain "
            "text\n"
            "<source>{n, plural, one {# file}} '{x}' # {n}</source>\n"
            "        ^\n");
}

std::string repeated(std::string_view text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

std::string xliff20_source(std::string_view source) {
  return "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">\n"
         "<file id=\"f\"><unit id=\"u\"><segment>\n<source>" +
         std::string(source) + "</source>\n</segment></unit></file></xliff>\n";
}

// Each construct start is parsed once: before, every unclosed select made the ones around it
// parse it again, 2^60 times here (a fuzzer found a 4 KB file that took minutes; ctest's
// timeout fails this test if that comes back).
TEST(Xliff, UnclosedNestedConstructsAreText) {
  const std::string source = repeated("{a, select, x {", 60) + "text";
  const ReadResult result = read_document_text("en.xlf", xliff20_source(source));
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(unit(result.document, "u").source.pattern, escape_literal(source));
  EXPECT_EQ(result.diagnostics, "");
}

TEST(Xliff, AConstructInsideAnUnclosedOneIsStillRead) {
  const ReadResult result = read_document_text(
      "en.xlf", xliff20_source("{a, select, x {{n, plural, one {# file} other {# files}}"));
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(unit(result.document, "u").source.pattern,
            escape_literal("{a, select, x {") + "{n, plural, one {# file} other {# files}}");
}

// Constructs are read 32 levels deep and no deeper, so the reader's recursion stays bounded:
// of 40 nested selects, the inner 8 openings are text in the 32nd, and the 8 closings left
// over are text at the top level. The pattern parses; nothing is lost.
TEST(Xliff, ConstructsNestedBeyondTheLimitAreText) {
  const std::string open = "{a, select, x {", close = "} other {y}}";
  const std::string source = repeated(open, 40) + "text" + repeated(close, 40);
  const ReadResult result = read_document_text("en.xlf", xliff20_source(source));
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(unit(result.document, "u").source.pattern,
            repeated(open, 32) + escape_literal(repeated(open, 8) + "text") + repeated(close, 32) +
                escape_literal(repeated(close, 8)));
  EXPECT_EQ(result.diagnostics, "");
}
TEST(Xliff, AnEmptySourceIsReported) {
  const ReadResult result = read_document_text(
      "empty.xlf",
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">\n"
      "<file id=\"f\"><unit id=\"u\"><segment><source/></segment></unit></file></xliff>\n");
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(result.document.units.size(), 1u);
  EXPECT_EQ(result.diagnostics,
            "empty.xlf:2:14: warning: unit 'u' has no source text: its message is empty\n"
            "<file id=\"f\"><unit id=\"u\"><segment><source/></segment></unit></file></xliff>\n"
            "             ^\n");
}

}  // namespace
}  // namespace l10nc

namespace l10nc {
namespace {

// ICU plurals as other tools write them into XLIFF: '#' in a plural message is the number.
// It used to be read as a literal '#', so "3 fichiers" showed as "# fichiers".
TEST(Xliff, HashInAPluralMessageIsTheNumber) {
  const ReadResult result = read_document_text(
      "fr.xlf",
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
      "trgLang=\"fr\">\n"
      "<file id=\"f\"><unit id=\"files\"><segment>\n"
      "<source>{n, plural, one {# file} other {# files, {g, select, other {#}}}}</source>\n"
      "<target>{n, plural, one {# fichier} other {# fichiers}} # {n}</target>\n"
      "</segment></unit></file></xliff>\n");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  // In a select inside the plural, and outside any plural, '#' is plain text, as in ICU (and
  // outside plural and select constructs, braces are literal text).
  EXPECT_EQ(unit(result.document, "files").source.pattern,
            "{n, plural, one {# file} other {# files, {g, select, other {#}}}}");
  EXPECT_EQ(target(unit(result.document, "files")),
            "{n, plural, one {# fichier} other {# fichiers}} # '{'n'}'");
}

}  // namespace
}  // namespace l10nc

namespace l10nc {
namespace {

// XLIFF as older tools write it: 1.1 from translate-toolkit's po2xliff, a harmless DOCTYPE,
// UTF-16 without a byte order mark, code points XML cannot carry.
TEST(XliffVersions, Xliff11FromPo2xliffIsReadAs12) {
  const testing::ReadResult result = testing::read_document_text(
      "fr.xlf", testing::read_text(testing::source_dir() / "tests/data/translate-toolkit/fr.xlf"));
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(result.document.locale, "fr");  // from the file name
  std::vector<std::string> keys;
  for (const Unit& unit : result.document.units) keys.push_back(unit.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"3", "4", "5", "6", "7"}));         // no gettext header
  EXPECT_EQ(unit(result.document, "6").state, TranslationState::needs_review);  // fuzzy
  EXPECT_EQ(unit(result.document, "3").state, TranslationState::reviewed);      // approved
}

TEST(XliffVersions, APublicDoctypeIsReadAnInternalSubsetIsNot) {
  const std::string body =
      "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file "
      "source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\" original=\"x\"><body>"
      "<trans-unit id=\"a\"><source>Hi</source><target>Salut</target></trans-unit>"
      "</body></file></xliff>\n";
  const testing::ReadResult harmless = testing::read_document_text(
      "old.xlf",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff PUBLIC \"-//XLIFF//DTD XLIFF//EN\" "
      "\"http://www.oasis-open.org/committees/xliff/documents/xliff.dtd\">\n" +
          body);
  ASSERT_TRUE(harmless.ok) << harmless.diagnostics;
  EXPECT_EQ(target(unit(harmless.document, "a")), "Salut");
  const testing::ReadResult subset =
      testing::read_document_text("bad.xlf", "<!DOCTYPE xliff [<!ENTITY a \"b\">]>\n" + body);
  EXPECT_FALSE(subset.ok);
  EXPECT_EQ(subset.diagnostics.substr(0, subset.diagnostics.find('\n')),
            "bad.xlf:1:1: error: DOCTYPE declarations with an internal subset are not allowed: "
            "translation files need no DTD, and entity declarations are a known attack");
}

TEST(XliffVersions, Utf16WithoutAByteOrderMarkIsKnownByItsDeclaration) {
  const std::string utf8 =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<xliff version=\"2.0\" "
      "xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" trgLang=\"ja\"><file "
      "id=\"f\"><unit id=\"u\"><segment><source>Open</source><target>開く</target></segment>"
      "</unit></file></xliff>\n";
  for (const char* charset : {"UTF-16LE", "UTF-16BE"}) {
    const testing::ReadResult result =
        testing::read_document_text("ja.xlf", *utf8_to_charset(utf8, charset));
    ASSERT_TRUE(result.ok) << charset << result.diagnostics;
    EXPECT_EQ(target(unit(result.document, "u")), "開く") << charset;
  }
}

TEST(XliffVersions, CodePointsXmlCannotCarryAreRead) {
  const testing::ReadResult result = testing::read_document_text(
      "fr.xlf",
      "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" "
      "trgLang=\"fr\"><file id=\"f\"><unit id=\"u\"><segment><source>a<cp hex=\"FFFF\"/>b<cp "
      "hex=\"1\"/>c<cp hex=\"0\"/></source></segment></unit></file></xliff>\n");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(unit(result.document, "u").source.pattern, std::string("a\xEF\xBF\xBF"
                                                                   "b\x01"
                                                                   "c") +
                                                           std::string(1, '\0'));
}

}  // namespace
}  // namespace l10nc
