#include <pugixml.hpp>

#include <sstream>

#include "corpus_formats.h"

namespace l10nc::gen {

namespace {

// Code spans are Markdown; XLIFF text is plain.
std::string without_backticks(std::string text) {
  std::erase(text, '`');
  return text;
}

// ICU MessageFormat text of a plural message, as Angular writes it into XLIFF.
std::string plural_text(const Message& message) {
  std::string out = "{" + message.plural_argument + ", plural,";
  for (const auto& [keyword, text] : message.cases)
    out += " " + keyword + " {" + braced(text) + "}";
  return out + "}";
}

// Placeholders become inline codes whose id is the argument name, so that source and target
// name the same argument.
void append_content(pugi::xml_node element, const Message& message, XliffVersion version) {
  if (message.is_plural()) {
    element.append_child(pugi::node_pcdata).set_value(plural_text(message).c_str());
    return;
  }
  for (const Piece& piece : message.text) {
    if (!piece.placeholder) {
      element.append_child(pugi::node_pcdata).set_value(without_backticks(piece.text).c_str());
      continue;
    }
    const std::string braces = "{" + piece.text + "}";
    if (version == XliffVersion::v12) {
      pugi::xml_node x = element.append_child("x");
      x.append_attribute("id") = piece.text.c_str();
      x.append_attribute("ctype") = "x-icu-argument";
      x.append_attribute("equiv-text") = braces.c_str();
    } else {
      pugi::xml_node ph = element.append_child("ph");
      ph.append_attribute("id") = piece.text.c_str();
      ph.append_attribute("equiv") = braces.c_str();
      ph.append_attribute("disp") = braces.c_str();
    }
  }
}

const char* note_for(const CorpusEntry& entry) {
  switch (entry.kind) {
    case EntryKind::title:
      return "The page title; also the title of every error dialog of this page.";
    case EntryKind::header:
      return "A table column header.";
    default:
      return "Shown in an error dialog. Keep the placeholders.";
  }
}

void add_unit12(pugi::xml_node parent, const CorpusEntry& entry, size_t number,
                std::string_view icu_locale) {
  Random random(std::string(icu_locale) + "/xliff/" + entry.key);
  pugi::xml_node unit = parent.append_child("trans-unit");
  unit.append_attribute("id") = std::to_string(number).c_str();
  unit.append_attribute("resname") = entry.key.c_str();
  append_content(unit.append_child("source"), entry.english, XliffVersion::v12);
  if (const std::optional<Message> target = translate(entry, icu_locale)) {
    pugi::xml_node element = unit.append_child("target");
    const size_t roll = random.below(100);
    element.append_attribute("state") = roll < 3    ? "needs-review-translation"
                                        : roll < 13 ? "final"
                                                    : "translated";
    if (roll >= 3 && roll < 13) unit.append_attribute("approved") = "yes";
    append_content(element, *target, XliffVersion::v12);
  }
  if (random.percent(10)) unit.append_child("note").text() = note_for(entry);
}

void add_unit20(pugi::xml_node parent, const CorpusEntry& entry, std::string_view icu_locale) {
  Random random(std::string(icu_locale) + "/xliff/" + entry.key);
  pugi::xml_node unit = parent.append_child("unit");
  unit.append_attribute("id") = entry.key.c_str();
  const bool note = random.percent(10);
  if (note) {
    pugi::xml_node element = unit.append_child("notes").append_child("note");
    element.append_attribute("category") = "description";
    element.text() = note_for(entry);
  }
  pugi::xml_node segment = unit.append_child("segment");
  const std::optional<Message> target = translate(entry, icu_locale);
  const size_t roll = random.below(100);
  segment.append_attribute("state") = !target     ? "initial"
                                      : roll < 5  ? "reviewed"
                                      : roll < 15 ? "final"
                                                  : "translated";
  append_content(segment.append_child("source"), entry.english, XliffVersion::v20);
  if (target) append_content(segment.append_child("target"), *target, XliffVersion::v20);
}

}  // namespace

std::string xliff_file(const CorpusDocument& document, std::string_view tag,
                       std::string_view icu_locale, XliffVersion version) {
  pugi::xml_document xml;
  pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node root = xml.append_child("xliff");
  // The pages' translations, keyed as the pages are: keys of no domain, as l10nc's own files
  // (another tool's XLIFF would have its document's domain).
  auto no_domain = [&] {
    root.append_attribute("xmlns:l10nc") = "urn:l10nc:xliff";
    root.append_attribute("l10nc:domain") = "";
  };
  const std::string original = document.name + ".md";
  const std::string target_language(tag);
  pugi::xml_node table;
  if (version == XliffVersion::v12) {
    root.append_attribute("version") = "1.2";
    root.append_attribute("xmlns") = "urn:oasis:names:tc:xliff:document:1.2";
    no_domain();
    pugi::xml_node file = root.append_child("file");
    file.append_attribute("original") = original.c_str();
    file.append_attribute("source-language") = "en";
    file.append_attribute("target-language") = target_language.c_str();
    file.append_attribute("datatype") = "plaintext";
    pugi::xml_node body = file.append_child("body");
    size_t number = 1;
    for (const CorpusEntry& entry : document.entries) {
      if (entry.kind == EntryKind::row && !table) {
        table = body.append_child("group");
        table.append_attribute("id") = "codes";
        table.append_attribute("restype") = "x-table";
      }
      add_unit12(entry.kind == EntryKind::row ? table : body, entry, number++, icu_locale);
    }
  } else {
    root.append_attribute("xmlns") = "urn:oasis:names:tc:xliff:document:2.0";
    root.append_attribute("version") = "2.0";
    root.append_attribute("srcLang") = "en";
    root.append_attribute("trgLang") = target_language.c_str();
    no_domain();
    pugi::xml_node file = root.append_child("file");
    file.append_attribute("id") = "f1";
    file.append_attribute("original") = original.c_str();
    for (const CorpusEntry& entry : document.entries) {
      if (entry.kind == EntryKind::row && !table) {
        table = file.append_child("group");
        table.append_attribute("id") = "codes";
        table.append_attribute("type") = "l10nc:table";
      }
      add_unit20(entry.kind == EntryKind::row ? table : file, entry, icu_locale);
    }
  }
  std::ostringstream out;
  xml.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

}  // namespace l10nc::gen
