#pragma once

#include <pugixml.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "base/source_file.h"
#include "model/catalog.h"

namespace l10nc {

// An XML input parsed with pugixml, plus what pugixml leaves to its users: text in the encoding
// the declaration names (converted to UTF-8 with ICU), namespace lookup, and byte offsets
// turned into file:line:col.
class XmlInput {
 public:
  // Parses `file` (which must outlive the result unless its text had to be converted).
  // Reports a file:line:col error and returns null when the text is not well-formed XML, is
  // not valid in its encoding, or names an encoding ICU does not know.
  static std::unique_ptr<XmlInput> parse(const SourceFile& file, DiagnosticSink& diagnostics);

  const pugi::xml_document& document() const { return document_; }
  pugi::xml_node root() const { return document_.document_element(); }
  // The UTF-8 text the offsets refer to (the file's own text unless it had to be converted).
  const SourceFile& file() const { return *file_; }

  // How the file's bytes are encoded, for writing an edited text back the same way.
  struct Encoding {
    std::string charset;          // "" when the file is UTF-8 (file() is its own text)
    std::string byte_order_mark;  // the bytes of a UTF-16 byte order mark, written back first
  };
  const Encoding& encoding() const { return encoding_; }
  // `utf8` (an edited file()) in the file's encoding.
  std::string encode(std::string_view utf8) const;

  // Where a node starts: the '<' of an element, the first character of text.
  size_t offset(const pugi::xml_node& node) const;
  // Where an attribute's value starts in its element's start tag (the element's offset when
  // the attribute is not written there).
  size_t attribute_offset(const pugi::xml_node& element, std::string_view name) const;
  // Where an element's content starts (just after its start tag).
  size_t content_offset(const pugi::xml_node& element) const;

  // namespace_uri() and xml_space() below, without walking up the ancestors when only the
  // root declares namespaces and xml:space (as almost every file does).
  std::string_view namespace_uri(const pugi::xml_node& element) const;
  std::string_view xml_space(const pugi::xml_node& node) const;

  Location location(size_t offset) const { return location_in(*file_, offset); }
  Origin origin(size_t offset) const;

 private:
  XmlInput() = default;
  size_t start_tag_end(size_t start) const;

  std::shared_ptr<const SourceFile> file_;
  Encoding encoding_;
  pugi::xml_document document_;
  bool scoped_declarations_ = true;  // some element below the root declares a namespace
  // Else every element's default namespace and xml:space are the root's: looked up once.
  std::string_view root_namespace_;
  std::string_view root_xml_space_;
};

// Just past the '>' that ends the tag starting at `start` (quoted attribute values skipped).
size_t tag_end(std::string_view text, size_t start);

// The element's name without its namespace prefix ("trans-unit" for "xlf:trans-unit").
std::string_view local_name(const pugi::xml_node& element);
// The namespace URI the element's prefix (or the default namespace) is bound to, "" if none.
std::string_view namespace_uri(const pugi::xml_node& element);
// The value of the attribute `local` in namespace `uri` on `element` (any prefix bound to
// `uri` where the element is), or nullptr-valued when it has none.
pugi::xml_attribute namespaced_attribute(const pugi::xml_node& element, std::string_view uri,
                                         std::string_view local);
// Whether `element` (the root) declares a prefix for namespace `uri`.
bool namespaced_attribute_declared(const pugi::xml_node& element, std::string_view uri);
// The value of xml:space in effect for the node ("preserve", "default", or "" when unset).
std::string_view xml_space(const pugi::xml_node& node);

}  // namespace l10nc
