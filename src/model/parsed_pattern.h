#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace l10nc {

// One argument of a MessageFormat pattern: `{file}` is {"file", ""}, `{n, number}` is
// {"n", "number"}, `{n, plural, ...}` is {"n", "plural"}.
struct PatternArgument {
  std::string name;
  std::string type;  // "", "number", "date", "plural", "select", "selectordinal", "choice", ...

  bool operator==(const PatternArgument&) const = default;
  auto operator<=>(const PatternArgument&) const = default;
};

// A plural or selectordinal argument and the selectors it gives sub-messages for.
struct PatternPlural {
  std::string argument;
  bool ordinal = false;
  std::vector<std::string> selectors;  // "one", "other", "=0", in pattern order
};

// What checks need to know about a MessageFormat pattern, from ICU's MessagePattern.
struct ParsedPattern {
  // Every argument in order of appearance, nested ones included, repeats kept.
  std::vector<PatternArgument> arguments;
  std::vector<PatternPlural> plurals;
  // How the message reads (UTF-8): literal text as formatting prints it, each simple argument
  // (and plural '#') as U+FFFC, each plural/select as its `other` sub-message.
  std::string text;
  // '{' and '}' printed literally anywhere, and '#' printed literally in a plural
  // sub-message: characters that only quoting with apostrophes can make literal. As many as
  // one formatted text can hold: of a plural's or select's sub-messages, the one with the
  // most counts (so a translation with more plural categories than the English has no more).
  int quoted_syntax_characters = 0;
};

// The character standing for an argument in ParsedPattern::text.
inline constexpr std::string_view kArgumentPlaceholder = "\xEF\xBF\xBC";  // U+FFFC

// Parses with ICU's MessagePattern (apostrophes as MessageFormat reads them). nullopt when the
// pattern is malformed; *error then says why, with what precedes the error.
std::optional<ParsedPattern> parse_pattern(std::string_view pattern, std::string* error = nullptr);

// Why ICU's MessageFormat, which the runtime formats with, rejects the pattern for the locale
// (it also rejects unknown argument types and styles); nullopt when it accepts it.
std::optional<std::string> message_format_error(std::string_view pattern,
                                                std::string_view icu_locale);

}  // namespace l10nc
