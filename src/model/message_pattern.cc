#include "model/message_pattern.h"

#include <algorithm>

namespace l10nc {

std::string escape_literal(std::string_view text, PatternContext context) {
  std::string pattern;
  pattern.reserve(text.size() + 8);
  append_escaped_literal(pattern, text, context);
  return pattern;
}

void append_escaped_literal(std::string& pattern, std::string_view text, PatternContext context) {
  const std::string_view specials =
      context == PatternContext::plural_message ? std::string_view("'{}#") : "'{}";
  bool quoting = false;
  while (!text.empty()) {
    // Most text has nothing to escape: copy it in runs.
    const size_t run = quoting ? 0 : std::min(text.find_first_of(specials), text.size());
    pattern.append(text.substr(0, run));
    text.remove_prefix(run);
    if (text.empty()) break;
    const char c = text.front();
    text.remove_prefix(1);
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
}

}  // namespace l10nc
