#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "random.h"
#include "vocabulary.h"

namespace l10nc::gen {

// A run of literal text, or a placeholder ("{name}" in DocFX, an inline code in XLIFF).
struct Piece {
  std::string text;  // UTF-8; the argument name for a placeholder
  bool placeholder = false;
};
using Text = std::vector<Piece>;

// A generated message: plain text with placeholders, or an ICU plural message whose cases
// are plain text with '#' for the number.
struct Message {
  Text text;
  std::string plural_argument;                      // set for a plural message
  std::vector<std::pair<std::string, Text>> cases;  // plural keyword -> case text
  bool is_plural() const { return !plural_argument.empty(); }
};

// How the English may look: `code spans` and literal braces only where the format keeps
// them apart from placeholders (DocFX Markdown); backticks are dropped from XLIFF later.
enum class Markup { markdown, xliff };

// One or a few English sentences of 40-200 characters: error-message words, some with
// accents (café, naïve), apostrophes (server's, don't) and {placeholders}.
Message english_sentence(Random& random, Markup markup);

// "{count, plural, one {# ticket was ...} other {# tickets were ...}}".
Message english_plural(Random& random);

// A pseudo-translation into `icu_locale`: words of its vocabulary around the same
// placeholders (in the same order), or one case per plural keyword ICU has for the locale.
Message pseudo_translation(const Message& english, const Vocabulary& vocabulary,
                           std::string_view icu_locale, Random& random);

// Words of the vocabulary as a sentence of about `characters` code points (titles, labels).
std::string pseudo_phrase(const Vocabulary& vocabulary, size_t characters, Random& random);

// Code points of a text, placeholders counted as "{name}".
size_t character_count(const Text& text);

// The text with placeholders written as {name}: DocFX and the ICU syntax of plurals.
std::string braced(const Text& text);

}  // namespace l10nc::gen
