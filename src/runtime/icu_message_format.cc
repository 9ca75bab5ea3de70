#include "icu_message_format.h"

#include <unicode/fmtable.h>
#include <unicode/msgfmt.h>

#include <memory>
#include <unordered_map>
#include <vector>

#include "utf8.h"

namespace l10n::detail {

namespace {

constexpr size_t kFormatsPerThread = 256;

struct CacheKey {
  uint64_t catalog_serial;
  const MessageProgram* program;
  const FormatContext* context;
  bool operator==(const CacheKey&) const = default;
};

struct CacheKeyHash {
  size_t operator()(const CacheKey& key) const {
    const size_t a = std::hash<uint64_t>()(key.catalog_serial);
    const size_t b = std::hash<const void*>()(key.program);
    const size_t c = std::hash<const void*>()(key.context);
    return a ^ (b * 0x9e3779b97f4a7c15ULL) ^ (c * 0xc2b2ae3d27d4eb4fULL);
  }
};

icu::MessageFormat* thread_format(uint64_t catalog_serial, const MessageProgram& program,
                                  const FormatContext& context) {
  thread_local std::unordered_map<CacheKey, std::unique_ptr<icu::MessageFormat>, CacheKeyHash>
      cache;
  const CacheKey key{catalog_serial, &program, &context};
  auto found = cache.find(key);
  if (found != cache.end()) return found->second.get();
  UErrorCode status = U_ZERO_ERROR;
  auto format = std::make_unique<icu::MessageFormat>(program.pattern(), context.locale, status);
  if (U_FAILURE(status)) return nullptr;
  if (cache.size() >= kFormatsPerThread) cache.clear();
  return cache.emplace(key, std::move(format)).first->second.get();
}

icu::Formattable to_formattable(const ArgumentRef& argument) {
  switch (argument.type) {
    case ArgumentRef::Type::string:
      return icu::Formattable(to_utf16(argument.string));
    case ArgumentRef::Type::integer:
      return icu::Formattable(static_cast<int64_t>(argument.integer));
    case ArgumentRef::Type::number:
      return icu::Formattable(argument.number);
    case ArgumentRef::Type::date:
      return icu::Formattable(argument.number, icu::Formattable::kIsDate);
  }
  return icu::Formattable();
}

}  // namespace

bool format_with_icu(uint64_t catalog_serial, const MessageProgram& program,
                     const FormatContext& context, std::span<const ArgumentRef> arguments,
                     std::string& out) {
  icu::MessageFormat* format = thread_format(catalog_serial, program, context);
  if (format == nullptr) return false;
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const Parameter& parameter : program.parameters()) {
    for (const ArgumentRef& argument : arguments) {
      if (argument.name != parameter.name) continue;
      if (accepts(parameter.kind, argument.type)) {
        names.push_back(to_utf16(argument.name));
        values.push_back(to_formattable(argument));
      }
      break;
    }
  }
  icu::UnicodeString result;
  UErrorCode status = U_ZERO_ERROR;
  format->format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
  if (U_FAILURE(status)) return false;
  append_utf8(result, out);
  return true;
}

}  // namespace l10n::detail
