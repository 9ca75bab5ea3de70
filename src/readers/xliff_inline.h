#pragma once

#include <pugixml.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "model/catalog.h"
#include "model/message_syntax.h"
#include "model/xliff_conventions.h"
#include "readers/xml_input.h"

namespace l10nc {

// Inline content read from <source> or <target> elements, before it becomes a pattern.
struct InlinePiece {
  enum class Kind : uint8_t {
    text,      // literal characters
    argument,  // an inline code: `text` is its argument's syntax ("{name}", "{n, number}")
    syntax,    // MessageFormat syntax l10nc wrote into a placeholder (`text` is the syntax)
  };
  Kind kind = Kind::text;
  // Text is borrowed from the parsed document (no copy of every text node); what is made up
  // (an argument's syntax, a <cp>'s character) is owned.
  std::string_view borrowed;
  std::string owned;
  bool preserve_space = false;  // text: xml:space="preserve" is in effect
  size_t offset = 0;            // text: where it starts in the file (entities make it approximate)

  std::string_view text() const { return owned.empty() ? borrowed : std::string_view(owned); }

  static InlinePiece made(Kind kind, std::string text) {
    InlinePiece piece;
    piece.kind = kind;
    piece.owned = std::move(text);
    return piece;
  }
};
using InlineContent = std::vector<InlinePiece>;

// Reads the inline markup of one unit's <source> and <target> elements (XLIFF 1.2: x, g, bx,
// ex, ph, bpt, ept, it, mrk; XLIFF 2: ph, pc, sc, ec, mrk, sm, em, cp). Codes become
// arguments recorded in `codes`, shared by source and target: a target code with the id of a
// source code is the same argument. Annotations (mrk other than segment markers, sm, em)
// cannot be represented: their text is kept and a warning says so.
class InlineReader {
 public:
  InlineReader(const XmlInput& input, XliffVersion version, DiagnosticSink& diagnostics,
               std::vector<InlineCode>& codes);

  // XLIFF 2 <originalData>: data id -> native code, for dataRef attributes.
  void set_original_data(std::map<std::string, std::string> data) { data_ = std::move(data); }

  // Appends the content of `element` (a <source>, <target>, or 1.2 <mrk>) to `content`.
  void read(const pugi::xml_node& element, InlineContent& content);

 private:
  void read_children(const pugi::xml_node& element, bool preserve, InlineContent& content);
  void add_code(const pugi::xml_node& element, InlineCode code, InlineContent& content);
  std::string data(const pugi::xml_node& element, const char* reference_attribute);
  void warn(const pugi::xml_node& element, std::string message);

  const XmlInput& input_;
  XliffVersion version_;
  DiagnosticSink& diagnostics_;
  std::vector<InlineCode>& codes_;
  std::map<std::string, std::string> data_;
  struct StartCode {
    std::string id;  // the id it is a copy of (or its own)
    bool deletable;  // its canDelete, which its <ec>'s is
  };
  std::map<std::string, StartCode> starts_;  // by <sc> id
};

// All the text of an element and its descendants (XLIFF 2 <cp> as its character).
std::string element_text(const pugi::xml_node& element);

struct InlinePattern {
  std::string pattern;
  bool message_syntax_ignored = false;  // ICU plural/select text was found but did not parse
  // Text syntax: the text holds what reads as an ICU argument ("{name}", "{n, number}") that
  // is not a plural or select construct, and became literal braces.
  bool looks_like_icu = false;
};

// The MessageFormat pattern for inline content. White space is collapsed to one space and
// trimmed at the ends, unless xml:space="preserve"; inline codes are arguments ("{name}").
//  - text: text is literal (escaped with escape_literal), except ICU plural, select and
//    selectordinal constructs written in it, as Angular writes them ("{VAR_PLURAL, plural,
//    =1 {one} other {<x id="INTERPOLATION"/> many}}"): those stay pattern syntax, with their
//    messages read the same way.
//  - icu: text is pattern syntax, as written.
InlinePattern inline_pattern(const InlineContent& content,
                             MessageSyntax syntax = MessageSyntax::text);

// Where byte `pattern_offset` of inline_pattern(content, MessageSyntax::icu) comes from in the
// file (to point at an ICU syntax error); `fallback` when no text holds it.
size_t icu_source_offset(const InlineContent& content, size_t pattern_offset, size_t fallback);

}  // namespace l10nc
