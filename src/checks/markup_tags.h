#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace l10nc {

// An HTML-like tag in message text: <b>, </b>, <br/>, <a href="...">.
struct MarkupTag {
  enum class Kind { open, close, empty } kind = Kind::open;
  std::string name;  // lowercase: HTML names are case-insensitive
  size_t begin = 0;  // UTF-8 byte offsets of the whole tag in the text
  size_t end = 0;

  // As the markup check names it: "<b>", "</b>", "<br/>".
  std::string spelled() const;
};

// The tags in `text`, in order. Void elements (<br>, <img ...>) are empty tags.
std::vector<MarkupTag> markup_tags(std::string_view text);

}  // namespace l10nc
