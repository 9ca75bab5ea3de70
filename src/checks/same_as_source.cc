// [same-as-source]: the translation is the English, copied and never translated (perhaps
// with its case changed).
#include <unicode/uchar.h>

#include <algorithm>

#include "base/unicode_text.h"
#include "checks/check.h"
#include "checks/identifier_tokens.h"
#include "model/locale_id.h"

namespace l10nc {

namespace {

// A dotted name (ms.assetid, web.config, System.Xml): letters or digits on both sides of a dot.
// Prose puts a space after its periods.
void blank_dotted_names(std::string& text) {
  for (size_t dot = text.find('.'); dot != std::string::npos; dot = text.find('.', dot + 1)) {
    if (dot == 0 || dot + 1 >= text.size() || !is_ascii_word_char(text[dot - 1]) ||
        !is_ascii_word_char(text[dot + 1]))
      continue;
    size_t begin = dot;
    while (begin > 0 && (is_ascii_word_char(text[begin - 1]) || text[begin - 1] == '.')) --begin;
    size_t end = dot + 1;
    while (end < text.size() && (is_ascii_word_char(text[end]) || text[end] == '.')) ++end;
    std::fill(text.begin() + static_cast<ptrdiff_t>(begin),
              text.begin() + static_cast<ptrdiff_t>(end), ' ');
    dot = end;
  }
}

// Whether the text has words a translator would translate: identifiers, dotted names
// (ms.assetid), all-capital acronyms (HRESULT, SSPI) and words with digits (0x80090308, v2,
// a GUID's parts) don't count; nor does a text that is one token holding an identifier, a
// command name used as a title (Disable-AzDataCollection).
bool has_words(std::string text) {
  const std::vector<std::string> identifiers = identifier_tokens(text);
  if (!identifiers.empty() && text.find_first_of(" \t\n") == std::string::npos) return false;
  blank_dotted_names(text);
  for (const std::string& token : identifiers)
    for (size_t at = text.find(token); at != std::string::npos; at = text.find(token, at))
      std::fill_n(text.begin() + static_cast<ptrdiff_t>(at), token.size(), ' ');
  const icu::UnicodeString characters = to_utf16(text + " ");  // the space ends the last word
  bool translatable = false;  // in the current word: a letter that is not an ASCII capital
  bool digits = false;
  for (int32_t i = 0; i < characters.length(); i = characters.moveIndex32(i, 1)) {
    const UChar32 c = characters.char32At(i);
    if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) {
      translatable = translatable || !(c >= 'A' && c <= 'Z');
    } else if (u_isdigit(c)) {
      digits = true;
    } else {
      if (translatable && !digits) return true;
      translatable = digits = false;
    }
  }
  return false;
}

}  // namespace

void check_same_as_source(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.source == nullptr || checked.target == nullptr) return;
  if (!checked.entry.translatable) return;          // translate="no": the English is meant to stay
  if (language_of(checked.locale) == "en") return;  // English variants copy most messages
  const std::string& target = checked.translation.text.pattern;
  const std::string& source = checked.entry.source.pattern;
  // Only lowercased or capitalized (the seed's table header "status code" for "Status code"),
  // the English is still not translated.
  const bool same = target == source;
  if (!same && to_utf16(target).caseCompare(to_utf16(source), U_FOLD_CASE_DEFAULT) != 0) return;
  if (!has_words(checked.source->text)) return;
  reporter.report(checked, checked.translation.text,
                  same ? "the translation is the same as the English"
                       : "the translation is the English, differing only in case");
}

}  // namespace l10nc
