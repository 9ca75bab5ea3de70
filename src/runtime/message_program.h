#pragma once

#include <unicode/unistr.h>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "format_context.h"

namespace l10n::detail {

// What a message argument must be, from how the pattern uses it.
enum class ArgumentKind : uint8_t {
  any,     // "{name}": string, number or date
  number,  // "{n, number}", plural, selectordinal, choice, spellout, ...
  string,  // select
  date,    // "{d, date}", "{d, time}": a date, or a number of milliseconds
};
const char* kind_name(ArgumentKind kind);

// A caller's argument, borrowed for one call.
struct ArgumentRef {
  enum class Type : uint8_t { string, integer, number, date };
  std::string_view name;
  Type type = Type::string;
  std::string_view string;
  int64_t integer = 0;
  double number = 0;  // a double, or a date's milliseconds
};

// Whether MessageFormat can format an argument of `type` where a `kind` is expected.
bool accepts(ArgumentKind kind, ArgumentRef::Type type);

struct Parameter {
  std::string name;
  ArgumentKind kind = ArgumentKind::any;
  bool operator==(const Parameter&) const = default;
};

// An ICU MessageFormat pattern compiled once (with ICU's MessagePattern) into literal UTF-8
// text and argument slots, so that formatting the common cases — text, "{name}", numbers,
// plural, selectordinal, select — appends UTF-8 directly and calls ICU only for numbers and
// plural rules. Everything else (dates, times, choice, spellout, skeletons, currency) and
// every locale whose numbers are not a DecimalFormat goes to ICU's MessageFormat: needs_icu().
// Immutable after compile(), so shared by all threads.
class MessageProgram {
 public:
  struct Piece;
  struct Branch;

  // Never fails; check valid() (false when ICU's MessageFormat would reject the pattern too).
  static std::unique_ptr<const MessageProgram> compile(icu::UnicodeString pattern);
  ~MessageProgram();

  bool valid() const { return valid_; }
  bool needs_icu() const { return needs_icu_; }
  const icu::UnicodeString& pattern() const { return pattern_; }
  // Every argument the pattern uses, sorted by name.
  const std::vector<Parameter>& parameters() const { return parameters_; }
  // The text when no argument is passed: literal text, each argument as "{name}" (as
  // MessageFormat shows a missing argument).
  const std::string& text_without_arguments() const { return text_without_arguments_; }

  // Appends the formatted message. Missing arguments, and arguments that `accepts` rejects for
  // their parameter, are shown as "{name}". Requires !needs_icu(), context.fast and no date for
  // an `any` parameter (those go to ICU). False on an ICU error.
  bool render(std::span<const ArgumentRef> arguments, const FormatContext& context,
              std::string& out) const;

 private:
  MessageProgram();
  friend class ProgramCompiler;

  icu::UnicodeString pattern_;
  bool valid_ = false;
  bool needs_icu_ = false;
  std::vector<Parameter> parameters_;
  std::string text_without_arguments_;
  std::vector<Piece> pieces_;
};

}  // namespace l10n::detail
