// fill-xliff-targets: puts translations from a TSV file (KEY<TAB>plain text, one per line) into
// the targets of an XLIFF 2.0 file written by 'l10nc new-locale' or 'l10nc merge', and marks
// them translated. For importing translations made outside an XLIFF tool; the XLIFF file stays
// the one place translations live.
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include <pugixml.hpp>

#include "base/file_io.h"
#include "readers/xml_input.h"

namespace {

pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view name) {
  for (const pugi::xml_node& child : parent.children())
    if (child.type() == pugi::node_element && l10nc::local_name(child) == name) return child;
  return {};
}

void fill_units(pugi::xml_node container, std::map<std::string, std::string>& translations,
                size_t& filled) {
  for (pugi::xml_node child : container.children()) {
    const std::string_view name = l10nc::local_name(child);
    if (name == "file" || name == "group") fill_units(child, translations, filled);
    if (name != "unit") continue;
    auto translation = translations.find(child.attribute("name").value());
    if (translation == translations.end()) continue;
    pugi::xml_node segment = child_named(child, "segment");
    pugi::xml_node target = child_named(segment, "target");
    if (!target) target = segment.insert_child_after("target", child_named(segment, "source"));
    while (target.first_child()) target.remove_child(target.first_child());
    target.text().set(translation->second.c_str());
    segment.remove_attribute("subState");
    if (!segment.attribute("state")) segment.append_attribute("state");
    segment.attribute("state") = "translated";
    translations.erase(translation);
    ++filled;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: fill-xliff-targets FILE.xlf TRANSLATIONS.tsv\n";
    return 2;
  }
  std::string error;
  const std::optional<std::string> xliff = l10nc::read_file(argv[1], &error);
  const std::optional<std::string> tsv = l10nc::read_file(argv[2], &error);
  if (!xliff || !tsv) {
    std::cerr << "fill-xliff-targets: error: " << error << "\n";
    return 2;
  }
  std::map<std::string, std::string> translations;
  std::istringstream lines(*tsv);
  for (std::string line; std::getline(lines, line);) {
    const size_t tab = line.find('\t');
    if (line.empty()) continue;
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size()) {
      std::cerr << "fill-xliff-targets: error: " << argv[2] << ": not KEY<TAB>TEXT: " << line
                << "\n";
      return 1;
    }
    translations[line.substr(0, tab)] = line.substr(tab + 1);
  }
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
      document.load_buffer(xliff->data(), xliff->size(),
                           pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!parsed) {
    std::cerr << "fill-xliff-targets: error: " << argv[1] << ": " << parsed.description() << "\n";
    return 1;
  }
  size_t filled = 0;
  fill_units(document.document_element(), translations, filled);
  for (const auto& [key, text] : translations)
    std::cerr << "fill-xliff-targets: error: no unit named '" << key << "' in " << argv[1] << "\n";
  if (!translations.empty()) return 1;
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  document.save(out, "", pugi::format_raw | pugi::format_no_declaration);
  if (!l10nc::write_file_atomically(argv[1], out.str() + "\n", &error)) {
    std::cerr << "fill-xliff-targets: error: " << error << "\n";
    return 2;
  }
  std::cout << "fill-xliff-targets: filled " << filled << " targets in " << argv[1] << "\n";
  return 0;
}
