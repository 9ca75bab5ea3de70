#include "model/message_pattern.h"

#include <algorithm>
#include <array>

namespace l10nc {

std::string escape_literal(std::string_view text, PatternContext context) {
  std::string pattern;
  pattern.reserve(text.size() + 8);
  append_escaped_literal(pattern, text, context);
  return pattern;
}

void append_escaped_literal(std::string& pattern, std::string_view text, PatternContext context) {
  const std::string_view specials = context == PatternContext::plural_message ? "'{}#" : "'{}";
  // Where each special byte next occurs (npos: nowhere), found with memchr: most text has
  // none or few, and this loop copies every message of every file the readers see.
  std::array<size_t, 4> next{};
  for (size_t k = 0; k < specials.size(); ++k) next[k] = text.find(specials[k]);
  auto next_special = [&](size_t from) {
    size_t nearest = std::string_view::npos;
    for (size_t k = 0; k < specials.size(); ++k) {
      if (next[k] < from) next[k] = text.find(specials[k], from);
      nearest = std::min(nearest, next[k]);
    }
    return std::min(nearest, text.size());
  };
  bool quoting = false;
  for (size_t i = 0; i < text.size();) {
    // Copy the run up to the next special byte (inside a quoted run, byte by byte).
    const size_t run_end = quoting ? i : next_special(i);
    pattern.append(text.substr(i, run_end - i));
    i = run_end;
    if (i == text.size()) break;
    const char c = text[i++];
    if (c == '\'') {
      pattern += "''";  // a literal apostrophe, inside or outside a quoted run
      continue;
    }
    const bool syntax = specials.find(c) != std::string_view::npos;
    if (syntax != quoting) {
      pattern += '\'';
      quoting = syntax;
    }
    pattern += c;
  }
  if (quoting) pattern += '\'';
}

}  // namespace l10nc
