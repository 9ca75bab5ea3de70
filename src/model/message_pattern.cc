#include "model/message_pattern.h"

namespace l10nc {

std::string escape_literal(std::string_view text, PatternContext context) {
  std::string pattern;
  pattern.reserve(text.size() + 8);
  bool quoting = false;
  for (const char c : text) {
    const bool syntax =
        c == '{' || c == '}' || (c == '#' && context == PatternContext::plural_message);
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
  return pattern;
}

}  // namespace l10nc
