#include "format_context.h"

#include <unicode/numfmt.h>

namespace l10n::detail {

namespace {

std::unique_ptr<icu::DecimalFormat> as_decimal(icu::NumberFormat* format) {
  std::unique_ptr<icu::NumberFormat> owned(format);
  auto* decimal = dynamic_cast<icu::DecimalFormat*>(owned.get());
  if (decimal == nullptr) return nullptr;
  owned.release();
  return std::unique_ptr<icu::DecimalFormat>(decimal);
}

}  // namespace

std::unique_ptr<const FormatContext> FormatContext::create(const std::string& locale_id) {
  auto context = std::make_unique<FormatContext>();
  context->name = locale_id;
  context->locale = icu::Locale(locale_id.c_str());
  UErrorCode status = U_ZERO_ERROR;
  context->number = as_decimal(icu::NumberFormat::createInstance(context->locale, status));
  context->integer = as_decimal(icu::NumberFormat::createInstance(context->locale, status));
  context->percent = as_decimal(icu::NumberFormat::createPercentInstance(context->locale, status));
  context->cardinal.reset(
      icu::PluralRules::forLocale(context->locale, UPLURAL_TYPE_CARDINAL, status));
  context->ordinal.reset(
      icu::PluralRules::forLocale(context->locale, UPLURAL_TYPE_ORDINAL, status));
  if (context->integer) {
    // As MessageFormat's "integer" style.
    context->integer->setMaximumFractionDigits(0);
    context->integer->setDecimalSeparatorAlwaysShown(false);
    context->integer->setParseIntegerOnly(true);
  }
  context->fast = U_SUCCESS(status) && context->number && context->integer && context->percent &&
                  context->cardinal && context->ordinal;
  return context;
}

}  // namespace l10n::detail
