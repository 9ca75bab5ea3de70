#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace l10nc {

// Why ICU MessageFormat rejects a pattern, and where.
struct PatternError {
  size_t offset = 0;   // byte offset into the pattern: where to point the caret
  std::string reason;  // in words: "unclosed plural 'count'", "unknown argument type 'selekt'"
};

// The first reason ICU's MessageFormat (which the runtime formats with) rejects `pattern`,
// nullopt when it accepts it. ICU decides; this only names what it found: an argument whose
// '{' is never closed is reported at that '{' (ICU itself points at the start of the message),
// an argument type MessageFormat does not know at the type, and anything else where ICU's
// MessagePattern stopped.
std::optional<PatternError> find_pattern_error(std::string_view pattern);

}  // namespace l10nc
