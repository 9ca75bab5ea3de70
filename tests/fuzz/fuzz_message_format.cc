// The runtime's formatter on arbitrary patterns and arguments: it must never crash, and where
// it formats a message itself (not through ICU) the text must be exactly what ICU's own
// MessageFormat prints for the same pattern, locale and arguments.
#include <unicode/msgfmt.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/unicode_text.h"
#include "runtime/format_context.h"
#include "runtime/message_program.h"

namespace {

using l10n::detail::ArgumentKind;
using l10n::detail::ArgumentRef;

const char* const kLocales[] = {"en", "es_MX", "fr", "de", "ru", "pl", "ar", "ja", "hi", "root"};

const l10n::detail::FormatContext& context_for(const char* locale) {
  static std::map<std::string, std::unique_ptr<const l10n::detail::FormatContext>> contexts;
  auto& context = contexts[locale];
  if (!context) context = l10n::detail::FormatContext::create(locale);
  return *context;
}

// Reads little pieces of the input to choose argument values.
struct Input {
  const uint8_t* data;
  size_t size;
  uint8_t byte() {
    if (size == 0) return 0;
    --size;
    return *data++;
  }
  int64_t integer() {
    int64_t value = static_cast<int8_t>(byte());
    if (byte() & 1) value *= 1000003;
    return value;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Layout: locale byte, pattern bytes up to a NUL, then bytes that pick argument values.
  if (size == 0) return 0;
  const char* locale = kLocales[data[0] % (sizeof kLocales / sizeof kLocales[0])];
  const auto* begin = reinterpret_cast<const char*>(data + 1);
  const size_t pattern_size = strnlen(begin, size - 1);
  const std::string pattern(begin, pattern_size);
  if (l10nc::find_invalid_utf8(pattern)) return -1;
  Input values{data + 1 + pattern_size, size - 1 - pattern_size};

  const auto program = l10n::detail::MessageProgram::compile(l10nc::to_utf16(pattern));
  if (!program->valid()) return 0;

  std::vector<std::string> strings;
  strings.reserve(program->parameters().size());
  std::vector<ArgumentRef> arguments;
  for (const auto& parameter : program->parameters()) {
    ArgumentRef argument;
    argument.name = parameter.name;
    const uint8_t choice = values.byte();
    if (parameter.kind == ArgumentKind::string ||
        (parameter.kind == ArgumentKind::any && choice % 3 == 0)) {
      strings.push_back(std::string(1, static_cast<char>('a' + choice % 26)) + "{'#}");
      argument.type = ArgumentRef::Type::string;
      argument.string = strings.back();
    } else if (parameter.kind == ArgumentKind::date) {
      continue;  // dates always go to ICU
    } else if (choice % 2 == 0) {
      argument.type = ArgumentRef::Type::integer;
      argument.integer = values.integer();
    } else {
      argument.type = ArgumentRef::Type::number;
      argument.number = static_cast<double>(values.integer()) / 8.0;
    }
    arguments.push_back(argument);
  }

  const auto& context = context_for(locale);
  if (program->needs_icu() || !context.fast) return 0;
  std::string ours;
  if (!program->render(arguments, context, ours)) return 0;

  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat format(l10nc::to_utf16(pattern), icu::Locale(locale), status);
  if (U_FAILURE(status)) __builtin_trap();  // the program said valid: ICU must agree
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> formattables;
  for (const ArgumentRef& argument : arguments) {
    names.push_back(l10nc::to_utf16(argument.name));
    if (argument.type == ArgumentRef::Type::string)
      formattables.emplace_back(l10nc::to_utf16(argument.string));
    else if (argument.type == ArgumentRef::Type::integer)
      formattables.emplace_back(static_cast<int64_t>(argument.integer));
    else
      formattables.emplace_back(argument.number);
  }
  icu::UnicodeString theirs;
  format.format(names.data(), formattables.data(), static_cast<int32_t>(formattables.size()),
                theirs, status);
  if (U_SUCCESS(status) && l10nc::to_utf8(theirs) != ours) {
    std::fprintf(stderr, "locale %s\npattern %s\nours   %s\nicu    %s\n", locale, pattern.c_str(),
                 ours.c_str(), l10nc::to_utf8(theirs).c_str());
    for (const ArgumentRef& argument : arguments)
      std::fprintf(stderr, "arg %.*s type %d string '%.*s' integer %lld number %g\n",
                   static_cast<int>(argument.name.size()), argument.name.data(),
                   static_cast<int>(argument.type), static_cast<int>(argument.string.size()),
                   argument.string.data(), static_cast<long long>(argument.integer),
                   argument.number);
    __builtin_trap();
  }
  return 0;
}
