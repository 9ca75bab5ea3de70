#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/regex.h"

namespace l10nc {

// Code identifiers in text, which translations must keep unchanged: snake_case and
// UPPER_CASE names (SEC_E_OK), camelCase and PascalCase ones (CompleteAuthToken), and code
// tokens (Type::member, object->field, call(), Namespace.TypeName), and file names with a
// known extension (Winerror.h, stdio.h, Foo.dll). Plain words and acronyms (SSPI) are not
// identifiers. In order of appearance, no repeats.
std::vector<std::string> identifier_tokens(std::string_view text);

// Where each identifier token is in `text`, repeats included: UTF-8 byte offsets [begin, end).
std::vector<Regex::Range> identifier_token_ranges(std::string_view text);

// Whether `text` contains `token` as a whole token: not preceded or followed by a Latin letter,
// digit, combining mark or '_' (Chinese, Japanese and Korean text may touch it); a token ending
// in a lowercase letter may be followed by a capital (a code span glued to the next word).
bool contains_token(std::string_view text, std::string_view token);

}  // namespace l10nc
