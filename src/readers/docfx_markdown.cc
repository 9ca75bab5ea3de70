#include "readers/docfx_markdown.h"

#include <pugixml.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "base/unicode_text.h"
#include "model/locale_id.h"
#include "model/message_pattern.h"
#include "readers/front_matter.h"
#include "readers/icu_message_check.h"
#include "readers/markdown_text.h"

namespace l10nc {

namespace {

constexpr std::string_view kTargetMarker = "<span data-ttu-id=";
constexpr std::string_view kSourceMarker = "data-stu-id=";

// One "<span data-ttu-id>TARGET</span><span class="sxs-lookup">...SOURCE...</span></span>".
struct Segment {
  std::string id;
  size_t begin = 0;  // the whole pair in the file
  size_t end = 0;
  std::string target;  // plain text
  std::string source;
  size_t target_offset = 0;
  size_t source_offset = 0;
};

// A segment's markup made well-formed for pugixml (Markdown autolinks, code spans,
// backslash-escaped and stray '&'/'<' escaped, HTML void elements closed), with a map from its
// offsets back to the file's.
class XmlFragment {
 public:
  XmlFragment(std::string_view file_text, size_t begin, size_t end) {
    anchors_.emplace_back(0, begin);
    size_t i = begin;
    while (i < end) {
      const char c = file_text[i];
      const char next = i + 1 < end ? file_text[i + 1] : '\0';
      if (c == '\\' && (next == '\\' || next == '<' || next == '&')) {
        // A CommonMark backslash escape: "\<element>" is text, never markup (link text too).
        text_.push_back(c);
        if (next == '\\')
          text_.push_back(next);
        else
          replace(next == '<' ? "&lt;" : "&amp;", i + 1, 1);
        i += 2;
      } else if (c == '`') {
        i = code_span(file_text.substr(0, end), i);
      } else if (c == '&' && !is_reference(file_text.substr(i, end - i))) {
        replace("&amp;", i, 1);
        ++i;
      } else if (c == '<') {
        i = tag(file_text.substr(0, end), i);
      } else {
        text_.push_back(c);
        ++i;
      }
    }
  }

  const std::string& text() const { return text_; }

  size_t file_offset(size_t fragment_offset) const {
    auto anchor = anchors_.begin();
    for (auto it = anchors_.begin(); it != anchors_.end() && it->first <= fragment_offset; ++it)
      anchor = it;
    return anchor->second + (fragment_offset - anchor->first);
  }

 private:
  static bool is_reference(std::string_view s) {
    size_t i = 1;
    if (i < s.size() && s[i] == '#') ++i;
    const size_t start = i;
    while (i < s.size() && i < 12 && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    return i > start && i < s.size() && s[i] == ';';
  }

  void replace(std::string_view replacement, size_t file_position, size_t consumed) {
    text_ += replacement;
    anchors_.emplace_back(text_.size(), file_position + consumed);
  }

  size_t tag(std::string_view file_text, size_t i) {
    if (size_t length = autolink_length(file_text, i)) {
      replace("&lt;", i, 1);
      text_.append(file_text.substr(i + 1, length - 2));
      replace("&gt;", i + length - 1, 1);
      return i + length;
    }
    const char next = i + 1 < file_text.size() ? file_text[i + 1] : '\0';
    const bool element = std::isalpha(static_cast<unsigned char>(next)) != 0;
    if (!element && next != '/' && next != '!' && next != '?') {
      replace("&lt;", i, 1);
      return i + 1;
    }
    const size_t close = file_text.find('>', i);
    if (close == std::string_view::npos) {
      replace("&lt;", i, 1);
      return i + 1;
    }
    std::string_view markup = file_text.substr(i, close - i + 1);
    text_.append(markup.substr(0, markup.size() - 1));
    if (element && is_void_element(markup) && !markup.ends_with("/>"))
      replace("/", close, 0);  // HTML's <br> is XML's <br/>
    text_.push_back('>');
    return close + 1;
  }

  // A CommonMark code span ("`<paramref>`"): its text is literal, '<' and '&' included. A
  // backtick run without its closing run inside the segment is text.
  size_t code_span(std::string_view file_text, size_t i) {
    size_t run = i;
    while (run < file_text.size() && file_text[run] == '`') ++run;
    const std::string_view ticks = file_text.substr(i, run - i);
    size_t close = file_text.find(ticks, run);
    while (close != std::string_view::npos && close + ticks.size() < file_text.size() &&
           file_text[close + ticks.size()] == '`')
      close = file_text.find(ticks, close + ticks.size() + 1);
    if (close == std::string_view::npos ||
        file_text.substr(run, close - run).find("</span") != std::string_view::npos) {
      text_.append(ticks);
      return run;
    }
    text_.append(ticks);
    for (size_t j = run; j < close; ++j) {
      const char c = file_text[j];
      if (c == '<')
        replace("&lt;", j, 1);
      else if (c == '&')
        replace("&amp;", j, 1);
      else
        text_.push_back(c);
    }
    text_.append(ticks);
    return close + ticks.size();
  }

  static bool is_void_element(std::string_view markup) {
    size_t end = 1;
    while (end < markup.size() && std::isalnum(static_cast<unsigned char>(markup[end]))) ++end;
    std::string name(markup.substr(1, end - 1));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name == "br" || name == "img" || name == "hr" || name == "wbr" || name == "input";
  }

  std::string text_;
  std::vector<std::pair<size_t, size_t>> anchors_;  // (fragment offset, file offset)
};

// End of the paragraph that contains `offset`: segments never cross a blank line.
size_t paragraph_end(std::string_view text, size_t offset) {
  for (size_t i = text.find('\n', offset); i != std::string_view::npos;
       i = text.find('\n', i + 1)) {
    size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
    if (j >= text.size() || text[j] == '\n') return i;
  }
  return text.size();
}

bool starts_span(std::string_view text, size_t i) {
  return text.compare(i, 5, "<span") == 0 && i + 5 < text.size() &&
         (text[i + 5] == ' ' || text[i + 5] == '>' || text[i + 5] == '\t');
}

// Deeper markup than this inside one segment is hostile or broken, never real text.
constexpr int kMaxMarkupDepth = 64;

// The text of a segment's children; <br/> is a space. pugixml walks the tree without
// recursion; the depth limit keeps absurd inputs out.
class TextCollector : public pugi::xml_tree_walker {
 public:
  explicit TextCollector(std::string& out) : out_(out) {}
  bool for_each(pugi::xml_node& node) override {
    if (depth() >= kMaxMarkupDepth) {
      too_deep_ = node;
      return false;
    }
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata)
      out_ += node.value();
    else if (node.type() == pugi::node_element && std::string_view(node.name()) == "br")
      out_ += ' ';
    return true;
  }
  pugi::xml_node too_deep() const { return too_deep_; }

 private:
  std::string& out_;
  pugi::xml_node too_deep_;
};

class DocfxReader {
 public:
  DocfxReader(const SourceFile& file, Document& document, DiagnosticSink& diagnostics,
              MessageSyntax syntax)
      : file_(file),
        text_(file.text()),
        document_(document),
        diagnostics_(diagnostics),
        syntax_(syntax) {}

  bool read();

 private:
  void error(size_t offset, std::string message, std::vector<DiagnosticNote> notes = {}) {
    Diagnostic diagnostic = error_at(file_, offset, std::move(message));
    diagnostic.notes = std::move(notes);
    diagnostics_.report(std::move(diagnostic));
    ok_ = false;
  }

  bool read_front_matter();
  std::optional<Segment> read_segment(size_t begin);
  std::optional<Segment> parse_segment(size_t begin, size_t end);
  void check_orphan_sources(const std::vector<Segment>& segments);
  void build_units(const std::vector<Segment>& segments);
  Origin origin(size_t offset) const {
    const LineColumn position = file_.line_column(offset);
    return {0, position.line, position.column};
  }
  void add_unit(std::string key, const std::vector<const Segment*>& message,
                const std::vector<const Segment*>& label);
  // The message of plain text in the page's syntax, checked when it is icu.
  Message message(std::string text, size_t offset, MessageSide side);

  const SourceFile& file_;
  std::string_view text_;
  Document& document_;
  DiagnosticSink& diagnostics_;
  MessageSyntax syntax_;
  TranslationState state_ = TranslationState::translated;
  size_t paragraph_limit_ = 0;  // end of the paragraph holding the segment being read
  bool ok_ = true;
};

bool DocfxReader::read_front_matter() {
  bool unclosed = false;
  const std::optional<FrontMatter> front_matter = parse_front_matter(text_, &unclosed);
  if (unclosed) {
    error(0, "front matter is not closed: no '---' line follows this one");
    return false;
  }
  std::error_code ignored;
  const std::string directory =
      std::filesystem::absolute(file_.path(), ignored).parent_path().filename().string();
  const FrontMatterValue* locale_value = nullptr;
  if (front_matter) {
    auto found = front_matter->values.find("ms.contentlocale");
    if (found != front_matter->values.end()) locale_value = &found->second;
    auto type = front_matter->values.find("ms.translationtype");
    if (type != front_matter->values.end() && type->second.value == "MT")
      state_ = TranslationState::machine_translated;
  }
  if (locale_value != nullptr) {
    std::optional<std::string> locale = to_icu_locale(locale_value->value);
    if (!locale) {
      error(locale_value->offset,
            "ms.contentlocale '" + locale_value->value + "' is not a valid locale");
      return false;
    }
    document_.locale = *locale;
  } else if (std::optional<std::string> locale = to_icu_locale(directory)) {
    // Some pages lose their metadata to machine translation; their folder names the locale.
    document_.locale = *locale;
  } else {
    error(0, front_matter ? "front matter has no ms.contentlocale and the folder name '" +
                                directory + "' is not a locale"
                          : "no front matter with ms.contentlocale and the folder name '" +
                                directory + "' is not a locale");
    return false;
  }
  return true;
}

std::optional<Segment> DocfxReader::read_segment(size_t begin) {
  // Find where the pair ends by counting <span> tags; pugixml then parses exactly that.
  // Tables are one long paragraph: find its end once, not once per segment.
  if (begin >= paragraph_limit_) paragraph_limit_ = paragraph_end(text_, begin);
  const size_t limit = paragraph_limit_;
  int depth = 0;
  size_t source_begin = std::string_view::npos;
  for (size_t i = begin;;) {
    const size_t next = text_.find('<', i);
    if (next >= limit) break;
    if (starts_span(text_, next)) {
      ++depth;
      i = next + 5;
    } else if (text_.compare(next, 7, "</span>") == 0) {
      i = next + 7;
      if (--depth > 0) continue;
      if (source_begin != std::string_view::npos) return parse_segment(begin, i);
      // Only white space may separate the target from its English source.
      source_begin = text_.find_first_not_of(" \t", i);
      if (source_begin >= limit || !starts_span(text_, source_begin) ||
          text_.substr(source_begin, 40).find("\"sxs-lookup\"") == std::string_view::npos) {
        error(i,
              "segment has no English source: expected <span class=\"sxs-lookup\"> after "
              "its target");
        return std::nullopt;
      }
      i = source_begin;
    } else {
      i = next + 1;
    }
  }
  if (source_begin == std::string_view::npos)
    error(begin, "unclosed <span data-ttu-id>: no matching </span> before the paragraph ends");
  else
    error(source_begin,
          "unclosed <span class=\"sxs-lookup\">: no matching </span> before the paragraph ends");
  return std::nullopt;
}

std::optional<Segment> DocfxReader::parse_segment(size_t begin, size_t end) {
  // pugixml ignores DTDs and never expands declared entities, but such markup in a segment
  // is an attack or an accident: refuse it rather than guess.
  for (std::string_view declaration : {"<!DOCTYPE", "<!ENTITY"}) {
    const size_t at = text_.substr(begin, end - begin).find(declaration);
    if (at != std::string_view::npos) {
      error(begin + at, "DOCTYPE and entity declarations are not allowed in a segment");
      return std::nullopt;
    }
  }
  const XmlFragment fragment(text_, begin, end);
  pugi::xml_document xml;
  const pugi::xml_parse_result result = xml.load_buffer(
      fragment.text().data(), fragment.text().size(),
      pugi::parse_fragment | pugi::parse_ws_pcdata | pugi::parse_escapes | pugi::parse_cdata,
      pugi::encoding_utf8);
  if (!result) {
    error(fragment.file_offset(static_cast<size_t>(result.offset)),
          std::string("malformed segment markup: ") + result.description());
    return std::nullopt;
  }
  auto at = [&](const pugi::xml_node& node) {
    return fragment.file_offset(
        static_cast<size_t>(std::max<ptrdiff_t>(node.offset_debug(), 1) - 1));
  };
  auto content_offset = [&](const pugi::xml_node& node) {
    if (node.first_child()) {
      const pugi::xml_node child = node.first_child();
      const ptrdiff_t offset = child.offset_debug();
      return fragment.file_offset(
          static_cast<size_t>(child.type() == pugi::node_element ? offset - 1 : offset));
    }
    const size_t close = fragment.text().find('>', static_cast<size_t>(node.offset_debug()));
    return fragment.file_offset(close + 1);
  };

  const pugi::xml_node target = xml.first_child();
  const pugi::xml_node lookup = target.next_sibling();
  const pugi::xml_node source = lookup.first_child();
  Segment segment;
  segment.begin = begin;
  segment.end = end;
  segment.id = target.attribute("data-ttu-id").value();
  if (segment.id.empty()) {
    error(begin, "segment has an empty data-ttu-id");
    return std::nullopt;
  }
  if (std::string_view(lookup.attribute("class").value()) != "sxs-lookup" ||
      std::string_view(source.name()) != "span" || !source.attribute("data-stu-id")) {
    error(lookup ? at(lookup) : end,
          "segment '" + segment.id +
              "' has no English source: expected <span class=\"sxs-lookup\"><span "
              "data-stu-id=...> after its target");
    return std::nullopt;
  }
  const std::string source_id = source.attribute("data-stu-id").value();
  if (source_id != segment.id) {
    const size_t id_offset = text_.find(kSourceMarker, at(source));
    error(
        id_offset == std::string_view::npos ? at(source) : id_offset + kSourceMarker.size() + 1,
        "English source id '" + source_id + "' does not match its target's id '" + segment.id + "'",
        {{location_in(file_, begin + kTargetMarker.size() + 1), "the target's id is here"}});
    return std::nullopt;
  }
  std::string target_markdown;
  std::string source_markdown;
  for (auto [node, out] :
       {std::pair{target, &target_markdown}, std::pair{source, &source_markdown}}) {
    TextCollector collector(*out);
    pugi::xml_node walked = node;
    if (!walked.traverse(collector)) {
      error(at(collector.too_deep()),
            "markup nested deeper than " + std::to_string(kMaxMarkupDepth) + " elements");
      return std::nullopt;
    }
  }
  segment.target = markdown_to_plain_text(target_markdown);
  segment.source = markdown_to_plain_text(source_markdown);
  segment.target_offset = content_offset(target);
  segment.source_offset = content_offset(source);
  return segment;
}

void DocfxReader::check_orphan_sources(const std::vector<Segment>& segments) {
  auto segment = segments.begin();
  for (size_t at = text_.find(kSourceMarker); at != std::string_view::npos;
       at = text_.find(kSourceMarker, at + 1)) {
    while (segment != segments.end() && segment->end <= at) ++segment;
    if (segment != segments.end() && segment->begin <= at) continue;
    error(at, "English source without a target: no <span data-ttu-id> before it");
  }
}

bool is_heading_1(std::string_view line) {
  size_t i = 0;
  while (i < 3 && i < line.size() && line[i] == ' ') ++i;
  return line.substr(i).starts_with("# ");
}

bool is_table_row(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  return first != std::string_view::npos && line[first] == '|';
}

// "|---|:---:|": the line under a table's header row.
bool is_delimiter_row(std::string_view line) {
  return is_table_row(line) && line.find('-') != std::string_view::npos &&
         line.find_first_not_of("|-: \t\r") == std::string_view::npos;
}

std::string join(const std::vector<const Segment*>& segments, std::string Segment::*text) {
  std::string joined;
  for (const Segment* segment : segments) {
    if ((segment->*text).empty()) continue;
    if (!joined.empty()) joined += ' ';
    joined += segment->*text;
  }
  return joined;
}

std::string local_id(std::string_view id) {
  const size_t dash = id.find('-');
  return std::string(dash == std::string_view::npos ? id : id.substr(dash + 1));
}

void DocfxReader::add_unit(std::string key, const std::vector<const Segment*>& message,
                           const std::vector<const Segment*>& label) {
  Unit unit;
  unit.key = std::move(key);
  unit.source = this->message(join(message, &Segment::source), message.front()->source_offset,
                              MessageSide::english);
  std::string target = join(message, &Segment::target);
  if (!target.empty()) {
    unit.target =
        this->message(std::move(target), message.front()->target_offset, MessageSide::translation);
    unit.state = state_;
  }
  // The first cell's translation is only compared with the key: it is text whatever the syntax.
  if (!label.empty())
    unit.label = Message{escape_literal(join(label, &Segment::target)),
                         origin(label.front()->target_offset)};
  document_.units.push_back(std::move(unit));
}

Message DocfxReader::message(std::string text, size_t offset, MessageSide side) {
  if (syntax_ == MessageSyntax::text) return {escape_literal(text), origin(offset)};
  // Markdown made the text: its offsets are not the file's, so errors point at the segment.
  Message result{std::move(text), origin(offset), MessageSyntax::icu};
  if (!check_icu_message(
          result, side, file_, [offset](size_t) { return offset; }, diagnostics_))
    ok_ = false;
  return result;
}

void DocfxReader::build_units(const std::vector<Segment>& segments) {
  bool have_title = false;
  for (size_t i = 0; i < segments.size();) {
    // The segments that start on this line.
    const uint32_t line = file_.line_column(segments[i].begin).line;
    size_t j = i;
    while (j < segments.size() && file_.line_column(segments[j].begin).line == line) ++j;
    const std::string_view line_text = file_.line_text(line);
    const size_t line_start = static_cast<size_t>(line_text.data() - text_.data());

    if (!have_title && is_heading_1(line_text)) {
      std::vector<const Segment*> title;
      for (size_t k = i; k < j; ++k) title.push_back(&segments[k]);
      document_.title_key = document_.name + ".title";
      add_unit(document_.title_key, title, {});
      have_title = true;
      i = j;
      continue;
    }

    std::vector<std::vector<const Segment*>> cells;
    std::string first_cell_text;
    if (is_table_row(line_text)) {
      // Cell boundaries are the '|' outside segments and not escaped.
      size_t cell = 0;
      size_t next_segment = i;
      size_t cell_start = 0;
      bool seen_first_pipe = false;
      for (size_t k = 0; k < line_text.size(); ++k) {
        const size_t absolute = line_start + k;
        if (next_segment < j && segments[next_segment].begin == absolute) {
          if (cells.size() <= cell) cells.resize(cell + 1);
          cells[cell].push_back(&segments[next_segment]);
          k = segments[next_segment].end - line_start - 1;
          ++next_segment;
          continue;
        }
        if (line_text[k] == '\\') {
          ++k;
          continue;
        }
        if (line_text[k] != '|') continue;
        if (!seen_first_pipe) {
          seen_first_pipe = true;
        } else {
          if (cell == 0)
            first_cell_text = std::string(line_text.substr(cell_start, k - cell_start));
          ++cell;
        }
        cell_start = k + 1;
      }
      cells.resize(std::max<size_t>(cells.size(), 1));
    }

    // A header row ("| Member | Description |") names columns; it is never a keyed row.
    const bool header_row =
        line < file_.line_count() && is_delimiter_row(file_.line_text(line + 1));
    if (!cells.empty() && !header_row) {
      std::string identifier;
      if (!cells[0].empty()) {
        identifier = join(cells[0], &Segment::source);
      } else {
        // An untranslated first cell: its raw Markdown, without the line breaks tables use.
        for (std::string_view br : {"<br/>", "<br />", "<br>"})
          for (size_t at = first_cell_text.find(br); at != std::string::npos;
               at = first_cell_text.find(br))
            first_cell_text.replace(at, br.size(), " ");
        identifier = markdown_to_plain_text(first_cell_text);
      }
      std::vector<const Segment*> message;
      for (size_t c = 1; c < cells.size(); ++c)
        message.insert(message.end(), cells[c].begin(), cells[c].end());
      if (is_identifier(identifier) && !message.empty()) {
        add_unit(identifier, message, cells[0]);
        i = j;
        continue;
      }
    }
    for (size_t k = i; k < j; ++k)
      add_unit(document_.name + "." + local_id(segments[k].id), {&segments[k]}, {});
    i = j;
  }
}

bool DocfxReader::read() {
  document_.path = file_.path();
  document_.name = std::filesystem::path(file_.path()).stem().string();
  if (const std::optional<size_t> bad = find_invalid_utf8(text_)) {
    error(*bad, "invalid UTF-8");
    return false;
  }
  if (!read_front_matter()) return false;

  std::vector<Segment> segments;
  std::map<std::string, size_t> first_use;
  for (size_t at = text_.find(kTargetMarker); at != std::string_view::npos;) {
    std::optional<Segment> segment = read_segment(at);
    if (!segment) {
      at = text_.find(kTargetMarker, at + 1);
      continue;
    }
    at = text_.find(kTargetMarker, segment->end);
    auto [previous, inserted] = first_use.emplace(segment->id, segment->begin);
    if (!inserted) {
      error(segment->begin, "segment id '" + segment->id + "' is used twice",
            {{location_in(file_, previous->second), "first used here"}});
      continue;
    }
    segments.push_back(std::move(*segment));
  }
  if (!ok_) return false;  // a broken segment would make its English look orphaned
  check_orphan_sources(segments);
  if (!ok_) return false;
  document_.segment_count = segments.size();
  build_units(segments);
  return true;
}

}  // namespace

bool read_docfx_markdown(const SourceFile& file, Document& document, DiagnosticSink& diagnostics,
                         MessageSyntax syntax) {
  return DocfxReader(file, document, diagnostics, syntax).read();
}

}  // namespace l10nc
