#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Pseudo-localization: machine-made "translations" that show, without a translator, which
// texts a program hard-codes, where it truncates and whether it handles right-to-left text.
namespace l10nc {

enum class PseudoStyle {
  accented,  // en_XA: [Ţĥîš ţéẋţ one two], letters accented, ~40% longer, bracketed
  bidi,      // ar_XB: every word wrapped in RLM RLO ... PDF RLM, so it renders right-to-left
};

// The style of a pseudo-locale id (ICU or BCP 47): en_XA -> accented, ar_XB -> bidi.
std::optional<PseudoStyle> pseudo_style(std::string_view locale);
// The pseudo-locales l10nc generates, as ICU ids: "en_XA", "ar_XB".
const std::vector<std::string>& pseudo_locale_ids();

// The pseudo-translation of an English MessageFormat pattern into `icu_locale` (whose plural
// rules decide which plural categories the result has). Only literal text changes: arguments,
// plural and select syntax ('#' included), HTML-like tags and code identifiers (SEC_E_OK,
// CompleteAuthToken, which translations keep too) stay as they are. nullopt when the pattern
// does not parse; *error then says why.
std::optional<std::string> pseudo_translate(std::string_view pattern, PseudoStyle style,
                                            std::string_view icu_locale,
                                            std::string* error = nullptr);

}  // namespace l10nc
