#include <cstdio>

#include "corpus_formats.h"

namespace l10nc::gen {

namespace {

// Markdown of generated text: only '_' (in identifiers) needs escaping; the generator
// never makes '*', '[', '<', '&', '|' or '\'.
std::string markdown(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '_') out += '\\';
    out += c;
  }
  return out;
}

std::string markdown(const Message& message) { return markdown(braced(message.text)); }

void append_segment(std::string& out, const std::string& id, const std::string& target,
                    const std::string& english) {
  out += "<span data-ttu-id=\"" + id + "\">" + target +
         "</span><span class=\"sxs-lookup\"><span data-stu-id=\"" + id + "\">" + english +
         "</span></span>";
}

std::string target_markdown(const CorpusEntry& entry, std::string_view icu_locale) {
  const std::optional<Message> target = translate(entry, icu_locale);
  return target ? markdown(*target) : std::string();
}

// Machine translation mangles identifiers ("s \_ E \_ \_ no coinciden"); most stay intact.
std::string identifier_label(const std::string& identifier, Random& random) {
  if (random.percent(5)) return "";
  if (random.percent(70)) return markdown(identifier);
  std::string mangled;
  for (const char c : identifier)
    mangled += c == '_' ? std::string(" \\_ ") : std::string(1, static_cast<char>(c | 0x20));
  return mangled;
}

}  // namespace

std::string docfx_page(const CorpusDocument& document, std::string_view tag,
                       std::string_view icu_locale) {
  Random random(std::string(icu_locale) + "/page/" + document.name);
  const CorpusEntry& title = document.entries.front();
  const std::optional<Message> translated_title = translate(title, icu_locale);
  char asset_id[40];
  std::snprintf(
      asset_id, sizeof asset_id, "%08x-%04x-%04x-%04x-%012llx",
      static_cast<unsigned>(random.next() >> 32), static_cast<unsigned>(random.below(0x10000)),
      static_cast<unsigned>(random.below(0x10000)), static_cast<unsigned>(random.below(0x10000)),
      static_cast<unsigned long long>(random.next() & 0xffffffffffffull));

  std::string out = "---\n";
  out += "title: " + braced((translated_title ? *translated_title : title.english).text) + "\n";
  out += "description: " + braced(title.english.text) + "\n";
  out += "ms.assetid: " + std::string(asset_id) + "\n";
  out += "ms.topic: article\nms.date: 05/31/2018\n";
  out += std::string("ms.translationtype: ") + (random.percent(70) ? "MT" : "HT") + "\n";
  out += "ms.contentlocale: " + std::string(tag) + "\n";
  out += "ms.lasthandoff: 01/08/2021\n";
  out += "ms.locfileid: \"" + std::to_string(100000000 + random.below(900000000)) + "\"\n";
  out += "---\n";

  out += "# <a name=\"" + document.name + "\"></a>";
  append_segment(out, title.segment_id, target_markdown(title, icu_locale),
                 markdown(title.english));
  out += "\n\n";
  bool in_table = false;
  for (size_t i = 1; i < document.entries.size(); ++i) {
    const CorpusEntry& entry = document.entries[i];
    switch (entry.kind) {
      case EntryKind::title:
      case EntryKind::paragraph:
        append_segment(out, entry.segment_id, target_markdown(entry, icu_locale),
                       markdown(entry.english));
        out += "\n\n";
        break;
      case EntryKind::header:
        out += in_table ? " | " : "| ";
        append_segment(out, entry.segment_id, target_markdown(entry, icu_locale),
                       markdown(entry.english));
        if (in_table) out += " |\n|---|---|\n";
        in_table = true;
        break;
      case EntryKind::row: {
        Random label(std::string(icu_locale) + "/label/" + entry.key);
        out += "| ";
        append_segment(out, entry.label_id, identifier_label(entry.key, label),
                       markdown(entry.key));
        out += "<br/> | ";
        append_segment(out, entry.segment_id, target_markdown(entry, icu_locale),
                       markdown(entry.english));
        out += "<br/> |\n";
        break;
      }
    }
  }
  return out;
}

}  // namespace l10nc::gen
