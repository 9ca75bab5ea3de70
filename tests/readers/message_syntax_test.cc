// Message syntax (text or icu) for each reader, and the diagnostics ICU syntax errors give.
#include <gtest/gtest.h>

#include "model/message_pattern.h"
#include "model/translation_file.h"
#include "test_support.h"
#include "writers/xliff_writer.h"

namespace l10nc {
namespace {

using testing::read_document_text;
using testing::ReadResult;

const ReadOptions kIcu{SyntaxChoice::icu};
const ReadOptions kText{SyntaxChoice::text};

const Unit& only_unit(const ReadResult& result) {
  EXPECT_EQ(result.document.units.size(), 1u) << result.diagnostics;
  static const Unit none;
  return result.document.units.empty() ? none : result.document.units.front();
}

std::string xliff20(std::string_view source, std::string_view target,
                    std::string_view file_attributes = "") {
  return "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
         "trgLang=\"fr\" xmlns:l10nc=\"urn:l10nc:xliff\">\n"
         "<file id=\"f\"" +
         std::string(file_attributes) +
         "><unit id=\"u\"><segment>\n"
         "<source>" +
         std::string(source) + "</source>\n<target>" + std::string(target) +
         "</target>\n</segment></unit></file></xliff>\n";
}

std::string xliff12(std::string_view source, std::string_view target) {
  return "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">\n"
         "<file source-language=\"en\" target-language=\"pl\" datatype=\"plaintext\" "
         "original=\"file.ext\"><body>\n"
         "<trans-unit id=\"1\" resname=\"files\">\n"
         "<source>" +
         std::string(source) + "</source>\n<target>" + std::string(target) +
         "</target>\n</trans-unit>\n</body></file></xliff>\n";
}

TEST(MessageSyntax, IcuXliff20KeepsPatternsAsWritten) {
  const std::string source =
      "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} of {total, number} "
      "'{'braces'}', It's";
  const std::string target =
      "{n, selectordinal, other {#e}} sur {total, number} '{'accolades'}', c''est";
  const ReadResult result = read_document_text("fr.xlf", xliff20(source, target), kIcu);
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(result.diagnostics, "");
  const Unit& unit = only_unit(result);
  EXPECT_EQ(unit.source.pattern, source);
  EXPECT_EQ(unit.source.syntax, MessageSyntax::icu);
  ASSERT_TRUE(unit.target);
  EXPECT_EQ(unit.target->pattern, target);
  EXPECT_FALSE(unit.target->broken);
}

TEST(MessageSyntax, TheSameFileAsTextEscapesEveryBrace) {
  const ReadResult result =
      read_document_text("fr.xlf", xliff20("Hello {name}, It's", "Bonjour {name}"), kText);
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(only_unit(result).source.pattern, escape_literal("Hello {name}, It's"));
  EXPECT_EQ(only_unit(result).source.syntax, MessageSyntax::text);
  EXPECT_EQ(result.diagnostics, "");  // asked for: no guess to report
}

TEST(MessageSyntax, ABrokenTranslationIsAWarningAtTheCharacterAndIsNotCompiled) {
  const ReadResult result =
      read_document_text("fr.xlf",
                         xliff20("{count, plural, one {# file} other {# files}}",
                                 "Vous avez {count, plural, one {# fichier} other {# fichiers}"),
                         kIcu);
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(result.diagnostics,
            "fr.xlf:4:19: warning: the translation is not a valid ICU MessageFormat pattern: "
            "unclosed plural 'count': its '{' is never closed; it is not compiled (the runtime "
            "shows the English) [msgformat-syntax]\n"
            "<target>Vous avez {count, plural, one {# fichier} other {# fichiers}</target>\n"
            "                  ^\n");
  ASSERT_TRUE(only_unit(result).target);
  EXPECT_TRUE(only_unit(result).target->broken);
}

TEST(MessageSyntax, BrokenEnglishIsAnError) {
  const ReadResult result =
      read_document_text("fr.xlf", xliff20("{VAR_SELECT, selekt, a {x} other {y}}", "z"), kIcu);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.diagnostics,
            "fr.xlf:3:22: error: the English is not a valid ICU MessageFormat pattern: unknown "
            "argument type 'selekt' (ICU knows plural, select, selectordinal, number, date, time, "
            "spellout, ordinal, duration)\n"
            "<source>{VAR_SELECT, selekt, a {x} other {y}}</source>\n"
            "                     ^\n");
}

TEST(MessageSyntax, AnErrorAfterAnInlineCodeIsStillAtItsCharacter) {
  const ReadResult result =
      read_document_text("fr.xlf",
                         xliff20("<ph id=\"1\" equiv=\"{user}\"/> {n, number}",
                                 "<ph id=\"1\" equiv=\"{user}\"/>\n  a {n, nombre"),
                         kIcu);
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(result.diagnostics.substr(0, result.diagnostics.find('\n')),
            "fr.xlf:5:5: warning: the translation is not a valid ICU MessageFormat pattern: "
            "unclosed argument 'n': its '{' is never closed; it is not compiled (the runtime "
            "shows the English) [msgformat-syntax]");
  EXPECT_EQ(only_unit(result).target->pattern, "{user} a {n, nombre");
}

TEST(MessageSyntax, IcuXliff12) {
  const ReadResult result = read_document_text(
      "pl.xlf",
      xliff12("{n, plural, one {# file} other {# files}}",
              "{n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}"),
      kIcu);
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(only_unit(result).target->pattern,
            "{n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}");
  EXPECT_EQ(only_unit(result).target->syntax, MessageSyntax::icu);
}

TEST(MessageSyntax, SymfonyIntlIcuFilesAreIcuWithoutOptions) {
  const ReadResult result = read_document_text("translations/messages+intl-icu.fr.xlf",
                                               xliff12("Hello {name}!", "Bonjour, {name} !"));
  ASSERT_TRUE(result.ok) << result.diagnostics;
  EXPECT_EQ(result.diagnostics, "");
  EXPECT_EQ(only_unit(result).target->pattern, "Bonjour, {name} !");
  // The same file without +intl-icu is text, and says what it saw.
  const ReadResult text =
      read_document_text("translations/messages.fr.xlf", xliff12("Hello {name}!", "Bonjour"));
  EXPECT_EQ(only_unit(text).source.pattern, "Hello '{'name'}'!");
  EXPECT_EQ(text.diagnostics,
            "translations/messages.fr.xlf:4:9: warning: <source> holds what reads as an ICU "
            "MessageFormat argument ('{name}'), but this file is read as text, so its braces are "
            "printed as they are: if its messages are ICU MessageFormat, say so with "
            "--message-syntax icu (or name it DOMAIN+intl-icu.LOCALE.xlf, as Symfony does); "
            "reported once per file\n"
            "<source>Hello {name}!</source>\n"
            "        ^\n");
}

TEST(MessageSyntax, TwigPlaceholdersDoNotLookLikeIcu) {
  const ReadResult text = read_document_text(
      "validators.fr.xlf",
      xliff12("This value should be {{ limit }} or more.", "Au moins {{ limit }}."));
  EXPECT_EQ(text.diagnostics, "");
}

TEST(MessageSyntax, AFileDeclaresItsSyntax) {
  const ReadResult icu = read_document_text(
      "fr.xlf", xliff20("Hello {name}", "Bonjour {name}", " l10nc:message-syntax=\"icu\""));
  ASSERT_TRUE(icu.ok) << icu.diagnostics;
  EXPECT_EQ(only_unit(icu).target->pattern, "Bonjour {name}");
  const ReadResult text = read_document_text(
      "fr.xlf", xliff20("Hello {name}", "Bonjour {name}", " l10nc:message-syntax=\"text\""));
  EXPECT_EQ(only_unit(text).target->pattern, "Bonjour '{'name'}'");
  EXPECT_EQ(text.diagnostics, "");
  // The option wins over the declaration.
  const ReadResult forced = read_document_text(
      "fr.xlf", xliff20("Hello {name}", "Bonjour {name}", " l10nc:message-syntax=\"text\""), kIcu);
  EXPECT_EQ(only_unit(forced).target->pattern, "Bonjour {name}");
}

TEST(MessageSyntax, DocfxPagesAreTextUnlessAskedForIcu) {
  const std::string page =
      "---\nms.contentlocale: fr-FR\n---\n"
      "<span data-ttu-id=\"a-1\">Bonjour {name}</span><span class=\"sxs-lookup\"><span "
      "data-stu-id=\"a-1\">Hello {name}</span></span>\n";
  const ReadResult text = read_document_text("page.md", page);
  ASSERT_TRUE(text.ok) << text.diagnostics;
  EXPECT_EQ(only_unit(text).target->pattern, "Bonjour '{'name'}'");
  const ReadResult icu = read_document_text("page.md", page, kIcu);
  ASSERT_TRUE(icu.ok) << icu.diagnostics;
  EXPECT_EQ(only_unit(icu).source.pattern, "Hello {name}");
  EXPECT_EQ(only_unit(icu).target->pattern, "Bonjour {name}");
  EXPECT_EQ(only_unit(icu).target->syntax, MessageSyntax::icu);
}

TEST(MessageSyntax, ABrokenDocfxTranslationIsAWarningAtItsSegment) {
  const std::string page =
      "---\nms.contentlocale: fr-FR\n---\n"
      "<span data-ttu-id=\"a-1\">Bonjour {name</span><span class=\"sxs-lookup\"><span "
      "data-stu-id=\"a-1\">Hello {name}</span></span>\n";
  const ReadResult icu = read_document_text("page.md", page, kIcu);
  ASSERT_TRUE(icu.ok) << icu.diagnostics;
  EXPECT_EQ(icu.diagnostics.substr(0, icu.diagnostics.find('\n')),
            "page.md:4:25: warning: the translation is not a valid ICU MessageFormat pattern: "
            "unclosed argument 'name': its '{' is never closed; it is not compiled (the runtime "
            "shows the English) [msgformat-syntax]");
  EXPECT_TRUE(only_unit(icu).target->broken);
}

// What export writes reads back as the same patterns and syntax: each syntax, each reader.
TEST(MessageSyntax, ExportReadsBackTheSamePatterns) {
  const std::string source = "has {n, plural, one {# file} other {# files}} '{'x'}' It's {user}";
  const std::string target =
      "a {n, plural, one {# fichier} other {# fichiers}} '{'x'}' c''est {user}";
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"fr.xlf", xliff20("<ph id=\"1\" equiv=\"{user}\"/> " + source,
                         "<ph id=\"1\" equiv=\"{user}\"/> " + target)},
      {"pl.xlf", xliff12(source, target)},
      {"page.md", "---\nms.contentlocale: fr-FR\n---\n<span data-ttu-id=\"a-1\">" + target +
                      "</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">" + source +
                      "</span></span>\n"}};
  for (const auto& [path, text] : inputs)
    for (const ReadOptions& options : {kIcu, kText}) {
      SCOPED_TRACE(path + " " + options.identity());
      const ReadResult read = read_document_text(path, text, options);
      ASSERT_TRUE(read.ok) << read.diagnostics;
      Catalog catalog;
      DiagnosticList diagnostics;
      catalog.add(read.document, diagnostics);
      const std::string& locale = read.document.locale;
      const std::string exported = xliff_text(
          xliff_export(catalog, locale, catalog_units(catalog, locale, true)), diagnostics);
      EXPECT_FALSE(diagnostics.has_errors());
      // Read back without options: the file says its syntax.
      const ReadResult again = read_document_text("again.xlf", exported);
      ASSERT_TRUE(again.ok) << again.diagnostics;
      EXPECT_EQ(again.diagnostics, "");
      const Unit& before = read.document.units.front();
      const Unit& after = again.document.units.front();
      EXPECT_EQ(after.source.pattern, before.source.pattern) << exported;
      EXPECT_EQ(after.target->pattern, before.target->pattern) << exported;
      EXPECT_EQ(after.source.syntax, before.source.syntax);
    }
}

// An inline code says how its value is formatted with a typed equiv; in either syntax.
TEST(MessageSyntax, AnInlineCodesEquivCanTypeItsArgument) {
  for (const ReadOptions& options : {kIcu, kText}) {
    const ReadResult read = read_document_text(
        "fr.xlf",
        xliff20("<ph id=\"1\" equiv=\"{ratio, number, percent}\" disp=\"{ratio}\"/> done by "
                "<ph id=\"2\" equiv=\"{when, date, short}\"/>",
                "<ph id=\"1\" equiv=\"{ratio, number, percent}\" disp=\"{ratio}\"/> fait le "
                "<ph id=\"2\" equiv=\"{when, date, short}\"/>"),
        options);
    ASSERT_TRUE(read.ok) << read.diagnostics;
    EXPECT_EQ(only_unit(read).source.pattern,
              "{ratio, number, percent} done by {when, date, short}");
    EXPECT_EQ(only_unit(read).target->pattern,
              "{ratio, number, percent} fait le {when, date, short}");
    Catalog catalog;
    DiagnosticList diagnostics;
    catalog.add(read.document, diagnostics);
    const std::string exported =
        xliff_text(xliff_export(catalog, "fr", catalog_units(catalog, "fr", true)), diagnostics);
    EXPECT_NE(exported.find("<ph id=\"1\" equiv=\"{ratio, number, percent}\" disp=\"{ratio}\"/>"),
              std::string::npos)
        << exported;
    const ReadResult again = read_document_text("again.xlf", exported);
    EXPECT_EQ(again.document.units.front().target->pattern,
              "{ratio, number, percent} fait le {when, date, short}");
  }
}

// The reverse surprise: another formatter's placeholder in a file read as ICU.
TEST(MessageSyntax, APrintfOrSymfonyPlaceholderInAnIcuFileIsReportedOnce) {
  const ReadResult read =
      read_document_text("security+intl-icu.fr.xlf",
                         xliff12("Try again in %minutes% minutes ({0}).", "Dans %minutes% min"));
  ASSERT_TRUE(read.ok) << read.diagnostics;
  EXPECT_EQ(read.diagnostics,
            "security+intl-icu.fr.xlf:4:9: warning: <source> holds '%minutes%', a placeholder of "
            "another formatter (printf, Symfony), but this file is read as ICU MessageFormat, "
            "which prints it as it is: write it as an ICU argument ('{name}'), or read the file as "
            "text; reported once per file\n"
            "<source>Try again in %minutes% minutes ({0}).</source>\n"
            "        ^\n");
}

}  // namespace
}  // namespace l10nc
