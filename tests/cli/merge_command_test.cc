// `l10nc merge` edits a translator's file in place: tests/data/merge/app.fr.xlf holds what CAT
// tools leave in a file (modules, extensions, notes with attributes, <mrk>, segment ids, an
// <ignorable>, final and reviewed states with subStates, two <file>s with groups, a partly
// translated unit, CRLF line ends); app.xlf is its English.
#include <gtest/gtest.h>

#include <filesystem>

#include "base/unicode_text.h"
#include "test_support.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::read_text;
using testing::run_l10nc;
using testing::run_program;
using testing::TempDir;

fs::path data(const std::string& name) { return testing::source_dir() / "tests/data" / name; }

// The text with each `from` replaced by its `to` (once each, in order), failing when one is not
// there: what the edited file must be, said as edits of the original.
std::string edited(std::string text,
                   const std::vector<std::pair<std::string, std::string>>& edits) {
  for (const auto& [from, to] : edits) {
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
  }
  return text;
}

TEST(MergeCommand, UnchangedEnglishLeavesTheFileByteForByteAndUnwritten) {
  TempDir dir;
  fs::copy(data("merge/app.fr.xlf"), dir / "app.fr.xlf");
  const auto old_time = fs::file_time_type::clock::now() - std::chrono::hours(24 * 365);
  fs::last_write_time(dir / "app.fr.xlf", old_time);
  const CommandResult result =
      run_l10nc({"merge", "app.fr.xlf", data("merge/app.xlf").string()}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "l10nc: app.fr.xlf (fr) is up to date with the English: not changed (5 units)\n");
  EXPECT_EQ(read_text(dir / "app.fr.xlf"), read_text(data("merge/app.fr.xlf")));
  EXPECT_EQ(fs::last_write_time(dir / "app.fr.xlf"), old_time);
}

TEST(MergeCommand, OneChangedSentenceChangesOnlyThatUnitOneRemovedKeyOnlyMoves) {
  TempDir dir;
  fs::copy(data("merge/app.fr.xlf"), dir / "app.fr.xlf");
  std::string english = read_text(data("merge/app.xlf"));
  english = edited(english, {{"Quit the application?", "Quit ACME?"},
                             {"    <unit id=\"help\" name=\"dialog.help\"><segment><source>Help"
                              "</source></segment></unit>\n",
                              ""}});
  const fs::path english_file = dir.write("en/app.xlf", english);
  const CommandResult result =
      run_l10nc({"merge", "app.fr.xlf", english_file.string()}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "l10nc: merged app.fr.xlf (fr, XLIFF 2.0, edited in place): 0 new, 1 to review, 1 "
            "obsolete, 0 other changes, 3 unchanged\n"
            "  app:dialog.quit: English changed, needs review\n"
            "  app:dialog.help: left the English: moved to the obsolete group\n");
  const std::string help =
      "      <unit id=\"help\" name=\"dialog.help\">\r\n"
      "        <segment state=\"translated\">\r\n"
      "          <source>Help</source>\r\n"
      "          <target>Aide</target>\r\n"
      "        </segment>\r\n"
      "      </unit>\r\n";
  EXPECT_EQ(read_text(dir / "app.fr.xlf"),
            edited(read_text(data("merge/app.fr.xlf")),
                   {{"      <unit id=\"quit\" name=\"dialog.quit\">\r\n"
                     "        <segment state=\"translated\">\r\n"
                     "          <source>Quit the application?</source>\r\n",
                     "      <unit id=\"quit\" name=\"dialog.quit\">\r\n"
                     "        <notes>\r\n"
                     "          <note category=\"l10nc:previous-source\">Quit the application?"
                     "</note>\r\n"
                     "        </notes>\r\n"
                     "        <segment state=\"translated\" subState=\"l10nc:needs-review\">\r\n"
                     "          <source>Quit ACME?</source>\r\n"},
                    {help, ""},
                    {"    </group>\r\n  </file>\r\n</xliff>",
                     "    </group>\r\n"
                     "    <group id=\"l10nc:obsolete\" name=\"obsolete\" type=\"l10nc:obsolete\" "
                     "translate=\"no\">\r\n" +
                         help + "    </group>\r\n  </file>\r\n</xliff>"}}));

  // The merged file compiles: the changed unit as needs-review, the obsolete one not at all.
  testing::compile_or_fail({english_file.string(), (dir / "app.fr.xlf").string()}, dir / "out");
  const CommandResult dump =
      run_l10nc({"dump", "-b", (dir / "out").string(), "-l", "fr", "--domain", "app"});
  EXPECT_EQ(dump.out,
            "dialog.quit\tQuitter l'application ?\n"
            "dialog.welcome\tWelcome. Read the guide.\n"
            "menu.open\tOuvrir\n"
            "menu.save\tEnregistrer le fichier ACME.\n");
}

TEST(MergeCommand, ARevertedEnglishClearsTheReviewAndLeavesTheFileAsItWas) {
  TempDir dir;
  fs::copy(data("merge/app.fr.xlf"), dir / "app.fr.xlf");
  const std::string english = read_text(data("merge/app.xlf"));
  const fs::path changed =
      dir.write("changed/app.xlf", edited(english, {{"Quit the application?", "Quit ACME?"}}));
  ASSERT_EQ(run_l10nc({"merge", "app.fr.xlf", changed.string()}, {}, dir.path()).exit_code, 0);
  const CommandResult result =
      run_l10nc({"merge", "app.fr.xlf", data("merge/app.xlf").string()}, {}, dir.path());
  EXPECT_EQ(result.out,
            "l10nc: merged app.fr.xlf (fr, XLIFF 2.0, edited in place): 0 new, 0 to review, 0 "
            "obsolete, 1 other changes, 4 unchanged\n"
            "  app:dialog.quit: English back to what it was translated from: review cleared\n");
  // Nothing is left of the round trip (an empty <notes> would not be XLIFF 2.0).
  EXPECT_EQ(read_text(dir / "app.fr.xlf"), read_text(data("merge/app.fr.xlf")));
}

// XLIFF 1.2 stays 1.2, and translate-toolkit (Debian's) counts the same units before and after.
TEST(MergeCommand, Xliff12StaysXliff12AndPocountAgrees) {
  TempDir dir;
  fs::copy(data("translate-toolkit/fr.xlf"), dir / "fr.xlf");
  // Its English as an English file (no targets) of the same document.
  const fs::path english =
      dir.write("en/fr.xlf",
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file "
                "original=\"fr.po\" source-language=\"en\" datatype=\"plaintext\"><body>\n"
                "<trans-unit id=\"3\"><source>Open file</source></trans-unit>\n"
                "<trans-unit id=\"4\"><source>Deleted %d files from %s</source></trans-unit>\n"
                "<trans-unit id=\"5\"><source>Not translated yet</source></trans-unit>\n"
                "<trans-unit id=\"6\"><source>Cancel</source></trans-unit>\n"
                "<trans-unit id=\"7\"><source>Quit</source></trans-unit>\n"
                "</body></file></xliff>\n");
  auto pocount = [&] {
    const CommandResult count =
        run_program("pocount", {"--short-strings", "fr.xlf"}, {}, dir.path());
    EXPECT_EQ(count.exit_code, 0) << "pocount (Debian package translate-toolkit): " << count.err;
    return count.out;
  };
  const std::string before = pocount();
  EXPECT_NE(before.find("strings: total: 5"), std::string::npos) << before;
  CommandResult result = run_l10nc({"merge", "fr.xlf", english.string()}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(read_text(dir / "fr.xlf"), read_text(data("translate-toolkit/fr.xlf")));
  EXPECT_EQ(pocount(), before);

  // One more English key: a 1.2 trans-unit beside the others, and pocount counts it.
  const std::string with_print =
      edited(read_text(english), {{"</body>",
                                   "<trans-unit id=\"8\"><source>Print</source>"
                                   "</trans-unit>\n</body>"}});
  const fs::path more = dir.write("en2/fr.xlf", with_print);
  result = run_l10nc({"merge", "fr.xlf", more.string()}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string merged = read_text(dir / "fr.xlf");
  EXPECT_TRUE(merged.starts_with(read_text(data("translate-toolkit/fr.xlf")).substr(0, 200)));
  EXPECT_NE(merged.find("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.1\" version=\"1.1\">"),
            std::string::npos);
  EXPECT_NE(merged.find("      <trans-unit id=\"8\" resname=\"8\">\n"
                        "        <source>Print</source>\n"
                        "        <target state=\"new\"/>\n"),
            std::string::npos)
      << merged;
  EXPECT_NE(pocount().find("strings: total: 6"), std::string::npos);
}

TEST(MergeCommand, AUtf16FileStaysUtf16) {
  TempDir dir;
  const std::string english_text =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">"
      "<file id=\"f\"><unit id=\"a\"><segment><source>Open</source></segment></unit>"
      "<unit id=\"b\"><segment><source>Close now</source></segment></unit></file></xliff>\n";
  const std::string french =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
      "trgLang=\"ja\">\n"
      "<file id=\"f\">\n"
      "  <unit id=\"a\"><segment><source>Open</source><target>開く</target></segment></unit>\n"
      "  <unit id=\"b\"><segment><source>Close</source><target>閉じる</target></segment></unit>\n"
      "</file>\n"
      "</xliff>\n";
  dir.write("ui.ja.xlf", "\xFF\xFE" + *utf8_to_charset(french, "UTF-16LE"));
  const fs::path english = dir.write("en/ui.xlf", english_text);
  const CommandResult result = run_l10nc({"merge", "ui.ja.xlf", english.string()}, {}, dir.path());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string bytes = read_text(dir / "ui.ja.xlf");
  ASSERT_TRUE(bytes.starts_with("\xFF\xFE"));
  EXPECT_EQ(*charset_to_utf8(std::string_view(bytes).substr(2), "UTF-16LE"),
            edited(french, {{"<unit id=\"b\"><segment><source>Close</source>",
                             "<unit id=\"b\"><notes><note category=\"l10nc:previous-source\">"
                             "Close</note></notes><segment state=\"translated\" "
                             "subState=\"l10nc:needs-review\"><source>Close now</source>"}}));
}

}  // namespace
}  // namespace l10nc
