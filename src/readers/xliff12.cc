#include "readers/xliff12.h"

#include <map>

#include "model/xliff_conventions.h"
#include "readers/xliff_document_builder.h"
#include "readers/xliff_inline.h"

namespace l10nc {

namespace {

// Where XLIFF 1.2's structural elements belong; an element found elsewhere is an error.
const XliffDocumentBuilder::ExpectedParents& expected_parents() {
  static const XliffDocumentBuilder::ExpectedParents parents = {
      {"xliff", "nothing: it is the root"},
      {"file", "<xliff>"},
      {"header", "<file>"},
      {"body", "<file>"},
      {"trans-unit", "<body> or <group>"},
      {"source", "<trans-unit>"},
      {"target", "<trans-unit>"},
      {"seg-source", "<trans-unit>"},
  };
  return parents;
}

class Xliff12Reader {
 public:
  Xliff12Reader(const XmlInput& input, Document& document, DiagnosticSink& diagnostics,
                const ReadOptions& options)
      : input_(input), builder_(input, document, diagnostics, options) {}

  bool read();

 private:
  bool is_xliff(const pugi::xml_node& node) const {
    return input_.namespace_uri(node) == xliff_namespace_;
  }
  // Reports an element that is not where it belongs; true when it was one of those.
  bool misplaced(const pugi::xml_node& node, std::string_view parent);
  void read_file(const pugi::xml_node& file);
  void read_container(const pugi::xml_node& container, size_t file, bool obsolete);
  void read_unit(const pugi::xml_node& element, size_t file, bool obsolete);
  std::optional<Message> read_message(const pugi::xml_node& element, InlineReader& inline_reader,
                                      MessageSide side);
  TranslationState target_state(const pugi::xml_node& unit, const pugi::xml_node& target);

  const XmlInput& input_;
  // 1.2's, or 1.1's (or none, for 1.0): the root's, checked by read_document.
  const std::string_view xliff_namespace_ = input_.namespace_uri(input_.root());
  XliffDocumentBuilder builder_;
  size_t units_read_ = 0;
};

bool Xliff12Reader::misplaced(const pugi::xml_node& node, std::string_view parent) {
  return builder_.misplaced(node, parent, xliff_namespace_, expected_parents());
}

bool Xliff12Reader::read() {
  for (const pugi::xml_node& child : input_.root().children()) {
    if (child.type() != pugi::node_element) continue;
    if (is_xliff(child) && local_name(child) == "file")
      read_file(child);
    else if (!misplaced(child, "xliff"))
      builder_.report_unread(child, "xliff");
  }
  return builder_.finish();
}

void Xliff12Reader::read_file(const pugi::xml_node& file) {
  const size_t index = builder_.begin_file(file.attribute("original").value(), file);
  const size_t units_before = units_read_;
  bool has_body = false;
  for (const pugi::xml_node& child : file.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (is_xliff(child) && name == "header") continue;  // tool and process metadata
    if (is_xliff(child) && name == "body") {
      has_body = true;
      read_container(child, index, false);
    } else if (!misplaced(child, "file")) {
      builder_.report_unread(child, "file");
    }
  }
  if (!has_body) builder_.error(input_.offset(file), "<file> has no <body>");
  // Languages matter only where there are units (tools leave empty <file>s with others).
  if (units_read_ > units_before) {
    builder_.declare_source_language(file, "source-language");
    builder_.declare_target_language(file, "target-language");
  }
}

void Xliff12Reader::read_container(const pugi::xml_node& container, size_t file, bool obsolete) {
  for (const pugi::xml_node& child : container.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (is_xliff(child) && name == "group")
      read_container(child, file,
                     obsolete || child.attribute("restype").value() == xliff::kObsoleteRestype12);
    else if (is_xliff(child) && name == "trans-unit")
      read_unit(child, file, obsolete);
    else if (!misplaced(child, local_name(container)))
      builder_.report_unread(child, local_name(container));
  }
}

TranslationState Xliff12Reader::target_state(const pugi::xml_node& unit,
                                             const pugi::xml_node& target) {
  const std::string_view value = target.attribute("state").value();
  if (const std::optional<TranslationState> state = xliff::state_12(value)) {
    // approved="yes": a reviewer's; a final state stays final, a draft stays a draft.
    if (std::string_view(unit.attribute("approved").value()) == "yes" &&
        *state == TranslationState::translated)
      return TranslationState::reviewed;
    const std::string_view qualifier = target.attribute("state-qualifier").value();
    if (*state == TranslationState::translated &&
        (qualifier == "mt-suggestion" || qualifier == "leveraged-mt"))
      return TranslationState::machine_translated;
    return *state;
  }
  builder_.warning(input_.attribute_offset(target, "state"),
                   "state '" + std::string(value) +
                       "' is not an XLIFF 1.2 state l10nc knows: read as needs-review");
  return TranslationState::needs_review;
}

std::optional<Message> Xliff12Reader::read_message(const pugi::xml_node& element,
                                                   InlineReader& inline_reader, MessageSide side) {
  InlineContent content;
  inline_reader.read(element, content);
  return builder_.message(content, element, side);
}

void Xliff12Reader::read_unit(const pugi::xml_node& element, size_t file, bool obsolete) {
  ++units_read_;
  // gettext's header (po2xliff): metadata about the catalog, not a message.
  if (std::string_view(element.attribute("restype").value()) == "x-gettext-domain-header") return;
  XliffUnit unit;
  unit.unit.element_offset = input_.offset(element);
  unit.unit.translatable = is_translatable(element);
  unit.unit.obsolete = obsolete;
  unit.is_title = element.attribute("restype").value() == xliff::kTitleRestype12;
  unit.id = element.attribute("id").value();
  unit.name = element.attribute("resname").value();
  unit.file = file;
  unit.offset = input_.offset(element);
  unit.id_offset = input_.attribute_offset(element, "id");
  unit.name_offset = input_.attribute_offset(element, "resname");
  InlineReader inline_reader(input_, XliffVersion::v1_2, builder_, unit.unit.codes);

  pugi::xml_node source;
  pugi::xml_node target;
  pugi::xml_node segmented_source;
  for (const pugi::xml_node& child : element.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (!is_xliff(child)) {
      builder_.report_unread(child, "trans-unit");
    } else if (name == "source" || name == "target") {
      pugi::xml_node& slot = name == "source" ? source : target;
      if (slot)
        builder_.error(input_.offset(child), "second <" + std::string(name) + "> in <trans-unit>");
      slot = child;
    } else if (name == "seg-source") {
      segmented_source = child;
    } else if (name == "note") {
      builder_.add_note(child.attribute("from").value(), child, unit.unit);
    } else if (name == "trans-unit" || name == "body" || name == "file") {
      builder_.error(
          input_.offset(child),
          "<" + std::string(name) + "> cannot be inside <trans-unit>: check the nesting");
    } else if (name != "alt-trans" && name != "context-group" && name != "count-group" &&
               name != "prop-group") {
      builder_.report_unread(child, "trans-unit");
    }
  }
  if (!source) {
    builder_.error(target ? input_.offset(target) : unit.offset,
                   target ? "<target> without <source> in trans-unit '" + unit.id + "'"
                          : "trans-unit '" + unit.id + "' has no <source>");
    return;
  }
  if (builder_.keyed_by_source()) unit.source_text = collapse_space(element_text(source));
  unit.unit.source = read_message(source, inline_reader, MessageSide::english)
                         .value_or(Message{{}, input_.origin(input_.content_offset(source))});
  if (segmented_source) {
    // Segmentation only splits the source: the same text, give or take white space.
    auto text = [&](const pugi::xml_node& node) {
      std::vector<InlineCode> codes = unit.unit.codes;
      InlineReader reader(input_, XliffVersion::v1_2, builder_, codes);
      InlineContent content;
      reader.read(node, content);
      for (InlinePiece& piece : content) piece.preserve_space = false;
      return inline_pattern(content).pattern;
    };
    if (text(segmented_source) != text(source))
      builder_.warning(input_.offset(segmented_source),
                       "<seg-source> has other text than <source>: the <source> is read");
  }
  if (target) {
    unit.unit.target = read_message(target, inline_reader, MessageSide::translation);
    if (unit.unit.target) {
      unit.unit.state = target_state(element, target);
      unit.unit.xliff_state = target.attribute("state").value();
    }
  }
  builder_.add(std::move(unit));
}

}  // namespace

bool read_xliff12(const XmlInput& input, Document& document, DiagnosticSink& diagnostics,
                  const ReadOptions& options) {
  return Xliff12Reader(input, document, diagnostics, options).read();
}

}  // namespace l10nc
