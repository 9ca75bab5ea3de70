// Every rule of `l10nc validate` (src/validate/rules.cc) with a small file that conforms and
// one that breaks it, the violations asserted exactly.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "base/source_file.h"
#include "validate/validate.h"

namespace l10nc {
namespace {

constexpr const char* kModules =
    " xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\""
    " xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\""
    " xmlns:fs=\"urn:oasis:names:tc:xliff:fs:2.0\""
    " xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\""
    " xmlns:slr=\"urn:oasis:names:tc:xliff:sizerestriction:2.0\""
    " xmlns:val=\"urn:oasis:names:tc:xliff:validation:2.0\""
    " xmlns:ctr=\"urn:oasis:names:tc:xliff:changetracking:2.0\""
    " xmlns:x=\"urn:example\"";

// An XLIFF 2.0 document: line 1 <xliff>, line 2 <file id="f">, `file` from line 3.
std::string x2(const std::string& file,
               const std::string& root = " srcLang=\"en\" trgLang=\"fr\"") {
  return "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\"" + root +
         kModules + ">\n<file id=\"f\">\n" + file + "</file>\n</xliff>\n";
}
// A document with one <unit id="u"> (line 3); `unit` from line 4.
std::string u2(const std::string& unit) { return x2("<unit id=\"u\">\n" + unit + "</unit>\n"); }
// A unit with one segment (line 4).
std::string s2(const std::string& source, const std::string& target = "t") {
  return u2("<segment><source>" + source + "</source><target>" + target + "</target></segment>\n");
}
// An XLIFF 1.2 document: `body` from line 3.
std::string x12(const std::string& body, const std::string& file =
                                             " original=\"f\" source-language=\"en\" "
                                             "target-language=\"fr\" datatype=\"plaintext\"") {
  return "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file" + file +
         "><body>\n" + body + "</body></file>\n</xliff>\n";
}
std::string tu12(const std::string& source, const std::string& target = "t",
                 const std::string& attributes = "") {
  return x12("<trans-unit id=\"1\"" + attributes + "><source>" + source + "</source><target>" +
             target + "</target></trans-unit>\n");
}

std::string validate(const std::string& name, const std::string& text) {
  const SourceFile file(name, text);
  DiagnosticList diagnostics;
  validate_file(file, diagnostics);
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics.diagnostics())
    out += diagnostic.location.to_string() + ": " +
           std::string(severity_name(diagnostic.severity)) + ": " + diagnostic.message + " [" +
           diagnostic.check_id + "]\n";
  return out;
}

struct Case {
  const char* rule;
  std::string valid;
  std::string invalid;
  std::string expected;  // every violation of `invalid`, one a line
  const char* name = "t.xlf";
};

const std::vector<Case>& cases() {
  static const std::vector<Case> all = {
      {"xml:well-formed", s2("a"), "<xliff>\n<file>\n</xliff>\n",
       "t.xlf:3:3: error: malformed XML: start-end tags mismatch [xml:well-formed]\n"},
      {"xml:xliff-root", s2("a"), "<doc/>\n",
       "t.xlf:1:1: error: expected an <xliff> root element, not <doc> [xml:xliff-root]\n"},
      // XLIFF 2.2's own namespace is not one validate knows.
      {"xml:xliff-root", s2("a"),
       "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.2\" version=\"2.2\" srcLang=\"en\"/>\n",
       "t.xlf:1:1: error: <xliff> is in namespace 'urn:oasis:names:tc:xliff:document:2.2', which "
       "is "
       "neither XLIFF 2's 'urn:oasis:names:tc:xliff:document:2.0' nor XLIFF 1.2's "
       "'urn:oasis:names:tc:xliff:document:1.2' [xml:xliff-root]\n"},
      {"xliff2:4.2.2.1-xliff-attributes", s2("a"), s2("a").replace(0, 6, "<xliff foo=\"1\""),
       "t.xlf:1:13: error: attribute 'foo' is not allowed on <xliff> "
       "[xliff2:4.2.2.1-xliff-attributes]\n"},
      {"xliff2:4.2.2.1-xliff-version", s2("a"),
       std::string(s2("a")).replace(s2("a").find("2.0\" srcLang"), 3, "2.5"),
       "t.xlf:1:63: error: version '2.5' is not 2.0, 2.1 or 2.2 [xliff2:4.2.2.1-xliff-version]\n"},
      {"xliff2:4.2.2.1-xliff-content", s2("a"),
       "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
       "srcLang=\"en\">\n<unit id=\"u\"/>\n</xliff>\n",
       "t.xlf:2:1: error: <unit> is not allowed in <xliff> [xliff2:4.2.2.1-xliff-content]\n"
       "t.xlf:2:1: error: <unit> must contain at least one <segment> or <ignorable> "
       "[xliff2:4.2.2.5-unit-content]\n"},
      {"xliff2:4.3.1-language-tag", s2("a"),
       x2("<unit id=\"u\"><segment><source xml:lang=\"e n\">a</source></segment></unit>\n",
          " srcLang=\"e n\""),
       "t.xlf:1:77: error: srcLang 'e n' is not a BCP 47 language tag [xliff2:4.3.1-language-tag]\n"
       "t.xlf:3:41: error: xml:lang 'e n' is not a BCP 47 language tag "
       "[xliff2:4.3.1-language-tag]\n"},
      {"xliff2:4.3.1-trglang-required", u2("<segment><source>a</source></segment>\n"),
       x2("<unit id=\"u\"><segment><source>a</source><target>b</target></segment></unit>\n",
          " srcLang=\"en\""),
       "t.xlf:1:1: error: <xliff> has no trgLang, which is required when there are <target>s (line "
       "3) [xliff2:4.3.1-trglang-required]\n"},
      {"xliff2:4.2.2.12-source-lang", u2("<segment><source xml:lang=\"EN\">a</source></segment>\n"),
       u2("<segment><source xml:lang=\"de\">a</source></segment>\n"),
       "t.xlf:4:28: error: xml:lang 'de' of <source> differs from srcLang 'en' "
       "[xliff2:4.2.2.12-source-lang]\n"},
      {"xliff2:4.2.2.13-target-lang",
       u2("<segment><source>a</source><target xml:lang=\"fr\">b</target></segment>\n"),
       u2("<segment><source>a</source><target xml:lang=\"es\">b</target></segment>\n"),
       "t.xlf:4:46: error: xml:lang 'es' of <target> differs from trgLang 'fr' "
       "[xliff2:4.2.2.13-target-lang]\n"},
      {"xliff2:4.2.2.2-file-attributes", s2("a"),
       x2("<unit id=\"u\"><segment><source>a</source></segment></unit>\n")
           .replace(x2("").find("<file id=\"f\""), 12, "<file name=\"f\""),
       "t.xlf:2:1: error: <file> requires the attribute 'id' [xliff2:4.2.2.2-file-attributes]\n"
       "t.xlf:2:13: error: attribute 'name' is not allowed on <file> "
       "[xliff2:4.2.2.2-file-attributes]\n"},
      {"xliff2:4.2.2.2-file-content",
       x2("<notes><note>n</note></notes>\n<unit "
          "id=\"u\"><segment><source>a</source></segment></unit>\n"),
       x2("<unit "
          "id=\"u\"><segment><source>a</source></segment></unit>\n<notes><note>n</note></notes>\n"),
       "t.xlf:4:1: error: <notes> must come before <unit> in <file> "
       "[xliff2:4.2.2.2-file-content]\n"},
      {"xliff2:4.2.2.2-file-id-unique", s2("a"),
       s2("a").replace(
           s2("a").find("</xliff>"), 0,
           "<file id=\"f\"><unit id=\"u\"><segment><source>a</source></segment></unit></file>\n"),
       "t.xlf:7:11: error: id 'f' of <file> is not unique in the document: <file> at line 2 has it "
       "too [xliff2:4.2.2.2-file-id-unique]\n"},
      {"xliff2:4.2.2.3-skeleton-content",
       x2("<skeleton href=\"s.skl\"/>\n<unit "
          "id=\"u\"><segment><source>a</source></segment></unit>\n"),
       x2("<skeleton/>\n<unit id=\"u\"><segment><source>a</source></segment></unit>\n"),
       "t.xlf:3:1: error: <skeleton> has neither an href nor content: it must have one "
       "[xliff2:4.2.2.3-skeleton-content]\n"},
      {"xliff2:4.2.2.3-skeleton-attributes",
       x2("<skeleton>native</skeleton>\n<unit "
          "id=\"u\"><segment><source>a</source></segment></unit>\n"),
       x2("<skeleton ref=\"s\">native</skeleton>\n<unit "
          "id=\"u\"><segment><source>a</source></segment></unit>\n"),
       "t.xlf:3:16: error: attribute 'ref' is not allowed on <skeleton> "
       "[xliff2:4.2.2.3-skeleton-attributes]\n"},
      {"xliff2:4.2.2.4-group-attributes",
       x2("<group id=\"g\" name=\"n\"><unit "
          "id=\"u\"><segment><source>a</source></segment></unit></group>\n"),
       x2("<group><unit id=\"u\"><segment><source>a</source></segment></unit></group>\n"),
       "t.xlf:3:1: error: <group> requires the attribute 'id' [xliff2:4.2.2.4-group-attributes]\n"},
      {"xliff2:4.2.2.4-group-content",
       x2("<group id=\"g\"/>\n<unit id=\"u\"><segment><source>a</source></segment></unit>\n"),
       x2("<group id=\"g\"><segment><source>a</source></segment></group>\n<unit "
          "id=\"u\"><segment><source>a</source></segment></unit>\n"),
       "t.xlf:3:15: error: <segment> is not allowed in <group> [xliff2:4.2.2.4-group-content]\n"},
      {"xliff2:4.2.2.4-group-id-unique",
       x2("<group id=\"g\"><group id=\"h\"/></group>\n<unit "
          "id=\"g\"><segment><source>a</source></segment></unit>\n"),
       x2("<group id=\"g\"><group id=\"g\"/></group>\n<unit "
          "id=\"u\"><segment><source>a</source></segment></unit>\n"),
       "t.xlf:3:26: error: id 'g' of <group> is not unique in its <file>: <group> at line 3 has it "
       "too [xliff2:4.2.2.4-group-id-unique]\n"},
      {"xliff2:4.2.2.5-unit-attributes", u2("<segment><source>a</source></segment>\n"),
       x2("<unit id=\"u\" state=\"final\"><segment><source>a</source></segment></unit>\n"),
       "t.xlf:3:21: error: attribute 'state' is not allowed on <unit> "
       "[xliff2:4.2.2.5-unit-attributes]\n"},
      {"xliff2:4.2.2.5-unit-content",
       u2("<originalData><data id=\"d\">x</data></originalData>\n<ignorable><source> "
          "</source></ignorable>\n<segment><source>a</source></segment>\n"),
       u2("<ignorable><source> </source></ignorable>\n"),
       "t.xlf:3:1: error: <unit> must contain at least one <segment> "
       "[xliff2:4.2.2.5-unit-content]\n"},
      {"xliff2:4.2.2.5-unit-id-unique",
       x2("<unit id=\"u\"><segment><source>a</source></segment></unit>\n<unit "
          "id=\"v\"><segment><source>a</source></segment></unit>\n"),
       x2("<unit id=\"u\"><segment><source>a</source></segment></unit>\n<group id=\"g\"><unit "
          "id=\"u\"><segment><source>a</source></segment></unit></group>\n"),
       "t.xlf:4:25: error: id 'u' of <unit> is not unique in its <file>: <unit> at line 3 has it "
       "too [xliff2:4.2.2.5-unit-id-unique]\n"},
      {"xliff2:4.3.1-type-prefixed",
       x2("<unit id=\"u\" type=\"my:title\"><segment><source>a</source></segment></unit>\n"),
       x2("<unit id=\"u\" type=\"title\"><segment><source>a</source></segment></unit>\n"),
       "t.xlf:3:20: error: type 'title' on <unit> is not of the form prefix:value "
       "[xliff2:4.3.1-type-prefixed]\n"},
      {"xliff2:4.2.2.6-segment-attributes",
       u2("<segment id=\"s\" state=\"final\"><source>a</source></segment>\n"),
       u2("<segment order=\"1\"><source>a</source></segment>\n"),
       "t.xlf:4:17: error: attribute 'order' is not allowed on <segment> "
       "[xliff2:4.2.2.6-segment-attributes]\n"},
      {"xliff2:4.2.2.6-segment-content", u2("<segment><source>a</source></segment>\n"),
       u2("<segment><target>a</target><source>a</source></segment>\n"),
       "t.xlf:4:28: error: <source> must come before <target> in <segment> "
       "[xliff2:4.2.2.6-segment-content]\n"},
      {"xliff2:4.2.2.7-ignorable-attributes",
       u2("<ignorable id=\"i\"><source> "
          "</source></ignorable><segment><source>a</source></segment>\n"),
       u2("<ignorable state=\"final\"><source> "
          "</source></ignorable><segment><source>a</source></segment>\n"),
       "t.xlf:4:19: error: attribute 'state' is not allowed on <ignorable> "
       "[xliff2:4.2.2.7-ignorable-attributes]\n"},
      {"xliff2:4.2.2.7-ignorable-content",
       u2("<ignorable><source> </source></ignorable><segment><source>a</source></segment>\n"),
       u2("<ignorable/><segment><source>a</source></segment>\n"),
       "t.xlf:4:1: error: <ignorable> must contain <source> [xliff2:4.2.2.7-ignorable-content]\n"},
      {"xliff2:4.3.1-unit-scope-id-unique",
       u2("<segment id=\"1\"><source><ph id=\"2\"/></source><target><ph "
          "id=\"2\"/></target></segment>\n"),
       u2("<segment id=\"1\"><source><ph id=\"1\"/></source></segment>\n"),
       "t.xlf:4:33: error: id '1' of <ph> is not unique in unit 'u': <segment> at line 4 has it "
       "too [xliff2:4.3.1-unit-scope-id-unique]\n"},
      {"xliff2:4.3.1-state-value", u2("<segment state=\"reviewed\"><source>a</source></segment>\n"),
       u2("<segment state=\"done\"><source>a</source></segment>\n"),
       "t.xlf:4:17: error: state 'done' on <segment> is not one of 'initial', 'translated', "
       "'reviewed', 'final' [xliff2:4.3.1-state-value]\n"},
      {"xliff2:4.3.1-substate-needs-state",
       u2("<segment state=\"translated\" subState=\"my:mt\"><source>a</source></segment>\n"),
       u2("<segment subState=\"my:mt\"><source>a</source></segment>\n"),
       "t.xlf:4:20: error: <segment> has a subState but no state "
       "[xliff2:4.3.1-substate-needs-state]\n"},
      {"xliff2:4.3.1-substate-value",
       u2("<segment state=\"translated\" subState=\"my:mt\"><source>a</source></segment>\n"),
       u2("<segment state=\"translated\" subState=\"mt\"><source>a</source></segment>\n"),
       "t.xlf:4:39: error: subState 'mt' is not of the form prefix:value "
       "[xliff2:4.3.1-substate-value]\n"},
      {"xliff2:4.2.2.8-notes-attributes",
       u2("<notes><note>n</note></notes>\n<segment><source>a</source></segment>\n"),
       u2("<notes id=\"n\"><note>n</note></notes>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:12: error: attribute 'id' is not allowed on <notes> "
       "[xliff2:4.2.2.8-notes-attributes]\n"},
      {"xliff2:4.2.2.8-notes-content",
       u2("<notes><note>n</note></notes>\n<segment><source>a</source></segment>\n"),
       u2("<notes/>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:1: error: <notes> must contain at least one <note> "
       "[xliff2:4.2.2.8-notes-content]\n"},
      {"xliff2:4.2.2.9-note-attributes",
       u2("<notes><note id=\"n\" "
          "category=\"c\">n</note></notes>\n<segment><source>a</source></segment>\n"),
       u2("<notes><note lang=\"en\">n</note></notes>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:20: error: attribute 'lang' is not allowed on <note> "
       "[xliff2:4.2.2.9-note-attributes]\n"},
      {"xliff2:4.2.2.9-note-content",
       u2("<notes><note>n</note></notes>\n<segment><source>a</source></segment>\n"),
       u2("<notes><note>n <x:b/></note></notes>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:16: error: <x:b> is not allowed in <note> [xliff2:4.2.2.9-note-content]\n"},
      {"xliff2:4.2.2.9-note-id-unique",
       u2("<notes><note id=\"1\">n</note><note "
          "id=\"2\">n</note></notes>\n<segment><source>a</source></segment>\n"),
       u2("<notes><note id=\"1\">n</note><note "
          "id=\"1\">n</note></notes>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:39: error: id '1' of <note> is not unique in its <notes>: <note> at line 4 has it "
       "too [xliff2:4.2.2.9-note-id-unique]\n"},
      {"xliff2:4.3.1-appliesto-value",
       u2("<notes><note "
          "appliesTo=\"target\">n</note></notes>\n<segment><source>a</source></segment>\n"),
       u2("<notes><note "
          "appliesTo=\"unit\">n</note></notes>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:25: error: appliesTo 'unit' on <note> is not one of 'source', 'target' "
       "[xliff2:4.3.1-appliesto-value]\n"},
      {"xliff2:4.3.1-priority-value",
       u2("<notes><note priority=\"10\">n</note></notes>\n<segment><source>a</source></segment>\n"),
       u2("<notes><note priority=\"0\">n</note></notes>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:24: error: priority '0' is not an integer 1 to 10 [xliff2:4.3.1-priority-value]\n"},
      {"xliff2:4.2.2.10-originaldata-attributes",
       u2("<originalData><data "
          "id=\"d\">x</data></originalData>\n<segment><source>a</source></segment>\n"),
       u2("<originalData id=\"o\"><data "
          "id=\"d\">x</data></originalData>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:19: error: attribute 'id' is not allowed on <originalData> "
       "[xliff2:4.2.2.10-originaldata-attributes]\n"},
      {"xliff2:4.2.2.10-originaldata-content",
       u2("<originalData><data "
          "id=\"d\">x</data></originalData>\n<segment><source>a</source></segment>\n"),
       u2("<originalData>x</originalData>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:15: error: text is not allowed in <originalData> "
       "[xliff2:4.2.2.10-originaldata-content]\n"},
      {"xliff2:4.2.2.11-data-attributes",
       u2("<originalData><data id=\"d\" "
          "dir=\"rtl\">x</data></originalData>\n<segment><source>a</source></segment>\n"),
       u2("<originalData><data>x</data></originalData>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:15: error: <data> requires the attribute 'id' [xliff2:4.2.2.11-data-attributes]\n"},
      {"xliff2:4.2.2.11-data-content",
       u2("<originalData><data id=\"d\">x<cp "
          "hex=\"1\"/></data></originalData>\n<segment><source>a</source></segment>\n"),
       u2("<originalData><data id=\"d\"><ph "
          "id=\"1\"/></data></originalData>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:28: error: <ph> is not allowed in <data> [xliff2:4.2.2.11-data-content]\n"},
      {"xliff2:4.2.2.11-data-id-unique",
       u2("<originalData><data id=\"d\">x</data><data "
          "id=\"e\">y</data></originalData>\n<segment><source>a</source></segment>\n"),
       u2("<originalData><data id=\"d\">x</data><data "
          "id=\"d\">y</data></originalData>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:46: error: id 'd' of <data> is not unique in its <originalData>: <data> at line 4 "
       "has it too [xliff2:4.2.2.11-data-id-unique]\n"},
      {"xliff2:4.2.2.12-source-attributes",
       u2("<segment><source xml:space=\"preserve\">a</source></segment>\n"),
       u2("<segment><source state=\"new\">a</source></segment>\n"),
       "t.xlf:4:25: error: attribute 'state' is not allowed on <source> "
       "[xliff2:4.2.2.12-source-attributes]\n"},
      {"xliff2:4.2.2.13-target-attributes",
       u2("<segment><source>a</source><target order=\"1\">b</target></segment>\n"),
       u2("<segment><source>a</source><target state=\"new\">b</target></segment>\n"),
       "t.xlf:4:43: error: attribute 'state' is not allowed on <target> "
       "[xliff2:4.2.2.13-target-attributes]\n"},
      {"xliff2:4.3.1-order-value",
       u2("<segment><source>a</source><target "
          "order=\"2\">b</target></segment>\n<segment><source>c</source><target "
          "order=\"1\">d</target></segment>\n"),
       u2("<segment><source>a</source><target "
          "order=\"4\">b</target></segment>\n<segment><source>c</source><target "
          "order=\"1\">d</target></segment>\n<segment><source>e</source><target "
          "order=\"1\">f</target></segment>\n"),
       "t.xlf:4:43: error: order '4' is not a position from 1 to 3 (the segments and ignorables of "
       "unit 'u') [xliff2:4.3.1-order-value]\n"
       "t.xlf:6:43: error: order '1' is used twice in unit 'u': the <target> at line 5 has it too "
       "[xliff2:4.3.1-order-value]\n"},
      {"xliff2:4.2.3-inline-content", s2("a <pc id=\"1\">b</pc>"), s2("a <b>b</b>"),
       "t.xlf:4:20: error: <b> is not allowed in <source> [xliff2:4.2.3-inline-content]\n"},
      {"xliff2:4.2.3-empty-inline", s2("a <ph id=\"1\"/>"), s2("a <ph id=\"1\">b</ph>"),
       "t.xlf:4:31: error: <ph> must be empty [xliff2:4.2.3-empty-inline]\n"},
      {"xliff2:4.2.3.1-cp-attributes", s2("a <cp hex=\"0001\"/>"), s2("a <cp/>"),
       "t.xlf:4:20: error: <cp> requires the attribute 'hex' [xliff2:4.2.3.1-cp-attributes]\n"},
      {"xliff2:4.2.3.1-cp-hex", s2("a <cp hex=\"FFFE\"/>"),
       s2("a <cp hex=\"D800\"/><cp hex=\"xyz\"/>"),
       "t.xlf:4:29: error: hex 'D800' is not a Unicode code point in hexadecimal "
       "[xliff2:4.2.3.1-cp-hex]\n"
       "t.xlf:4:45: error: hex 'xyz' is not a Unicode code point in hexadecimal "
       "[xliff2:4.2.3.1-cp-hex]\n"},
      {"xliff2:4.2.3.2-ph-attributes", s2("<ph id=\"1\" disp=\"{0}\" equiv=\"x\"/>"),
       s2("<ph disp=\"{0}\" name=\"n\"/>"),
       "t.xlf:4:18: error: <ph> requires the attribute 'id' [xliff2:4.2.3.2-ph-attributes]\n"
       "t.xlf:4:39: error: attribute 'name' is not allowed on <ph> "
       "[xliff2:4.2.3.2-ph-attributes]\n"},
      {"xliff2:4.2.3.3-pc-attributes", s2("<pc id=\"1\" dispStart=\"&lt;b>\">b</pc>"),
       s2("<pc id=\"1\" disp=\"b\">b</pc>"),
       "t.xlf:4:35: error: attribute 'disp' is not allowed on <pc> "
       "[xliff2:4.2.3.3-pc-attributes]\n"},
      {"xliff2:4.2.3.4-sc-attributes", s2("<sc id=\"1\"/>a<ec startRef=\"1\"/>"),
       s2("<sc id=\"1\" startRef=\"1\"/>a<ec startRef=\"1\"/>"),
       "t.xlf:4:39: error: attribute 'startRef' is not allowed on <sc> "
       "[xliff2:4.2.3.4-sc-attributes]\n"},
      {"xliff2:4.2.3.4-sc-isolated",
       u2("<segment><source><sc id=\"1\"/>a</source></segment><segment><source>b<ec "
          "startRef=\"1\"/><sc id=\"2\" isolated=\"yes\"/></source></segment>\n"),
       u2("<segment><source><sc id=\"1\"/>a<sc id=\"2\" isolated=\"yes\"/>b<ec "
          "startRef=\"2\"/></source></segment>\n"),
       "t.xlf:4:18: error: <sc> '1' has no <ec> in the source of unit 'u': one whose <ec> is in "
       "another unit must be isolated=\"yes\" [xliff2:4.2.3.4-sc-isolated]\n"
       "t.xlf:4:52: error: <sc> '2' is isolated=\"yes\" but its <ec> is in the same unit "
       "[xliff2:4.2.3.4-sc-isolated]\n"},
      {"xliff2:4.2.3.5-ec-attributes", s2("<ec id=\"1\" isolated=\"yes\"/>a"),
       s2("<ec id=\"1\" isolated=\"yes\" hex=\"1\"/>a"),
       "t.xlf:4:49: error: attribute 'hex' is not allowed on <ec> "
       "[xliff2:4.2.3.5-ec-attributes]\n"},
      {"xliff2:4.2.3.5-ec-isolated", s2("<ec id=\"1\" isolated=\"yes\"/>a"),
       s2("<ec isolated=\"yes\" startRef=\"1\"/>a<ec/>"),
       "t.xlf:4:18: error: <ec isolated=\"yes\"> requires an id (its <sc> is in another unit) "
       "[xliff2:4.2.3.5-ec-isolated]\n"
       "t.xlf:4:47: error: <ec isolated=\"yes\"> must not have a startRef: its <sc> is not in this "
       "unit [xliff2:4.2.3.5-ec-isolated]\n"
       "t.xlf:4:52: error: <ec> requires a startRef, unless it is isolated=\"yes\" "
       "[xliff2:4.2.3.5-ec-isolated]\n"},
      {"xliff2:4.2.3.5-ec-startref", s2("<sc id=\"1\"/>a<ec startRef=\"1\"/>"),
       s2("<ec startRef=\"1\"/>a<sc id=\"1\"/><ec startRef=\"9\"/>"),
       "t.xlf:4:18: error: <ec> comes before its <sc> '1' (line 4) [xliff2:4.2.3.5-ec-startref]\n"
       "t.xlf:4:63: error: startRef '9' of <ec> names no <sc> in the source of unit 'u' "
       "[xliff2:4.2.3.5-ec-startref]\n"},
      {"xliff2:4.2.3.5-ec-matches-sc",
       s2("<sc id=\"1\" canCopy=\"no\"/>a<ec startRef=\"1\" canCopy=\"no\"/>"),
       s2("<sc id=\"1\" canCopy=\"no\"/>a<ec startRef=\"1\" canCopy=\"yes\"/>"),
       "t.xlf:4:70: error: canCopy 'yes' of <ec> differs from its <sc>'s 'no' "
       "[xliff2:4.2.3.5-ec-matches-sc]\n"},
      {"xliff2:4.2.3.6-mrk-attributes", s2("<mrk id=\"m\" translate=\"no\">a</mrk>"),
       s2("<mrk translate=\"no\">a</mrk>"),
       "t.xlf:4:18: error: <mrk> requires the attribute 'id' [xliff2:4.2.3.6-mrk-attributes]\n"},
      {"xliff2:4.2.3.7-sm-attributes", s2("<sm id=\"m\"/>a<em startRef=\"m\"/>"),
       s2("<sm id=\"m\" startRef=\"m\"/>a<em startRef=\"m\"/>"),
       "t.xlf:4:39: error: attribute 'startRef' is not allowed on <sm> "
       "[xliff2:4.2.3.7-sm-attributes]\n"},
      {"xliff2:4.2.3.7-sm-em-pairing", s2("<sm id=\"m\"/>a<em startRef=\"m\"/>"),
       s2("<sm id=\"m\"/>a"),
       "t.xlf:4:18: error: <sm> 'm' has no <em> in the source of unit 'u' "
       "[xliff2:4.2.3.7-sm-em-pairing]\n"},
      {"xliff2:4.2.3.8-em-attributes", s2("<sm id=\"m\"/>a<em startRef=\"m\"/>"),
       s2("<sm id=\"m\"/>a<em id=\"e\" startRef=\"m\"/>"),
       "t.xlf:4:39: error: attribute 'id' is not allowed on <em> [xliff2:4.2.3.8-em-attributes]\n"},
      {"xliff2:4.2.3.8-em-startref", s2("<sm id=\"m\"/>a<em startRef=\"m\"/>"),
       s2("<em startRef=\"m\"/>a<sm id=\"m\"/><em startRef=\"n\"/>"),
       "t.xlf:4:18: error: <em> comes before its <sm> 'm' (line 4) [xliff2:4.2.3.8-em-startref]\n"
       "t.xlf:4:63: error: startRef 'n' of <em> names no <sm> in the source of unit 'u' "
       "[xliff2:4.2.3.8-em-startref]\n"},
      {"xliff2:4.3.1-marker-type-value",
       s2("<mrk id=\"m\" type=\"term\">a</mrk><mrk id=\"n\" type=\"my:x\">b</mrk>"),
       s2("<mrk id=\"m\" type=\"glossary\">a</mrk>"),
       "t.xlf:4:36: error: type 'glossary' on <mrk> is not 'generic', 'comment', 'term' or "
       "prefix:value [xliff2:4.3.1-marker-type-value]\n"},
      {"xliff2:4.3.1-comment-annotation",
       s2("<mrk id=\"m\" type=\"comment\" value=\"check\">a</mrk>"),
       s2("<mrk id=\"m\" type=\"comment\">a</mrk>"),
       "t.xlf:4:18: error: <mrk> of type 'comment' needs a value or a ref attribute "
       "[xliff2:4.3.1-comment-annotation]\n"},
      {"xliff2:4.3.1-code-type-value", s2("<ph id=\"1\" type=\"fmt\"/>"),
       s2("<ph id=\"1\" type=\"bold\"/>"),
       "t.xlf:4:35: error: type 'bold' on <ph> is not one of 'fmt', 'ui', 'quote', 'link', "
       "'image', 'other' [xliff2:4.3.1-code-type-value]\n"},
      {"xliff2:4.3.1-subtype-value",
       s2("<ph id=\"1\" type=\"fmt\" subType=\"xlf:lb\"/><ph id=\"2\" type=\"ui\" "
          "subType=\"my:x\"/>"),
       s2("<ph id=\"1\" subType=\"my:x\"/><ph id=\"2\" type=\"fmt\" subType=\"x\"/><ph id=\"3\" "
          "type=\"fmt\" subType=\"xlf:br\"/>"),
       "t.xlf:4:38: error: subType on <ph> requires a type [xliff2:4.3.1-subtype-value]\n"
       "t.xlf:4:76: error: subType 'x' is not of the form prefix:value "
       "[xliff2:4.3.1-subtype-value]\n"
       "t.xlf:4:111: error: subType 'xlf:br' uses the reserved prefix 'xlf' with a value XLIFF "
       "does not define [xliff2:4.3.1-subtype-value]\n"},
      {"xliff2:4.3.1-dataref-exists",
       u2("<originalData><data id=\"d\">&lt;br/></data></originalData>\n<segment><source><ph "
          "id=\"1\" dataRef=\"d\"/></source></segment>\n"),
       u2("<originalData><data id=\"d\">&lt;br/></data></originalData>\n<segment><source><ph "
          "id=\"1\" dataRef=\"e\"/><pc id=\"2\" dataRefStart=\"d\" "
          "dataRefEnd=\"f\">a</pc></source></segment>\n"),
       "t.xlf:5:38: error: dataRef 'e' names no <data> in the <originalData> of unit 'u' "
       "[xliff2:4.3.1-dataref-exists]\n"
       "t.xlf:5:82: error: dataRefEnd 'f' names no <data> in the <originalData> of unit 'u' "
       "[xliff2:4.3.1-dataref-exists]\n"},
      {"xliff2:4.3.1-copyof-exists", s2("<ph id=\"1\"/><ph id=\"2\" copyOf=\"1\"/>"),
       s2("<ph id=\"1\"/><ph id=\"2\" copyOf=\"3\"/>"),
       "t.xlf:4:49: error: copyOf '3' names no inline code of unit 'u' "
       "[xliff2:4.3.1-copyof-exists]\n"},
      {"xliff2:4.3.1-nmtoken", s2("<ph id=\"a.b-c_d:e\"/>"), s2("<ph id=\"a b\"/>"),
       "t.xlf:4:26: error: id 'a b' on <ph> is not an NMTOKEN [xliff2:4.3.1-nmtoken]\n"},
      {"xliff2:4.3.1-yes-no-value", s2("<ph id=\"1\" canCopy=\"no\"/>"),
       s2("<ph id=\"1\" canCopy=\"false\"/>"),
       "t.xlf:4:38: error: canCopy 'false' on <ph> is not one of 'yes', 'no' "
       "[xliff2:4.3.1-yes-no-value]\n"},
      {"xliff2:4.3.1-canreorder-value", s2("<ph id=\"1\" canReorder=\"yes\"/>"),
       s2("<ph id=\"1\" canReorder=\"never\"/>"),
       "t.xlf:4:41: error: canReorder 'never' on <ph> is not one of 'yes', 'no', 'firstNo' "
       "[xliff2:4.3.1-canreorder-value]\n"},
      {"xliff2:4.3.1-canreorder-copy-delete",
       s2("<ph id=\"1\" canReorder=\"firstNo\" canCopy=\"no\" canDelete=\"no\"/>"),
       s2("<ph id=\"1\" canReorder=\"firstNo\" canCopy=\"no\"/>"),
       "t.xlf:4:18: error: <ph> with canReorder=\"firstNo\" must have canDelete=\"no\" "
       "[xliff2:4.3.1-canreorder-copy-delete]\n"},
      {"xliff2:4.3.1-canreorder-sequence",
       s2("<ph id=\"1\" canReorder=\"firstNo\" canCopy=\"no\" canDelete=\"no\"/><ph id=\"2\" "
          "canReorder=\"no\" canCopy=\"no\" canDelete=\"no\"/>"),
       s2("<ph id=\"1\"/><ph id=\"2\" canReorder=\"no\" canCopy=\"no\" canDelete=\"no\"/>"),
       "t.xlf:4:53: error: canReorder=\"no\" on <ph> does not follow a code with "
       "canReorder=\"firstNo\" or \"no\": a sequence that cannot be reordered starts with firstNo "
       "[xliff2:4.3.1-canreorder-sequence]\n"},
      {"xliff2:4.3.1-direction-value",
       x2("<unit id=\"u\" srcDir=\"rtl\"><segment><source>a</source></segment></unit>\n"),
       x2("<unit id=\"u\" srcDir=\"right\"><segment><source>a</source></segment></unit>\n"),
       "t.xlf:3:22: error: srcDir 'right' on <unit> is not one of 'ltr', 'rtl', 'auto' "
       "[xliff2:4.3.1-direction-value]\n"},
      {"xliff2:4.3.2-xml-space-value",
       u2("<segment><source xml:space=\"preserve\">a</source></segment>\n"),
       u2("<segment><source xml:space=\"keep\">a</source></segment>\n"),
       "t.xlf:4:29: error: xml:space 'keep' on <source> is not one of 'default', 'preserve' "
       "[xliff2:4.3.2-xml-space-value]\n"},
      {"xliff2:5.1-matches-placement",
       u2("<mtc:matches><mtc:match "
          "ref=\"#s\"><source>a</source><target>b</target></mtc:match></mtc:matches>\n<segment "
          "id=\"s\"><source>a</source></segment>\n"),
       x2("<mtc:matches><mtc:match "
          "ref=\"#s\"><source>a</source><target>b</target></mtc:match></mtc:matches>\n<unit "
          "id=\"u\"><segment id=\"s\"><source>a</source></segment></unit>\n"),
       "t.xlf:3:1: error: <mtc:matches> is not allowed in <file>: only in <unit> "
       "[xliff2:5.1-matches-placement]\n"},
      {"xliff2:5.1-matches-content",
       u2("<mtc:matches><mtc:match "
          "ref=\"#s\"><source>a</source><target>b</target></mtc:match></mtc:matches>\n<segment "
          "id=\"s\"><source>a</source></segment>\n"),
       u2("<mtc:matches><mtc:match "
          "ref=\"#s\"><source>a</source></mtc:match></mtc:matches>\n<segment "
          "id=\"s\"><source>a</source></segment>\n"),
       "t.xlf:4:14: error: <mtc:match> must contain <target> [xliff2:5.1-matches-content]\n"},
      {"xliff2:5.1-match-attributes",
       u2("<mtc:matches><mtc:match ref=\"#s\" similarity=\"99.5\" "
          "type=\"tm\"><source>a</source><target>b</target></mtc:match></mtc:matches>\n<segment "
          "id=\"s\"><source>a</source></segment>\n"),
       u2("<mtc:matches><mtc:match similarity=\"101\" "
          "type=\"human\"><source>a</source><target>b</target></mtc:match></mtc:matches>\n<segment "
          "id=\"s\"><source>a</source></segment>\n"),
       "t.xlf:4:14: error: <mtc:match> requires a ref attribute [xliff2:5.1-match-attributes]\n"
       "t.xlf:4:37: error: similarity '101' is not a decimal from 0 to 100 "
       "[xliff2:5.1-match-attributes]\n"
       "t.xlf:4:48: error: type 'human' on <mtc:match> is not one of 'am', 'mt', 'icm', 'idm', "
       "'tb', 'tm', 'other' [xliff2:5.1-match-attributes]\n"},
      // A number beyond a double's range is a violation like any other.
      {"xliff2:5.1-match-attributes",
       u2("<mtc:matches><mtc:match ref=\"#s\" "
          "matchQuality=\"100.0\"><source>a</source><target>b</target></mtc:match></"
          "mtc:matches>\n<segment id=\"s\"><source>a</source></segment>\n"),
       u2("<mtc:matches><mtc:match ref=\"#s\" matchQuality=\"" + std::string(400, '9') +
          "\"><source>a</source><target>b</target></mtc:match></mtc:matches>\n<segment "
          "id=\"s\"><source>a</source></segment>\n"),
       "t.xlf:4:48: error: matchQuality '" + std::string(400, '9') +
           "' is not a decimal from 0 to 100 [xliff2:5.1-match-attributes]\n"},
      {"xliff2:5.2-glossary-placement",
       u2("<gls:glossary><gls:glossEntry><gls:term>a</gls:term><gls:translation>b</"
          "gls:translation></gls:glossEntry></gls:glossary>\n<segment><source>a</source></"
          "segment>\n"),
       x2("<group "
          "id=\"g\"><gls:glossary><gls:glossEntry><gls:term>a</gls:term><gls:translation>b</"
          "gls:translation></gls:glossEntry></gls:glossary></group>\n<unit "
          "id=\"u\"><segment><source>a</source></segment></unit>\n"),
       "t.xlf:3:15: error: <gls:glossary> is not allowed in <group>: only in <unit> "
       "[xliff2:5.2-glossary-placement]\n"},
      {"xliff2:5.2-glossary-content",
       u2("<gls:glossary><gls:glossEntry><gls:term>a</gls:term><gls:definition>d</gls:definition></"
          "gls:glossEntry></gls:glossary>\n<segment><source>a</source></segment>\n"),
       u2("<gls:glossary><gls:glossEntry><gls:translation>b</gls:translation></gls:glossEntry></"
          "gls:glossary>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:15: error: <gls:glossEntry> must contain <gls:term> "
       "[xliff2:5.2-glossary-content]\n"},
      {"xliff2:5.2-glossentry-meaning",
       u2("<gls:glossary><gls:glossEntry><gls:term>a</gls:term><gls:translation>b</"
          "gls:translation></gls:glossEntry></gls:glossary>\n<segment><source>a</source></"
          "segment>\n"),
       u2("<gls:glossary><gls:glossEntry><gls:term>a</gls:term></gls:glossEntry></"
          "gls:glossary>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:15: error: <gls:glossEntry> needs a <gls:translation> or a <gls:definition> "
       "[xliff2:5.2-glossentry-meaning]\n"},
      {"xliff2:5.3-subfs-needs-fs", s2("<pc id=\"1\" fs:fs=\"a\" fs:subFs=\"href,x.html\">b</pc>"),
       s2("<pc id=\"1\" fs:subFs=\"href,x.html\">b</pc>"),
       "t.xlf:4:39: error: <pc> has fs:subFs but no fs:fs [xliff2:5.3-subfs-needs-fs]\n"},
      {"xliff2:5.3-fs-value", s2("<pc id=\"1\" fs:fs=\"h1\">b</pc>"),
       s2("<pc id=\"1\" fs:fs=\"&lt;b>\">b</pc>"),
       "t.xlf:4:36: error: fs:fs '<b>' is not an HTML element name [xliff2:5.3-fs-value]\n"},
      {"xliff2:5.4-metadata-placement",
       u2("<mda:metadata><mda:metaGroup><mda:meta "
          "type=\"k\">v</mda:meta></mda:metaGroup></mda:metadata>\n<segment><source>a</source></"
          "segment>\n"),
       u2("<mda:metadata><mda:metaGroup><mda:meta "
          "type=\"k\">v</mda:meta></mda:metaGroup></"
          "mda:metadata>\n<mda:metadata><mda:metaGroup><mda:meta "
          "type=\"k\">v</mda:meta></mda:metaGroup></mda:metadata>\n<segment><source>a</source></"
          "segment>\n"),
       "t.xlf:5:1: error: <unit> has more than one <mda:metadata> "
       "[xliff2:5.4-metadata-placement]\n"},
      {"xliff2:5.4-metadata-content",
       u2("<mda:metadata><mda:metaGroup><mda:metaGroup><mda:meta "
          "type=\"k\">v</mda:meta></mda:metaGroup></mda:metaGroup></"
          "mda:metadata>\n<segment><source>a</source></segment>\n"),
       u2("<mda:metadata><mda:meta "
          "type=\"k\">v</mda:meta></mda:metadata>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:15: error: <mda:meta> is not allowed in <mda:metadata> "
       "[xliff2:5.4-metadata-content]\n"},
      {"xliff2:5.4-meta-type",
       u2("<mda:metadata><mda:metaGroup><mda:meta "
          "type=\"k\">v</mda:meta></mda:metaGroup></mda:metadata>\n<segment><source>a</source></"
          "segment>\n"),
       u2("<mda:metadata><mda:metaGroup><mda:meta>v</mda:meta></mda:metaGroup></"
          "mda:metadata>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:30: error: <mda:meta> requires a non-empty type attribute "
       "[xliff2:5.4-meta-type]\n"},
      {"xliff2:5.4-metagroup-appliesto",
       u2("<mda:metadata><mda:metaGroup appliesTo=\"source\"><mda:meta "
          "type=\"k\">v</mda:meta></mda:metaGroup></mda:metadata>\n<segment><source>a</source></"
          "segment>\n"),
       u2("<mda:metadata><mda:metaGroup appliesTo=\"unit\"><mda:meta "
          "type=\"k\">v</mda:meta></mda:metaGroup></mda:metadata>\n<segment><source>a</source></"
          "segment>\n"),
       "t.xlf:4:41: error: appliesTo 'unit' on <mda:metaGroup> is not one of 'source', 'target', "
       "'ignorable' [xliff2:5.4-metagroup-appliesto]\n"},
      {"xliff2:5.6-slr-placement",
       x2("<slr:profiles generalProfile=\"xliff:codepoints\"/>\n<unit id=\"u\"><slr:data "
          "profile=\"p\"/><segment><source>a</source></segment></unit>\n"),
       u2("<slr:profiles "
          "generalProfile=\"xliff:codepoints\"/>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:1: error: <slr:profiles> is not allowed in <unit>: only in <file> "
       "[xliff2:5.6-slr-placement]\n"},
      {"xliff2:5.6-storage-restriction-value",
       x2("<unit id=\"u\" "
          "slr:storageRestriction=\"8\"><segment><source>a</source></segment></unit>\n"),
       x2("<unit id=\"u\" "
          "slr:storageRestriction=\"-1\"><segment><source>a</source></segment></unit>\n"),
       "t.xlf:3:38: error: slr:storageRestriction '-1' is not a non-negative integer "
       "[xliff2:5.6-storage-restriction-value]\n"},
      {"xliff2:5.6-sizeinfo-exclusive",
       u2("<slr:data profile=\"p\" sizeInfo=\"1\"/>\n<segment><source>a</source></segment>\n"),
       u2("<slr:data profile=\"p\" sizeInfo=\"1\" "
          "sizeInfoRef=\"r\"/>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:1: error: <slr:data> has both sizeInfo and sizeInfoRef: use one "
       "[xliff2:5.6-sizeinfo-exclusive]\n"},
      {"xliff2:5.7-validation-placement",
       u2("<val:validation><val:rule "
          "isPresent=\"a\"/></val:validation>\n<segment><source>a</source></segment>\n"),
       u2("<val:validation><val:rule isPresent=\"a\"/></val:validation>\n<val:validation><val:rule "
          "isPresent=\"b\"/></val:validation>\n<segment><source>a</source></segment>\n"),
       "t.xlf:5:1: error: <unit> has more than one <val:validation> "
       "[xliff2:5.7-validation-placement]\n"},
      {"xliff2:5.7-validation-content",
       u2("<val:validation><val:rule "
          "isPresent=\"a\"/></val:validation>\n<segment><source>a</source></segment>\n"),
       u2("<val:validation/>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:1: error: <val:validation> must contain at least one <val:rule> "
       "[xliff2:5.7-validation-content]\n"},
      {"xliff2:5.7-rule-one-test",
       u2("<val:validation><val:rule startsWith=\"a\"/><val:rule "
          "x:custom=\"1\"/></val:validation>\n<segment><source>a</source></segment>\n"),
       u2("<val:validation><val:rule isPresent=\"a\" "
          "endsWith=\"b\"/><val:rule/></val:validation>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:17: error: <val:rule> has 2 tests: it needs exactly one "
       "[xliff2:5.7-rule-one-test]\n"
       "t.xlf:4:55: error: <val:rule> has no test: it needs exactly one of isPresent, "
       "isNotPresent, startsWith, endsWith or a custom rule [xliff2:5.7-rule-one-test]\n"},
      {"xliff2:5.7-rule-attributes",
       u2("<val:validation><val:rule isPresent=\"a\" "
          "occurrences=\"2\"/></val:validation>\n<segment><source>a</source></segment>\n"),
       u2("<val:validation><val:rule startsWith=\"a\" occurrences=\"2\" "
          "caseSensitive=\"maybe\"/></val:validation>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:55: error: occurrences on <val:rule> requires isPresent "
       "[xliff2:5.7-rule-attributes]\n"
       "t.xlf:4:73: error: caseSensitive 'maybe' on <val:rule> is not one of 'yes', 'no' "
       "[xliff2:5.7-rule-attributes]\n"},
      {"xliff2:ctr-content",
       u2("<ctr:changeTrack><ctr:revisions appliesTo=\"source\"><ctr:revision><ctr:item "
          "property=\"content\">old</ctr:item></ctr:revision></ctr:revisions></"
          "ctr:changeTrack>\n<segment><source>a</source></segment>\n"),
       u2("<ctr:changeTrack><ctr:revisions "
          "appliesTo=\"source\"/></ctr:changeTrack>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:18: error: <ctr:revisions> must contain at least one <ctr:revision> "
       "[xliff2:ctr-content]\n"},
      {"xliff2:ctr-attributes",
       u2("<ctr:changeTrack><ctr:revisions appliesTo=\"source\"><ctr:revision><ctr:item "
          "property=\"content\">old</ctr:item></ctr:revision></ctr:revisions></"
          "ctr:changeTrack>\n<segment><source>a</source></segment>\n"),
       u2("<ctr:changeTrack><ctr:revisions><ctr:revision><ctr:item>old</ctr:item></ctr:revision></"
          "ctr:revisions></ctr:changeTrack>\n<segment><source>a</source></segment>\n"),
       "t.xlf:4:18: error: <ctr:revisions> requires an appliesTo attribute "
       "[xliff2:ctr-attributes]\n"
       "t.xlf:4:47: error: <ctr:item> requires a property attribute [xliff2:ctr-attributes]\n"},
      {"xliff12:xliff-version", tu12("a"),
       "<xliff version=\"1.1\" xmlns=\"urn:oasis:names:tc:xliff:document:1.1\">\n<file "
       "original=\"f\" source-language=\"en\" datatype=\"plaintext\"><body/></file>\n</xliff>\n",
       "t.xlf:1:1: error: <xliff> is not in the XLIFF 1.2 namespace "
       "'urn:oasis:names:tc:xliff:document:1.2' [xliff12:xliff-version]\n"
       "t.xlf:1:17: error: version '1.1' is not 1.2 (this file is validated against XLIFF 1.2) "
       "[xliff12:xliff-version]\n"},
      {"xliff12:xliff-attributes", tu12("a"),
       "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"f\" "
       "source-language=\"en\" datatype=\"plaintext\"><body/></file>\n</xliff>\n",
       "t.xlf:1:1: error: <xliff> requires the attribute 'version' [xliff12:xliff-attributes]\n"},
      {"xliff12:file-attributes", tu12("a"), x12("", " source-language=\"en\" lang=\"fr\""),
       "t.xlf:2:1: error: <file> requires the attribute 'original' [xliff12:file-attributes]\n"
       "t.xlf:2:1: error: <file> requires the attribute 'datatype' [xliff12:file-attributes]\n"
       "t.xlf:2:34: error: attribute 'lang' is not allowed on <file> [xliff12:file-attributes]\n"},
      {"xliff12:trans-unit-attributes", tu12("a", "t", " resname=\"k\""),
       x12("<trans-unit name=\"k\"><source>a</source></trans-unit>\n"),
       "t.xlf:3:1: error: <trans-unit> requires the attribute 'id' "
       "[xliff12:trans-unit-attributes]\n"
       "t.xlf:3:19: error: attribute 'name' is not allowed on <trans-unit> "
       "[xliff12:trans-unit-attributes]\n"},
      {"xliff12:group-attributes",
       x12("<group id=\"g\" restype=\"x-menu\" translate=\"no\"><trans-unit "
           "id=\"1\"><source>a</source></trans-unit></group>\n"),
       x12("<group name=\"g\"><trans-unit id=\"1\"><source>a</source></trans-unit></group>\n"),
       "t.xlf:3:14: error: attribute 'name' is not allowed on <group> "
       "[xliff12:group-attributes]\n"},
      {"xliff12:bin-unit-attributes",
       x12("<bin-unit id=\"b\" mime-type=\"image/png\"><bin-source><external-file "
           "href=\"a.png\"/></bin-source></bin-unit>\n"),
       x12("<bin-unit id=\"b\"><bin-source><external-file "
           "href=\"a.png\"/></bin-source></bin-unit>\n"),
       "t.xlf:3:1: error: <bin-unit> requires the attribute 'mime-type' "
       "[xliff12:bin-unit-attributes]\n"},
      {"xliff12:structure-content",
       x12("<group id=\"g\"><note>n</note><trans-unit "
           "id=\"1\"><source>a</source><target>b</target><note>n</note><alt-trans><target>c</"
           "target></alt-trans></trans-unit></group>\n"),
       x12("<trans-unit id=\"1\"><target>b</target><source>a</source></trans-unit>\n<group "
           "id=\"g\"/>\n"),
       "t.xlf:3:38: error: <source> must come before <target> in <trans-unit> "
       "[xliff12:structure-content]\n"
       "t.xlf:4:1: error: <group> must contain at least one <group> or <trans-unit> or <bin-unit> "
       "[xliff12:structure-content]\n"},
      {"xliff12:trans-unit-id-unique",
       x12("<trans-unit id=\"1\"><source>a</source></trans-unit>\n<trans-unit "
           "id=\"2\"><source>a</source></trans-unit>\n"),
       x12("<trans-unit id=\"1\"><source>a</source></trans-unit>\n<group><trans-unit "
           "id=\"1\"><source>a</source></trans-unit></group>\n"),
       "t.xlf:4:24: error: id '1' of <trans-unit> is not unique in its <file>: <trans-unit> at "
       "line 3 has it too [xliff12:trans-unit-id-unique]\n"},
      {"xliff12:target-state",
       tu12("a", "t").replace(tu12("a", "t").find("<target>"), 8, "<target state=\"x-mine\">"),
       tu12("a", "t").replace(tu12("a", "t").find("<target>"), 8, "<target state=\"reviewed\">"),
       "t.xlf:3:53: error: state 'reviewed' is not an XLIFF 1.2 state (new, needs-translation, "
       "needs-adaptation, needs-l10n, needs-review-*, translated, final, signed-off) or x-* "
       "[xliff12:target-state]\n"},
      {"xliff12:target-state-qualifier",
       tu12("a", "t").replace(tu12("a", "t").find("<target>"), 8,
                              "<target state-qualifier=\"mt-suggestion\">"),
       tu12("a", "t").replace(tu12("a", "t").find("<target>"), 8,
                              "<target state-qualifier=\"mt\">"),
       "t.xlf:3:63: error: state-qualifier 'mt' is not an XLIFF 1.2 state-qualifier or x-* "
       "[xliff12:target-state-qualifier]\n"},
      {"xliff12:yes-no-value", tu12("a", "t", " translate=\"no\" approved=\"yes\""),
       tu12("a", "t", " translate=\"false\""),
       "t.xlf:3:31: error: translate 'false' on <trans-unit> is not one of 'yes', 'no' "
       "[xliff12:yes-no-value]\n"},
      {"xliff12:note",
       x12("<trans-unit id=\"1\"><source>a</source><note annotates=\"source\" "
           "priority=\"2\">n</note></trans-unit>\n"),
       x12("<trans-unit id=\"1\"><source>a</source><note annotates=\"unit\" "
           "priority=\"11\">n</note></trans-unit>\n"),
       "t.xlf:3:55: error: annotates 'unit' on <note> is not one of 'source', 'target', 'general' "
       "[xliff12:note]\n"
       "t.xlf:3:71: error: priority '11' is not an integer 1 to 10 [xliff12:note]\n"},
      {"xliff12:inline-id", tu12("a <x id=\"1\"/> <g id=\"2\">b</g>"), tu12("a <x/> <g>b</g>"),
       "t.xlf:3:30: error: <x> requires the attribute 'id' [xliff12:inline-id]\n"
       "t.xlf:3:35: error: <g> requires the attribute 'id' [xliff12:inline-id]\n"},
      {"xliff12:inline-content",
       tu12("a <x id=\"1\"/> <bpt id=\"2\">&lt;b></bpt>b<ept id=\"2\">&lt;/b></ept>"),
       tu12("a <x id=\"1\">x</x> <bpt id=\"2\"><g id=\"3\"/></bpt>b<ept id=\"2\">&lt;/b></ept>"),
       "t.xlf:3:40: error: <x> must be empty [xliff12:inline-content]\n"
       "t.xlf:3:58: error: <g> is not allowed in <bpt> [xliff12:inline-content]\n"},
      {"xliff12:bpt-ept-pairing",
       tu12("<bpt id=\"1\" rid=\"r\">&lt;b></bpt>b<ept id=\"2\" rid=\"r\">&lt;/b></ept>"),
       tu12("<ept id=\"1\">&lt;/b></ept>b<bpt id=\"2\">&lt;b></bpt>"),
       "t.xlf:3:28: error: <ept> '1' has no <bpt> before it in its <source> "
       "[xliff12:bpt-ept-pairing]\n"
       "t.xlf:3:54: error: <bpt> '2' has no <ept> after it in its <source> "
       "[xliff12:bpt-ept-pairing]\n"},
      {"xliff12:it-pos", tu12("a <it id=\"1\" pos=\"open\">&lt;b></it>"),
       tu12("a <it id=\"1\">&lt;b></it><it id=\"2\" pos=\"begin\">&lt;b></it>"),
       "t.xlf:3:30: error: <it> requires the attribute 'pos' [xliff12:it-pos]\n"
       "t.xlf:3:68: error: pos 'begin' on <it> is not one of 'open', 'close' [xliff12:it-pos]\n"},
      {"xliff12:mrk-mtype", tu12("<mrk mtype=\"term\">a</mrk>"), tu12("<mrk>a</mrk>"),
       "t.xlf:3:28: error: <mrk> requires the attribute 'mtype' [xliff12:mrk-mtype]\n"},
      {"docfx:segment-source",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "<span data-ttu-id=\"a-1\">Hola</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-1\">Hello</span></span>\n" +
           "\n" +
           "<span data-ttu-id=\"a-2\">Adiós</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-2\">Bye</span></span>\n",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "<span data-ttu-id=\"a-1\">Hola</span> Hello\n",
       "p.md:4:36: error: segment has no English source: expected <span class=\"sxs-lookup\"> "
       "after its target [docfx:segment-source]\n",
       "p.md"},
      {"docfx:source-id-match",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "<span data-ttu-id=\"a-1\">Hola</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-1\">Hello</span></span>\n" +
           "\n" +
           "<span data-ttu-id=\"a-2\">Adiós</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-2\">Bye</span></span>\n",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "<span data-ttu-id=\"a-1\">Hola</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-2\">Hello</span></span>\n",
       "p.md:4:80: error: English source id 'a-2' does not match its target's id 'a-1' "
       "[docfx:source-id-match]\n",
       "p.md"},
      {"docfx:orphan-source",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "<span data-ttu-id=\"a-1\">Hola</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-1\">Hello</span></span>\n" +
           "\n" +
           "<span data-ttu-id=\"a-2\">Adiós</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-2\">Bye</span></span>\n",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "Hola <span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Hello</span></span>\n",
       "p.md:4:37: error: English source without a target: no <span data-ttu-id> before it "
       "[docfx:orphan-source]\n",
       "p.md"},
      {"docfx:segment-id-unique",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "<span data-ttu-id=\"a-1\">Hola</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-1\">Hello</span></span>\n" +
           "\n" +
           "<span data-ttu-id=\"a-2\">Adiós</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-2\">Bye</span></span>\n",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "<span data-ttu-id=\"a-1\">Hola</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-1\">Hello</span></span>\n" +
           "\n" +
           "<span data-ttu-id=\"a-1\">Adiós</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-1\">Bye</span></span>\n",
       "p.md:6:1: error: segment id 'a-1' is used twice [docfx:segment-id-unique]\n", "p.md"},
      {"docfx:segment-id",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "<span data-ttu-id=\"a-1\">Hola</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-1\">Hello</span></span>\n" +
           "\n" +
           "<span data-ttu-id=\"a-2\">Adiós</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-2\">Bye</span></span>\n",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "<span data-ttu-id=\"\">Hola</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"\">Hello</span></span>\n",
       "p.md:4:1: error: segment has an empty data-ttu-id [docfx:segment-id]\n", "p.md"},
      {"docfx:span-closed",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "<span data-ttu-id=\"a-1\">Hola</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-1\">Hello</span></span>\n" +
           "\n" +
           "<span data-ttu-id=\"a-2\">Adiós</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-2\">Bye</span></span>\n",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "<span data-ttu-id=\"a-1\">Hola\n\nmore\n",
       "p.md:4:1: error: unclosed <span data-ttu-id>: no matching </span> before the paragraph "
       "ends [docfx:span-closed]\n",
       "p.md"},
      {"docfx:page",
       std::string("---\nms.contentlocale: es-ES\n---\n") +
           "<span data-ttu-id=\"a-1\">Hola</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-1\">Hello</span></span>\n" +
           "\n" +
           "<span data-ttu-id=\"a-2\">Adiós</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-2\">Bye</span></span>\n",
       std::string("---\nms.contentlocale: es-ES\n") +
           "<span data-ttu-id=\"a-1\">Hola</span><span class=\"sxs-lookup\"><span "
           "data-stu-id=\"a-1\">Hello</span></span>\n",
       "p.md:1:1: error: front matter is not closed: no '---' line follows this one [docfx:page]\n",
       "p.md"},
  };
  return all;
}

TEST(ValidateRules, EachValidFileConformsAndEachInvalidOneBreaksItsRule) {
  for (const Case& c : cases()) {
    SCOPED_TRACE(c.rule);
    EXPECT_EQ(validate(c.name, c.valid), "");
    EXPECT_EQ(validate(c.name, c.invalid), c.expected);
    EXPECT_NE(c.expected.find(std::string("[") + c.rule + "]"), std::string::npos);
  }
}

// A unit inside a unit breaks the unit's content model, and that alone is reported: its id is
// no unit id of the file (the id walk does not look into units, most of a file's elements).
TEST(ValidateRules, AUnitInAUnitIsOneViolation) {
  EXPECT_EQ(validate("t.xlf", u2("<segment><source>a</source></segment>\n<unit "
                                 "id=\"u\"><segment><source>b</source></segment></unit>\n")),
            "t.xlf:5:1: error: <unit> is not allowed in <unit> [xliff2:4.2.2.5-unit-content]\n");
}

TEST(ValidateRules, EveryRuleHasACaseAndIdsAreUnique) {
  std::set<std::string> tested;
  for (const Case& c : cases()) tested.insert(c.rule);
  std::set<std::string> ids;
  for (const ValidationRule& rule : validation_rules()) {
    EXPECT_TRUE(ids.insert(std::string(rule.id)).second) << rule.id;
    EXPECT_TRUE(tested.count(std::string(rule.id))) << rule.id << " has no test case";
    EXPECT_TRUE(std::string_view(rule.id).starts_with(std::string(rule.format) + ":")) << rule.id;
  }
  for (const std::string& id : tested) EXPECT_TRUE(ids.count(id)) << id << " is no rule";
}

}  // namespace
}  // namespace l10nc
