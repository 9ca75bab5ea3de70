#include "model/message_pattern.h"

namespace l10nc {

std::string escape_literal(std::string_view text, PatternContext context) {
  std::string pattern;
  pattern.reserve(text.size() + 8);
  append_escaped_literal(pattern, text, context);
  return pattern;
}

void append_escaped_literal(std::string& pattern, std::string_view text, PatternContext context) {
  const bool hash_is_syntax = context == PatternContext::plural_message;
  auto special = [&](char c) {
    return c == '\'' || c == '{' || c == '}' || (c == '#' && hash_is_syntax);
  };
  bool quoting = false;
  while (!text.empty()) {
    // Most text has nothing to escape: copy it in runs.
    size_t run = 0;
    if (!quoting)
      while (run < text.size() && !special(text[run])) ++run;
    pattern.append(text.substr(0, run));
    text.remove_prefix(run);
    if (text.empty()) break;
    const char c = text.front();
    text.remove_prefix(1);
    const bool syntax = c == '{' || c == '}' || (c == '#' && hash_is_syntax);
    if (c == '\'') {
      pattern += "''";  // a literal apostrophe, inside or outside a quoted run
      continue;
    }
    if (syntax && !quoting) {
      pattern += '\'';
      quoting = true;
    } else if (!syntax && quoting) {
      pattern += '\'';
      quoting = false;
    }
    pattern += c;
  }
  if (quoting) pattern += '\'';
}

}  // namespace l10nc
