#include "writers/xliff_writer.h"

#include <unicode/messagepattern.h>

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include <pugixml.hpp>

#include "base/unicode_text.h"
#include "model/locale_id.h"
#include "model/message_pattern.h"
#include "model/xliff_conventions.h"

namespace l10nc {

namespace {

// pugixml's indenting would put white space into mixed content (<source>text<ph/></source>),
// so the document is saved raw and the structural elements get their indentation here, as the
// layout says (the file's own, when markup goes into a document someone else laid out).
std::string line_start(const XmlLayout& layout, int depth) {
  std::string text = layout.newline + layout.base;
  for (int i = 0; i < depth; ++i) text += layout.indent;
  return text;
}

pugi::xml_node append_element(pugi::xml_node parent, const char* name, int depth,
                              const XmlLayout& layout) {
  parent.append_child(pugi::node_pcdata).set_value(line_start(layout, depth).c_str());
  return parent.append_child(name);
}

void close_element(pugi::xml_node element, int depth, const XmlLayout& layout) {
  element.append_child(pugi::node_pcdata).set_value(line_start(layout, depth - 1).c_str());
}

// Text into an element's content; characters XML 1.0 cannot hold become XLIFF 2 <cp>, and in
// XLIFF 1.2, which has no way to write them, U+FFFD.
void append_text(pugi::xml_node element, std::string_view text,
                 XliffVersion version = XliffVersion::v2) {
  while (!text.empty()) {
    const size_t invalid = static_cast<size_t>(
        std::find_if(text.begin(), text.end(),
                     [](char c) {
                       const auto byte = static_cast<unsigned char>(c);
                       return byte < 0x20 && c != '\t' && c != '\n' && c != '\r';
                     }) -
        text.begin());
    if (invalid > 0) {
      pugi::xml_node last = element.last_child();
      if (last.type() != pugi::node_pcdata) last = element.append_child(pugi::node_pcdata);
      last.set_value((std::string(last.value()) + std::string(text.substr(0, invalid))).c_str());
    }
    if (invalid == text.size()) break;
    if (version == XliffVersion::v1_2) {
      pugi::xml_node last = element.last_child();
      if (last.type() != pugi::node_pcdata) last = element.append_child(pugi::node_pcdata);
      last.set_value((std::string(last.value()) + "\xEF\xBF\xBD").c_str());
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned char>(text[invalid]));
      element.append_child("cp").append_attribute("hex") = hex;
    }
    text.remove_prefix(invalid + 1);
  }
}

void set_attribute(pugi::xml_node element, const char* name, std::string_view value) {
  if (!value.empty()) element.append_attribute(name) = std::string(value).c_str();
}

icu::UnicodeString part_text(const icu::MessagePattern& pattern,
                             const icu::MessagePattern::Part& part) {
  return pattern.getPatternString().tempSubString(part.getIndex(), part.getLength());
}

// The plain text of a pattern without arguments (nullopt when it has any or does not parse).
std::optional<std::string> literal_text(const std::string& pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError error;
  const icu::MessagePattern parsed(to_utf16(pattern), &error, status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString text;
  int32_t previous = 0;
  for (int32_t i = 0; i < parsed.countParts(); ++i) {
    const icu::MessagePattern::Part& part = parsed.getPart(i);
    const UMessagePatternPartType type = part.getType();
    if (type == UMSGPAT_PART_TYPE_ARG_START || type == UMSGPAT_PART_TYPE_REPLACE_NUMBER)
      return std::nullopt;
    if (type != UMSGPAT_PART_TYPE_SKIP_SYNTAX && type != UMSGPAT_PART_TYPE_MSG_LIMIT) continue;
    text += parsed.getPatternString().tempSubString(previous, part.getIndex() - previous);
    previous = part.getLimit();
  }
  return to_utf8(text);
}

bool is_space(UChar c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_identifier_char(UChar c) { return c < 0x80 && is_ascii_word_char(static_cast<char>(c)); }

// Writes one pattern as the content of a <source> or <target>, the inverse of the XLIFF
// reader: what it writes reads back as the same pattern.
class MessageWriter {
 public:
  MessageWriter(const std::vector<InlineCode>& codes, std::map<std::string, std::string>& data,
                XliffVersion version = XliffVersion::v2)
      : codes_(codes), data_(data), version_(version), pattern_(status_) {}

  // False when the pattern does not parse (then it is written as text). In icu syntax the
  // pattern is written as it is, but for arguments that are inline codes, which become those
  // codes; icu text that does not parse (a broken translation) is the translator's, kept as is.
  bool write(pugi::xml_node element, const std::string& pattern, MessageSyntax syntax) {
    element_ = element;
    UErrorCode status = U_ZERO_ERROR;
    UParseError error;
    pattern_.parse(to_utf16(pattern), &error, status);
    if (U_FAILURE(status)) {
      out(pattern);
      return syntax == MessageSyntax::icu;
    }
    if (syntax == MessageSyntax::icu)
      write_icu();
    else
      message(0, false);
    if (version_ == XliffVersion::v2)
      for (auto& [id, starts] : open_)
        for (pugi::xml_node start : starts) start.append_attribute("isolated") = "yes";
    return true;
  }

 private:
  // The parsed pattern as written, its code arguments as codes.
  void write_icu() {
    const icu::UnicodeString& source = pattern_.getPatternString();
    int32_t previous = 0;
    for (int32_t i = 0; i < pattern_.countParts(); ++i) {
      const icu::MessagePattern::Part& part = pattern_.getPart(i);
      if (part.getType() != UMSGPAT_PART_TYPE_ARG_START ||
          (part.getArgType() != UMSGPAT_ARG_TYPE_NONE &&
           part.getArgType() != UMSGPAT_ARG_TYPE_SIMPLE))
        continue;
      const std::string name = to_utf8(part_text(pattern_, pattern_.getPart(i + 1)));
      auto code = std::find_if(codes_.begin(), codes_.end(),
                               [&](const InlineCode& known) { return known.argument == name; });
      if (code == codes_.end() || !is_code_argument(*code, part.getArgType())) continue;
      out(to_utf8(source.tempSubString(previous, part.getIndex() - previous)));
      write_code(*code);
      i = pattern_.getLimitPartIndex(i);
      previous = pattern_.getPart(i).getLimit();
    }
    out(to_utf8(source.tempSubString(previous)));
  }

  // The message that starts at part `start` (MSG_START); returns the index of its MSG_LIMIT.
  // In a plural message (`plural`) a bare '#' is the number, as in ICU.
  int32_t message(int32_t start, bool nested, bool plural = false) {
    const icu::UnicodeString& source = pattern_.getPatternString();
    icu::UnicodeString literal;
    int32_t previous = pattern_.getPart(start).getLimit();
    for (int32_t i = start + 1;; ++i) {
      const icu::MessagePattern::Part& part = pattern_.getPart(i);
      literal += source.tempSubString(previous, part.getIndex() - previous);
      previous = part.getLimit();
      switch (part.getType()) {
        case UMSGPAT_PART_TYPE_MSG_LIMIT:
          text(literal, nested, plural);
          return i;
        case UMSGPAT_PART_TYPE_INSERT_CHAR:
          literal += static_cast<UChar>(part.getValue());
          break;
        case UMSGPAT_PART_TYPE_REPLACE_NUMBER:
          text(literal, nested, plural);
          literal.remove();
          out("#");  // as translators write it; the reader takes it back
          break;
        case UMSGPAT_PART_TYPE_ARG_START:
          text(literal, nested, plural);
          literal.remove();
          i = argument(i);
          previous = pattern_.getPart(i).getLimit();
          break;
        default:  // SKIP_SYNTAX: an apostrophe that only quotes
          break;
      }
    }
  }

  // Literal text. Braces the reader would take for syntax (any inside a plural or select
  // message; at the top level one that starts "{name,") and, in a plural message, a literal
  // '#' go in l10nc:syntax placeholders.
  void text(const icu::UnicodeString& literal, bool nested, bool plural) {
    int32_t plain_start = 0;
    for (int32_t i = 0; i < literal.length();) {
      if (plural && literal[i] == '#') {
        out(to_utf8(literal.tempSubString(plain_start, i - plain_start)));
        syntax("'#'");
        plain_start = ++i;
        continue;
      }
      if (literal[i] != '{' && literal[i] != '}') {
        ++i;
        continue;
      }
      int32_t end = i;
      while (end < literal.length() && (literal[end] == '{' || literal[end] == '}')) ++end;
      auto skip = [&](int32_t at, bool (*accept)(UChar)) {
        while (at < literal.length() && accept(literal[at])) ++at;
        return at;
      };
      const int32_t name = skip(end, is_space);
      const int32_t after_name = skip(name, is_identifier_char);
      const int32_t comma = skip(after_name, is_space);
      const bool name_follows =
          after_name > name && comma < literal.length() && literal[comma] == ',';
      if (nested || (literal.tempSubString(i, end - i).indexOf(u'{') >= 0 && name_follows)) {
        out(to_utf8(literal.tempSubString(plain_start, i - plain_start)));
        syntax(escape_literal(to_utf8(literal.tempSubString(i, end - i))));
        plain_start = end;
      }
      i = end;
    }
    out(to_utf8(literal.tempSubString(plain_start)));
  }

  void out(std::string_view text) { append_text(element_, text, version_); }

  void syntax(const std::string& text) {
    if (version_ == XliffVersion::v1_2) {
      pugi::xml_node x = element_.append_child("x");
      x.append_attribute("id") = unique_id("l10nc-syntax").c_str();
      x.append_attribute("ctype") = std::string(xliff::kSyntaxCtype12).c_str();
      x.append_attribute("equiv-text") = text.c_str();
      return;
    }
    pugi::xml_node ph = element_.append_child("ph");
    ph.append_attribute("id") = unique_id("l10nc-syntax").c_str();
    ph.append_attribute("type") = "other";
    set_attribute(ph, "subType", xliff::kSyntaxSubType);
    ph.append_attribute("disp") = text.c_str();
  }

  std::string unique_id(const std::string& base) {
    std::string id = base;
    for (int n = 2; !used_ids_.insert(id).second; ++n) id = base + "-" + std::to_string(n);
    return id;
  }

  std::string data_id(const std::string& data) {
    auto [found, added] = data_.try_emplace(data, "d" + std::to_string(data_.size() + 1));
    return found->second;
  }

  // An argument at part `start` (ARG_START); returns the index of its ARG_LIMIT.
  int32_t argument(int32_t start) {
    const icu::MessagePattern::Part& part = pattern_.getPart(start);
    const int32_t limit = pattern_.getLimitPartIndex(start);
    const std::string name = to_utf8(part_text(pattern_, pattern_.getPart(start + 1)));
    const UMessagePatternArgType type = part.getArgType();
    auto code = std::find_if(codes_.begin(), codes_.end(),
                             [&](const InlineCode& known) { return known.argument == name; });
    if (code != codes_.end() && is_code_argument(*code, type)) {
      write_code(*code);
    } else if (type == UMSGPAT_ARG_TYPE_PLURAL || type == UMSGPAT_ARG_TYPE_SELECT ||
               type == UMSGPAT_ARG_TYPE_SELECTORDINAL) {
      // As Angular writes them: the reader takes this text back as pattern syntax.
      out("{" + name + ", " +
          (type == UMSGPAT_ARG_TYPE_PLURAL   ? "plural"
           : type == UMSGPAT_ARG_TYPE_SELECT ? "select"
                                             : "selectordinal") +
          ",");
      for (int32_t i = start + 2; i < limit; ++i) {
        const icu::MessagePattern::Part& item = pattern_.getPart(i);
        const UMessagePatternPartType item_type = item.getType();
        if (item_type == UMSGPAT_PART_TYPE_ARG_SELECTOR) {
          out(" " + to_utf8(part_text(pattern_, item)) + " {");
        } else if ((item_type == UMSGPAT_PART_TYPE_ARG_INT ||
                    item_type == UMSGPAT_PART_TYPE_ARG_DOUBLE) &&
                   i == start + 2) {
          out(" offset:" + to_utf8(part_text(pattern_, item)));
        } else if (item_type == UMSGPAT_PART_TYPE_MSG_START) {
          i = message(i, true, type != UMSGPAT_ARG_TYPE_SELECT);
          out("}");
        }
      }
      out("}");
    } else {
      const icu::MessagePattern::Part& end = pattern_.getPart(limit);
      syntax(to_utf8(pattern_.getPatternString().tempSubString(part.getIndex(),
                                                               end.getLimit() - part.getIndex())));
    }
    return limit;
  }

  // A code is its argument as is ("{name}"), or typed by its equiv ("{n, number}").
  static bool is_code_argument(const InlineCode& code, UMessagePatternArgType type) {
    if (type == UMSGPAT_ARG_TYPE_NONE) return true;
    return type == UMSGPAT_ARG_TYPE_SIMPLE && code.role == InlineCode::Role::standalone &&
           xliff::typed_argument(code.equiv).has_value();
  }

  // XLIFF 1.2: <x/> (<ph> with native data), <bx/>/<ex/> (<bpt>/<ept> with native data),
  // a pair sharing its id, as the reader pairs them.
  void write_code_12(const InlineCode& code) {
    const std::string base = code.id.empty() ? code.argument : code.id;
    const bool has_data = !code.data.empty();
    const char* name = code.role == InlineCode::Role::standalone ? (has_data ? "ph" : "x")
                       : code.role == InlineCode::Role::start    ? (has_data ? "bpt" : "bx")
                                                                 : (has_data ? "ept" : "ex");
    pugi::xml_node element = element_.append_child(name);
    std::string id = base;
    if (code.role == InlineCode::Role::end && !open_[base].empty()) {
      id = open_[base].back().attribute("id").value();
      open_[base].pop_back();
    } else {
      id = unique_id(base);
      if (code.role == InlineCode::Role::start) open_[base].push_back(element);
    }
    element.append_attribute("id") = id.c_str();
    set_attribute(element, "equiv-text", code.equiv);
    if (has_data) element.text().set(code.data.c_str());
  }

  void write_code(const InlineCode& code) {
    if (version_ == XliffVersion::v1_2) {
      write_code_12(code);
      return;
    }
    const std::string base = code.id.empty() ? code.argument : code.id;
    pugi::xml_node element;
    if (code.role == InlineCode::Role::end && !open_[base].empty()) {
      element = element_.append_child("ec");
      element.append_attribute("startRef") = open_[base].back().attribute("id").value();
      open_[base].pop_back();
    } else {
      element = element_.append_child(code.role == InlineCode::Role::standalone ? "ph"
                                      : code.role == InlineCode::Role::start    ? "sc"
                                                                                : "ec");
      const std::string id = unique_id(base);
      element.append_attribute("id") = id.c_str();
      if (id != base) element.append_attribute("copyOf") = base.c_str();
      if (code.role == InlineCode::Role::end) element.append_attribute("isolated") = "yes";
      if (code.role == InlineCode::Role::start) open_[base].push_back(element);
      // yes is XLIFF 2's default; an <ec> closing an <sc> has the <sc>'s.
      if (!code.deletable) element.append_attribute("canDelete") = "no";
    }
    set_attribute(element, "equiv", code.equiv);
    set_attribute(element, "disp", code.disp);
    if (!code.data.empty()) element.append_attribute("dataRef") = data_id(code.data).c_str();
  }

  const std::vector<InlineCode>& codes_;
  std::map<std::string, std::string>& data_;  // native code -> data id, for the unit (2.0)
  XliffVersion version_;
  UErrorCode status_ = U_ZERO_ERROR;
  icu::MessagePattern pattern_;
  pugi::xml_node element_;
  std::set<std::string> used_ids_;
  std::map<std::string, std::vector<pugi::xml_node>> open_;  // <sc>s not yet ended, by id
};

// Unit ids are NMTOKENs; keys may hold spaces and quotes, so some units get a made-up id.
bool is_nmtoken(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' ||
           c == ':';
  });
}

// The state attribute for a translation state: the file's own spelling when the unit was
// read in this version and its state still says the same.
std::string_view state_12(const Unit& unit) {
  if (!unit.xliff_state.empty() && !unit.xliff_state.starts_with("initial") &&
      unit.xliff_state != "reviewed" && xliff::state_12(unit.xliff_state) == unit.state)
    return unit.xliff_state;
  switch (unit.state) {
    case TranslationState::missing:
      return "new";
    case TranslationState::needs_review:
      return "needs-review-translation";
    case TranslationState::machine_translated:
    case TranslationState::translated:
      return "translated";
    case TranslationState::reviewed:
      return "signed-off";
    case TranslationState::final:
      return "final";
  }
  return "translated";
}

class XliffWriter {
 public:
  XliffWriter(XliffVersion version, DiagnosticSink& diagnostics, XmlLayout layout = {})
      : version_(version), layout_(std::move(layout)), diagnostics_(diagnostics) {}

  std::string text(const XliffExport& xliff) {
    pugi::xml_node root = document_.append_child("xliff");
    if (version_ == XliffVersion::v1_2) {
      root.append_attribute("version") = "1.2";
      root.append_attribute("xmlns") = std::string(xliff::kNamespace12).c_str();
      root.append_attribute("xmlns:l10nc") = std::string(xliff::kL10ncNamespace).c_str();
    } else {
      root.append_attribute("xmlns") = std::string(xliff::kNamespace2).c_str();
      root.append_attribute("version") = "2.0";
      root.append_attribute("xmlns:l10nc") = std::string(xliff::kL10ncNamespace).c_str();
      root.append_attribute("srcLang") = "en";
      if (!xliff.target_locale.empty())
        root.append_attribute("trgLang") = to_bcp47(xliff.target_locale).c_str();
    }
    // A document with no messages is still one <file> (XLIFF requires at least one).
    const XliffExportFile empty;
    if (xliff.files.empty()) write_file(root, empty, xliff.target_locale);
    for (const XliffExportFile& file : xliff.files) write_file(root, file, xliff.target_locale);
    close_element(root, 1, layout_);
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    document_.save(out, "", pugi::format_raw | pugi::format_no_declaration);
    return out.str() + "\n";
  }

  // One unit alone, laid out for a document whose unit elements are at `depth`.
  std::string unit_text(const XliffExportUnit& unit, const std::string& title_key,
                        MessageSyntax syntax, int depth) {
    std::set<std::string> ids;
    pugi::xml_node holder = document_.append_child("holder");
    write_unit(holder, depth, unit, title_key, syntax, ids);
    std::ostringstream out;
    for (pugi::xml_node node = holder.first_child().next_sibling(); node;
         node = node.next_sibling())
      node.print(out, "", pugi::format_raw);
    return out.str();
  }

 private:
  void set_l10nc(pugi::xml_node element, std::string_view name, std::string_view value) {
    element.append_attribute(("l10nc:" + std::string(name)).c_str()) = std::string(value).c_str();
  }

  void write_file(pugi::xml_node root, const XliffExportFile& file,
                  const std::string& target_locale) {
    pugi::xml_node element = append_element(root, "file", 1, layout_);
    pugi::xml_node container = element;  // 1.2: <body>
    if (version_ == XliffVersion::v1_2) {
      element.append_attribute("original") =
          (file.original.empty() ? std::string("l10nc") : file.original).c_str();
      element.append_attribute("source-language") = "en";
      if (!target_locale.empty())
        element.append_attribute("target-language") = to_bcp47(target_locale).c_str();
      element.append_attribute("datatype") = "plaintext";
    } else {
      element.append_attribute("id") = ("f" + std::to_string(++files_)).c_str();
      set_attribute(element, "original", file.original);
    }
    // Declared, so that reading it back never guesses (text with braces is still text).
    set_l10nc(element, xliff::kSyntaxAttribute, syntax_name(file.syntax));
    if (!file.domain.empty()) set_l10nc(element, xliff::kDomainAttribute, file.domain);
    int depth = 2;
    if (version_ == XliffVersion::v1_2) {
      container = append_element(element, "body", 2, layout_);
      depth = 3;
    }
    std::set<std::string> ids = {std::string(xliff::kObsoleteGroupId)};
    pugi::xml_node obsolete;
    for (const XliffExportUnit& unit : file.units) {
      if (unit.unit.obsolete && !obsolete) obsolete = obsolete_group(container, depth);
      write_unit(unit.unit.obsolete ? obsolete : container, unit.unit.obsolete ? depth + 1 : depth,
                 unit, file.title_key, file.syntax, ids);
    }
    // XLIFF 2's <file> holds at least one <unit> or <group>, and a <group> may be empty: a file
    // with no units gets its (empty) obsolete group, which reads back as nothing.
    if (version_ == XliffVersion::v2 && file.units.empty())
      obsolete = obsolete_group(container, depth);
    if (obsolete) close_element(obsolete, depth + 1, layout_);
    if (version_ == XliffVersion::v1_2) {
      // 1.2's <body> may be empty; its <group> may not.
      close_element(container, depth, layout_);
    }
    close_element(element, 2, layout_);
  }

  // Units whose key left the English: translate="no", so CAT tools neither count nor offer them.
  pugi::xml_node obsolete_group(pugi::xml_node parent, int depth) {
    pugi::xml_node group = append_element(parent, "group", depth, layout_);
    if (version_ == XliffVersion::v1_2) {
      group.append_attribute("id") = std::string(xliff::kObsoleteGroupId12).c_str();
      group.append_attribute("restype") = std::string(xliff::kObsoleteRestype12).c_str();
    } else {
      group.append_attribute("id") = std::string(xliff::kObsoleteGroupId).c_str();
      group.append_attribute("name") = "obsolete";
      set_attribute(group, "type", xliff::kObsoleteGroupType);
    }
    group.append_attribute("translate") = "no";
    return group;
  }

  void write_pattern_note(pugi::xml_node parent, int depth, std::string_view category,
                          const std::string& pattern) {
    pugi::xml_node note = append_element(parent, "note", depth, layout_);
    const char* attribute = version_ == XliffVersion::v1_2 ? "from" : "category";
    if (std::optional<std::string> plain = literal_text(pattern)) {
      set_attribute(note, attribute, category);
      note.text().set(plain->c_str());
    } else {
      set_attribute(note, attribute,
                    std::string(category) + std::string(xliff::kPatternNoteSuffix));
      note.text().set(pattern.c_str());
    }
  }

  // Notes for translators: the key, where the English is, the English's notes, the English a
  // needs-review target was made from, a DocFX row's translated first cell.
  void write_notes(pugi::xml_node parent, int depth, const XliffExportUnit& exported) {
    const Unit& unit = exported.unit;
    const char* attribute = version_ == XliffVersion::v1_2 ? "from" : "category";
    auto note = [&](std::string_view category, const std::string& text) {
      pugi::xml_node item = append_element(parent, "note", depth, layout_);
      set_attribute(item, attribute, category);
      item.text().set(text.c_str());
    };
    note(xliff::kKeyNote, unit.key);
    if (!exported.origin.empty()) note(xliff::kOriginNote, exported.origin);
    for (const std::string& text : unit.notes) note({}, text);
    if (!unit.previous_source.empty())
      write_pattern_note(parent, depth, xliff::kPreviousSourceNote, unit.previous_source);
    if (unit.label) write_pattern_note(parent, depth, xliff::kLabelNote, unit.label->pattern);
  }

  bool write_message(pugi::xml_node parent, const char* name, const Message* message,
                     const Unit& unit, MessageSyntax syntax, int depth,
                     std::map<std::string, std::string>& data) {
    pugi::xml_node content = append_element(parent, name, depth, layout_);
    if (message == nullptr) return true;
    if (needs_preserved_space(message->pattern)) content.append_attribute("xml:space") = "preserve";
    if (MessageWriter(unit.codes, data, version_).write(content, message->pattern, syntax))
      return true;
    Diagnostic diagnostic;
    diagnostic.severity = Severity::warning;
    diagnostic.message = "the " + std::string(name) + " of '" + unit.key +
                         "' is not a valid MessageFormat pattern: written as text";
    diagnostics_.report(std::move(diagnostic));
    return false;
  }

  std::string unit_id(const Unit& unit, std::set<std::string>& ids) {
    std::string id = is_nmtoken(unit.key) ? unit.key : "u" + std::to_string(ids.size());
    for (int n = 2; !ids.insert(id).second; ++n) id = "u" + std::to_string(ids.size() + n);
    return id;
  }

  void write_unit(pugi::xml_node parent, int depth, const XliffExportUnit& exported,
                  const std::string& title_key, MessageSyntax syntax, std::set<std::string>& ids) {
    if (version_ == XliffVersion::v1_2)
      write_unit_12(parent, depth, exported, title_key, syntax, ids);
    else
      write_unit_2(parent, depth, exported, title_key, syntax, ids);
  }

  void write_unit_12(pugi::xml_node parent, int depth, const XliffExportUnit& exported,
                     const std::string& title_key, MessageSyntax syntax,
                     std::set<std::string>& ids) {
    const Unit& unit = exported.unit;
    pugi::xml_node element = append_element(parent, "trans-unit", depth, layout_);
    element.append_attribute("id") = unit_id(unit, ids).c_str();
    element.append_attribute("resname") = unit.key.c_str();
    if (unit.key == title_key) set_attribute(element, "restype", xliff::kTitleRestype12);
    if (!unit.translatable && !unit.obsolete) element.append_attribute("translate") = "no";
    std::map<std::string, std::string> data;  // unused: 1.2 writes native data inline
    write_message(element, "source", &unit.source, unit, syntax, depth + 1, data);
    write_message(element, "target", unit.target ? &*unit.target : nullptr, unit, syntax, depth + 1,
                  data);
    pugi::xml_node target = element.child("target");
    target.append_attribute("state") = std::string(unit.target ? state_12(unit) : "new").c_str();
    if (unit.target && unit.state == TranslationState::machine_translated)
      target.append_attribute("state-qualifier") = "mt-suggestion";
    write_notes(element, depth + 1, exported);
    close_element(element, depth + 1, layout_);
  }

  void write_unit_2(pugi::xml_node parent, int depth, const XliffExportUnit& exported,
                    const std::string& title_key, MessageSyntax syntax,
                    std::set<std::string>& ids) {
    const Unit& unit = exported.unit;
    pugi::xml_node element = append_element(parent, "unit", depth, layout_);
    element.append_attribute("id") = unit_id(unit, ids).c_str();
    element.append_attribute("name") = unit.key.c_str();
    if (unit.key == title_key) set_attribute(element, "type", xliff::kTitleUnitType);
    // (An obsolete unit's translate="no" is its group's.)
    if (!unit.translatable && !unit.obsolete) element.append_attribute("translate") = "no";

    pugi::xml_node notes = append_element(element, "notes", depth + 1, layout_);
    write_notes(notes, depth + 2, exported);
    close_element(notes, depth + 2, layout_);

    pugi::xml_node segment = append_element(element, "segment", depth + 1, layout_);
    if (!unit.target || unit.state == TranslationState::missing) {
      segment.append_attribute("state") = "initial";
    } else {
      segment.append_attribute("state") = unit.state == TranslationState::final      ? "final"
                                          : unit.state == TranslationState::reviewed ? "reviewed"
                                                                                     : "translated";
      set_attribute(segment, "subState",
                    unit.state == TranslationState::needs_review ? xliff::kNeedsReviewSubState
                    : unit.state == TranslationState::machine_translated
                        ? xliff::kMachineTranslatedSubState
                        : std::string_view(unit.sub_state));
    }
    std::map<std::string, std::string> data;
    write_message(segment, "source", &unit.source, unit, syntax, depth + 2, data);
    write_message(segment, "target", unit.target ? &*unit.target : nullptr, unit, syntax, depth + 2,
                  data);
    close_element(segment, depth + 2, layout_);

    if (!data.empty()) {
      // <originalData> comes before the segments.
      pugi::xml_node original = element.insert_child_before("originalData", segment);
      element.insert_child_before(pugi::node_pcdata, segment)
          .set_value(line_start(layout_, depth + 1).c_str());
      std::map<std::string, std::string> by_id;
      for (const auto& [native, data_id] : data) by_id[data_id] = native;
      for (const auto& [data_id, native] : by_id) {
        pugi::xml_node item = append_element(original, "data", depth + 2, layout_);
        item.append_attribute("id") = data_id.c_str();
        append_text(item, native);
      }
      close_element(original, depth + 2, layout_);
    }
    close_element(element, depth + 1, layout_);
  }

  XliffVersion version_;
  XmlLayout layout_;
  DiagnosticSink& diagnostics_;
  pugi::xml_document document_;
  size_t files_ = 0;
};

}  // namespace

std::string export_origin(const Catalog& catalog, const Origin& origin) {
  if (origin.file >= catalog.files().size()) return {};
  std::filesystem::path path(catalog.files()[origin.file]);
  std::error_code ignored;
  if (path.is_absolute()) {
    const std::filesystem::path relative =
        path.lexically_relative(std::filesystem::current_path(ignored));
    if (!relative.empty()) path = relative;
  }
  return path.lexically_normal().generic_string();
}

XliffExport xliff_export(const Catalog& catalog, std::string target_locale,
                         std::vector<Unit> units) {
  XliffExport xliff;
  xliff.target_locale = std::move(target_locale);
  std::map<std::string, size_t> file_by_document;
  for (Unit& unit : units) {
    const Entry* entry = unit.obsolete ? nullptr : catalog.find(unit.key, unit.domain);
    if (entry == nullptr && xliff.files.empty()) xliff.files.emplace_back();
    size_t file = xliff.files.size() - 1;
    if (entry != nullptr) {
      // A <file> per document and domain: a file has one domain.
      auto [found, added] = file_by_document.try_emplace(
          indexed_key(entry->domain, entry->document), xliff.files.size());
      if (added) {
        XliffExportFile& created = xliff.files.emplace_back();
        created.original = entry->document;
        created.domain = entry->domain;
        created.syntax = entry->source.syntax;
        auto title = catalog.document_titles().find(entry->document);
        if (title != catalog.document_titles().end()) created.title_key = title->second;
      }
      file = found->second;
    }
    XliffExportUnit exported;
    if (entry != nullptr) exported.origin = export_origin(catalog, entry->source.origin);
    exported.unit = std::move(unit);
    xliff.files[file].units.push_back(std::move(exported));
  }
  return xliff;
}

std::string xliff_text(const XliffExport& xliff, DiagnosticSink& diagnostics) {
  return XliffWriter(xliff.version, diagnostics).text(xliff);
}

std::string unit_markup(const XliffExportUnit& unit, XliffVersion version, MessageSyntax syntax,
                        const std::string& title_key, const XmlLayout& layout, int depth,
                        DiagnosticSink& diagnostics) {
  return XliffWriter(version, diagnostics, layout).unit_text(unit, title_key, syntax, depth);
}

std::string message_markup(const Message& message, const std::vector<InlineCode>& codes,
                           XliffVersion version, std::map<std::string, std::string>& data) {
  pugi::xml_document document;
  pugi::xml_node holder = document.append_child("holder");
  MessageWriter(codes, data, version).write(holder, message.pattern, message.syntax);
  std::ostringstream out;
  for (pugi::xml_node node = holder.first_child(); node; node = node.next_sibling())
    node.print(out, "", pugi::format_raw);
  return out.str();
}

bool needs_preserved_space(std::string_view pattern) {
  return pattern.find_first_of("\t\n\r") != std::string::npos ||
         pattern.find("  ") != std::string::npos || pattern.starts_with(' ') ||
         pattern.ends_with(' ');
}

}  // namespace l10nc
