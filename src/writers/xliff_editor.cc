#include "writers/xliff_editor.h"

#include <algorithm>
#include <optional>
#include <set>

#include "base/unicode_text.h"
#include "model/message_pattern.h"
#include "model/parsed_pattern.h"
#include "readers/xliff_inline.h"
#include "writers/xliff_writer.h"

namespace l10nc {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
// Text for XML: '&' and '<' always, '"' in attribute values, '>' in content (as "]]>" needs).
std::string escaped(std::string_view value, bool attribute) {
  std::string out;
  for (const char c : value) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '"' && attribute)
      out += "&quot;";
    else if (c == '>' && !attribute)
      out += "&gt;";
    else
      out += c;
  }
  return out;
}
std::string escape_attribute(std::string_view value) { return escaped(value, true); }
std::string escape_text(std::string_view value) { return escaped(value, false); }

// Where an element is in the text: [begin, open_end) is its start tag, [close_begin, end) its
// end tag; an empty-element tag (<target/>) has open_end == close_begin == end.
struct Span {
  size_t begin = 0;
  size_t open_end = 0;
  size_t close_begin = 0;
  size_t end = 0;
  bool empty_tag = false;
};

// One attribute in a start tag: [name_begin, value_end + 1) is ` name="value"` without the space
// before it; the value is [value_begin, value_end).
struct AttributeSpan {
  size_t name_begin = 0;
  size_t value_begin = 0;
  size_t value_end = 0;
  char quote = '"';
};

// The element starting at `begin` ('<'), in well-formed text (pugixml parsed it).
Span span_at(std::string_view text, size_t begin) {
  Span span;
  span.begin = begin;
  span.open_end = tag_end(text, begin);
  if (text[span.open_end - 2] == '/') {
    span.empty_tag = true;
    span.close_begin = span.end = span.open_end;
    return span;
  }
  int depth = 1;
  size_t i = span.open_end;
  while (i < text.size()) {
    i = text.find('<', i);
    if (i == std::string_view::npos) break;
    if (text.compare(i, 4, "<!--") == 0) {
      i = text.find("-->", i + 4) + 3;
    } else if (text.compare(i, 9, "<![CDATA[") == 0) {
      i = text.find("]]>", i + 9) + 3;
    } else if (text.compare(i, 2, "<?") == 0) {
      i = text.find("?>", i + 2) + 2;
    } else if (text.compare(i, 2, "</") == 0) {
      const size_t end = tag_end(text, i);
      if (--depth == 0) {
        span.close_begin = i;
        span.end = end;
        return span;
      }
      i = end;
    } else {
      const size_t end = tag_end(text, i);
      if (text[end - 2] != '/') ++depth;
      i = end;
    }
  }
  span.close_begin = span.end = text.size();
  return span;
}

std::optional<AttributeSpan> attribute_in(std::string_view text, const Span& span,
                                          std::string_view name) {
  size_t i = span.begin + 1;
  while (i < span.open_end && !is_xml_space(text[i]) && text[i] != '>' && text[i] != '/') ++i;
  while (i < span.open_end) {
    while (i < span.open_end && is_xml_space(text[i])) ++i;
    const size_t name_begin = i;
    while (i < span.open_end && text[i] != '=' && !is_xml_space(text[i]) && text[i] != '>' &&
           text[i] != '/')
      ++i;
    if (i == name_begin) return std::nullopt;
    const std::string_view found = text.substr(name_begin, i - name_begin);
    while (i < span.open_end && text[i] != '"' && text[i] != '\'') ++i;
    if (i >= span.open_end) return std::nullopt;
    const char quote = text[i];
    const size_t value_begin = i + 1;
    const size_t value_end = text.find(quote, value_begin);
    if (found == name) return AttributeSpan{name_begin, value_begin, value_end, quote};
    i = value_end + 1;
  }
  return std::nullopt;
}

struct Edit {
  size_t begin = 0;
  size_t end = 0;
  std::string text;
  size_t order = 0;  // insertions at one place keep the order they were made in
};

}  // namespace

struct XliffEditor::State {
  State(const XmlInput& input, XliffVersion version, DiagnosticSink& diagnostics)
      : input(input), version(version), diagnostics(diagnostics), text(input.file().text()) {
    newline = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
  }

  const XmlInput& input;
  XliffVersion version;
  DiagnosticSink& diagnostics;
  std::string_view text;
  std::string newline;
  std::vector<Edit> edits;
  size_t next_order = 0;

  bool v2() const { return version == XliffVersion::v2; }

  Span span(const pugi::xml_node& element) const { return span_at(text, input.offset(element)); }

  void replace(size_t begin, size_t end, std::string replacement) {
    edits.push_back({begin, end, std::move(replacement), next_order++});
  }
  void insert(size_t at, std::string inserted) { replace(at, at, std::move(inserted)); }

  // Whether only white space precedes `offset` on its line (else markup goes in line with it).
  bool at_line_start(size_t offset) const {
    size_t start = offset;
    while (start > 0 && is_blank(text[start - 1])) --start;
    return start == 0 || text[start - 1] == '\n';
  }

  // The white space that indents the line `offset` is on, when only white space precedes it.
  std::string indent_of(size_t offset) const {
    size_t start = offset;
    while (start > 0 && is_blank(text[start - 1])) --start;
    if (start > 0 && text[start - 1] != '\n') return {};
    return std::string(text.substr(start, offset - start));
  }

  // One level of the file's indentation: a child's indent beyond its parent's.
  std::string indent_step(const pugi::xml_node& parent) const {
    const std::string outer = indent_of(input.offset(parent));
    for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
      if (child.type() != pugi::node_element) continue;
      const std::string inner = indent_of(input.offset(child));
      if (inner.size() > outer.size() && inner.starts_with(outer))
        return inner.substr(outer.size());
      break;
    }
    return outer.find('\t') != std::string::npos ? "\t" : "  ";
  }

  // [begin, end) of an element with the line break and indentation before it, when it is alone
  // on its line: removing that leaves no blank line.
  std::pair<size_t, size_t> whole_lines(const Span& span) const {
    size_t begin = span.begin;
    while (begin > 0 && is_blank(text[begin - 1])) --begin;
    if (begin > 0 && text[begin - 1] == '\n') {
      --begin;
      if (begin > 0 && text[begin - 1] == '\r') --begin;
      return {begin, span.end};
    }
    return {span.begin, span.end};
  }

  // Where to insert a last child: before the white space that precedes the end tag.
  size_t before_end_tag(const Span& span) const {
    size_t at = span.close_begin;
    while (at > span.open_end && is_xml_space(text[at - 1])) --at;
    return at;
  }

  void set_attribute(const pugi::xml_node& element, std::string_view name, std::string_view value) {
    const Span element_span = span(element);
    if (std::optional<AttributeSpan> found = attribute_in(text, element_span, name)) {
      if (text.substr(found->value_begin, found->value_end - found->value_begin) !=
          escape_attribute(value))
        replace(found->value_begin, found->value_end, escape_attribute(value));
      return;
    }
    // After the last attribute (or the name), before any white space and the tag's end.
    size_t at = element_span.empty_tag ? element_span.open_end - 2 : element_span.open_end - 1;
    while (at > element_span.begin && is_xml_space(text[at - 1])) --at;
    insert(at, " " + std::string(name) + "=\"" + escape_attribute(value) + "\"");
  }

  void remove_attribute(const pugi::xml_node& element, std::string_view name) {
    const Span element_span = span(element);
    if (std::optional<AttributeSpan> found = attribute_in(text, element_span, name)) {
      size_t begin = found->name_begin;
      while (begin > element_span.begin && is_xml_space(text[begin - 1])) --begin;
      replace(begin, found->value_end + 1, "");
    }
  }

  // Replaces an element's content (an empty-element tag gets an end tag).
  void set_content(const pugi::xml_node& element, std::string content) {
    const Span element_span = span(element);
    if (element_span.empty_tag) {
      replace(element_span.open_end - 2, element_span.open_end,
              ">" + content + "</" + element.name() + ">");
      return;
    }
    if (text.substr(element_span.open_end, element_span.close_begin - element_span.open_end) !=
        content)
      replace(element_span.open_end, element_span.close_begin, std::move(content));
  }

  // Adds a child at the end of `parent`, on its own line, indented one level deeper.
  void append_child(const pugi::xml_node& parent, const std::string& markup) {
    const Span parent_span = span(parent);
    if (!at_line_start(parent_span.close_begin)) {  // <notes><note/></notes> on one line
      insert(before_end_tag(parent_span), markup);
      return;
    }
    const std::string indent = indent_of(parent_span.begin) + indent_step(parent);
    insert(before_end_tag(parent_span), newline + indent + markup);
  }

  // Adds markup before `sibling`, on its own line with the sibling's indentation.
  void insert_before(const pugi::xml_node& sibling, const std::string& markup) {
    const Span sibling_span = span(sibling);
    if (!at_line_start(sibling_span.begin)) {
      insert(sibling_span.begin, markup);
      return;
    }
    insert(sibling_span.begin, markup + newline + indent_of(sibling_span.begin));
  }

  // A unit moved one level deeper (or shallower): its lines take the new indentation, unless
  // it holds preserved white space, which stays as it is.
  std::string reindented(const std::string& unit, const std::string& from,
                         const std::string& to) const {
    if (unit.find("xml:space") != std::string::npos || from == to) return unit;
    std::string out;
    size_t at = 0;
    while (true) {
      const size_t line = unit.find('\n', at);
      if (line == std::string::npos) break;
      out.append(unit, at, line + 1 - at);
      at = line + 1;
      if (unit.compare(at, from.size(), from) == 0) {
        out += to;
        at += from.size();
      }
    }
    out.append(unit, at, std::string::npos);
    return out;
  }

  // The text of [begin, end) with the edits made inside it applied, those edits taken out (for
  // moving an element someplace else).
  std::string take(size_t begin, size_t end) {
    std::vector<Edit> inside;
    std::erase_if(edits, [&](const Edit& edit) {
      // (Insertions right before or after the range are outside it.)
      const bool insertion_at_edge =
          edit.begin == edit.end && (edit.begin == begin || edit.begin == end);
      if (edit.begin >= begin && edit.end <= end && !insertion_at_edge) {
        inside.push_back(edit);
        return true;
      }
      return false;
    });
    std::string out = apply_edits(text.substr(begin, end - begin), inside, begin);
    replace(begin, end, "");
    return out;
  }

  static std::string apply_edits(std::string_view original, std::vector<Edit> edits, size_t base) {
    // By place; at one place insertions come before a replacement that starts there.
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
      if (a.begin != b.begin) return a.begin < b.begin;
      const bool a_inserts = a.begin == a.end, b_inserts = b.begin == b.end;
      if (a_inserts != b_inserts) return a_inserts;
      return a.order < b.order;
    });
    std::string out;
    out.reserve(original.size());
    size_t at = base;
    for (const Edit& edit : edits) {
      if (edit.begin < at) continue;  // overlaps an earlier edit: never made by this editor
      out.append(original.substr(at - base, edit.begin - at));
      out += edit.text;
      at = edit.end;
    }
    out.append(original.substr(at - base));
    return out;
  }

  pugi::xml_node unit_at(size_t offset) const {
    for (pugi::xml_node node = input.root(); node;) {
      if (node.type() == pugi::node_element && input.offset(node) == offset) return node;
      // Depth-first: units are where the reader found them.
      if (node.first_child()) {
        node = node.first_child();
        continue;
      }
      while (node && !node.next_sibling()) node = node.parent();
      if (node) node = node.next_sibling();
    }
    return {};
  }

  std::vector<pugi::xml_node> children(const pugi::xml_node& parent, std::string_view name) const {
    std::vector<pugi::xml_node> found;
    for (pugi::xml_node child : parent.children())
      if (child.type() == pugi::node_element && local_name(child) == name) found.push_back(child);
    return found;
  }

  // --- What merge does ---

  // The unit's <source>s (2.0: one per segment and ignorable) take the new English.
  void set_english(const pugi::xml_node& unit, const Entry& english) {
    std::map<std::string, std::string> data;  // 2.0: native code -> data id of the unit's
    pugi::xml_node original_data;
    if (v2()) {
      original_data = unit.child("originalData");
      for (const pugi::xml_node& item : children(original_data, "data"))
        data[element_text(item)] = item.attribute("id").value();
    }
    const size_t known_data = data.size();
    std::string markup = message_markup(english.source, english.codes, version, data);
    const bool preserve = needs_preserved_space(english.source.pattern);
    std::vector<pugi::xml_node> parts;
    if (v2()) {
      for (pugi::xml_node child : unit.children())
        if (child.type() == pugi::node_element &&
            (local_name(child) == "segment" || local_name(child) == "ignorable"))
          parts.push_back(child);
    }
    const pugi::xml_node source = v2() ? parts.front().child("source") : unit.child("source");
    set_content(source, markup);
    if (preserve) set_attribute(source, "xml:space", "preserve");
    if (v2() && parts.size() > 1) {
      // The new English is one segment: the others go (with the target they held, which the
      // first segment's target gets whole, to be reviewed).
      for (size_t i = 1; i < parts.size(); ++i) {
        const auto [begin, end] = whole_lines(span(parts[i]));
        replace(begin, end, "");
      }
    }
    if (!v2()) {
      // A segmented source no longer matches: the file's segmentation of it goes.
      if (pugi::xml_node segmented = unit.child("seg-source")) {
        const auto [begin, end] = whole_lines(span(segmented));
        replace(begin, end, "");
      }
    }
    if (data.size() > known_data) add_original_data(unit, original_data, data, known_data);
  }

  void add_original_data(const pugi::xml_node& unit, const pugi::xml_node& original_data,
                         const std::map<std::string, std::string>& data, size_t known) {
    std::map<std::string, std::string> by_id;
    for (const auto& [native, id] : data) by_id[id] = native;
    std::string items;
    size_t index = 0;
    for (const auto& [id, native] : by_id) {
      if (index++ < known) continue;
      items += "<data id=\"" + escape_attribute(id) + "\">" + escape_text(native) + "</data>";
    }
    if (original_data) {
      append_child(original_data, items);
    } else {
      insert_before(children(unit, "segment").front(),
                    "<originalData>" + items + "</originalData>");
    }
  }

  void set_review_state(const pugi::xml_node& unit, bool needs_review) {
    if (v2()) {
      for (const pugi::xml_node& segment : children(unit, "segment")) {
        const pugi::xml_node target = segment.child("target");
        if (!target || !target.first_child()) continue;
        if (needs_review) {
          // §4.3.1: a subState goes with its state; another tool's no longer applies.
          set_attribute(segment, "state", "translated");
          set_attribute(segment, "subState", xliff::kNeedsReviewSubState);
        } else if (std::string_view(segment.attribute("subState").value()) ==
                   xliff::kNeedsReviewSubState) {
          remove_attribute(segment, "subState");
        }
      }
      return;
    }
    const pugi::xml_node target = unit.child("target");
    if (!target) return;
    if (needs_review) {
      set_attribute(target, "state", "needs-review-translation");
      if (std::string_view(unit.attribute("approved").value()) == "yes")
        remove_attribute(unit, "approved");
    } else {
      set_attribute(target, "state", "translated");
    }
  }

  std::vector<pugi::xml_node> previous_source_notes(const pugi::xml_node& unit) const {
    const pugi::xml_node parent = v2() ? unit.child("notes") : unit;
    std::vector<pugi::xml_node> found;
    for (const pugi::xml_node& note : children(parent, "note")) {
      const std::string_view category = note.attribute(v2() ? "category" : "from").value();
      if (category.starts_with(xliff::kPreviousSourceNote)) found.push_back(note);
    }
    return found;
  }

  void set_previous_source(const pugi::xml_node& unit, const std::string& pattern) {
    const char* attribute = v2() ? "category" : "from";
    const std::optional<std::string> plain = literal_text_of(pattern);
    const std::string category = std::string(xliff::kPreviousSourceNote) +
                                 (plain ? "" : std::string(xliff::kPatternNoteSuffix));
    const std::string content = escape_text(plain ? *plain : pattern);
    const std::vector<pugi::xml_node> notes = previous_source_notes(unit);
    if (!notes.empty()) {
      set_attribute(notes.front(), attribute, category);
      set_content(notes.front(), content);
      return;
    }
    const std::string note =
        "<note " + std::string(attribute) + "=\"" + category + "\">" + content + "</note>";
    if (v2()) {
      if (const pugi::xml_node notes_element = unit.child("notes")) {
        append_child(notes_element, note);
      } else {
        // <notes> comes before <originalData> and the segments.
        const pugi::xml_node before =
            unit.child("originalData") ? unit.child("originalData") : first_part(unit);
        if (!at_line_start(input.offset(before))) {
          insert_before(before, "<notes>" + note + "</notes>");
        } else {
          const std::string step = indent_step(unit);
          const std::string indent = indent_of(input.offset(before));
          insert_before(before,
                        "<notes>" + newline + indent + step + note + newline + indent + "</notes>");
        }
      }
      return;
    }
    // 1.2: after the target, context groups and notes, before any alt-trans.
    pugi::xml_node after = unit.child("source");
    for (pugi::xml_node child : unit.children())
      if (child.type() == pugi::node_element &&
          (local_name(child) == "target" || local_name(child) == "seg-source" ||
           local_name(child) == "context-group" || local_name(child) == "count-group" ||
           local_name(child) == "prop-group" || local_name(child) == "note"))
        after = child;
    const Span after_span = span(after);
    insert(after_span.end, newline + indent_of(after_span.begin) + note);
  }

  pugi::xml_node first_part(const pugi::xml_node& unit) const {
    for (pugi::xml_node child : unit.children())
      if (child.type() == pugi::node_element &&
          (local_name(child) == "segment" || local_name(child) == "ignorable"))
        return child;
    return {};
  }

  void remove_previous_source(const pugi::xml_node& unit) {
    const std::vector<pugi::xml_node> notes = previous_source_notes(unit);
    // XLIFF 2.0's <notes> holds one <note> at least: without others, it goes too.
    if (v2() && !notes.empty() && children(unit.child("notes"), "note").size() == notes.size()) {
      const auto [begin, end] = whole_lines(span(unit.child("notes")));
      replace(begin, end, "");
      return;
    }
    for (const pugi::xml_node& note : notes) {
      const auto [begin, end] = whole_lines(span(note));
      replace(begin, end, "");
    }
  }

  static std::optional<std::string> literal_text_of(const std::string& pattern);

  // --- Obsolete units ---

  bool is_obsolete_group(const pugi::xml_node& group) const {
    return local_name(group) == "group" &&
           (v2() ? std::string_view(group.attribute("type").value()) == xliff::kObsoleteGroupType
                 : std::string_view(group.attribute("restype").value()) ==
                       xliff::kObsoleteRestype12);
  }

  // Where a <file>'s units live: the <file> (2.0) or its <body> (1.2).
  pugi::xml_node container_of(const pugi::xml_node& unit) const {
    pugi::xml_node node = unit;
    while (node && local_name(node) != "file") node = node.parent();
    return v2() ? node : node.child("body");
  }

  pugi::xml_node obsolete_group_in(const pugi::xml_node& container) const {
    for (const pugi::xml_node& group : children(container, "group"))
      if (is_obsolete_group(group)) return group;
    return {};
  }

  std::string obsolete_group_start() const {
    return v2() ? "<group id=\"" + std::string(xliff::kObsoleteGroupId) +
                      "\" name=\"obsolete\" type=\"" + std::string(xliff::kObsoleteGroupType) +
                      "\" translate=\"no\">"
                : "<group id=\"" + std::string(xliff::kObsoleteGroupId12) + "\" restype=\"" +
                      std::string(xliff::kObsoleteRestype12) + "\" translate=\"no\">";
  }
};

std::optional<std::string> XliffEditor::State::literal_text_of(const std::string& pattern) {
  // The plain text of a pattern without arguments, as the export writer writes notes.
  std::optional<ParsedPattern> parsed = parse_pattern(pattern);
  if (!parsed || !parsed->arguments.empty()) return std::nullopt;
  return parsed->text;
}

XliffEditor::XliffEditor(const XmlInput& input, XliffVersion version, DiagnosticSink& diagnostics)
    : state_(std::make_unique<State>(input, version, diagnostics)) {}

XliffEditor::~XliffEditor() = default;

bool XliffEditor::changed() const { return !state_->edits.empty(); }

std::string XliffEditor::text() const {
  State& state = *state_;
  return state.input.encode(State::apply_edits(state.text, state.edits, 0));
}

void XliffEditor::add_units(const MergePlan& plan, const Catalog& catalog,
                            const std::set<size_t>& moving) {
  State& state = *state_;
  pugi::xml_node last_live;  // the last unit that stays or comes back: new units go after it
  // New units go after the last unit that stays live (in its container), else at the start
  // of the first file's container.
  for (pugi::xml_node node = state.input.root(); node;) {
    const std::string_view name = local_name(node);
    if (node.type() == pugi::node_element && (name == "unit" || name == "trans-unit") &&
        !moving.contains(state.input.offset(node)) && !state.is_obsolete_group(node.parent()))
      last_live = node;
    if (node.first_child() && name != "unit" && name != "trans-unit") {
      node = node.first_child();
      continue;
    }
    while (node && !node.next_sibling()) node = node.parent();
    if (node) node = node.next_sibling();
  }
  XmlLayout layout;
  layout.newline = state.newline;
  size_t at = 0;
  int depth = 0;
  if (last_live) {
    const Span anchor = state.span(last_live);
    layout.base = state.indent_of(anchor.begin);
    layout.indent = state.indent_step(last_live);
    at = anchor.end;
  } else {
    pugi::xml_node file = state.input.root().child("file");
    for (pugi::xml_node child = state.input.root().first_child(); child && !file;
         child = child.next_sibling())
      if (local_name(child) == "file") file = child;
    const pugi::xml_node container = state.v2() ? file : file.child("body");
    const Span container_span = state.span(container);
    layout.indent = state.indent_step(container);
    layout.base = state.indent_of(container_span.begin) + layout.indent;
    at = container_span.open_end;
  }
  std::string inserted;
  for (const Entry* entry : plan.added) {
    XliffExportUnit unit;
    unit.unit.key = entry->key;
    unit.unit.domain = entry->domain;
    unit.unit.source = entry->source;
    unit.unit.notes = entry->notes;
    unit.unit.codes = entry->codes;
    unit.origin = export_origin(catalog, entry->source.origin);
    const std::string title = catalog.document_titles().contains(entry->document)
                                  ? catalog.document_titles().at(entry->document)
                                  : std::string();
    inserted += layout.newline + layout.base +
                unit_markup(unit, state.version, entry->source.syntax, title, layout, depth,
                            state.diagnostics);
  }
  state.insert(at, inserted);
}

void XliffEditor::apply(const MergePlan& plan, const Catalog& catalog) {
  State& state = *state_;
  using Kind = UnitChange::Kind;
  // Units to move, each to the end of its file's obsolete group or back among the live ones.
  std::map<size_t, std::vector<std::string>> to_obsolete;  // container offset -> unit texts
  std::map<size_t, pugi::xml_node> containers;
  std::set<size_t> moving;
  std::set<size_t> receiving;  // containers that get obsolete units: their group stays
  for (const UnitChange& change : plan.changes) {
    if (change.kind == Kind::obsolete || change.kind == Kind::revive)
      moving.insert(change.unit->element_offset);
    if (change.kind == Kind::obsolete)
      if (const pugi::xml_node unit = state.unit_at(change.unit->element_offset))
        receiving.insert(state.input.offset(state.container_of(unit)));
  }

  for (const UnitChange& change : plan.changes) {
    const pugi::xml_node unit = state.unit_at(change.unit->element_offset);
    if (!unit) continue;
    Kind kind = change.kind;
    if (kind == Kind::revive) kind = change.english_changed ? change.then : Kind::update;
    const bool english_changed = change.kind != Kind::revive || change.english_changed;
    if (kind == Kind::obsolete) {
      const pugi::xml_node container = state.container_of(unit);
      containers[state.input.offset(container)] = container;
      const Span unit_span = state.span(unit);
      const size_t line_begin = state.whole_lines(unit_span).first;
      std::string moved = state.take(unit_span.begin, unit_span.end);
      state.replace(line_begin, unit_span.begin, "");
      const std::string indent = state.indent_of(unit_span.begin);
      const std::string step = state.indent_step(container);
      const std::string deeper = state.indent_of(state.input.offset(container)) + step + step;
      to_obsolete[state.input.offset(container)].push_back(state.reindented(moved, indent, deeper));
      continue;
    }
    if (english_changed && change.entry != nullptr) {
      switch (kind) {
        case Kind::retranslate:
          state.set_english(unit, *change.entry);
          state.set_review_state(unit, true);
          state.set_previous_source(unit, change.previous_source);
          break;
        case Kind::revert:
          state.set_english(unit, *change.entry);
          state.set_review_state(unit, false);
          state.remove_previous_source(unit);
          break;
        default:
          state.set_english(unit, *change.entry);
          break;
      }
    }
    if (change.kind == Kind::revive) {
      // Out of the obsolete group, after the last live unit of its file (or first in it).
      const Span unit_span = state.span(unit);
      const size_t line_begin = state.whole_lines(unit_span).first;
      std::string moved = state.take(unit_span.begin, unit_span.end);
      state.replace(line_begin, unit_span.begin, "");
      const pugi::xml_node group = unit.parent();
      const pugi::xml_node container = state.container_of(unit);
      pugi::xml_node anchor;  // the last unit of the container that stays where it is
      for (const pugi::xml_node& child :
           state.children(container, state.v2() ? "unit" : "trans-unit"))
        if (!moving.contains(state.input.offset(child))) anchor = child;
      const std::string indent = state.indent_of(unit_span.begin);
      if (anchor) {
        const Span anchor_span = state.span(anchor);
        const std::string to = state.indent_of(anchor_span.begin);
        state.insert(anchor_span.end, state.newline + to + state.reindented(moved, indent, to));
      } else {
        state.insert_before(
            group, state.reindented(moved, indent, state.indent_of(state.span(group).begin)));
      }
      // A group left empty goes (XLIFF 1.2 requires a group to hold a unit).
      bool others = false;
      for (pugi::xml_node sibling : group.children())
        if (sibling.type() == pugi::node_element && !moving.contains(state.input.offset(sibling)))
          others = true;
      if (!others && !receiving.contains(state.input.offset(container))) {
        const auto [group_begin, group_end] = state.whole_lines(state.span(group));
        state.take(group_begin, group_end);
      }
    }
  }

  // New units first: at the end of a container they come before the obsolete group.
  if (!plan.added.empty()) add_units(plan, catalog, moving);
  for (const auto& [offset, units] : to_obsolete) {
    const pugi::xml_node container = containers[offset];
    const std::string container_indent = state.indent_of(state.input.offset(container));
    const std::string step = state.indent_step(container);
    if (const pugi::xml_node group = state.obsolete_group_in(container)) {
      for (const std::string& unit : units) state.append_child(group, unit);
      continue;
    }
    std::string group = state.obsolete_group_start();
    for (const std::string& unit : units)
      group += state.newline + container_indent + step + step + unit;
    group += state.newline + container_indent + step + "</group>";
    state.append_child(container, group);
  }
}

}  // namespace l10nc
