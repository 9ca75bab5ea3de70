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

std::string code_argument_name(InlineCode::Role role, std::string_view id, std::string_view equiv,
                               std::string_view disp) {
  if (role != InlineCode::Role::standalone)
    return (is_identifier(id) ? std::string(id) : sanitized_id(id)) +
           (role == InlineCode::Role::start ? "_start" : "_end");
  if (is_identifier(equiv)) return std::string(equiv);
  if (is_identifier(id)) return std::string(id);
  for (std::string_view text : {equiv, disp})
    if (std::string name = placeholder_identifier(text); !name.empty()) return name;
  return sanitized_id(id);
}

}  // namespace l10nc::xliff
