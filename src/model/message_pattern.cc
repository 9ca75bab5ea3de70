#include "model/message_pattern.h"

namespace l10nc {

std::string escape_literal(std::string_view text, PatternContext context) {
  std::string pattern;
  pattern.reserve(text.size() + 8);
  append_escaped_literal(pattern, text, context);
  return pattern;
}

namespace {

// Which bytes need escaping, per context: one load per byte instead of four comparisons, as
// this loop copies every message of every file the readers see.
struct SpecialBytes {
  bool top_level[256] = {};
  bool plural_message[256] = {};
  constexpr SpecialBytes() {
    for (const unsigned char c : {'\'', '{', '}'}) top_level[c] = plural_message[c] = true;
    plural_message[static_cast<unsigned char>('#')] = true;
  }
};
constexpr SpecialBytes kSpecialBytes;

}  // namespace

void append_escaped_literal(std::string& pattern, std::string_view text, PatternContext context) {
  const bool* special = context == PatternContext::plural_message ? kSpecialBytes.plural_message
                                                                  : kSpecialBytes.top_level;
  bool quoting = false;
  while (!text.empty()) {
    // Most text has nothing to escape: copy it in runs.
    size_t run = 0;
    if (!quoting)
      while (run < text.size() && !special[static_cast<unsigned char>(text[run])]) ++run;
    pattern.append(text.substr(0, run));
    text.remove_prefix(run);
    if (text.empty()) break;
    const char c = text.front();
    text.remove_prefix(1);
    if (c == '\'') {
      pattern += "''";  // a literal apostrophe, inside or outside a quoted run
      continue;
    }
    const bool syntax = special[static_cast<unsigned char>(c)];
    if (syntax != quoting) {
      pattern += '\'';
      quoting = syntax;
    }
    pattern += c;
  }
  if (quoting) pattern += '\'';
}

}  // namespace l10nc
