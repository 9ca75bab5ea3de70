#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace l10n {

// How a message was answered. Whatever the status, the text is never empty (the one exception
// is an empty key, which is given back as it is). When several apply, the status is the first
// of: catalog_error, key_not_found, format_error, wrong_argument_type, missing_argument,
// invalid_translation, arguments_differ, corrupt_bundle, invalid_locale, fallback, ok.
enum class Status {
  // The text of the requested locale or one of its parents (es_MX -> es_419 -> es, CLDR's
  // chain: locale_chain.h); English when English was asked for (en, en_GB).
  ok,
  // The requested locale's chain has no translation of the key: the English text.
  fallback,
  // The translation's pattern does not parse: the English text for that key alone.
  invalid_translation,
  // The key is in no bundle: the text is the key itself.
  key_not_found,
  // Even the English pattern could not be formatted: the text is the key itself.
  format_error,
  // The catalog could not be opened (no package, no readable root bundle): the key itself.
  catalog_error,
  // An argument the message uses was not passed: it is shown as "{name}", the rest formatted.
  missing_argument,
  // An argument has a type the message cannot format (a string for "{n, number}" or a plural,
  // a number for a select): it is left out and shown as "{name}", the rest formatted.
  wrong_argument_type,
  // The translation's arguments (names, or number / string / date kinds) differ from the
  // English message's: the English text for that key alone.
  arguments_differ,
  // A bundle of the locale's chain is corrupt (truncated, not a resource bundle): the text of
  // the next bundle in the chain, usually English.
  corrupt_bundle,
  // The locale is not a well-formed locale id ("", "!!"): the English text.
  invalid_locale,
};
const char* status_name(Status status);         // "ok", "fallback", "key-not-found", ...
const char* status_description(Status status);  // one sentence, as documented above

// A point in time, in milliseconds since 1970-01-01 UTC (ICU's UDate).
struct Date {
  double milliseconds = 0;
};

// A named message argument: "{name}" in the pattern.
struct Argument {
  std::string name;
  std::variant<std::string, int64_t, double, Date> value;
};

// A key in a domain: the namespace it lives in ("messages", "validators", as Symfony's
// DOMAIN.LOCALE.xlf files and XLIFF's l10nc:domain name them). An empty domain is the default
// one, where format(locale, key) looks.
struct MessageId {
  std::string_view domain;
  std::string_view key;
};

struct FormatResult {
  std::string text;  // UTF-8
  Status status = Status::ok;
  std::string locale;  // the bundle the text came from ("es", "root"); empty for the key
};

// A lookup's answer points into the catalog (or, for key_not_found, at the key passed in).
struct LookupResult {
  std::string_view text;  // UTF-8
  Status status = Status::ok;
  std::string_view locale;  // the bundle the text came from; empty for the key
};

// The user's preferred locales from the environment, the way gettext reads them: the first set
// of LC_ALL, LC_MESSAGES and LANG names the locale; unset, "C" or "POSIX" mean English ("en")
// and nothing else is read; otherwise a non-empty LANGUAGE ("fr:es") takes precedence.
// Codesets and modifiers are dropped ("es_MX.UTF-8@euro" -> "es_MX"), but a modifier naming a
// script keeps it ("sr_RS@latin" -> "sr_Latn_RS"). Returns one locale or a colon-separated
// list, ready for Catalog::format.
std::string environment_locale();

// An ICU package written by `l10nc compile`: a directory with root.res (English) and one .res
// per locale, or an ICU .dat archive of those files (icupkg). The fallback chain is CLDR's,
// built from the requested locale alone with ICU's data (es_MX -> es_419 -> es -> root, zh_TW
// -> zh_Hant -> root: locale_chain.h); the process's default locale and LANG never take part.
// A locale may be a colon-separated list ("fr_CA:es"), tried in order before English, like
// gettext's LANGUAGE. Safe to use from any number of threads at once; opening is not
// synchronised with use (open, then share). Opening reads no message: each call reads its key
// from the bundles until the catalog has answered as many calls as it has keys (or keys() is
// called), when it indexes every key; calls before that take a lock, calls after it none.
class Catalog {
 public:
  // Opens the package (a directory, or a path ending in ".dat"). Check ok(): a catalog that
  // failed to open still answers every call, with the key and Status::catalog_error.
  // The default locale starts as environment_locale().
  explicit Catalog(std::string path);
  ~Catalog();
  Catalog(const Catalog&) = delete;
  Catalog& operator=(const Catalog&) = delete;

  bool ok() const;
  const std::string& error() const;  // why opening failed

  // Formats the message `key` for `locale` with ICU MessageFormat semantics: named arguments,
  // plural and selectordinal with the rules of the text's language, select, numbers, dates.
  FormatResult format(std::string_view locale, std::string_view key,
                      std::span<const Argument> arguments = {}) const;
  FormatResult format(std::string_view locale, std::string_view key,
                      std::initializer_list<Argument> arguments) const {
    return format(locale, key, std::span<const Argument>(arguments.begin(), arguments.size()));
  }
  // The same for a key of a domain: format(locale, l10n::MessageId{"messages", "welcome"}).
  FormatResult format(std::string_view locale, MessageId id,
                      std::span<const Argument> arguments = {}) const;
  FormatResult format(std::string_view locale, MessageId id,
                      std::initializer_list<Argument> arguments) const {
    return format(locale, id, std::span<const Argument>(arguments.begin(), arguments.size()));
  }
  // The same for the default locale.
  FormatResult format_default(std::string_view key, std::span<const Argument> arguments = {}) const;
  FormatResult format_default(std::string_view key,
                              std::initializer_list<Argument> arguments) const {
    return format_default(key, std::span<const Argument>(arguments.begin(), arguments.size()));
  }

  // The message as format() without arguments gives it, without copying: once indexed, a hash
  // probe into text resolved once. A message that takes arguments shows them as "{name}" with
  // Status::missing_argument. The views live as long as the catalog.
  LookupResult lookup(std::string_view locale, std::string_view key) const;
  LookupResult lookup(std::string_view locale, MessageId id) const;

  // The MessageFormat pattern format() would format for the locale (with fallback), not
  // formatted: for tools that show what translators wrote. The text is the key (with
  // key_not_found or catalog_error) when there is none.
  LookupResult pattern(std::string_view locale, MessageId id) const;

  // The locale the *_default calls use: set_default_locale's, else environment_locale() read
  // when the catalog was opened.
  std::string default_locale() const;
  void set_default_locale(std::string_view locale);  // "" reads the environment again

  // All message keys of the English root bundle in a domain (the default one: ""), sorted.
  std::vector<std::string> keys(std::string_view domain = {}) const;
  // The domains of the package, sorted (the default one not included).
  std::vector<std::string> domains() const;
  // Key of the title of the document `key` came from, if the document has one.
  std::optional<std::string> title_key(std::string_view key) const;

  struct Impl;  // internal

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace l10n
