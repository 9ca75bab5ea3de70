#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <l10n/catalog.h>
#include <filesystem>

#include "test_support.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::read_text;
using testing::run_l10nc;
using testing::seed_path;
using testing::TempDir;

struct Malformed {
  const char* name;
  const char* xliff;
  const char* error;  // everything compile prints on stderr
};

// Each case fails to compile with exit 1, one clang-style error, and nothing written.
const Malformed kMalformed[] = {
    {"mismatched-tags.xlf",
     "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
     "<file original=\"a\" source-language=\"en\" target-language=\"fr\"><body>\n"
     "<trans-unit id=\"1\"><source>Hello<target>Bonjour</source></target></trans-unit>\n"
     "</body></file></xliff>\n",
     "mismatched-tags.xlf:3:50: error: malformed XML: start-end tags mismatch\n"
     "<trans-unit id=\"1\"><source>Hello<target>Bonjour</source></target></trans-unit>\n"
     "                                                 ^\n"},
    {"unit-outside-body.xlf",
     "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
     "<file original=\"a\" source-language=\"en\" target-language=\"fr\">\n"
     "  <trans-unit id=\"1\"><source>Hello</source></trans-unit>\n"
     "<body/></file></xliff>\n",
     "unit-outside-body.xlf:3:3: error: <trans-unit> must be inside <body> or <group>, not "
     "<file>\n"
     "  <trans-unit id=\"1\"><source>Hello</source></trans-unit>\n"
     "  ^\n"},
    {"unit-in-unit.xlf",
     "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
     "<file original=\"a\" source-language=\"en\" target-language=\"fr\"><body>\n"
     "<trans-unit id=\"1\"><source>Hello</source>\n"
     "  <trans-unit id=\"2\"><source>Bye</source></trans-unit>\n"
     "</trans-unit>\n"
     "</body></file></xliff>\n",
     "unit-in-unit.xlf:4:3: error: <trans-unit> cannot be inside <trans-unit>: check the "
     "nesting\n"
     "  <trans-unit id=\"2\"><source>Bye</source></trans-unit>\n"
     "  ^\n"},
    {"unknown-version.xlf",
     "<?xml version=\"1.0\"?>\n"
     "<xliff version=\"3.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\">\n"
     "<file id=\"f\"/></xliff>\n",
     "unknown-version.xlf:2:17: error: unknown XLIFF version '3.0': l10nc reads XLIFF 1.0, 1.1, "
     "1.2 and "
     "2.0, 2.1, 2.2\n"
     "<xliff version=\"3.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\">\n"
     "                ^\n"},
    {"target-without-source-1.2.xlf",
     "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
     "<file original=\"a\" source-language=\"en\" target-language=\"fr\"><body>\n"
     "<trans-unit id=\"1\">\n"
     "  <target>Bonjour</target>\n"
     "</trans-unit>\n"
     "</body></file></xliff>\n",
     "target-without-source-1.2.xlf:4:3: error: <target> without <source> in trans-unit '1'\n"
     "  <target>Bonjour</target>\n"
     "  ^\n"},
    {"target-without-source-2.0.xlf",
     "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" "
     "trgLang=\"fr\">\n"
     "<file id=\"f\"><unit id=\"1\"><segment>\n"
     "  <target>Bonjour</target>\n"
     "</segment></unit></file></xliff>\n",
     "target-without-source-2.0.xlf:3:3: error: <target> without <source> in <segment>\n"
     "  <target>Bonjour</target>\n"
     "  ^\n"},
    {"duplicate-id.xlf",
     "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" "
     "trgLang=\"fr\">\n"
     "<file id=\"f\">\n"
     "<unit id=\"1\"><segment><source>Hello</source><target>Bonjour</target></segment></unit>\n"
     "<unit id=\"1\"><segment><source>Hello</source><target>Salut</target></segment></unit>\n"
     "</file></xliff>\n",
     "duplicate-id.xlf:4:1: error: duplicate id '1' with different text\n"
     "<unit id=\"1\"><segment><source>Hello</source><target>Salut</target></segment></unit>\n"
     "^\n"
     "duplicate-id.xlf:3:1: note: first defined here\n"
     "<unit id=\"1\"><segment><source>Hello</source><target>Bonjour</target></segment></unit>\n"
     "^\n"},
    {"wrong-namespace.xlf",
     "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n"
     "<file original=\"a\" source-language=\"en\"><body/></file></xliff>\n",
     "wrong-namespace.xlf:1:1: error: XLIFF 1.2 elements must be in namespace "
     "'urn:oasis:names:tc:xliff:document:1.2', not 'urn:oasis:names:tc:xliff:document:2.0'\n"
     "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n"
     "^\n"},
    {"no-namespace.xlf",
     "<xliff version=\"1.2\">\n<file original=\"a\" source-language=\"en\"><body/></file>"
     "</xliff>\n",
     "no-namespace.xlf:1:1: error: XLIFF 1.2 elements must be in namespace "
     "'urn:oasis:names:tc:xliff:document:1.2', but <xliff> has no namespace\n"
     "<xliff version=\"1.2\">\n"
     "^\n"},
    {"2.0-with-1.2-structure.xlf",
     "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" "
     "trgLang=\"fr\">\n"
     "<file id=\"f\"><body>\n"
     "  <trans-unit id=\"1\"><source>Hello</source><target>Bonjour</target></trans-unit>\n"
     "</body></file></xliff>\n",
     "2.0-with-1.2-structure.xlf:2:14: error: <body> is XLIFF 1.2 structure, but the file says "
     "version 2.0: XLIFF 2 has <unit>s with <segment>s (is the version wrong?)\n"
     "<file id=\"f\"><body>\n"
     "             ^\n"},
    {"2.0-trans-unit.xlf",
     "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\">\n"
     "<file id=\"f\">\n"
     "  <trans-unit id=\"1\"><source>Hello</source></trans-unit>\n"
     "</file></xliff>\n",
     "2.0-trans-unit.xlf:3:3: error: <trans-unit> is XLIFF 1.2 structure, but the file says "
     "version 2.0: XLIFF 2 has <unit>s with <segment>s (is the version wrong?)\n"
     "  <trans-unit id=\"1\"><source>Hello</source></trans-unit>\n"
     "  ^\n"},
    {"bad-code-point.xlf",
     "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\">\n"
     "<file id=\"f\"><unit id=\"1\"><segment>\n"
     "  <source>Bell <cp hex=\"D800\"/></source>\n"
     "</segment></unit></file></xliff>\n",
     "bad-code-point.xlf:3:25: error: <cp hex=\"D800\"> is not a Unicode code point\n"
     "  <source>Bell <cp hex=\"D800\"/></source>\n"
     "                        ^\n"},
    // l10nc's own file: keys of the default domain, where l10nc:titles is a table.
    {"reserved-key.xlf",
     "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" "
     "xmlns:l10nc=\"urn:l10nc:xliff\">\n"
     "<file id=\"f\"><unit id=\"l10nc:titles\"><segment>\n"
     "  <source>Hello</source>\n"
     "</segment></unit></file></xliff>\n",
     "reserved-key.xlf:2:24: error: key 'l10nc:titles' is reserved: keys starting 'l10nc:' are "
     "l10nc's own\n"
     "<file id=\"f\"><unit id=\"l10nc:titles\"><segment>\n"
     "                       ^\n"},
};

TEST(XliffCli, MalformedXliffIsAnErrorAtItsPlaceAndNothingIsWritten) {
  for (const Malformed& malformed : kMalformed) {
    TempDir dir;
    dir.write(malformed.name, malformed.xliff);
    const CommandResult result =
        run_l10nc({"compile", malformed.name, "-o", "out"}, {}, dir.path());
    EXPECT_EQ(result.exit_code, 1) << malformed.name;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err,
              std::string(malformed.error) + "l10nc: nothing written: fix the errors above\n");
    EXPECT_FALSE(fs::exists(dir / "out"));
  }
}

// Sets the target of the units named in `translations` and marks them translated, as a
// translator's XLIFF tool would.
void translate(const fs::path& xliff, const std::map<std::string, std::string>& translations) {
  pugi::xml_document document;
  ASSERT_TRUE(document.load_file(xliff.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
  size_t done = 0;
  for (const pugi::xpath_node& found : document.select_nodes("//*[local-name()='unit']")) {
    const pugi::xml_node unit = found.node();
    auto translation = translations.find(unit.attribute("name").value());
    if (translation == translations.end()) continue;
    pugi::xml_node segment = unit.child("segment");
    segment.attribute("state") = "translated";
    segment.child("target").text().set(translation->second.c_str());
    ++done;
  }
  ASSERT_EQ(done, translations.size());
  ASSERT_TRUE(document.save_file(xliff.c_str(), "", pugi::format_raw));
}

std::string state_of(const fs::path& xliff, const std::string& key) {
  const Document document = testing::read_document_or_fail(xliff);
  for (const Unit& unit : document.units)
    if (unit.key == key)
      return std::string(state_name(unit.state)) + (unit.obsolete ? " (obsolete)" : "") +
             (unit.previous_source.empty() ? "" : ", was: " + unit.previous_source);
  return "<no unit>";
}

TEST(XliffCli, NewLocaleThenTranslateThenCompileShowsTheTranslation) {
  TempDir dir;
  CommandResult result =
      run_l10nc({"new-locale", "--locale", "pt-BR", seed_path().string(), "-o", "pt-BR/sspi.xlf"},
                {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "l10nc: wrote pt-BR/sspi.xlf: 81 messages to translate into pt_BR\n");
  EXPECT_EQ(state_of(dir / "pt-BR/sspi.xlf", "SEC_E_CERT_EXPIRED"), "missing");
  const std::string xliff = read_text(dir / "pt-BR/sspi.xlf");
  EXPECT_NE(xliff.find("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
                       "xmlns:l10nc=\"urn:l10nc:xliff\" srcLang=\"en\" trgLang=\"pt-BR\">"),
            std::string::npos);
  EXPECT_NE(xliff.find("    <unit id=\"SEC_E_CERT_EXPIRED\" name=\"SEC_E_CERT_EXPIRED\">\n"
                       "      <notes>\n"
                       "        <note category=\"l10nc:key\">SEC_E_CERT_EXPIRED</note>\n"
                       "        <note category=\"l10nc:origin\">" +
                       seed_path().lexically_relative(dir.path()).generic_string() +
                       "</note>\n"
                       "      </notes>\n"
                       "      <segment state=\"initial\">\n"
                       "        <source>The received certificate has expired.</source>\n"
                       "        <target/>\n"
                       "      </segment>\n"
                       "    </unit>\n"),
            std::string::npos)
      << xliff;

  // Untranslated units compile to nothing: English everywhere.
  testing::compile_or_fail({seed_path().string(), (dir / "pt-BR/sspi.xlf").string()}, dir / "out");
  EXPECT_EQ(l10n::Catalog((dir / "out").string()).format("pt_BR", "SEC_E_CERT_EXPIRED").text,
            "The received certificate has expired.");

  translate(dir / "pt-BR/sspi.xlf", {{"SEC_E_CERT_EXPIRED", "O certificado recebido expirou."},
                                     {"sspi-status-codes.title", "Códigos de status SSPI"}});
  // Another directory: ICU caches the bundles it opened, by path, for the process.
  testing::compile_or_fail({seed_path().string(), (dir / "pt-BR/sspi.xlf").string()},
                           dir / "translated");
  const l10n::Catalog catalog((dir / "translated").string());
  l10n::FormatResult message = catalog.format("pt_BR", "SEC_E_CERT_EXPIRED");
  EXPECT_EQ(message.text, "O certificado recebido expirou.");
  EXPECT_EQ(message.locale, "pt");
  EXPECT_EQ(message.status, l10n::Status::ok);
  EXPECT_EQ(catalog.format("pt", "sspi-status-codes.title").text, "Códigos de status SSPI");
  EXPECT_EQ(catalog.format("pt_BR", "SEC_E_TIME_SKEW").status, l10n::Status::fallback);

  // A new locale never replaces a file.
  result =
      run_l10nc({"new-locale", "--locale", "pt-BR", seed_path().string(), "-o", "pt-BR/sspi.xlf"},
                {}, dir.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "l10nc: error: 'pt-BR/sspi.xlf' exists: bring it up to date with 'l10nc merge "
            "pt-BR/sspi.xlf INPUT...'\n");
  result = run_l10nc({"new-locale", "--locale", "../x", seed_path().string(), "-o", "x.xlf"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "l10nc: error: --locale '../x' is not a valid locale\n");
}

// The seed page with some English edited, one status code removed and one added.
std::string edited_seed() {
  std::string page = read_text(seed_path());
  auto replace = [&](const std::string& from, const std::string& to) {
    const size_t at = page.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    page.replace(at, from.size(), to);
  };
  replace(">The received certificate has expired.<", ">The certificate has expired.<");
  replace("SEC\\_E\\_TIME\\_SKEW", "SEC\\_E\\_CLOCK\\_SKEW");
  return page;
}

TEST(XliffCli, MergeMarksExactlyTheChangedKeyAndKeepsWhatLeftTheEnglish) {
  TempDir dir;
  fs::copy(testing::source_dir() / "locales/de/sspi-status-codes.xlf", dir / "de.xlf");
  const fs::path english = dir.write("en/sspi-status-codes.md", edited_seed());
  CommandResult result = run_l10nc({"merge", "de.xlf", english.string()}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.out,
            "l10nc: merged de.xlf (de, XLIFF 2.0, edited in place): 1 new, 1 to review, 1 "
            "obsolete, 0 other changes, 79 unchanged\n"
            "  SEC_E_CERT_EXPIRED: English changed, needs review\n"
            "  SEC_E_TIME_SKEW: left the English: moved to the obsolete group\n"
            "  SEC_E_CLOCK_SKEW: new in the English, to translate\n");
  const Document merged = testing::read_document_or_fail(dir / "de.xlf");
  ASSERT_EQ(merged.units.size(), 82u);
  size_t needs_review = 0;
  for (const Unit& unit : merged.units)
    needs_review += unit.state == TranslationState::needs_review;
  EXPECT_EQ(needs_review, 1u);
  EXPECT_EQ(state_of(dir / "de.xlf", "SEC_E_CERT_EXPIRED"),
            "needs-review, was: The received certificate has expired.");
  EXPECT_EQ(state_of(dir / "de.xlf", "SEC_E_CLOCK_SKEW"), "missing");
  EXPECT_EQ(state_of(dir / "de.xlf", "SEC_E_TIME_SKEW"), "translated (obsolete)");
  EXPECT_EQ(state_of(dir / "de.xlf", "SEC_E_BAD_BINDINGS"), "translated");
  const std::string xliff = read_text(dir / "de.xlf");
  EXPECT_NE(xliff.find("        <note category=\"l10nc:previous-source\">The received certificate "
                       "has expired.</note>\n"
                       "      </notes>\n"
                       "      <segment state=\"translated\" subState=\"l10nc:needs-review\">\n"
                       "        <source>The certificate has expired.</source>\n"
                       "        <target>Das empfangene Zertifikat ist abgelaufen.</target>\n"),
            std::string::npos);
  EXPECT_NE(xliff.find("    <group id=\"l10nc:obsolete\" name=\"obsolete\" type=\"l10nc:obsolete\" "
                       "translate=\"no\">\n"
                       "      <unit id=\"SEC_E_TIME_SKEW\" name=\"SEC_E_TIME_SKEW\">"),
            std::string::npos);

  // needs-review is compiled (better than English) unless --strict; obsolete never is.
  testing::compile_or_fail({english.string(), (dir / "de.xlf").string()}, dir / "out");
  const l10n::Catalog catalog((dir / "out").string());
  EXPECT_EQ(catalog.format("de", "SEC_E_CERT_EXPIRED").text,
            "Das empfangene Zertifikat ist abgelaufen.");
  EXPECT_EQ(catalog.format("de", "SEC_E_TIME_SKEW").status, l10n::Status::key_not_found);
  EXPECT_EQ(catalog.format("de", "SEC_E_CLOCK_SKEW").status, l10n::Status::fallback);
  result = run_l10nc({"compile", "--strict", english.string(), "de.xlf", "-o", "strict"}, {},
                     dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(l10n::Catalog((dir / "strict").string()).format("de", "SEC_E_CERT_EXPIRED").text,
            "The certificate has expired.");

  // Merging again changes nothing, and writes nothing; the English coming back revives the
  // obsolete unit and clears the review of the unit whose English is back too.
  const std::string before = read_text(dir / "de.xlf");
  const auto written = fs::last_write_time(dir / "de.xlf");
  result = run_l10nc({"merge", "de.xlf", english.string()}, {}, dir.path());
  EXPECT_EQ(result.out,
            "l10nc: de.xlf (de) is up to date with the English: not changed (81 units)\n");
  EXPECT_EQ(read_text(dir / "de.xlf"), before);
  EXPECT_EQ(fs::last_write_time(dir / "de.xlf"), written);
  result = run_l10nc({"merge", "de.xlf", seed_path().string()}, {}, dir.path());
  EXPECT_EQ(result.out,
            "l10nc: merged de.xlf (de, XLIFF 2.0, edited in place): 0 new, 0 to review, 1 "
            "obsolete, 2 other changes, 79 unchanged\n"
            "  SEC_E_CERT_EXPIRED: English back to what it was translated from: review cleared\n"
            "  SEC_E_CLOCK_SKEW: left the English: moved to the obsolete group\n"
            "  SEC_E_TIME_SKEW: back in the English\n");
  EXPECT_EQ(state_of(dir / "de.xlf", "SEC_E_TIME_SKEW"), "translated");
  EXPECT_EQ(state_of(dir / "de.xlf", "SEC_E_CERT_EXPIRED"), "translated");
}

TEST(XliffCli, AStaleTranslationCompilesAsNeedsReviewWithAWarning) {
  TempDir dir;
  const fs::path english = dir.write("en/sspi-status-codes.md", edited_seed());
  const fs::path german = testing::source_dir() / "locales/de/sspi-status-codes.xlf";
  // Whatever the order, the page's English wins over the XLIFF file's.
  const CommandResult result =
      run_l10nc({"compile", german.string(), english.string(), "-o", "out"}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find(german.string() +
                            ":111:17: warning: the English of 'SEC_E_CERT_EXPIRED' has changed "
                            "since this translation was made: compiled as needs-review (run "
                            "'l10nc merge' to update this file)\n"),
            std::string::npos)
      << result.err;
  const l10n::Catalog catalog((dir / "out").string());
  EXPECT_EQ(catalog.format("en", "SEC_E_CERT_EXPIRED").text, "The certificate has expired.");
  EXPECT_EQ(catalog.format("de", "SEC_E_CERT_EXPIRED").text,
            "Das empfangene Zertifikat ist abgelaufen.");
}

TEST(XliffCli, ExportedSeedCompilesToTheSameBundles) {
  TempDir dir;
  CommandResult result = run_l10nc(
      {"export", "--locale", "es-ES", seed_path().string(), "-o", "sspi-status-codes.xlf"}, {},
      dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "l10nc: wrote sspi-status-codes.xlf: 81 messages, 81 with a translation into es_ES\n");
  testing::compile_or_fail({(dir / "sspi-status-codes.xlf").string()}, dir / "out");
  result = run_l10nc({"dump", "--bundles", "out", "--locale", "es_MX"}, {}, dir.path());
  EXPECT_EQ(result.out, read_text(testing::source_dir() / "tests/golden/sspi-status-codes.es.tsv"));
  result = run_l10nc(
      {"show", "SEC_E_CERT_EXPIRED", "--locale", "es", "--bundles", "out", "--width", "60"}, {},
      dir.path());
  EXPECT_EQ(result.out.rfind("┌─ Códigos de estado de SSPI ─", 0), 0u) << result.out;

  result =
      run_l10nc({"export", "--locale", "es", seed_path().string(), "-o", "es.xlf"}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.err,
            "l10nc: warning: the inputs have no translations into es; they have es_ES\n");
}

// XLIFF 2 lets a translation leave out a code unless it says canDelete="no" (an <ec>'s is its
// <sc>'s). A deletable code left out is no finding, and the runtime shows the translation as
// written (it used to reject it as arguments_differ, showing English); a kept one is an error
// of `check`, and the runtime shows English.
TEST(XliffCli, ATranslationMayLeaveOutADeletableCode) {
  TempDir dir;
  dir.write("app.fr.xlf", R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
 <file id="f1">
  <unit id="deleted">
   <segment>
    <source>Line one<ph id="1"/>line two</source>
    <target>Ligne une ligne deux</target>
   </segment>
  </unit>
  <unit id="kept">
   <segment>
    <source>Press <ph id="1" canDelete="no"/> now</source>
    <target>Appuyez maintenant</target>
   </segment>
  </unit>
  <unit id="paired">
   <segment>
    <source>Some <pc id="1">bold</pc> text</source>
    <target>Du texte gras</target>
   </segment>
  </unit>
  <unit id="ended">
   <segment>
    <source><sc id="1" canDelete="no"/>Start<ec startRef="1"/> here</source>
    <target>Commencez ici</target>
   </segment>
  </unit>
 </file>
</xliff>
)");
  CommandResult result = run_l10nc({"check", "app.fr.xlf", "--format", "github"}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out,
            "::error file=app.fr.xlf,line=13,col=13,title=argument-mismatch app%3Akept "
            "(fr)::arguments differ from the English: {c1} of the English is missing\n"
            "::error file=app.fr.xlf,line=25,col=13,title=argument-mismatch app%3Aended "
            "(fr)::arguments differ from the English: {c1_end} of the English is missing; "
            "{c1_start} of the English is missing\n"
            "l10nc: fr coverage 100.0% (4 keys)\n");
  result = run_l10nc({"compile", "app.fr.xlf", "-o", "out"}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const l10n::Catalog catalog((dir / "out").string());
  auto format = [&](const char* key) {
    const l10n::FormatResult formatted = catalog.format("fr", l10n::MessageId{"app", key},
                                                        {{"c1", std::string("<br/>")},
                                                         {"c1_start", std::string("<b>")},
                                                         {"c1_end", std::string("</b>")}});
    return formatted.text + " [" + l10n::status_name(formatted.status) + "]";
  };
  EXPECT_EQ(format("deleted"), "Ligne une ligne deux [ok]");
  EXPECT_EQ(format("paired"), "Du texte gras [ok]");
  EXPECT_EQ(format("kept"), "Press <br/> now [arguments-differ]");
  EXPECT_EQ(format("ended"), "<b>Start</b> here [arguments-differ]");
  // Exported again, the codes say what they allow: XLIFF 2's default, or canDelete="no".
  result = run_l10nc({"export", "--locale", "fr", "app.fr.xlf", "-o", "again.xlf"}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string again = read_text(dir / "again.xlf");
  EXPECT_NE(again.find("<source>Line one<ph id=\"1\"/>line two</source>"), std::string::npos)
      << again;
  EXPECT_NE(again.find("<source>Press <ph id=\"1\" canDelete=\"no\"/> now</source>"),
            std::string::npos)
      << again;
}

TEST(XliffCli, FillXliffTargetsImportsATsvIntoTheTargets) {
  TempDir dir;
  ASSERT_EQ(run_l10nc({"new-locale", "--locale", "it", seed_path().string(), "-o", "it.xlf"}, {},
                      dir.path())
                .exit_code,
            0);
  dir.write("it.tsv", "SEC_E_CERT_EXPIRED\tIl certificato ricevuto è scaduto.\n");
  const std::string tool = (fs::path(L10NC_BINARY).parent_path() / "fill-xliff-targets").string();
  std::string command = "cd '" + dir.path().string() + "' && '" + tool + "' it.xlf it.tsv";
  ASSERT_EQ(std::system(command.c_str()), 0);
  EXPECT_EQ(state_of(dir / "it.xlf", "SEC_E_CERT_EXPIRED"), "translated");
  EXPECT_EQ(state_of(dir / "it.xlf", "SEC_E_TIME_SKEW"), "missing");
  dir.write("bad.tsv", "NO_SUCH_KEY\tx\n");
  command = "cd '" + dir.path().string() + "' && '" + tool + "' it.xlf bad.tsv 2>/dev/null";
  EXPECT_NE(std::system(command.c_str()), 0);
}

}  // namespace
}  // namespace l10nc
