#include "base/diagnostic.h"

#include <gtest/gtest.h>

#include <memory>

#include "base/edit_distance.h"
#include "base/source_file.h"

namespace l10nc {
namespace {

TEST(DiagnosticPrinter, PrintsClangStyleWithTheLineAndACaret) {
  auto file = std::make_shared<SourceFile>("page.md", "first\n\tcañón <span x\n");
  Diagnostic diagnostic = error_at(*file, 15, "unclosed <span>");
  diagnostic.notes.push_back({location_in(*file, 0), "the page starts here"});
  DiagnosticPrinter printer(false);
  printer.add_source(file);
  EXPECT_EQ(printer.format(diagnostic),
            "page.md:2:8: error: unclosed <span>\n"
            "\tcañón <span x\n"
            "\t      ^\n"
            "page.md:1:1: note: the page starts here\n"
            "first\n"
            "^\n");
}

TEST(DiagnosticPrinter, AlignsTheCaretUnderWideCharacters) {
  auto file = std::make_shared<SourceFile>("ja.md", "日本語x\n");
  Diagnostic diagnostic = error_at(*file, 9, "here");
  diagnostic.severity = Severity::warning;
  diagnostic.check_id = "punctuation";
  DiagnosticPrinter printer(false);
  printer.add_source(file);
  EXPECT_EQ(printer.format(diagnostic),
            "ja.md:1:4: warning: here [punctuation]\n日本語x\n      ^\n");
}

TEST(DiagnosticPrinter, ColorsOnlyWhenAsked) {
  Diagnostic diagnostic;
  diagnostic.message = "m";
  diagnostic.location.file = "f";
  EXPECT_EQ(DiagnosticPrinter(false).format(diagnostic), "f: error: m\n");
  EXPECT_NE(DiagnosticPrinter(true).format(diagnostic).find("\x1b["), std::string::npos);
}

TEST(DiagnosticList, CountsErrors) {
  DiagnosticList list;
  Diagnostic warning;
  warning.severity = Severity::warning;
  list.report(warning);
  EXPECT_FALSE(list.has_errors());
  list.report(Diagnostic{});
  EXPECT_EQ(list.error_count(), 1u);
  EXPECT_EQ(list.diagnostics().size(), 2u);
}

TEST(EditDistance, SuggestsOnlyNearNames) {
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(closest_match("SEC_E_CERT_EXPIRD", {"SEC_E_OK", "SEC_E_CERT_EXPIRED"}),
            "SEC_E_CERT_EXPIRED");
  EXPECT_EQ(closest_match("zzz", {"SEC_E_OK"}), std::nullopt);
}

}  // namespace
}  // namespace l10nc
