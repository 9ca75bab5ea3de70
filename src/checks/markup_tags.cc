#include "checks/markup_tags.h"

#include <unicode/locid.h>

#include <set>

#include "base/regex.h"
#include "base/unicode_text.h"

namespace l10nc {

namespace {

bool is_void_element(const std::string& name) {
  static const std::set<std::string> kVoid = {"area",  "br",   "col",  "embed",  "hr",    "img",
                                              "input", "link", "meta", "source", "track", "wbr"};
  return kVoid.contains(name);
}

}  // namespace

std::string MarkupTag::spelled() const {
  return kind == Kind::open    ? "<" + name + ">"
         : kind == Kind::close ? "</" + name + ">"
                               : "<" + name + "/>";
}

std::vector<MarkupTag> markup_tags(std::string_view text) {
  if (text.find('<') == std::string_view::npos) return {};  // most text: no regex run
  static const Regex kTag(u"<(/?)([A-Za-z][A-Za-z0-9:_-]*)(?:\\s[^<>]*?)?(/?)>");
  const std::vector<std::vector<std::string>> matches = kTag.find_all(text);
  const std::vector<Regex::Range> ranges = kTag.find_ranges(text);
  std::vector<MarkupTag> tags;
  for (size_t i = 0; i < matches.size() && i < ranges.size(); ++i) {
    const std::vector<std::string>& match = matches[i];
    MarkupTag tag;
    tag.name = to_utf8(to_utf16(match[2]).toLower(icu::Locale::getRoot()));
    if (!match[1].empty())
      tag.kind = MarkupTag::Kind::close;
    else if (!match[3].empty() || is_void_element(tag.name))
      tag.kind = MarkupTag::Kind::empty;
    else
      tag.kind = MarkupTag::Kind::open;
    tag.begin = ranges[i].begin;
    tag.end = ranges[i].end;
    tags.push_back(std::move(tag));
  }
  return tags;
}

}  // namespace l10nc
