#include "model/message_syntax.h"

namespace l10nc {

std::string_view syntax_name(MessageSyntax syntax) {
  return syntax == MessageSyntax::icu ? "icu" : "text";
}

std::optional<SyntaxChoice> parse_syntax_choice(std::string_view name) {
  if (name == "auto") return SyntaxChoice::automatic;
  if (name == "text") return SyntaxChoice::text;
  if (name == "icu") return SyntaxChoice::icu;
  return std::nullopt;
}

}  // namespace l10nc
