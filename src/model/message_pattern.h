#pragma once

#include <string>
#include <string_view>

namespace l10nc {

// Where literal text is placed in an ICU MessageFormat pattern: inside a plural sub-message
// '#' is syntax too.
enum class PatternContext { top_level, plural_message };

// The MessageFormat pattern that formats to exactly `text`: apostrophes doubled, braces (and
// '#' in plural messages) quoted. This is the only escaping function; everything that puts
// literal text into a pattern goes through it.
std::string escape_literal(std::string_view text,
                           PatternContext context = PatternContext::top_level);
// The same, appended to `pattern` (no temporary string, for readers' inner loops).
void append_escaped_literal(std::string& pattern, std::string_view text,
                            PatternContext context = PatternContext::top_level);

}  // namespace l10nc
