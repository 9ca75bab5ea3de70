#include "readers/xliff_inline.h"

#include <unicode/messagepattern.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <numeric>
#include <optional>
#include <unordered_map>

#include "base/unicode_text.h"
#include "model/message_pattern.h"
#include "model/xliff_conventions.h"
#include "readers/markdown_text.h"

namespace l10nc {

namespace {

// The character of an XLIFF 2 <cp hex="..."/> as UTF-8: any code point of 0000-10FFFF
// (XLIFF 2.0 §4.2.3.1: <cp> carries what XML cannot, U+FFFF and U+0001 included); nullopt when
// hex names none, or a surrogate, which no UTF-8 text (nor UTF-16 one, alone) can hold.
std::optional<std::string> code_point_text(const pugi::xml_node& cp) {
  const std::string_view hex = cp.attribute("hex").value();
  uint32_t code_point = 0;
  const auto [end, error] = std::from_chars(hex.data(), hex.data() + hex.size(), code_point, 16);
  if (hex.empty() || error != std::errc() || end != hex.data() + hex.size() ||
      code_point > 0x10FFFF || U_IS_SURROGATE(code_point))
    return std::nullopt;
  char bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, static_cast<UChar32>(code_point));
  return std::string(bytes, static_cast<size_t>(length));
}

}  // namespace

std::string element_text(const pugi::xml_node& element) {
  std::string text;
  for (const pugi::xml_node& child : element.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      text += child.value();
    } else if (child.type() == pugi::node_element && local_name(child) == "cp") {
      text += code_point_text(child).value_or("");
    } else if (child.type() == pugi::node_element) {
      text += element_text(child);
    }
  }
  return text;
}

InlineReader::InlineReader(const XmlInput& input, XliffVersion version, DiagnosticSink& diagnostics,
                           std::vector<InlineCode>& codes)
    : input_(input), version_(version), diagnostics_(diagnostics), codes_(codes) {}

void InlineReader::warn(const pugi::xml_node& element, std::string message) {
  Diagnostic diagnostic;
  diagnostic.severity = Severity::warning;
  diagnostic.location = input_.location(input_.offset(element));
  diagnostic.message = std::move(message);
  diagnostics_.report(std::move(diagnostic));
}

void InlineReader::read(const pugi::xml_node& element, InlineContent& content) {
  read_children(element, input_.xml_space(element) == "preserve", content);
}

std::string InlineReader::data(const pugi::xml_node& element, const char* reference_attribute) {
  const pugi::xml_attribute reference = element.attribute(reference_attribute);
  if (!reference) return {};
  auto found = data_.find(reference.value());
  if (found != data_.end()) return found->second;
  warn(element, std::string(reference_attribute) + " '" + reference.value() +
                    "' names no <data> in the unit's <originalData>");
  return {};
}

void InlineReader::add_code(const pugi::xml_node& element, InlineCode code,
                            InlineContent& content) {
  // A code seen before (in the source, or earlier in this text) is the same argument.
  for (const InlineCode& known : codes_)
    if (known.role == code.role && known.id == code.id) {
      content.push_back(
          InlinePiece::made(InlinePiece::Kind::argument, xliff::argument_syntax(known)));
      return;
    }
  const std::string base = xliff::code_argument_name(code.role, code.id, code.equiv, code.disp);
  code.argument = base;
  for (int suffix = 2;; ++suffix) {
    auto same_name = std::find_if(codes_.begin(), codes_.end(), [&](const InlineCode& known) {
      return known.argument == code.argument;
    });
    if (same_name == codes_.end()) break;
    // Angular's XLIFF 2 writes one placeholder twice with two ids and the same equiv.
    const bool described = !code.equiv.empty() || !code.disp.empty();
    if (described && same_name->role == code.role && same_name->equiv == code.equiv &&
        same_name->disp == code.disp && same_name->data == code.data) {
      content.push_back(
          InlinePiece::made(InlinePiece::Kind::argument, xliff::argument_syntax(code)));
      return;
    }
    code.argument = base + "_" + std::to_string(suffix);
  }
  if (code.id.empty()) warn(element, "inline code <" + std::string(element.name()) + "> has no id");
  content.push_back(InlinePiece::made(InlinePiece::Kind::argument, xliff::argument_syntax(code)));
  codes_.push_back(std::move(code));
}

namespace {

bool is_segment_marker(const pugi::xml_node& node) {
  return node.type() == pugi::node_element && local_name(node) == "mrk" &&
         std::string_view(node.attribute("mtype").value()) == "seg";
}

// XLIFF 1.2 segmented content (<mrk mtype="seg">, as MateCat writes it): white space before
// the first segment or after the last is the file's indentation, not text, even under
// xml:space="preserve" (the <source> it pairs with has none).
bool is_layout_around_segments(const pugi::xml_node& text) {
  const std::string_view value = text.value();
  if (!std::all_of(value.begin(), value.end(), is_xml_space)) return false;
  bool before = false;
  for (pugi::xml_node node = text.previous_sibling(); node && !before;
       node = node.previous_sibling())
    before = is_segment_marker(node);
  bool after = false;
  for (pugi::xml_node node = text.next_sibling(); node && !after; node = node.next_sibling())
    after = is_segment_marker(node);
  return before != after;
}

}  // namespace

void InlineReader::read_children(const pugi::xml_node& element, bool preserve,
                                 InlineContent& content) {
  using Role = InlineCode::Role;
  const bool v2 = version_ == XliffVersion::v2;
  for (const pugi::xml_node& child : element.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      if (!v2 && preserve && is_layout_around_segments(child)) continue;
      content.push_back(
          {InlinePiece::Kind::text, child.value(), {}, preserve, input_.offset(child)});
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    const std::string_view uri = input_.namespace_uri(child);
    auto attribute = [&](const char* attribute_name) {
      return std::string(child.attribute(attribute_name).value());
    };
    // XLIFF 2's canDelete (yes unless said no); 1.2 has none, so its codes are kept. An <ec>
    // closing an <sc> takes the <sc>'s (below).
    bool deletable = v2 && attribute("canDelete") != "no";
    auto code = [&](Role role, std::string id, std::string equiv, std::string disp,
                    std::string native) {
      add_code(child,
               {{},
                role,
                std::move(id),
                std::move(equiv),
                std::move(disp),
                std::move(native),
                deletable},
               content);
    };
    if (uri != (v2 ? xliff::kNamespace2 : input_.namespace_uri(input_.root()))) {
      warn(child, "element <" + std::string(child.name()) +
                      "> is not XLIFF inline markup: its text is read, the element is dropped");
      read_children(child, preserve, content);
    } else if (!v2 && name == "x" && attribute("ctype") == xliff::kSyntaxCtype12) {
      content.push_back(InlinePiece::made(InlinePiece::Kind::syntax, attribute("equiv-text")));
    } else if (!v2 && (name == "x" || name == "ph")) {
      code(Role::standalone, attribute("id"), attribute("equiv-text"), {},
           name == "ph" ? element_text(child) : std::string());
    } else if (!v2 && (name == "bpt" || name == "ept" || name == "bx" || name == "ex")) {
      const bool has_data = name == "bpt" || name == "ept";
      code(name == "bpt" || name == "bx" ? Role::start : Role::end,
           child.attribute("rid") ? attribute("rid") : attribute("id"), attribute("equiv-text"), {},
           has_data ? element_text(child) : std::string());
    } else if (!v2 && name == "it") {
      code(attribute("pos") == "close" ? Role::end : Role::start, attribute("id"),
           attribute("equiv-text"), {}, element_text(child));
    } else if (!v2 && name == "g") {
      code(Role::start, attribute("id"), {}, {}, {});
      read_children(child, preserve, content);
      code(Role::end, attribute("id"), {}, {}, {});
    } else if (v2 && name == "ph" && attribute("subType") == xliff::kSyntaxSubType) {
      content.push_back(InlinePiece::made(InlinePiece::Kind::syntax, attribute("disp")));
    } else if (v2 && name == "ph") {
      // A copy of a code (copyOf) is the same argument as the code.
      code(Role::standalone, child.attribute("copyOf") ? attribute("copyOf") : attribute("id"),
           attribute("equiv"), attribute("disp"), data(child, "dataRef"));
    } else if (v2 && name == "pc") {
      code(Role::start, attribute("id"), attribute("equivStart"), attribute("dispStart"),
           data(child, "dataRefStart"));
      read_children(child, preserve, content);
      code(Role::end, attribute("id"), attribute("equivEnd"), attribute("dispEnd"),
           data(child, "dataRefEnd"));
    } else if (v2 && (name == "sc" || name == "ec")) {
      std::string id = child.attribute("copyOf") ? attribute("copyOf") : attribute("id");
      if (name == "sc") starts_[attribute("id")] = {id, deletable};
      if (child.attribute("startRef")) {
        auto start = starts_.find(attribute("startRef"));
        id = start != starts_.end() ? start->second.id : attribute("startRef");
        if (start != starts_.end()) deletable = start->second.deletable;
      }
      code(name == "sc" ? Role::start : Role::end, id, attribute("equiv"), attribute("disp"),
           data(child, "dataRef"));
    } else if (v2 && name == "cp") {
      if (std::optional<std::string> character = code_point_text(child))
        content.push_back(
            {InlinePiece::Kind::text, {}, std::move(*character), true, input_.offset(child)});
      else
        diagnostics_.report(
            error_at(input_.file(), input_.attribute_offset(child, "hex"),
                     "<cp hex=\"" + attribute("hex") + "\"> is not a Unicode code point"));
    } else if (name == "mrk" && !v2 && attribute("mtype") == "seg") {
      read_children(child, preserve, content);  // a segment boundary, not an annotation
    } else if (name == "mrk" || (v2 && (name == "sm" || name == "em"))) {
      const std::string kind = v2 ? attribute("type") : attribute("mtype");
      warn(child,
           "annotation <" + std::string(child.name()) +
               (kind.empty() ? std::string()
                             : " " + std::string(v2 ? "type" : "mtype") + "=\"" + kind + "\"") +
               "> is not kept: l10nc messages hold no annotations" +
               (name == "mrk" ? "; its text is read" : ""));
      read_children(child, preserve, content);
    } else {
      warn(child, "unexpected <" + std::string(child.name()) +
                      "> in inline content: its text is read, the element is dropped");
      read_children(child, preserve, content);
    }
  }
}

namespace {

// One character of inline text, or an argument / syntax piece, so that plural and select
// constructs can be recognized across text nodes (Angular's CDATA, entities) and around codes.
struct Item {
  char c = 0;                          // text
  const InlinePiece* piece = nullptr;  // argument or syntax
  bool preserve_space = false;
};

class PatternBuilder {
 public:
  PatternBuilder(const std::vector<Item>& items, bool constructs)
      : items_(items), constructs_(constructs) {}

  std::string top_level() {
    size_t i = 0;
    return message(i, PatternContext::top_level, false);
  }

  bool found_construct() const { return found_construct_; }
  bool found_argument_syntax() const { return found_argument_syntax_; }

 private:
  bool is_text(size_t i, char c) const {
    return i < items_.size() && items_[i].piece == nullptr && items_[i].c == c;
  }
  void skip_space(size_t& i) const {
    while (i < items_.size() && items_[i].piece == nullptr && is_xml_space(items_[i].c)) ++i;
  }
  std::string word(size_t& i, bool selector) const {
    std::string out;
    while (i < items_.size() && items_[i].piece == nullptr) {
      const char c = items_[i].c;
      const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
                      (selector && (c == '=' || c == '-' || c == '.' || c == '+' || c == ':'));
      if (!ok) break;
      out += c;
      ++i;
    }
    return out;
  }

  // "{name}" or "{name, number|date|time" at items_[i]: what ICU MessageFormat reads as an
  // argument (plural and select constructs are read as such, or reported when they fail).
  bool is_argument_syntax(size_t i) const {
    size_t j = i + 1;
    skip_space(j);
    if (i > 0 && is_text(i - 1, '{')) return false;  // "{{ name }}": Twig and Symfony
    if (!is_identifier(word(j, false))) return false;
    skip_space(j);
    if (is_text(j, '}')) return true;
    if (!is_text(j, ',')) return false;
    ++j;
    skip_space(j);
    const std::string type = word(j, false);
    return type == "number" || type == "date" || type == "time";
  }

  // The text of a message up to (not including) the '}' that closes it when nested.
  std::string message(size_t& i, PatternContext context, bool nested) {
    std::string pattern;
    std::string literal;
    bool pending_space = false;
    bool at_start = !nested;
    auto flush = [&] {
      append_escaped_literal(pattern, literal, context);
      literal.clear();
    };
    auto before_content = [&] {
      if (pending_space) literal += ' ';
      pending_space = false;
      at_start = false;
    };
    while (i < items_.size()) {
      const Item& item = items_[i];
      if (item.piece != nullptr) {
        before_content();
        flush();
        pattern += item.piece->text();
        ++i;
        continue;
      }
      if (item.c == '}' && nested) break;
      if (item.c == '#' && context == PatternContext::plural_message) {
        before_content();  // in a plural message '#' is the number, as in ICU
        flush();
        pattern += '#';
        ++i;
        continue;
      }
      if (item.c == '{' && constructs_) {
        size_t j = i;
        if (std::optional<std::string> construct = construct_at(j)) {
          before_content();
          flush();
          pattern += *construct;
          found_construct_ = true;
          i = j;
          continue;
        }
        found_argument_syntax_ = found_argument_syntax_ || is_argument_syntax(i);
      }
      if (is_xml_space(item.c) && !item.preserve_space) {
        if (!at_start) pending_space = true;
        ++i;
        continue;
      }
      before_content();
      literal += item.c;
      ++i;
    }
    if (nested && pending_space) literal += ' ';
    flush();
    return pattern;
  }

  // plural_or_select() at items_[i], parsed once per start: what it gives depends only on
  // where it starts, and an unclosed construct would otherwise be parsed again by every
  // enclosing construct that fails in turn, exponentially in their number (a fuzzer found a
  // 4 KB file that took minutes). Constructs nested deeper than kMaxConstructDepth are left
  // as text, so that the recursion stays bounded whatever the input.
  std::optional<std::string> construct_at(size_t& i) {
    const auto [known, added] = parsed_.try_emplace(i);
    ParsedConstruct& parsed = known->second;
    if (added && depth_ < kMaxConstructDepth) {
      ++depth_;
      size_t end = i;
      parsed.pattern = plural_or_select(end);
      parsed.end = end;
      --depth_;
    }
    if (parsed.pattern) i = parsed.end;
    return parsed.pattern;
  }

  // "{NAME, plural|select|selectordinal, [offset:N] SELECTOR {MESSAGE} ...}" starting at
  // items_[i] ('{'); on success i is just past the closing '}'.
  std::optional<std::string> plural_or_select(size_t& i) {
    size_t j = i + 1;
    skip_space(j);
    const std::string name = word(j, false);
    if (!is_identifier(name)) return std::nullopt;
    skip_space(j);
    if (!is_text(j, ',')) return std::nullopt;
    ++j;
    skip_space(j);
    const std::string type = word(j, false);
    if (type != "plural" && type != "select" && type != "selectordinal") return std::nullopt;
    skip_space(j);
    if (!is_text(j, ',')) return std::nullopt;
    ++j;
    std::string out = "{" + name + ", " + type + ",";
    const PatternContext context =
        type == "select" ? PatternContext::top_level : PatternContext::plural_message;
    size_t messages = 0;
    while (true) {
      skip_space(j);
      if (is_text(j, '}')) break;
      const std::string selector = word(j, true);
      if (selector.empty()) return std::nullopt;
      if (selector.starts_with("offset:") && type != "select") {
        out += " " + selector;
        continue;
      }
      skip_space(j);
      if (!is_text(j, '{')) return std::nullopt;
      ++j;
      const std::string text = message(j, context, true);
      if (!is_text(j, '}')) return std::nullopt;
      ++j;
      out += " " + selector + " {" + text + "}";
      ++messages;
    }
    if (messages == 0) return std::nullopt;
    i = j + 1;
    return out + "}";
  }

  static constexpr int kMaxConstructDepth = 32;  // real messages nest two or three
  struct ParsedConstruct {
    std::optional<std::string> pattern;  // nullopt: no construct starts there
    size_t end = 0;                      // just past its closing '}'
  };

  const std::vector<Item>& items_;
  bool constructs_;
  bool found_construct_ = false;
  bool found_argument_syntax_ = false;
  std::unordered_map<size_t, ParsedConstruct> parsed_;  // by start index
  int depth_ = 0;                                       // constructs being parsed
};

bool parses_as_message_format(const std::string& pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError error;
  icu::MessagePattern parsed(to_utf16(pattern), &error, status);
  return U_SUCCESS(status);
}

// Most text is words with single spaces between them: nothing to collapse. (Searches for a
// byte are memchr, far faster than testing each byte against four spaces.)
bool is_single_spaced(std::string_view text) {
  return !text.empty() && text.front() != ' ' && text.back() != ' ' &&
         text.find("  ") == std::string_view::npos && text.find('\n') == std::string_view::npos &&
         text.find('\t') == std::string_view::npos && text.find('\r') == std::string_view::npos;
}

// Where text of the pattern being built comes from: pattern offset -> file offset.
struct SourceMark {
  size_t pattern_offset = 0;
  size_t file_offset = 0;
};

// inline_pattern() for content without a '{' in its text, where no plural or select can
// start (escape), or for ICU syntax, where text is copied as it is (!escape): what
// PatternBuilder gives for it, without splitting the text into characters. With `marks`, notes
// where each word of text comes from.
std::string plain_pattern(const InlineContent& content, bool escape,
                          std::vector<SourceMark>* marks = nullptr) {
  std::string pattern;
  std::string literal;
  bool pending_space = false;
  bool at_start = true;
  auto before_content = [&] {
    if (pending_space) literal += ' ';
    pending_space = false;
    at_start = false;
  };
  auto flush = [&] {
    if (escape)
      append_escaped_literal(pattern, literal);
    else
      pattern += literal;
    literal.clear();
  };
  auto mark = [&](size_t file_offset) {
    if (marks != nullptr) marks->push_back({pattern.size() + literal.size(), file_offset});
  };
  for (const InlinePiece& piece : content) {
    if (piece.kind != InlinePiece::Kind::text) {
      before_content();
      flush();
      pattern += piece.text();
      continue;
    }
    if (piece.preserve_space) {
      if (!piece.text().empty()) before_content();
      mark(piece.offset);
      literal += piece.text();
      continue;
    }
    const std::string_view text = piece.text();
    if (marks == nullptr && is_single_spaced(text)) {
      before_content();
      literal += text;
      continue;
    }
    for (size_t i = 0; i < text.size();) {
      const size_t word = i;
      while (i < text.size() && !is_xml_space(text[i])) ++i;
      if (i > word) {
        before_content();
        mark(piece.offset + word);
        literal.append(text.substr(word, i - word));
      }
      const size_t space = i;
      while (i < text.size() && is_xml_space(text[i])) ++i;
      if (i > space && !at_start) pending_space = true;
    }
  }
  flush();
  return pattern;
}

}  // namespace

InlinePattern inline_pattern(const InlineContent& content, MessageSyntax syntax) {
  if (syntax == MessageSyntax::icu) return {plain_pattern(content, false)};
  const bool may_hold_constructs =
      std::any_of(content.begin(), content.end(), [](const InlinePiece& piece) {
        return piece.kind == InlinePiece::Kind::text &&
               piece.text().find('{') != std::string_view::npos;
      });
  if (!may_hold_constructs) return {plain_pattern(content, true)};
  std::vector<Item> items;
  items.reserve(std::accumulate(content.begin(), content.end(), size_t{0},
                                [](size_t sum, const InlinePiece& piece) {
                                  return sum + std::max<size_t>(piece.text().size(), 1);
                                }));
  for (const InlinePiece& piece : content) {
    if (piece.kind != InlinePiece::Kind::text) {
      items.push_back({0, &piece, false});
      continue;
    }
    for (const char c : piece.text()) items.push_back({c, nullptr, piece.preserve_space});
  }
  PatternBuilder builder(items, true);
  InlinePattern result{builder.top_level()};
  // A message with plural or select constructs read as such is written the Angular way.
  result.looks_like_icu = builder.found_argument_syntax() && !builder.found_construct();
  if (builder.found_construct() && !parses_as_message_format(result.pattern)) {
    result.pattern = PatternBuilder(items, false).top_level();
    result.message_syntax_ignored = true;
    result.looks_like_icu = false;  // reported as that
  }
  return result;
}

size_t icu_source_offset(const InlineContent& content, size_t pattern_offset, size_t fallback) {
  std::vector<SourceMark> marks;
  plain_pattern(content, false, &marks);
  const SourceMark* best = nullptr;
  for (const SourceMark& mark : marks)
    if (mark.pattern_offset <= pattern_offset) best = &mark;
  if (best == nullptr) return fallback;
  return best->file_offset + (pattern_offset - best->pattern_offset);
}

}  // namespace l10nc
