#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace l10n {

// How a format call was answered. Whatever the status, FormatResult::text is never empty.
enum class Status {
  ok,                   // text from the requested locale or one of its parents (es_MX -> es)
  fallback,             // no translation in the locale's chain: the English text
  invalid_translation,  // the translation does not parse: the English text for that key
  key_not_found,        // the key is in no bundle: the text is the key itself
  format_error,         // even the English pattern failed to format: the text is the key
  catalog_error,        // the catalog could not be opened: the text is the key
};
const char* status_name(Status status);

// A point in time, in milliseconds since 1970-01-01 UTC (ICU's UDate).
struct Date {
  double milliseconds = 0;
};

struct Argument {
  std::string name;
  std::variant<std::string, int64_t, double, Date> value;
};

struct FormatResult {
  std::string text;  // UTF-8
  Status status = Status::ok;
  std::string locale;  // the bundle the text came from ("es", "root"); empty for the key
};

// An ICU package directory written by `l10nc compile`: root.res (English) and one .res per
// locale. The fallback chain is built from the requested locale alone (es_MX -> es -> root):
// the process's default locale and LANG never take part. Safe to use from many threads.
class Catalog {
 public:
  // Opens the package; check ok() (a catalog that failed to open still formats: it returns
  // the key with Status::catalog_error).
  explicit Catalog(std::string directory);
  ~Catalog();
  Catalog(const Catalog&) = delete;
  Catalog& operator=(const Catalog&) = delete;

  bool ok() const;
  const std::string& error() const;  // why open failed

  FormatResult format(std::string_view locale, std::string_view key,
                      std::span<const Argument> arguments = {}) const;

  // All message keys of the English root bundle, sorted.
  std::vector<std::string> keys() const;
  // Key of the title of the document `key` came from, if the document has one.
  std::optional<std::string> title_key(std::string_view key) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace l10n
