#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace l10nc {

// How the text of a message is written in its input. Whatever the syntax, the catalog holds
// an ICU MessageFormat pattern; the syntax says how it was made, so that writers give the
// translator back the text in the form they wrote it.
enum class MessageSyntax : uint8_t {
  text,  // literal text: braces and apostrophes mean nothing; inline codes are the arguments
  icu,   // an ICU MessageFormat pattern, as written (Symfony's +intl-icu files, FormatJS)
};

// What --message-syntax asks for: one syntax for every input, or each file's own (auto).
enum class SyntaxChoice : uint8_t { automatic, text, icu };

std::string_view syntax_name(MessageSyntax syntax);                      // "text", "icu"
std::optional<SyntaxChoice> parse_syntax_choice(std::string_view name);  // "auto", "text", "icu"

}  // namespace l10nc
