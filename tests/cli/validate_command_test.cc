// `l10nc validate`: exit status and output, files l10nc writes, the corpus of real files, and
// the same rules as warnings (or, with --validate strict, errors) in compile and check.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "test_support.h"
#include "validate/validate.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::read_text;
using testing::run_l10nc;
using testing::seed_path;
using testing::source_dir;
using testing::TempDir;

constexpr char kBadUnit[] =
    "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
    "trgLang=\"fr\">\n"
    "<file id=\"f\">\n"
    "<unit id=\"u\"><segment state=\"done\"><source>Hello</source><target>Bonjour</target>"
    "</segment></unit>\n"
    "</file>\n"
    "</xliff>\n";

TEST(ValidateCommand, PrintsEachViolationClangStyleAndExitsOne) {
  TempDir dir;
  dir.write("fr.xlf", kBadUnit);
  const CommandResult result = run_l10nc({"validate", "fr.xlf"}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "fr.xlf:3:30: error: state 'done' on <segment> is not one of 'initial', "
            "'translated', 'reviewed', 'final' [xliff2:4.3.1-state-value]\n"
            "<unit id=\"u\"><segment state=\"done\"><source>Hello</source><target>Bonjour"
            "</target></segment></unit>\n"
            "                             ^\n"
            "l10nc: validate: 1 violation in 1 of 1 file\n");
}

TEST(ValidateCommand, ConformingFilesExitZero) {
  const CommandResult result = run_l10nc({"validate", (source_dir() / "locales").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "l10nc: validate: 4 files conform\n");
}

TEST(ValidateCommand, UsageErrorsAndUnreadableInputExitTwo) {
  EXPECT_EQ(run_l10nc({"validate"}).exit_code, 2);
  const CommandResult missing = run_l10nc({"validate", "no-such.xlf"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err, "l10nc: error: 'no-such.xlf': no such file or directory\n");
}

TEST(ValidateCommand, MalformedXmlIsAViolation) {
  TempDir dir;
  dir.write("bad.xlf", "<xliff version=\"2.0\">\n<file>\n</xliff>\n");
  const CommandResult result = run_l10nc({"validate", "bad.xlf"}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("bad.xlf:3:3: error: malformed XML: start-end tags mismatch "
                            "[xml:well-formed]\n"),
            std::string::npos)
      << result.err;
}

TEST(ValidateCommand, ListRulesListsEveryRule) {
  const CommandResult result = run_l10nc({"validate", "--list-rules"});
  EXPECT_EQ(result.exit_code, 0);
  for (const ValidationRule& rule : validation_rules())
    EXPECT_NE(result.out.find(std::string(rule.id) + "  " + std::string(rule.summary) + "\n"),
              std::string::npos)
        << rule.id;
}

// Everything l10nc writes conforms: new-locale, export, merge and pseudo, in both versions.
TEST(ValidateCommand, FilesL10ncWritesConform) {
  TempDir dir;
  const std::string seed = seed_path().string();
  const std::string locales = (source_dir() / "locales").string();
  // A page with no segments: a catalog with no messages.
  const fs::path empty =
      dir.write("empty/es-ES/empty.md", "---\nms.contentlocale: es-ES\n---\n# Nothing\n");
  std::vector<std::vector<std::string>> commands = {
      {"new-locale", "--locale", "fr", seed, "-o", (dir / "new/fr.xlf").string()},
      {"new-locale", "--locale", "fr", "--xliff-version", "1.2", seed, "-o",
       (dir / "new/fr12.xlf").string()},
      {"export", "--locale", "es-ES", seed, "-o", (dir / "export/es.xlf").string()},
      {"export", "--locale", "es-ES", "--xliff-version", "1.2", seed, "-o",
       (dir / "export/es12.xlf").string()},
      {"export", "--locale", "ja", locales, "-o", (dir / "export/ja.xlf").string()},
      {"export", "--locale", "de", "--xliff-version", "1.2", locales, "-o",
       (dir / "export/de12.xlf").string()},
      {"export", "--locale", "es-ES", empty.string(), "-o", (dir / "export/empty.xlf").string()},
      {"export", "--locale", "es-ES", "--xliff-version", "1.2", empty.string(), "-o",
       (dir / "export/empty12.xlf").string()},
      {"new-locale", "--locale", "fr", empty.string(), "-o", (dir / "new/empty.xlf").string()},
      {"pseudo", "--locale", "en_XA", locales, "-o", (dir / "pseudo/en_XA.xlf").string()},
      {"pseudo", "--locale", "ar_XB", locales, "-o", (dir / "pseudo/ar_XB.xlf").string()},
  };
  for (const std::vector<std::string>& command : commands) {
    const CommandResult result = run_l10nc(command);
    ASSERT_EQ(result.exit_code, 0) << command[0] << ": " << result.err;
  }
  // merge: the English changes (one sentence), so a translated unit needs review, in both
  // versions.
  std::string english = read_text(seed_path());
  const std::string changed = "SSPI Status Codes</span></span>";
  ASSERT_NE(english.find(changed), std::string::npos);
  english.replace(english.find(changed), changed.size(), "SSPI Status Code List</span></span>");
  const fs::path edited = dir.write("english/es-ES/sspi-status-codes.md", english);
  fs::copy(source_dir() / "locales/fr/sspi-status-codes.xlf", dir / "merged-fr.xlf");
  fs::copy(dir / "export/de12.xlf", dir / "merged-de12.xlf");
  for (const char* file : {"merged-fr.xlf", "merged-de12.xlf"}) {
    const CommandResult result = run_l10nc({"merge", (dir / file).string(), edited.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("English changed, needs review"), std::string::npos) << result.out;
  }
  const std::vector<std::string> written = {
      "new/fr.xlf",    "new/fr12.xlf",    "export/es.xlf",    "export/es12.xlf",
      "export/ja.xlf", "export/de12.xlf", "pseudo/en_XA.xlf", "pseudo/ar_XB.xlf",
      "merged-fr.xlf", "merged-de12.xlf", "export/empty.xlf", "export/empty12.xlf",
      "new/empty.xlf"};
  for (const std::string& file : written) {
    const CommandResult result = run_l10nc({"validate", (dir / file).string()});
    EXPECT_EQ(result.exit_code, 0) << file << "\n" << result.err;
  }
}

// merge keeps a translator's file as it is, violations included, and adds none: a unit to
// review and one moved to the obsolete group leave only the violation the file had
// (tests/data/merge/app.fr.xlf puts <mtc:matches> after <notes>).
TEST(ValidateCommand, MergeAddsNoViolations) {
  TempDir dir;
  fs::copy(source_dir() / "tests/data/merge/app.fr.xlf", dir / "app.fr.xlf");
  std::string app = read_text(source_dir() / "tests/data/merge/app.xlf");
  app.replace(app.find("Quit the application?"), 21, "Quit ACME?");
  const std::string help =
      "    <unit id=\"help\" name=\"dialog.help\"><segment><source>Help</source></segment>"
      "</unit>\n";
  ASSERT_NE(app.find(help), std::string::npos);
  app.erase(app.find(help), help.size());
  const fs::path english = dir.write("english/app.xlf", app);
  const CommandResult merge = run_l10nc({"merge", "app.fr.xlf", english.string()}, {}, dir.path());
  ASSERT_EQ(merge.exit_code, 0) << merge.err;
  EXPECT_NE(merge.out.find("moved to the obsolete group"), std::string::npos) << merge.out;
  const std::string violation =
      "app.fr.xlf:26:9: error: <mtc:matches> must come before <notes> in <unit> "
      "[xliff2:4.2.2.5-unit-content]\n"
      "        <mtc:matches>\n"
      "        ^\n"
      "l10nc: validate: 1 violation in 1 of 1 file\n";
  const CommandResult result = run_l10nc({"validate", "app.fr.xlf"}, {}, dir.path());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, violation);
}

// What validate says about each XLIFF file of the corpus (real files from other tools).
// Files not listed conform.
const std::map<std::string, std::string>& corpus_violations() {
  static const std::map<std::string, std::string> violations = {
      // its second <file> misspells target-language as 'targe-language'.
      {"xliff/1.2/locize-example_multi12.xlf",
       "xliff/1.2/locize-example_multi12.xlf:18:92: error: attribute 'targe-language' is not "
       "allowed on <file> [xliff12:file-attributes]\n"
       "  <file original=\"namespace2\" datatype=\"plaintext\" source-language=\"en-US\" "
       "targe-language=\"de-CH\">\n"
       "                                                                                           "
       "^\n"
       "l10nc: validate: 1 violation in 1 of 1 file\n"},
      // MateCat's own id and project-id attributes on <file> have no namespace (1.2 allows only its
      // own there).
      {"xliff/1.2/matecat-entities.xlf",
       "xliff/1.2/matecat-entities.xlf:3:13: error: attribute 'id' is not allowed on <file> "
       "[xliff12:file-attributes]\n"
       "  <file id=\"179174\" original=\"/course_content/2022/coursee-2022.json\" "
       "source-language=\"en-US\" target-language=\"fa\" datatype=\"plaintext\" "
       "project-id=\"26074\" tool-id=\"crowdin\">\n"
       "            ^\n"
       "xliff/1.2/matecat-entities.xlf:3:149: error: attribute 'project-id' is not allowed on "
       "<file> [xliff12:file-attributes]\n"
       "  <file id=\"179174\" original=\"/course_content/2022/coursee-2022.json\" "
       "source-language=\"en-US\" target-language=\"fa\" datatype=\"plaintext\" "
       "project-id=\"26074\" tool-id=\"crowdin\">\n"
       "                                                                                           "
       "                                                         ^\n"
       "l10nc: validate: 2 violations in 1 of 1 file\n"},
      // MateCat puts a word-count <group> inside <trans-unit>, where 1.2 has none (and an empty
      // one).
      {"xliff/1.2/matecat-file-with-emoji.xlf",
       "xliff/1.2/matecat-file-with-emoji.xlf:24:17: error: <group> is not allowed in <trans-unit> "
       "[xliff12:structure-content]\n"
       "                <group matecat:name=\"x-mtc-word-count\">\n"
       "                ^\n"
       "xliff/1.2/matecat-file-with-emoji.xlf:24:17: error: <group> must contain at least one "
       "<group> or <trans-unit> or <bin-unit> [xliff12:structure-content]\n"
       "                <group matecat:name=\"x-mtc-word-count\">\n"
       "                ^\n"
       "l10nc: validate: 2 violations in 1 of 1 file\n"},
      // MateCat's x-data and x-matecat attributes on <file> have no namespace.
      {"xliff/1.2/matecat-file-with-notes-converted-nobase64.xlf",
       "xliff/1.2/matecat-file-with-notes-converted-nobase64.xlf:23:19: error: attribute 'x-data' "
       "is not allowed on <file> [xliff12:file-attributes]\n"
       "    <file x-data=\"ciao\" x-matecat=\"matecat\" datatype=\"x-plaintext\" original=\"\" "
       "source-language=\"hy-am\" target-language=\"fr-fr\">\n"
       "                  ^\n"
       "xliff/1.2/matecat-file-with-notes-converted-nobase64.xlf:23:36: error: attribute "
       "'x-matecat' is not allowed on <file> [xliff12:file-attributes]\n"
       "    <file x-data=\"ciao\" x-matecat=\"matecat\" datatype=\"x-plaintext\" original=\"\" "
       "source-language=\"hy-am\" target-language=\"fr-fr\">\n"
       "                                   ^\n"
       "l10nc: validate: 2 violations in 1 of 1 file\n"},
      // locize writes 1.2's rid on <sc>/<ec> instead of 2.0's startRef, so no <ec> ends its <sc>.
      {"xliff/2.0/locize-example_generic-span-start-end.xlf",
       "xliff/2.0/locize-example_generic-span-start-end.xlf:6:11: error: <sc> 'b1-1' has no <ec> "
       "in the source of unit 'key1': one whose <ec> is in another unit must be isolated=\"yes\" "
       "[xliff2:4.2.3.4-sc-isolated]\n"
       "          <sc id=\"b1-1\" rid=\"b1\"/>bold\n"
       "          ^\n"
       "xliff/2.0/locize-example_generic-span-start-end.xlf:6:30: error: attribute 'rid' is not "
       "allowed on <sc> [xliff2:4.2.3.4-sc-attributes]\n"
       "          <sc id=\"b1-1\" rid=\"b1\"/>bold\n"
       "                             ^\n"
       "xliff/2.0/locize-example_generic-span-start-end.xlf:7:11: error: <ec> requires a startRef, "
       "unless it is isolated=\"yes\" [xliff2:4.2.3.5-ec-isolated]\n"
       "          <ec id=\"b1-2\" rid=\"b1\"/> text\n"
       "          ^\n"
       "xliff/2.0/locize-example_generic-span-start-end.xlf:7:30: error: attribute 'rid' is not "
       "allowed on <ec> [xliff2:4.2.3.5-ec-attributes]\n"
       "          <ec id=\"b1-2\" rid=\"b1\"/> text\n"
       "                             ^\n"
       "xliff/2.0/locize-example_generic-span-start-end.xlf:10:11: error: <sc> 'b1-1' has no <ec> "
       "in the target of unit 'key1': one whose <ec> is in another unit must be isolated=\"yes\" "
       "[xliff2:4.2.3.4-sc-isolated]\n"
       "          <sc id=\"b1-1\" rid=\"b1\"/>fett formatierter\n"
       "          ^\n"
       "xliff/2.0/locize-example_generic-span-start-end.xlf:10:30: error: attribute 'rid' is not "
       "allowed on <sc> [xliff2:4.2.3.4-sc-attributes]\n"
       "          <sc id=\"b1-1\" rid=\"b1\"/>fett formatierter\n"
       "                             ^\n"
       "xliff/2.0/locize-example_generic-span-start-end.xlf:11:11: error: <ec> requires a "
       "startRef, unless it is isolated=\"yes\" [xliff2:4.2.3.5-ec-isolated]\n"
       "          <ec id=\"b1-2\" rid=\"b1\"/> Text\n"
       "          ^\n"
       "xliff/2.0/locize-example_generic-span-start-end.xlf:11:30: error: attribute 'rid' is not "
       "allowed on <ec> [xliff2:4.2.3.5-ec-attributes]\n"
       "          <ec id=\"b1-2\" rid=\"b1\"/> Text\n"
       "                             ^\n"
       "l10nc: validate: 8 violations in 1 of 1 file\n"},
      // locize writes 1.2's ctype on <pc>, which 2.0 does not have (it has type).
      {"xliff/2.0/locize-example_native-span.xlf",
       "xliff/2.0/locize-example_native-span.xlf:6:32: error: attribute 'ctype' is not allowed on "
       "<pc> [xliff2:4.2.3.3-pc-attributes]\n"
       "          <pc id=\"name\" ctype=\"x-python-brace-param\">{name}</pc>\n"
       "                               ^\n"
       "xliff/2.0/locize-example_native-span.xlf:9:32: error: attribute 'ctype' is not allowed on "
       "<pc> [xliff2:4.2.3.3-pc-attributes]\n"
       "          <pc id=\"name\" ctype=\"x-python-brace-param\">{name}</pc>\n"
       "                               ^\n"
       "xliff/2.0/locize-example_native-span.xlf:16:35: error: attribute 'ctype' is not allowed on "
       "<pc> [xliff2:4.2.3.3-pc-attributes]\n"
       "          <pc id=\"doctype\" ctype=\"x-python-brace-param\">{doctype}</pc> documents\n"
       "                                  ^\n"
       "xliff/2.0/locize-example_native-span.xlf:19:35: error: attribute 'ctype' is not allowed on "
       "<pc> [xliff2:4.2.3.3-pc-attributes]\n"
       "          <pc id=\"doctype\" ctype=\"x-python-brace-param\">{doctype}</pc> Dokumente zu "
       "manipulieren und verarbeiten\n"
       "                                  ^\n"
       "xliff/2.0/locize-example_native-span.xlf:26:36: error: attribute 'ctype' is not allowed on "
       "<pc> [xliff2:4.2.3.3-pc-attributes]\n"
       "          <pc id=\"dataType\" ctype=\"x-python-brace-param\">{dataType}</pc> Data Manager\n"
       "                                   ^\n"
       "xliff/2.0/locize-example_native-span.xlf:29:36: error: attribute 'ctype' is not allowed on "
       "<pc> [xliff2:4.2.3.3-pc-attributes]\n"
       "          <pc id=\"dataType\" ctype=\"x-python-brace-param\">{dataType}</pc> Daten "
       "Manager\n"
       "                                   ^\n"
       "l10nc: validate: 6 violations in 1 of 1 file\n"},
      // locize writes 1.2's ctype on <ph>, which 2.0 does not have (it has type).
      {"xliff/2.0/locize-example_standalone.xlf",
       "xliff/2.0/locize-example_standalone.xlf:6:30: error: attribute 'ctype' is not allowed on "
       "<ph> [xliff2:4.2.3.2-ph-attributes]\n"
       "          <ph id=\"x1\" ctype=\"x-ch-vt\"/>\n"
       "                             ^\n"
       "xliff/2.0/locize-example_standalone.xlf:9:30: error: attribute 'ctype' is not allowed on "
       "<ph> [xliff2:4.2.3.2-ph-attributes]\n"
       "          <ph id=\"x1\" ctype=\"x-ch-vt\"/>\n"
       "                             ^\n"
       "l10nc: validate: 2 violations in 1 of 1 file\n"},
  };
  return violations;
}

TEST(ValidateCommand, CorpusFilesConformOrBreakExactlyTheRulesTheyBreak) {
  const fs::path corpus = testing::corpus_dir();
  for (const fs::path& path : testing::xliff_corpus_files()) {
    const std::string name = path.lexically_relative(corpus).generic_string();
    SCOPED_TRACE(name);
    const CommandResult result = run_l10nc({"validate", name}, {}, corpus);
    const auto expected = corpus_violations().find(name);
    if (expected == corpus_violations().end()) {
      EXPECT_EQ(result.exit_code, 0) << result.err;
    } else {
      EXPECT_EQ(result.exit_code, 1);
      EXPECT_EQ(result.err, expected->second);
    }
  }
}

TEST(ValidateCommand, CompileAndCheckWarnWithTheSameRuleAndStrictCompileRefuses) {
  TempDir dir;
  dir.write("in/fr.xlf", kBadUnit);
  // The reader's warning and the rule's are one: the reader's words, the rule's id, once.
  const std::string warning =
      "in/fr.xlf:3:30: warning: state 'done' is not an XLIFF 2 state (initial, translated, "
      "reviewed, final): read as needs-review [xliff2:4.3.1-state-value]\n";
  const CommandResult compile = run_l10nc({"compile", "in", "-o", "out"}, {}, dir.path());
  EXPECT_EQ(compile.exit_code, 0) << compile.err;
  EXPECT_NE(compile.err.find(warning), std::string::npos) << compile.err;
  EXPECT_EQ(compile.err.find("in/fr.xlf:3:30", compile.err.find(warning) + 1), std::string::npos)
      << compile.err;
  // check reports it as a finding of its 'input' check, the rule id kept in the message.
  const CommandResult check = run_l10nc({"check", "in"}, {}, dir.path());
  std::string finding = warning;
  finding.insert(finding.size() - 1, " [input]");
  EXPECT_NE(check.out.find(finding), std::string::npos) << check.out;
  EXPECT_NE(check.out.find("l10nc check: passed: 0 errors, 1 warning\n"), std::string::npos)
      << check.out;

  const CommandResult strict =
      run_l10nc({"compile", "--validate", "strict", "in", "-o", "strict-out"}, {}, dir.path());
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_EQ(strict.err,
            "in/fr.xlf:3:30: error: state 'done' on <segment> is not one of 'initial', "
            "'translated', 'reviewed', 'final' [xliff2:4.3.1-state-value]\n"
            "<unit id=\"u\"><segment state=\"done\"><source>Hello</source><target>Bonjour"
            "</target></segment></unit>\n"
            "                             ^\n"
            "l10nc: nothing written: fix the errors above\n");
  EXPECT_FALSE(fs::exists(dir / "strict-out"));

  const CommandResult off =
      run_l10nc({"compile", "--validate", "off", "in", "-o", "out"}, {}, dir.path());
  EXPECT_EQ(off.exit_code, 0);
  EXPECT_EQ(off.err.find("[xliff2:"), std::string::npos) << off.err;
}

TEST(ValidateCommand, HelpSaysWhatItDoes) {
  const CommandResult help = run_l10nc({"--help"});
  EXPECT_NE(help.out.find("validate"), std::string::npos);
  const CommandResult compile_help = run_l10nc({"compile", "--help"});
  EXPECT_NE(compile_help.out.find("--validate warn|strict|off"), std::string::npos)
      << compile_help.out;
}

// README's Validate section lists exactly the rules of the table, each with its summary.
TEST(ValidateCommand, ReadmeListsEveryRule) {
  const std::string readme = read_text(source_dir() / "README.md");
  const size_t start = readme.find("\n## Validating files: `l10nc validate`");
  ASSERT_NE(start, std::string::npos);
  const size_t end = readme.find("\n## ", start + 1);
  const std::string section = readme.substr(start, end - start);
  std::set<std::string> listed;
  const std::regex row(R"(\n\| `([a-z0-9]+:[^`]+)` \| ([^\n]*) \|)");
  for (auto it = std::sregex_iterator(section.begin(), section.end(), row);
       it != std::sregex_iterator(); ++it) {
    std::string summary = (*it)[2].str();
    for (size_t at = summary.find("&lt;"); at != std::string::npos; at = summary.find("&lt;"))
      summary.replace(at, 4, "<");
    listed.insert((*it)[1].str() + " | " + summary);
  }
  std::set<std::string> rules;
  for (const ValidationRule& rule : validation_rules())
    rules.insert(std::string(rule.id) + " | " + std::string(rule.summary));
  EXPECT_EQ(listed, rules);
}

}  // namespace
}  // namespace l10nc
