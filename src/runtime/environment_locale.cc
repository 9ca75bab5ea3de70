#include <unicode/localebuilder.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "l10n/catalog.h"

namespace l10n {

namespace {

std::string_view variable(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string_view() : std::string_view(value);
}

// "es_MX.UTF-8@euro" -> "es_MX": POSIX codesets and modifiers are not ICU locale syntax. A
// modifier that is a Unicode script's name, as ICU knows them, says the script:
// "sr_RS@latin" -> "sr_Latn_RS", "uz_UZ@cyrillic" -> "uz_Cyrl_UZ" (others, "@euro", go).
std::string without_codeset(std::string_view locale) {
  const size_t end = locale.find_first_of(".@");
  const std::string base(locale.substr(0, end));
  if (base == "C" || base == "POSIX") return "C";
  const size_t at = locale.find('@');
  if (base.empty() || at == std::string_view::npos) return base;
  const std::string modifier(locale.substr(at + 1));
  const int32_t script = u_getPropertyValueEnum(UCHAR_SCRIPT, modifier.c_str());
  if (script == UCHAR_INVALID_CODE) return base;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale with_script =
      icu::LocaleBuilder()
          .setLocale(icu::Locale(base.c_str()))
          .setScript(uscript_getShortName(static_cast<UScriptCode>(script)))
          .build(status);
  if (U_FAILURE(status) || with_script.isBogus()) return base;
  return with_script.getName();
}

}  // namespace

std::string environment_locale() {
  std::string_view locale;
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    locale = variable(name);
    if (!locale.empty()) break;
  }
  const std::string base = without_codeset(locale);
  // gettext: the C locale means the untranslated program, whatever LANGUAGE says.
  if (base.empty() || base == "C") return "en";
  std::string list;
  std::string_view language = variable("LANGUAGE");
  while (!language.empty()) {
    const size_t colon = language.find(':');
    const std::string entry = without_codeset(language.substr(0, colon));
    if (!entry.empty()) list += (list.empty() ? "" : ":") + (entry == "C" ? "en" : entry);
    if (colon == std::string_view::npos) break;
    language.remove_prefix(colon + 1);
  }
  return list.empty() ? base : list;
}

}  // namespace l10n
