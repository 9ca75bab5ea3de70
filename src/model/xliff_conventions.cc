#include "model/xliff_conventions.h"

#include <cctype>

namespace l10nc::xliff {

namespace {

bool is_identifier(std::string_view text) {
  if (text.empty() || std::isdigit(static_cast<unsigned char>(text.front()))) return false;
  for (const char c : text)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

// The identifier inside a placeholder such as "{{minutes}}", "%name%", "${name}", ":name".
std::string placeholder_identifier(std::string_view text) {
  const size_t begin = text.find_first_not_of("{$%:@ ");
  const size_t end = text.find_last_not_of("}% ");
  if (begin == std::string_view::npos || end == std::string_view::npos || begin > end) return {};
  if (begin == 0 && end + 1 == text.size()) return {};  // no wrapper: not a placeholder
  const std::string_view inner = text.substr(begin, end + 1 - begin);
  return is_identifier(inner) ? std::string(inner) : std::string();
}

std::string sanitized_id(std::string_view id) {
  std::string name = id.empty() || std::isdigit(static_cast<unsigned char>(id.front())) ? "c" : "";
  for (const char c : id) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

}  // namespace

std::optional<TranslationState> state_12(std::string_view state) {
  if (state.empty() || state == "translated") return TranslationState::translated;
  if (state == "final") return TranslationState::final;
  if (state == "signed-off") return TranslationState::reviewed;
  if (state == "new" || state == "needs-translation") return TranslationState::missing;
  if (state.starts_with("needs-review-") || state == "needs-adaptation" || state == "needs-l10n")
    return TranslationState::needs_review;
  return std::nullopt;
}

std::optional<TypedArgument> typed_argument(std::string_view equiv) {
  auto trim = [](std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
  };
  if (equiv.size() < 2 || equiv.front() != '{' || equiv.back() != '}') return std::nullopt;
  const std::string_view inner = equiv.substr(1, equiv.size() - 2);
  if (inner.find_first_of("{}'") != std::string_view::npos) return std::nullopt;
  const size_t comma = inner.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  const std::string_view name = trim(inner.substr(0, comma));
  const std::string_view rest = inner.substr(comma + 1);
  const size_t style_comma = rest.find(',');
  const std::string_view type = trim(rest.substr(0, style_comma));
  if (!is_identifier(name)) return std::nullopt;
  if (type != "number" && type != "date" && type != "time" && type != "spellout" &&
      type != "ordinal" && type != "duration")
    return std::nullopt;
  std::string format(type);
  if (style_comma != std::string_view::npos) {
    const std::string_view style = trim(rest.substr(style_comma + 1));
    if (style.empty()) return std::nullopt;
    format += ", " + std::string(style);
  }
  return TypedArgument{std::string(name), std::move(format)};
}

std::string argument_syntax(const InlineCode& code) {
  if (code.role == InlineCode::Role::standalone)
    if (std::optional<TypedArgument> typed = typed_argument(code.equiv))
      if (typed->name == code.argument) return "{" + code.argument + ", " + typed->format + "}";
  return "{" + code.argument + "}";
}

std::string code_argument_name(InlineCode::Role role, std::string_view id, std::string_view equiv,
                               std::string_view disp) {
  if (role != InlineCode::Role::standalone)
    return (is_identifier(id) ? std::string(id) : sanitized_id(id)) +
           (role == InlineCode::Role::start ? "_start" : "_end");
  if (std::optional<TypedArgument> typed = typed_argument(equiv)) return typed->name;
  if (is_identifier(equiv)) return std::string(equiv);
  if (is_identifier(id)) return std::string(id);
  for (std::string_view text : {equiv, disp})
    if (std::string name = placeholder_identifier(text); !name.empty()) return name;
  return sanitized_id(id);
}

}  // namespace l10nc::xliff
