#pragma once

#include <unicode/decimfmt.h>
#include <unicode/locid.h>
#include <unicode/plurrule.h>

#include <memory>
#include <mutex>
#include <string>

namespace l10n::detail {

// The ICU formatters a message needs for one locale, made once and then only read, from any
// thread: formatting with DecimalFormat's const format() runs its LocalizedNumberFormatter,
// which ICU documents as immutable and thread-safe, and PluralRules::select() is const.
// MessageFormat itself is not shared this way: it creates formatters lazily inside const
// format() calls (see icu_message_format.h).
struct FormatContext {
  std::string name;  // the ICU locale id
  icu::Locale locale;
  // What MessageFormat uses for "{n}" / "{n, number}" / "#", "{n, number, integer}" and
  // "{n, number, percent}" (made the same way as MessageFormat makes them).
  std::unique_ptr<icu::DecimalFormat> number;
  std::unique_ptr<icu::DecimalFormat> integer;
  std::unique_ptr<icu::DecimalFormat> percent;
  std::unique_ptr<icu::PluralRules> cardinal;
  std::unique_ptr<icu::PluralRules> ordinal;
  // False when ICU gave something other than DecimalFormat (an algorithmic numbering system):
  // then every message of this locale is formatted by ICU's MessageFormat.
  bool fast = false;

  static std::unique_ptr<const FormatContext> create(const std::string& locale_id);
};

// A locale's formatters, made when a message with syntax first needs them: making them reads
// ICU's number and plural data (half a million instructions, most of a cold start's memory),
// which a catalog showing plain text never needs.
class LazyFormatContext {
 public:
  explicit LazyFormatContext(std::string locale_id) : locale_id_(std::move(locale_id)) {}

  const FormatContext& get() const {
    std::call_once(made_, [this] { context_ = FormatContext::create(locale_id_); });
    return *context_;
  }

 private:
  std::string locale_id_;
  mutable std::once_flag made_;
  mutable std::unique_ptr<const FormatContext> context_;
};

}  // namespace l10n::detail
