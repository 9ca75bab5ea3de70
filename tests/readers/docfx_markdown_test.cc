#include "readers/docfx_markdown.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>

#include "test_support.h"

namespace l10nc {
namespace {

using testing::corpus_dir;
using testing::read_text;
using testing::seed_path;

const Unit* find_unit(const Document& document, const std::string& key) {
  auto found = std::find_if(document.units.begin(), document.units.end(),
                            [&](const Unit& unit) { return unit.key == key; });
  return found == document.units.end() ? nullptr : &*found;
}

size_t count_spans(const std::string& text) {
  size_t count = 0;
  for (size_t at = text.find("data-ttu-id=\""); at != std::string::npos;
       at = text.find("data-ttu-id=\"", at + 1))
    ++count;
  return count;
}

struct ReadResult {
  bool ok = false;
  Document document;
  std::vector<std::string> errors;  // "line:col: message"
};

ReadResult read_text_as_page(const std::string& text, const std::string& path = "es-ES/page.md") {
  const SourceFile file(path, text);
  ReadResult result;
  DiagnosticList diagnostics;
  result.ok = read_docfx_markdown(file, result.document, diagnostics);
  for (const Diagnostic& diagnostic : diagnostics.diagnostics())
    result.errors.push_back(std::to_string(diagnostic.location.line) + ":" +
                            std::to_string(diagnostic.location.column) + ": " + diagnostic.message);
  return result;
}

std::string segment(const std::string& id, const std::string& target, const std::string& source) {
  return "<span data-ttu-id=\"" + id + "\">" + target +
         "</span><span class=\"sxs-lookup\"><span data-stu-id=\"" + id + "\">" + source +
         "</span></span>";
}

const std::string kFrontMatter =
    "---\ntitle: Prueba\nms.translationtype: HT\nms.contentlocale: es-ES\n---\n";

class SeedPage : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    seed_ = new Document(testing::read_document_or_fail(seed_path()));
  }
  static void TearDownTestSuite() { delete seed_; }
  static Document* seed_;
};
Document* SeedPage::seed_ = nullptr;

TEST_F(SeedPage, ReadsFrontMatter) {
  EXPECT_EQ(seed_->locale, "es_ES");
  EXPECT_EQ(seed_->name, "sspi-status-codes");
  EXPECT_EQ(seed_->title_key, "sspi-status-codes.title");
}

TEST_F(SeedPage, ReadsEverySegmentAndSeventySevenStatusCodes) {
  EXPECT_EQ(seed_->segment_count, count_spans(read_text(seed_path())));
  EXPECT_EQ(seed_->segment_count, 171u);
  const auto keyed = std::count_if(seed_->units.begin(), seed_->units.end(), [](const Unit& unit) {
    return std::regex_match(unit.key, std::regex("SEC_[EI]_[A-Z0-9_]+"));
  });
  EXPECT_EQ(keyed, 77);
  // 77 status codes + title + intro + two column headers.
  EXPECT_EQ(seed_->units.size(), 81u);
  for (const Unit& unit : seed_->units) {
    ASSERT_TRUE(unit.target.has_value()) << unit.key;
    EXPECT_EQ(unit.state, TranslationState::machine_translated) << unit.key;
  }
}

TEST_F(SeedPage, KeysNonTableSegmentsByPageAndId) {
  const Unit* intro = find_unit(*seed_, "sspi-status-codes.104");
  ASSERT_NE(intro, nullptr);
  EXPECT_EQ(intro->source.pattern,
            "The following status codes are used in SSPI applications and defined in Winerror.h.");
  const Unit* title = find_unit(*seed_, "sspi-status-codes.title");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->target->pattern, "Códigos de estado de SSPI");
  EXPECT_EQ(title->source.pattern, "SSPI Status Codes");
  ASSERT_NE(find_unit(*seed_, "sspi-status-codes.105"), nullptr);
  EXPECT_EQ(find_unit(*seed_, "sspi-status-codes.105")->source.pattern, "Status code");
}

TEST_F(SeedPage, JoinsTheSegmentsOfOneCell) {
  const Unit* unit = find_unit(*seed_, "SEC_E_CONTEXT_EXPIRED");
  ASSERT_NE(unit, nullptr);
  EXPECT_EQ(unit->source.pattern,
            "The application is referencing a context that has already been closed. A properly "
            "written application should not receive this error.");
  EXPECT_EQ(unit->target->pattern,
            "La aplicación hace referencia a un contexto que ya se ha cerrado. Una aplicación "
            "escrita correctamente no debe recibir este error.");
}

TEST_F(SeedPage, ReducesLinksAndBoldLinksToText) {
  EXPECT_EQ(find_unit(*seed_, "SEC_E_CANNOT_INSTALL")->source.pattern,
            "The security package cannot initialize successfully and should not be installed.");
  EXPECT_EQ(find_unit(*seed_, "SEC_I_COMPLETE_NEEDED")->source.pattern,
            "The function completed successfully, but you must call the CompleteAuthToken "
            "function on the final message.");
}

TEST_F(SeedPage, EscapesApostrophesForMessageFormat) {
  EXPECT_EQ(find_unit(*seed_, "SEC_E_CROSSREALM_DELEGATION_FAILURE")->source.pattern,
            "The server attempted to make a Kerberos-constrained delegation request for a target "
            "outside the server''s realm.");
}

TEST_F(SeedPage, TakesTheKeyFromTheEnglishWhenTheTargetMangledIt) {
  const Unit* unit = find_unit(*seed_, "SEC_E_ALGORITHM_MISMATCH");
  ASSERT_NE(unit, nullptr);
  ASSERT_TRUE(unit->label.has_value());
  EXPECT_EQ(unit->label->pattern, "s _ E _ _ no coinciden los algoritmos");
  EXPECT_EQ(unit->target->pattern,
            "El cliente y el servidor no pueden comunicarse, ya que no poseen un algoritmo "
            "común\".");
}

TEST_F(SeedPage, RecordsLineAndColumnOfSourceAndTarget) {
  const Unit* unit = find_unit(*seed_, "SEC_E_ALGORITHM_MISMATCH");
  // Line 22: "| <span data-ttu-id="3a386-107">s \_ E ..." with the message in the second cell.
  EXPECT_EQ(unit->label->origin.line, 22u);
  EXPECT_EQ(unit->label->origin.column, 33u);
  EXPECT_EQ(unit->target->origin.line, 22u);
  EXPECT_EQ(unit->target->origin.column, 226u);
  EXPECT_EQ(unit->source.origin.line, 22u);
  EXPECT_EQ(unit->source.origin.column, 373u);
}

// Pages from tests/data/corpus/docfx: every segment read, in many locales and shapes.
struct CorpusPage {
  const char* path;
  const char* locale;
  size_t units;
};

class CorpusPages : public ::testing::TestWithParam<CorpusPage> {};

TEST_P(CorpusPages, ReadsEverySegment) {
  const std::filesystem::path path = corpus_dir() / "docfx" / GetParam().path;
  const Document document = testing::read_document_or_fail(path);
  EXPECT_EQ(document.segment_count, count_spans(read_text(path)));
  EXPECT_EQ(document.locale, GetParam().locale);
  EXPECT_EQ(document.units.size(), GetParam().units);
}

INSTANTIATE_TEST_SUITE_P(
    Docfx, CorpusPages,
    ::testing::Values(CorpusPage{"ar-SA/client-blocked-5-7-750.md", "ar_SA", 3},
                      CorpusPage{"de-DE/access-denied-4-7-500.md", "de_DE", 3},
                      CorpusPage{"es-ES/eclrfailure-enumeration.md", "es_ES", 26},
                      CorpusPage{"ja-JP/cor-prf-gc-reason-enumeration.md", "ja_JP", 15},
                      CorpusPage{"ru-RU/how-to-map-hresults-and-exceptions.md", "ru_RU", 44},
                      CorpusPage{"zh-CN/too-many-recipients-4-5-3.md", "zh_CN", 5},
                      CorpusPage{"he-IL/winsock-error-10061.md", "he_IL", 7},
                      CorpusPage{"fr-FR/ihosttask-alert-method.md", "fr_FR", 27},
                      CorpusPage{"ko-KR/wait-option-enumeration.md", "ko_KR", 18}),
    [](const ::testing::TestParamInfo<CorpusPage>& info) {
      std::string name =
          std::filesystem::path(info.param.path).stem().string() + "_" + info.param.locale;
      for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      return name;
    });

TEST(DocfxCorpus, ReadsEveryPage) {
  size_t pages = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus_dir() / "docfx")) {
    if (entry.path().extension() != ".md") continue;
    const Document document = testing::read_document_or_fail(entry.path());
    EXPECT_EQ(document.segment_count, count_spans(read_text(entry.path()))) << entry.path();
    ++pages;
  }
  EXPECT_EQ(pages, 41u);
}

// CommonMark backslash escapes and code spans are text, never markup: a real API page with
// "\<paramref>" in its title and "`<paramref>`" in its text (it failed with "Start-end tags
// mismatch" before).
TEST(DocfxCorpus, EscapedAndCodeSpanAngleBracketsAreText) {
  const Document document =
      testing::read_document_or_fail(corpus_dir() / "docfx/de-DE/paramref-visual-basic.md");
  EXPECT_EQ(find_unit(document, "paramref-visual-basic.title")->source.pattern,
            "<paramref> (Visual Basic)");
  EXPECT_EQ(find_unit(document, "paramref-visual-basic.title")->target->pattern,
            "<Paramref > (Visual Basic)");
  EXPECT_EQ(find_unit(document, "paramref-visual-basic.109")->source.pattern,
            "The <paramref> tag gives you a way to indicate that a word is a parameter.");
}

TEST(DocfxMarkup, BackslashEscapesInLinkTextAreText) {
  const testing::ReadResult result = testing::read_document_text(
      "fr/page.md",
      "---\nms.contentlocale: fr-FR\n---\n"
      "<span data-ttu-id=\"a-102\">Voir [\\<someElement>, élément](someelement.md) et "
      "\\&amp;.</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-102\">See "
      "[\\<someElement> Element](someelement.md) and \\&amp;.</span></span>\n");
  ASSERT_TRUE(result.ok) << result.diagnostics;
  ASSERT_EQ(result.document.units.size(), 1u);
  EXPECT_EQ(result.document.units[0].source.pattern, "See <someElement> Element and &amp;.");
  EXPECT_EQ(result.document.units[0].target->pattern, "Voir <someElement>, élément et &amp;.");
}

TEST(DocfxCorpus, NeverKeysAHeaderRow) {
  const Document document =
      testing::read_document_or_fail(corpus_dir() / "docfx/es-ES/eclrfailure-enumeration.md");
  EXPECT_EQ(find_unit(document, "Member"), nullptr);
  ASSERT_NE(find_unit(document, "eclrfailure-enumeration.106"), nullptr);
  EXPECT_EQ(find_unit(document, "eclrfailure-enumeration.106")->source.pattern, "Member");
}

TEST(DocfxCorpus, KeysEnumerationTablesByMemberName) {
  const Document document =
      testing::read_document_or_fail(corpus_dir() / "docfx/es-ES/eclrfailure-enumeration.md");
  const Unit* unit = find_unit(document, "FAIL_OrphanedLock");
  ASSERT_NE(unit, nullptr);
  EXPECT_EQ(unit->source.pattern,
            "A thread has failed to release a lock upon returning from an System.AppDomain object. "
            "The host cannot set this failure to cause a thread to abort.");
  EXPECT_FALSE(unit->label.has_value());  // the member name is not translated at all
}

TEST(DocfxCorpus, ReadsAFrontMatterWrappedInASpanAndTakesTheLocaleFromTheFolder) {
  const Document document =
      testing::read_document_or_fail(corpus_dir() / "docfx/zh-CN/too-many-recipients-4-5-3.md");
  EXPECT_EQ(document.locale, "zh_CN");
  const Unit* unit = find_unit(document, "too-many-recipients-4-5-3.102");
  ASSERT_NE(unit, nullptr);
  EXPECT_EQ(unit->source.pattern, "ms.assetid: fa3d4be9-c90a-4926-9754-4b708b038bf6");
}

TEST(DocfxCorpus, KeepsMergedParagraphIds) {
  const Document document =
      testing::read_document_or_fail(corpus_dir() / "docfx/de-DE/access-denied-4-7-500.md");
  ASSERT_NE(find_unit(document, "access-denied-4-7-500.p101"), nullptr);
}

TEST(DocfxErrors, UnclosedSpan) {
  const ReadResult result =
      read_text_as_page(kFrontMatter + "\n<span data-ttu-id=\"a-1\">Hola\n\nNext paragraph\n");
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.errors, std::vector<std::string>{
                               "7:1: unclosed <span data-ttu-id>: no matching </span> before the "
                               "paragraph ends"});
}

TEST(DocfxErrors, MismatchedIds) {
  const ReadResult result =
      read_text_as_page(kFrontMatter + "\nIntro " +
                        "<span data-ttu-id=\"a-1\">Hola</span><span class=\"sxs-lookup\"><span "
                        "data-stu-id=\"a-2\">Hello</span></span>\n");
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.errors,
            std::vector<std::string>{
                "7:86: English source id 'a-2' does not match its target's id 'a-1'"});
}

TEST(DocfxErrors, TargetWithoutSource) {
  const ReadResult result =
      read_text_as_page(kFrontMatter + "<span data-ttu-id=\"a-1\">Hola</span> suelto\n");
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.errors,
            std::vector<std::string>{"6:36: segment has no English source: expected <span "
                                     "class=\"sxs-lookup\"> after its target"});
}

TEST(DocfxErrors, SourceWithoutTarget) {
  const ReadResult result = read_text_as_page(
      kFrontMatter + "<span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Hello</span></span>\n");
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.errors,
            std::vector<std::string>{"6:32: English source without a target: no <span data-ttu-id> "
                                     "before it"});
}

TEST(DocfxErrors, MalformedMarkupInsideASegment) {
  const ReadResult result = read_text_as_page(
      kFrontMatter + segment("a-1", "Hola <b>mundo</i>", "Hello <b>world</b>") + "\n");
  EXPECT_FALSE(result.ok);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0], "6:40: malformed segment markup: Start-end tags mismatch");
}

TEST(DocfxErrors, UnclosedFrontMatter) {
  const ReadResult result = read_text_as_page("---\ntitle: x\nms.contentlocale: es-ES\n\nbody\n");
  EXPECT_EQ(result.errors, std::vector<std::string>{
                               "1:1: front matter is not closed: no '---' line follows this one"});
}

TEST(DocfxErrors, InvalidLocale) {
  const ReadResult result =
      read_text_as_page("---\nms.contentlocale: ../../etc\n---\n", "pages/page.md");
  EXPECT_EQ(result.errors,
            std::vector<std::string>{"2:19: ms.contentlocale '../../etc' is not a valid locale"});
}

TEST(DocfxErrors, NoLocaleAnywhere) {
  const ReadResult result = read_text_as_page("---\ntitle: x\n---\n", "pages/page.md");
  EXPECT_EQ(result.errors,
            std::vector<std::string>{"1:1: front matter has no ms.contentlocale and the folder "
                                     "name 'pages' is not a locale"});
}

TEST(DocfxErrors, DuplicateSegmentId) {
  const ReadResult result = read_text_as_page(kFrontMatter + segment("a-1", "Uno", "One") + "\n" +
                                              segment("a-1", "Dos", "Two") + "\n");
  EXPECT_EQ(result.errors, std::vector<std::string>{"7:1: segment id 'a-1' is used twice"});
}

TEST(DocfxErrors, InvalidUtf8) {
  const ReadResult result = read_text_as_page(kFrontMatter + "caf\xC3(\n");
  EXPECT_EQ(result.errors, std::vector<std::string>{"6:4: invalid UTF-8"});
}

TEST(DocfxReader, ReadsHtmlVoidElementsEntitiesAndStrayCharacters) {
  const ReadResult result = read_text_as_page(
      kFrontMatter + segment("a-1", "A &amp; B &lt; C<br>D & E < F", "A &amp; B<br/>C & D") + "\n");
  ASSERT_TRUE(result.ok) << result.errors.front();
  ASSERT_EQ(result.document.units.size(), 1u);
  EXPECT_EQ(result.document.units[0].key, "page.1");
  EXPECT_EQ(result.document.units[0].target->pattern, "A & B < C D & E < F");
  EXPECT_EQ(result.document.units[0].source.pattern, "A & B C & D");
  EXPECT_EQ(result.document.units[0].state, TranslationState::translated);
}

TEST(DocfxReader, ReadsCrLfAndByteOrderMark) {
  std::string text = "\xEF\xBB\xBF" + kFrontMatter + "| Code | Meaning |\n|---|---|\n| X\\_Y | " +
                     segment("a-7", "Sí {0}", "Yes {0}") + " |\n";
  for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 2))
    text.replace(at, 1, "\r\n");
  const ReadResult result = read_text_as_page(text);
  ASSERT_TRUE(result.ok);
  ASSERT_EQ(result.document.units.size(), 1u);
  EXPECT_EQ(result.document.units[0].key, "X_Y");
  EXPECT_EQ(result.document.units[0].target->pattern, "Sí '{'0'}'");
  EXPECT_EQ(result.document.units[0].target->origin.line, 8u);
  EXPECT_EQ(result.document.units[0].target->origin.column, 34u);
}

}  // namespace
}  // namespace l10nc

namespace l10nc {
namespace {

// A table is one paragraph: finding its end once per segment made reading quadratic (a
// 60 000-row page took 88 s). With 300 000 rows a quadratic reader overruns the test timeout.
TEST(DocfxReader, ReadsAHugeTableInOnePass) {
  std::string page = kFrontMatter + "| Code | Meaning |\n|---|---|\n";
  constexpr int kRows = 300000;
  for (int i = 0; i < kRows; ++i)
    page +=
        "| K" + std::to_string(i) + " | " + segment("a-" + std::to_string(i), "Sí", "Yes") + " |\n";
  const ReadResult result = read_text_as_page(page);
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(result.document.units.size(), static_cast<size_t>(kRows));
  EXPECT_EQ(result.document.units.back().key, "K299999");
}

}  // namespace
}  // namespace l10nc
