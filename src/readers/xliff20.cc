#include "readers/xliff20.h"

#include <algorithm>
#include <map>

#include "model/message_pattern.h"
#include "model/xliff_conventions.h"
#include "readers/xliff_document_builder.h"
#include "readers/xliff_inline.h"

namespace l10nc {

namespace {

// Where XLIFF 2's structural elements belong; an element found elsewhere is an error.
const XliffDocumentBuilder::ExpectedParents& expected_parents() {
  static const XliffDocumentBuilder::ExpectedParents parents = {
      {"xliff", "nothing: it is the root"},
      {"file", "<xliff>"},
      {"unit", "<file> or <group>"},
      {"group", "<file> or <group>"},
      {"segment", "<unit>"},
      {"ignorable", "<unit>"},
      {"originalData", "<unit>"},
      {"source", "<segment> or <ignorable>"},
      {"target", "<segment> or <ignorable>"},
  };
  return parents;
}

// One <segment> or <ignorable> of a unit.
struct Part {
  pugi::xml_node element;
  pugi::xml_node source;
  pugi::xml_node target;
  size_t order = 0;  // 1-based position of its target in the unit's target text
};

class Xliff20Reader {
 public:
  Xliff20Reader(const XmlInput& input, Document& document, DiagnosticSink& diagnostics,
                const ReadOptions& options)
      : input_(input), builder_(input, document, diagnostics, options) {}

  bool read();

 private:
  bool is_xliff(const pugi::xml_node& node) const {
    return input_.namespace_uri(node) == xliff::kNamespace2;
  }
  // Reports an element that is not where it belongs; true when it was one of those.
  bool misplaced(const pugi::xml_node& node, std::string_view parent);
  void read_container(const pugi::xml_node& container, size_t file, bool obsolete);
  void read_unit(const pugi::xml_node& element, size_t file, bool obsolete);
  void read_notes(const pugi::xml_node& notes, Unit& unit);
  bool read_part(const pugi::xml_node& element, Part& part);
  TranslationState segment_state(const pugi::xml_node& segment, std::string& sub_state);

  const XmlInput& input_;
  XliffDocumentBuilder builder_;
};

bool Xliff20Reader::misplaced(const pugi::xml_node& node, std::string_view parent) {
  const std::string_view name = local_name(node);
  const std::string_view uri = input_.namespace_uri(node);
  if ((uri == xliff::kNamespace2 || uri == xliff::kNamespace12) &&
      (name == "trans-unit" || name == "body")) {
    builder_.error(input_.offset(node),
                   "<" + std::string(name) +
                       "> is XLIFF 1.2 structure, but the file says version " +
                       input_.root().attribute("version").as_string("2.0") +
                       ": XLIFF 2 has <unit>s with <segment>s (is the version wrong?)");
    return true;
  }
  return builder_.misplaced(node, parent, xliff::kNamespace2, expected_parents());
}

bool Xliff20Reader::read() {
  const pugi::xml_node root = input_.root();
  if (!root.attribute("srcLang"))
    builder_.error(input_.offset(root), "<xliff> has no srcLang attribute");
  builder_.declare_source_language(root, "srcLang");
  builder_.declare_target_language(root, "trgLang");
  for (const pugi::xml_node& child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    if (is_xliff(child) && local_name(child) == "file") {
      const pugi::xml_attribute original = child.attribute("original");
      const size_t file =
          builder_.begin_file(original ? original.value() : child.attribute("id").value(), child);
      read_container(child, file, false);
    } else if (!misplaced(child, "xliff")) {
      builder_.report_unread(child, "xliff");
    }
  }
  return builder_.finish();
}

void Xliff20Reader::read_container(const pugi::xml_node& container, size_t file, bool obsolete) {
  for (const pugi::xml_node& child : container.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (is_xliff(child) && name == "unit") {
      read_unit(child, file, obsolete);
    } else if (is_xliff(child) && name == "group") {
      read_container(child, file,
                     obsolete || child.attribute("type").value() == xliff::kObsoleteGroupType);
    } else if (is_xliff(child) && (name == "notes" || name == "skeleton")) {
      continue;  // for translators and for the tool that made the file
    } else if (!misplaced(child, local_name(container))) {
      builder_.report_unread(child, local_name(container));
    }
  }
}

void Xliff20Reader::read_notes(const pugi::xml_node& notes, Unit& unit) {
  for (const pugi::xml_node& note : notes.children()) {
    if (note.type() != pugi::node_element) continue;
    if (!is_xliff(note) || local_name(note) != "note") {
      builder_.report_unread(note, "notes");
      continue;
    }
    builder_.add_note(note.attribute("category").value(), note, unit);
  }
}

bool Xliff20Reader::read_part(const pugi::xml_node& element, Part& part) {
  part.element = element;
  for (const pugi::xml_node& child : element.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (is_xliff(child) && (name == "source" || name == "target")) {
      pugi::xml_node& slot = name == "source" ? part.source : part.target;
      if (slot) {
        builder_.error(input_.offset(child), "second <" + std::string(name) + "> in <" +
                                                 std::string(local_name(element)) + ">");
        return false;
      }
      if (name == "target" && !part.source) {
        builder_.error(input_.offset(child),
                       "<target> without <source> in <" + std::string(local_name(element)) + ">");
        return false;
      }
      slot = child;
    } else if (!misplaced(child, local_name(element))) {
      builder_.report_unread(child, local_name(element));
    }
  }
  if (!part.source) {
    builder_.error(input_.offset(element),
                   "<" + std::string(local_name(element)) + "> has no <source>");
    return false;
  }
  return true;
}

TranslationState Xliff20Reader::segment_state(const pugi::xml_node& segment,
                                              std::string& sub_state) {
  const pugi::xml_attribute state = segment.attribute("state");
  const std::string_view sub = segment.attribute("subState").value();
  if (sub != xliff::kNeedsReviewSubState && sub != xliff::kMachineTranslatedSubState &&
      sub_state.empty())
    sub_state = sub;
  if (!state) return TranslationState::translated;
  const std::string_view value = state.value();
  if (value == "initial") return TranslationState::missing;
  if (value == "reviewed") return TranslationState::reviewed;
  if (value == "final") return TranslationState::final;
  if (value == "translated") {
    if (sub == xliff::kNeedsReviewSubState) return TranslationState::needs_review;
    if (sub == xliff::kMachineTranslatedSubState) return TranslationState::machine_translated;
    return TranslationState::translated;
  }
  builder_.warning(input_.attribute_offset(segment, "state"),
                   "state '" + std::string(value) +
                       "' is not an XLIFF 2 state (initial, translated, reviewed, final): read "
                       "as needs-review");
  return TranslationState::needs_review;
}

void Xliff20Reader::read_unit(const pugi::xml_node& element, size_t file, bool obsolete) {
  XliffUnit unit;
  unit.unit.element_offset = input_.offset(element);
  unit.unit.translatable = is_translatable(element);
  unit.id = element.attribute("id").value();
  unit.name = element.attribute("name").value();
  unit.file = file;
  unit.offset = input_.offset(element);
  unit.id_offset = input_.attribute_offset(element, "id");
  unit.name_offset = input_.attribute_offset(element, "name");
  unit.is_title = element.attribute("type").value() == xliff::kTitleUnitType;
  unit.unit.obsolete = obsolete;
  InlineReader inline_reader(input_, XliffVersion::v2, builder_, unit.unit.codes);

  std::vector<Part> parts;
  bool valid = true;
  for (const pugi::xml_node& child : element.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (is_xliff(child) && name == "notes") {
      read_notes(child, unit.unit);
    } else if (is_xliff(child) && name == "originalData") {
      std::map<std::string, std::string> data;
      for (const pugi::xml_node& item : child.children())
        if (item.type() == pugi::node_element && local_name(item) == "data")
          data[item.attribute("id").value()] = element_text(item);
      inline_reader.set_original_data(std::move(data));
    } else if (is_xliff(child) && (name == "segment" || name == "ignorable")) {
      Part part;
      valid = read_part(child, part) && valid;
      part.order = parts.size() + 1;
      if (const pugi::xml_attribute order = part.target.attribute("order"))
        part.order = order.as_uint();
      parts.push_back(part);
    } else if (!misplaced(child, "unit")) {
      builder_.report_unread(child, "unit");
    }
  }
  if (parts.empty()) {
    builder_.error(unit.offset, "unit '" + unit.id + "' has no <segment>");
    return;
  }
  if (!valid) return;

  InlineContent source;
  for (const Part& part : parts) inline_reader.read(part.source, source);
  if (builder_.keyed_by_source()) {
    for (const Part& part : parts) unit.source_text += element_text(part.source);
    unit.source_text = collapse_space(unit.source_text);
  }
  unit.unit.source =
      builder_.message(source, parts.front().source, MessageSide::english)
          .value_or(Message{{}, input_.origin(input_.content_offset(parts.front().source))});

  // Targets go where their `order` says; an ignorable without a target keeps its source.
  std::vector<const Part*> by_order(parts.size(), nullptr);
  size_t segments = 0;
  size_t translated = 0;
  TranslationState state = TranslationState::final;
  for (const Part& part : parts) {
    const bool segment = local_name(part.element) == "segment";
    segments += segment;
    if (part.order < 1 || part.order > parts.size() || by_order[part.order - 1] != nullptr) {
      builder_.error(
          part.target ? input_.attribute_offset(part.target, "order") : input_.offset(part.element),
          "target order " + std::to_string(part.order) + " is not a free position 1-" +
              std::to_string(parts.size()) + " of unit '" + unit.id + "'");
      return;
    }
    by_order[part.order - 1] = &part;
    if (!segment || !part.target.first_child()) continue;  // <target/> is no translation
    ++translated;
    const TranslationState part_state = segment_state(part.element, unit.unit.sub_state);
    if (translated == 1 || part_state < state)
      unit.unit.xliff_state = part.element.attribute("state").value();
    state = std::min(state, part_state);
  }
  if (translated == 0) {
    builder_.add(std::move(unit));
    return;
  }
  if (translated < segments) {
    builder_.warning(unit.offset, "only " + std::to_string(translated) + " of " +
                                      std::to_string(segments) + " segments of unit '" + unit.id +
                                      "' have a target: read as untranslated");
    builder_.add(std::move(unit));
    return;
  }
  InlineContent target;
  for (const Part* part : by_order)
    inline_reader.read(part->target ? part->target : part->source, target);
  const pugi::xml_node first_target =
      parts.front().target ? parts.front().target : parts.front().source;
  unit.unit.target = builder_.message(target, first_target, MessageSide::translation);
  if (unit.unit.target) unit.unit.state = state;
  builder_.add(std::move(unit));
}

}  // namespace

bool read_xliff20(const XmlInput& input, Document& document, DiagnosticSink& diagnostics,
                  const ReadOptions& options) {
  return Xliff20Reader(input, document, diagnostics, options).read();
}

}  // namespace l10nc
