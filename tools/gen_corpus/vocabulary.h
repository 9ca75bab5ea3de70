#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace l10nc::gen {

// What pseudo-translations into one language are made of: real words of the language in
// its script, and its punctuation, so that generated targets look like text in it (sorting,
// line breaking, bidi and widths get realistic input) without being translations.
struct Vocabulary {
  std::string language;            // "es", "ja", ...; "pseudo" for accented English
  std::vector<std::string> words;  // UTF-8, none containing '{', '}', '#', '|', '<', '&'
  std::string separator = " ";     // between words: none in Japanese and Chinese
  std::string full_stop = ".";
  std::string comma = ",";
  int length_percent = 115;  // a translation's typical length relative to the English
  bool capitalize = true;    // upper-case a sentence's first letter (scripts with case)
};

// The vocabulary for an ICU locale id, chosen by language, else by the script ICU considers
// likely for it (sr -> Cyrillic), else accented English for any other language.
const Vocabulary& vocabulary_for(std::string_view icu_locale);

}  // namespace l10nc::gen
