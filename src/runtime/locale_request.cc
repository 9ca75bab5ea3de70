#include "locale_request.h"

#include <unicode/localebuilder.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/uscript.h>

#include <algorithm>

namespace l10n::detail {

namespace {

bool is_english_alias(std::string_view entry) {
  // "C" and "POSIX" (also "C.UTF-8") are the untranslated program: English.
  const std::string_view base = entry.substr(0, entry.find('.'));
  return base == "C" || base == "POSIX" || base == "root";
}

std::string canonical(std::string_view entry) {
  if (is_english_alias(entry)) return "en";
  const std::string input = from_posix_locale(entry);
  char canonical[ULOC_FULLNAME_CAPACITY];
  UErrorCode status = U_ZERO_ERROR;
  uloc_canonicalize(input.c_str(), canonical, sizeof canonical, &status);
  if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING) return {};
  // Well-formed when ICU can spell its base name as a BCP 47 tag.
  char base[ULOC_FULLNAME_CAPACITY];
  uloc_getBaseName(canonical, base, sizeof base, &status);
  char tag[ULOC_FULLNAME_CAPACITY];
  uloc_toLanguageTag(base, tag, sizeof tag, /*strict=*/true, &status);
  if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || base[0] == '\0') return {};
  return canonical;
}

}  // namespace

std::string from_posix_locale(std::string_view locale) {
  const size_t end = locale.find_first_of(".@");
  const size_t at = locale.find('@');
  if (end == std::string_view::npos ||
      (at != std::string_view::npos && locale.find('=', at) != std::string_view::npos))
    return std::string(locale);
  const std::string base(locale.substr(0, end));
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

std::vector<std::string> parse_locale_request(std::string_view request) {
  std::vector<std::string> locales;
  while (true) {
    const size_t colon = request.find(':');
    std::string locale = canonical(request.substr(0, colon));
    if (!locale.empty() && std::find(locales.begin(), locales.end(), locale) == locales.end())
      locales.push_back(std::move(locale));
    if (colon == std::string_view::npos) break;
    request.remove_prefix(colon + 1);
  }
  return locales;
}

std::vector<std::string> truncation_chain(const std::string& locale) {
  std::vector<std::string> names;
  char current[ULOC_FULLNAME_CAPACITY];
  UErrorCode status = U_ZERO_ERROR;
  uloc_getBaseName(locale.c_str(), current, sizeof current, &status);
  while (U_SUCCESS(status) && current[0] != '\0' && std::string_view(current) != "root") {
    names.emplace_back(current);
    char parent[ULOC_FULLNAME_CAPACITY];
    uloc_getParent(current, parent, sizeof parent, &status);
    if (names.back() == parent) break;
    std::copy(parent, parent + sizeof parent, current);
  }
  return names;
}

std::string language_of(const std::string& locale) {
  char language[ULOC_LANG_CAPACITY];
  UErrorCode status = U_ZERO_ERROR;
  uloc_getLanguage(locale.c_str(), language, sizeof language, &status);
  return U_SUCCESS(status) ? std::string(language) : std::string();
}

}  // namespace l10n::detail
