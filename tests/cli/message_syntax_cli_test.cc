// --message-syntax icu end to end: an XLIFF 2.0 file whose sources and targets are ICU patterns.
#include <gtest/gtest.h>

#include <l10n/catalog.h>

#include "test_support.h"

namespace l10nc {
namespace {

using testing::CommandResult;
using testing::run_l10nc;
using testing::TempDir;

constexpr char kFrench[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
  <file id="f">
    <unit id="place">
      <segment state="translated">
        <source>You finished {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} of {total, number, integer} '{'runners'}'.</source>
        <target>Vous êtes {n, selectordinal, one {#er} other {#e}} sur {total, number, integer} '{'coureurs'}'.</target>
      </segment>
    </unit>
    <unit id="files">
      <segment state="translated">
        <source>{count, plural, one {# file} other {# files}}</source>
        <target>{count, plural, one {# fichier} other {# fichiers}</target>
      </segment>
    </unit>
  </file>
</xliff>
)";

TEST(MessageSyntaxCli, IcuXliffCompilesFormatsAndReportsABrokenTarget) {
  TempDir dir;
  const auto file = dir.write("app.fr.xlf", kFrench);
  CommandResult result =
      run_l10nc({"compile", "--message-syntax", "icu", file.string(), "-o", "out"}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err,
            file.string() +
                ":13:17: warning: the translation is not a valid ICU MessageFormat pattern: "
                "unclosed plural 'count': its '{' is never closed; it is not compiled (the runtime "
                "shows the English) [msgformat-syntax]\n"
                "        <target>{count, plural, one {# fichier} other {# fichiers}</target>\n"
                "                ^\n");
  const l10n::Catalog catalog((dir / "out").string());
  const l10n::MessageId place{"app", "place"};
  EXPECT_EQ(catalog.format("fr", place, {{"n", int64_t{1}}, {"total", int64_t{1200}}}).text,
            "Vous êtes 1er sur 1\u202f200 {coureurs}.");
  EXPECT_EQ(catalog.format("en", place, {{"n", int64_t{23}}, {"total", int64_t{1200}}}).text,
            "You finished 23rd of 1,200 {runners}.");
  const l10n::FormatResult files =
      catalog.format("fr", l10n::MessageId{"app", "files"}, {{"count", int64_t{2}}});
  EXPECT_EQ(files.text, "2 files");
  EXPECT_EQ(files.status, l10n::Status::fallback);

  result = run_l10nc({"check", "--message-syntax", "icu", file.string()}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.out.substr(0, result.out.find('\n')),
            file.string() +
                ":13:17: error: the translation is not a valid ICU MessageFormat pattern: unclosed "
                "plural 'count': its '{' is never closed (the runtime shows the English instead) "
                "[msgformat-syntax]");
}

TEST(MessageSyntaxCli, TheOptionIsCheckedAndDocumented) {
  const CommandResult bad = run_l10nc({"compile", "--message-syntax", "xml", "x.xlf", "-o", "o"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--message-syntax"), std::string::npos) << bad.err;
  for (const char* command :
       {"compile", "check", "report", "merge", "export", "new-locale", "pseudo"}) {
    const CommandResult help = run_l10nc({command, "--help"});
    EXPECT_NE(help.out.find("--message-syntax icu|text|auto"), std::string::npos) << command;
  }
}

}  // namespace
}  // namespace l10nc
