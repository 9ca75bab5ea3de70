#include <cstdlib>
#include <string>
#include <string_view>

#include "l10n/catalog.h"
#include "locale_request.h"

namespace l10n {

namespace {

std::string_view variable(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string_view() : std::string_view(value);
}

// "C.UTF-8" and "POSIX" -> "C"; everything else as ICU spells it ("sr_RS.UTF-8@latin" ->
// "sr_Latn_RS").
std::string without_codeset(std::string_view locale) {
  const std::string_view base = locale.substr(0, locale.find_first_of(".@"));
  if (base == "C" || base == "POSIX") return "C";
  return detail::from_posix_locale(locale);
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
