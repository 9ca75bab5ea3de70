#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "l10n/catalog.h"
#include "l10n/l10n.h"

struct l10n_catalog {
  explicit l10n_catalog(const char* path) : catalog(path) {}
  l10n::Catalog catalog;
};

namespace {

static_assert(static_cast<int>(l10n::Status::ok) == L10N_STATUS_OK);
static_assert(static_cast<int>(l10n::Status::fallback) == L10N_STATUS_FALLBACK);
static_assert(static_cast<int>(l10n::Status::invalid_translation) ==
              L10N_STATUS_INVALID_TRANSLATION);
static_assert(static_cast<int>(l10n::Status::key_not_found) == L10N_STATUS_KEY_NOT_FOUND);
static_assert(static_cast<int>(l10n::Status::format_error) == L10N_STATUS_FORMAT_ERROR);
static_assert(static_cast<int>(l10n::Status::catalog_error) == L10N_STATUS_CATALOG_ERROR);
static_assert(static_cast<int>(l10n::Status::missing_argument) == L10N_STATUS_MISSING_ARGUMENT);
static_assert(static_cast<int>(l10n::Status::wrong_argument_type) ==
              L10N_STATUS_WRONG_ARGUMENT_TYPE);
static_assert(static_cast<int>(l10n::Status::arguments_differ) == L10N_STATUS_ARGUMENTS_DIFFER);
static_assert(static_cast<int>(l10n::Status::corrupt_bundle) == L10N_STATUS_CORRUPT_BUNDLE);
static_assert(static_cast<int>(l10n::Status::invalid_locale) == L10N_STATUS_INVALID_LOCALE);

// Copies `text` as snprintf does, but never cuts a UTF-8 sequence in two.
size_t copy_out(std::string_view text, char* buffer, size_t buffer_size) {
  if (buffer == nullptr || buffer_size == 0) return text.size();
  size_t length = std::min(text.size(), buffer_size - 1);
  if (length < text.size() && length <= INT32_MAX) {
    int32_t boundary = static_cast<int32_t>(length);
    U8_SET_CP_START(reinterpret_cast<const uint8_t*>(text.data()), 0, boundary);
    length = static_cast<size_t>(boundary);
  }
  if (length > 0) std::memcpy(buffer, text.data(), length);
  buffer[length] = '\0';
  return text.size();
}

size_t answer(std::string_view text, l10n_status answer_status, char* buffer, size_t buffer_size,
              l10n_status* status) {
  if (status != nullptr) *status = answer_status;
  return copy_out(text, buffer, buffer_size);
}

bool to_arguments(const l10n_arg* args, size_t count, std::vector<l10n::Argument>& arguments) {
  if (count > 0 && args == nullptr) return false;
  arguments.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    const l10n_arg& arg = args[i];
    if (arg.name == nullptr) return false;
    l10n::Argument& argument = arguments.emplace_back();
    argument.name = arg.name;
    switch (arg.type) {
      case L10N_ARG_STRING:
        if (arg.value.string == nullptr) return false;
        argument.value = std::string(arg.value.string);
        break;
      case L10N_ARG_INT:
        argument.value = arg.value.integer;
        break;
      case L10N_ARG_DOUBLE:
        argument.value = arg.value.number;
        break;
      case L10N_ARG_DATE:
        argument.value = l10n::Date{arg.value.date};
        break;
      default:
        return false;
    }
  }
  return true;
}

}  // namespace

extern "C" {

l10n_error l10n_catalog_open(const char* path, l10n_catalog** catalog) {
  if (catalog == nullptr) return L10N_ERROR_INVALID_ARGUMENT;
  *catalog = nullptr;
  if (path == nullptr) return L10N_ERROR_INVALID_ARGUMENT;
  try {
    *catalog = new l10n_catalog(path);
    return (*catalog)->catalog.ok() ? L10N_OK : L10N_ERROR_CATALOG;
  } catch (const std::bad_alloc&) {
    return L10N_ERROR_OUT_OF_MEMORY;
  } catch (...) {
    return L10N_ERROR_INTERNAL;
  }
}

const char* l10n_catalog_error(const l10n_catalog* catalog) {
  if (catalog == nullptr) return "no catalog";
  return catalog->catalog.error().c_str();
}

void l10n_catalog_close(l10n_catalog* catalog) { delete catalog; }

size_t l10n_format(const l10n_catalog* catalog, const char* locale, const char* key,
                   const l10n_arg* args, size_t arg_count, char* buffer, size_t buffer_size,
                   l10n_status* status) {
  return l10n_format_in_domain(catalog, locale, nullptr, key, args, arg_count, buffer, buffer_size,
                               status);
}

size_t l10n_format_in_domain(const l10n_catalog* catalog, const char* locale, const char* domain,
                             const char* key, const l10n_arg* args, size_t arg_count, char* buffer,
                             size_t buffer_size, l10n_status* status) {
  if (key == nullptr) return answer("", L10N_STATUS_INVALID_ARGUMENT, buffer, buffer_size, status);
  if (catalog == nullptr)
    return answer(key, L10N_STATUS_CATALOG_ERROR, buffer, buffer_size, status);
  try {
    std::vector<l10n::Argument> arguments;
    if (!to_arguments(args, arg_count, arguments))
      return answer(key, L10N_STATUS_INVALID_ARGUMENT, buffer, buffer_size, status);
    const bool no_domain = domain == nullptr || domain[0] == '\0';
    const l10n::FormatResult result =
        no_domain && locale == nullptr ? catalog->catalog.format_default(key, arguments)
        : no_domain                    ? catalog->catalog.format(locale, key, arguments)
                                       : catalog->catalog.format(
                                             locale == nullptr ? catalog->catalog.default_locale() : locale,
                          l10n::MessageId{domain, key}, arguments);
    if (status != nullptr) *status = static_cast<l10n_status>(result.status);
    return copy_out(result.text, buffer, buffer_size);
  } catch (...) {
    return answer(key, L10N_STATUS_INTERNAL_ERROR, buffer, buffer_size, status);
  }
}

const char* l10n_status_name(l10n_status status) {
  switch (status) {
    case L10N_STATUS_INVALID_ARGUMENT:
      return "invalid-argument";
    case L10N_STATUS_INTERNAL_ERROR:
      return "internal-error";
    default:
      if (status >= L10N_STATUS_OK && status <= L10N_STATUS_INVALID_LOCALE)
        return l10n::status_name(static_cast<l10n::Status>(status));
      return "unknown";
  }
}

}  // extern "C"
