#include "readers/xml_input.h"

#include <algorithm>
#include <cctype>

#include "base/unicode_text.h"

namespace l10nc {

namespace {

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

constexpr unsigned kParseOptions =
    pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration;

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// No real translation file nests this deep; readers walk inline markup recursively.
constexpr int kMaxDepth = 128;

// The first node (in document order) nested kMaxDepth levels below the root, if any: a walk
// without recursion or virtual calls (readers recurse into inline markup, so they need the
// bound).
pugi::xml_node too_deep_node(const pugi::xml_node& root) {
  int depth = 0;
  pugi::xml_node node = root;
  while (true) {
    if (depth >= kMaxDepth) return node;
    if (const pugi::xml_node child = node.first_child()) {
      node = child;
      ++depth;
      continue;
    }
    // Up to the nearest node (this one or an ancestor below the root) with a next sibling.
    while (depth > 0 && !node.next_sibling()) {
      node = node.parent();
      --depth;
    }
    if (depth == 0) return {};
    node = node.next_sibling();
  }
}

// Whether an element below the root declares a namespace or xml:space (most files declare
// them on the root alone, so lookups need not walk up the ancestors). Attribute names appear
// literally in the text, so text past the root's start tag without "xmlns" or "xml:space"
// declares none; only when it has one are the elements' attributes looked at.
bool has_scoped_declarations(pugi::xml_node root, std::string_view after_root_tag) {
  if (after_root_tag.find("xmlns") == std::string_view::npos &&
      after_root_tag.find("xml:space") == std::string_view::npos)
    return false;
  struct Scan : pugi::xml_tree_walker {
    bool found = false;
    bool for_each(pugi::xml_node& node) override {
      if (node.type() == pugi::node_element)
        for (const pugi::xml_attribute& attribute : node.attributes()) {
          const std::string_view name = attribute.name();
          if (name.starts_with("xmlns") || name == "xml:space") found = true;
        }
      return !found;
    }
  } scan;
  root.traverse(scan);
  return scan.found;
}

bool is_utf8_name(std::string_view charset) {
  const std::string name = lowercase(charset);
  return name.empty() || name == "utf-8" || name == "utf8";
}

}  // namespace

std::unique_ptr<XmlInput> XmlInput::parse(const SourceFile& file, DiagnosticSink& diagnostics) {
  std::unique_ptr<XmlInput> input(new XmlInput());
  auto fail = [&](const SourceFile& text, size_t offset, std::string message) {
    diagnostics.report(error_at(text, offset, std::move(message)));
    return nullptr;
  };
  auto load = [&](const SourceFile& text) {
    return input->document_.load_buffer(text.text().data(), text.text().size(), kParseOptions,
                                        pugi::encoding_utf8);
  };

  // Offsets are reported against the file itself until a converted text replaces it.
  input->file_ = std::shared_ptr<const SourceFile>(&file, [](const SourceFile*) {});
  std::string_view text = file.text();
  std::optional<std::string> converted;
  pugi::xml_parse_result first_parse;
  first_parse.status = pugi::status_no_document_element;
  // UTF-16 with a byte order mark, or without one, known by how "<?xml" begins (XML 1.0
  // Appendix F).
  const bool little =
      text.starts_with("\xFF\xFE") || text.starts_with(std::string_view("<\0?\0", 4));
  const bool big = text.starts_with("\xFE\xFF") || text.starts_with(std::string_view("\0<\0?", 4));
  if (little || big) {
    const size_t bom = text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF") ? 2 : 0;
    input->encoding_ = {little ? "UTF-16LE" : "UTF-16BE", std::string(text.substr(0, bom))};
    converted = charset_to_utf8(text.substr(bom), input->encoding_.charset);
    if (!converted) return fail(file, 0, "invalid UTF-16");
  } else if ((first_parse = load(file))) {
    // The declaration names the encoding; pugixml itself reads only the Unicode ones.
    const pugi::xml_node declaration = input->document_.first_child();
    const std::string charset = declaration.type() == pugi::node_declaration
                                    ? declaration.attribute("encoding").value()
                                    : std::string();
    if (!is_utf8_name(charset) && !is_ascii(text)) {
      input->encoding_.charset = charset;
      converted = charset_to_utf8(text, charset);
      if (!converted)
        return fail(file, input->attribute_offset(declaration, "encoding"),
                    "the text is not valid " + charset +
                        " (or ICU knows no such encoding), as the XML declaration says");
    }
  }
  input->file_ = converted ? std::make_shared<SourceFile>(file.path(), std::move(*converted))
                           : std::shared_ptr<const SourceFile>(&file, [](const SourceFile*) {});
  const SourceFile& utf8 = *input->file_;
  if (const std::optional<size_t> bad = find_invalid_utf8(utf8.text()))
    return fail(utf8, *bad, "invalid UTF-8");
  // The first parse stands unless the text was converted (or it failed: parse again for the
  // error, now that the text is known to be valid UTF-8).
  const pugi::xml_parse_result result = !converted && first_parse ? first_parse : load(utf8);
  if (!result) {
    std::string description = result.description();
    if (!description.empty()) description[0] = static_cast<char>(std::tolower(description[0]));
    return fail(utf8, static_cast<size_t>(std::max<ptrdiff_t>(result.offset, 0)),
                "malformed XML: " + description);
  }
  if (!input->root()) return fail(utf8, 0, "no root element");
  // pugixml never expands declared entities, but an internal subset in a translation file is
  // an attack (billion laughs, external entities) or an accident: refuse it, never guess. A
  // plain <!DOCTYPE xliff PUBLIC "..." "..."> as older tools write is harmless (never fetched).
  if (const size_t doctype = utf8.text().find("<!DOCTYPE");
      doctype != std::string_view::npos && doctype < input->offset(input->root())) {
    const std::string_view declaration =
        utf8.text().substr(doctype, utf8.text().find('>', doctype) - doctype);
    if (declaration.find('[') != std::string_view::npos ||
        utf8.text().substr(doctype, input->offset(input->root()) - doctype).find("<!ENTITY") !=
            std::string_view::npos)
      return fail(utf8, doctype,
                  "DOCTYPE declarations with an internal subset are not allowed: translation "
                  "files need no DTD, and entity declarations are a known attack");
  }
  if (const pugi::xml_node too_deep = too_deep_node(input->root()))
    return fail(utf8, input->offset(too_deep),
                "elements nested deeper than " + std::to_string(kMaxDepth) + " levels");
  input->scoped_declarations_ = has_scoped_declarations(
      input->root(), utf8.text().substr(input->start_tag_end(input->offset(input->root()))));
  input->root_namespace_ = input->root().attribute("xmlns").value();
  input->root_xml_space_ = input->root().attribute("xml:space").value();
  return input;
}

std::string XmlInput::encode(std::string_view utf8) const {
  if (encoding_.charset.empty()) return std::string(utf8);
  // The text came from this charset, so ICU knows it; what it cannot hold is escaped.
  return encoding_.byte_order_mark + utf8_to_charset(utf8, encoding_.charset).value_or("");
}

size_t XmlInput::offset(const pugi::xml_node& node) const {
  const ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return 0;
  // pugixml gives an element's name; the element starts at its '<'.
  return static_cast<size_t>(node.type() == pugi::node_element ? std::max<ptrdiff_t>(offset - 1, 0)
                                                               : offset);
}

size_t tag_end(std::string_view text, size_t start) {
  char quote = 0;
  for (size_t i = start; i < text.size(); ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return text.size();
}

size_t XmlInput::start_tag_end(size_t start) const { return tag_end(file_->text(), start); }

size_t XmlInput::attribute_offset(const pugi::xml_node& element, std::string_view name) const {
  const size_t start = offset(element);
  const std::string_view tag = file_->text().substr(start, start_tag_end(start) - start);
  for (size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
    const bool starts_name = at > 0 && std::isspace(static_cast<unsigned char>(tag[at - 1]));
    size_t i = at + name.size();
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    if (!starts_name || i >= tag.size() || tag[i] != '=') continue;
    const size_t quote = tag.find_first_of("\"'", i);
    return start + (quote == std::string_view::npos ? at : quote + 1);
  }
  return start;
}

size_t XmlInput::content_offset(const pugi::xml_node& element) const {
  return start_tag_end(offset(element));
}

Origin XmlInput::origin(size_t offset) const {
  const LineColumn position = file_->line_column(offset);
  return {0, position.line, position.column};
}

std::string_view XmlInput::namespace_uri(const pugi::xml_node& element) const {
  if (scoped_declarations_) return l10nc::namespace_uri(element);
  const std::string_view name = element.name();
  const size_t colon = name.find(':');
  if (colon == std::string_view::npos) return root_namespace_;
  const std::string_view prefix = name.substr(0, colon);
  if (prefix == "xml") return kXmlNamespace;
  // Only the root declares namespaces: look its declaration up by name.
  for (const pugi::xml_attribute& attribute : root().attributes()) {
    const std::string_view declaration = attribute.name();
    if (declaration.size() == prefix.size() + 6 && declaration.starts_with("xmlns:") &&
        declaration.ends_with(prefix))
      return attribute.value();
  }
  return {};
}

std::string_view XmlInput::xml_space(const pugi::xml_node& node) const {
  return scoped_declarations_ ? l10nc::xml_space(node) : root_xml_space_;
}

std::string_view local_name(const pugi::xml_node& element) {
  const std::string_view name = element.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view namespace_uri(const pugi::xml_node& element) {
  const std::string_view name = element.name();
  const size_t colon = name.find(':');
  const std::string prefix(colon == std::string_view::npos ? "" : name.substr(0, colon));
  if (prefix == "xml") return kXmlNamespace;
  const std::string attribute = prefix.empty() ? "xmlns" : "xmlns:" + prefix;
  for (pugi::xml_node node = element; node; node = node.parent())
    if (const pugi::xml_attribute declaration = node.attribute(attribute.c_str()))
      return declaration.value();
  return {};
}

pugi::xml_attribute namespaced_attribute(const pugi::xml_node& element, std::string_view uri,
                                         std::string_view local) {
  for (const pugi::xml_attribute& attribute : element.attributes()) {
    const std::string_view name = attribute.name();
    const size_t colon = name.find(':');
    if (colon == std::string_view::npos || name.substr(colon + 1) != local) continue;
    const std::string declaration = "xmlns:" + std::string(name.substr(0, colon));
    for (pugi::xml_node node = element; node; node = node.parent())
      if (const pugi::xml_attribute bound = node.attribute(declaration.c_str())) {
        if (bound.value() == uri) return attribute;
        break;
      }
  }
  return {};
}

bool namespaced_attribute_declared(const pugi::xml_node& element, std::string_view uri) {
  for (const pugi::xml_attribute& attribute : element.attributes())
    if (std::string_view(attribute.name()).starts_with("xmlns:") && attribute.value() == uri)
      return true;
  return false;
}

std::string_view xml_space(const pugi::xml_node& node) {
  for (pugi::xml_node at = node; at; at = at.parent())
    if (const pugi::xml_attribute space = at.attribute("xml:space")) return space.value();
  return {};
}

}  // namespace l10nc
