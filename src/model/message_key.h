#pragma once

#include <string_view>

namespace l10nc {

// Whether a key can be an ICU resource key: non-empty, printable ASCII from ICU's invariant
// characters (letters, digits, space and "%&'()*+,-./:;<=>?_). genrb accepts no others, and
// neither does our .res writer.
bool is_storable_key(std::string_view key);

// The same test for one byte (control characters are invariant for ICU but never in a key).
bool is_invariant_key_char(unsigned char c);

}  // namespace l10nc
