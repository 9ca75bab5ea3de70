#include "model/parsed_pattern.h"

#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/parseerr.h>

#include <algorithm>

#include "base/unicode_text.h"

namespace l10nc {

namespace {

constexpr UChar32 kPlaceholder = 0xFFFC;

std::string describe_error(UErrorCode status, const UParseError& where) {
  std::string message;
  switch (status) {
    case U_UNMATCHED_BRACES:
      message = "unmatched braces";
      break;
    case U_PATTERN_SYNTAX_ERROR:
      message = "syntax error";
      break;
    case U_DEFAULT_KEYWORD_MISSING:
      message = "a plural or select argument has no 'other' sub-message";
      break;
    case U_DUPLICATE_KEYWORD:
      message = "a plural or select argument has a selector twice";
      break;
    case U_ARGUMENT_TYPE_MISMATCH:
      message = "arguments mix names and numbers";
      break;
    case U_ILLEGAL_ARGUMENT_ERROR:
      message = "invalid argument";
      break;
    default:
      message = u_errorName(status);
  }
  const icu::UnicodeString before(where.preContext);
  if (!before.isEmpty()) message += " after '" + to_utf8(before) + "'";
  return message;
}

// Walks one (sub-)message of a MessagePattern and gathers what ParsedPattern holds. Text is
// appended only for the sub-messages a reader sees by default (`other`), not for the others.
class PatternWalker {
 public:
  PatternWalker(const icu::MessagePattern& pattern, ParsedPattern& result)
      : pattern_(pattern), source_(pattern.getPatternString()), result_(result) {}

  // `message_start` indexes a MSG_START part; returns the index of its MSG_LIMIT. Adds to
  // `quoted` the quoted syntax characters the message can print.
  int32_t walk_message(int32_t message_start, bool in_plural, icu::UnicodeString* text,
                       int& quoted) {
    int32_t previous = pattern_.getPart(message_start).getLimit();
    for (int32_t i = message_start + 1;; ++i) {
      const icu::MessagePattern::Part& part = pattern_.getPart(i);
      const UMessagePatternPartType type = part.getType();
      append_literal(previous, part.getIndex(), in_plural, text, quoted);
      if (type == UMSGPAT_PART_TYPE_MSG_LIMIT) return i;
      previous = part.getLimit();
      // INSERT_CHAR (a lone apostrophe's second, for re-quoting the pattern) is no text:
      // formatting prints the apostrophe once, from the literal.
      if (type == UMSGPAT_PART_TYPE_REPLACE_NUMBER) {
        if (text != nullptr) text->append(kPlaceholder);
      } else if (type == UMSGPAT_PART_TYPE_ARG_START) {
        i = walk_argument(i, text, quoted);
        previous = pattern_.getPart(i).getLimit();
      }
      // SKIP_SYNTAX: a quoting apostrophe, not part of the text.
    }
  }

 private:
  void append_literal(int32_t begin, int32_t end, bool in_plural, icu::UnicodeString* text,
                      int& quoted) {
    for (int32_t i = begin; i < end; ++i) {
      const char16_t c = source_.charAt(i);
      if (c == u'{' || c == u'}' || (in_plural && c == u'#')) ++quoted;
    }
    if (text != nullptr && end > begin) text->append(source_, begin, end - begin);
  }

  // `start` indexes an ARG_START part; returns the index of its ARG_LIMIT.
  int32_t walk_argument(int32_t start, icu::UnicodeString* text, int& quoted) {
    const int32_t limit = pattern_.getLimitPartIndex(start);
    const UMessagePatternArgType arg_type = pattern_.getPart(start).getArgType();
    PatternArgument argument;
    argument.name = to_utf8(pattern_.getSubstring(pattern_.getPart(start + 1)));
    switch (arg_type) {
      case UMSGPAT_ARG_TYPE_NONE:
        break;
      case UMSGPAT_ARG_TYPE_SIMPLE:
        argument.type = to_utf8(pattern_.getSubstring(pattern_.getPart(start + 2)));
        break;
      case UMSGPAT_ARG_TYPE_CHOICE:
        argument.type = "choice";
        break;
      case UMSGPAT_ARG_TYPE_PLURAL:
        argument.type = "plural";
        break;
      case UMSGPAT_ARG_TYPE_SELECT:
        argument.type = "select";
        break;
      case UMSGPAT_ARG_TYPE_SELECTORDINAL:
        argument.type = "selectordinal";
        break;
    }
    result_.arguments.push_back(argument);
    if (arg_type == UMSGPAT_ARG_TYPE_NONE || arg_type == UMSGPAT_ARG_TYPE_SIMPLE) {
      if (text != nullptr) text->append(kPlaceholder);
      return limit;
    }

    const bool plural =
        arg_type == UMSGPAT_ARG_TYPE_PLURAL || arg_type == UMSGPAT_ARG_TYPE_SELECTORDINAL;
    std::optional<size_t> plural_index;
    if (plural) {
      plural_index = result_.plurals.size();
      result_.plurals.push_back({argument.name, arg_type == UMSGPAT_ARG_TYPE_SELECTORDINAL, {}});
    }
    // The sub-message a reader sees by default: `other`, or a choice's first.
    icu::UnicodeString selector;
    bool shown = false;
    int most_quoted = 0;  // a plural prints one of its messages: the one with the most counts
    for (int32_t i = start + 2; i < limit; ++i) {
      const icu::MessagePattern::Part& part = pattern_.getPart(i);
      if (part.getType() == UMSGPAT_PART_TYPE_ARG_SELECTOR) {
        selector = pattern_.getSubstring(part);
        if (plural_index) result_.plurals[*plural_index].selectors.push_back(to_utf8(selector));
      } else if (part.getType() == UMSGPAT_PART_TYPE_MSG_START) {
        const bool show = !shown && (arg_type == UMSGPAT_ARG_TYPE_CHOICE || selector == u"other");
        shown = shown || show;
        int message_quoted = 0;
        i = walk_message(i, plural, show ? text : nullptr, message_quoted);
        most_quoted = std::max(most_quoted, message_quoted);
      }
    }
    quoted += most_quoted;
    return limit;
  }

  const icu::MessagePattern& pattern_;
  const icu::UnicodeString& source_;
  ParsedPattern& result_;
};

}  // namespace

std::optional<ParsedPattern> parse_pattern(std::string_view pattern, std::string* error) {
  if (pattern.find_first_of("{}") == std::string_view::npos) {
    // Most messages: no argument, nothing quoted (outside arguments an apostrophe quotes only
    // a brace), so the text is the pattern with each doubled apostrophe read as one.
    ParsedPattern result;
    result.text.reserve(pattern.size());
    for (size_t i = 0; i < pattern.size(); ++i) {
      result.text += pattern[i];
      if (pattern[i] == '\'' && i + 1 < pattern.size() && pattern[i + 1] == '\'') ++i;
    }
    return result;
  }
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  const icu::MessagePattern parsed(to_utf16(pattern), &where, status);
  if (U_FAILURE(status)) {
    if (error != nullptr) *error = describe_error(status, where);
    return std::nullopt;
  }
  ParsedPattern result;
  icu::UnicodeString text;
  PatternWalker(parsed, result).walk_message(0, false, &text, result.quoted_syntax_characters);
  result.text = to_utf8(text);
  return result;
}

std::optional<std::string> message_format_error(std::string_view pattern,
                                                std::string_view icu_locale) {
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  const icu::MessageFormat format(to_utf16(pattern), icu::Locale(std::string(icu_locale).c_str()),
                                  where, status);
  if (U_SUCCESS(status)) return std::nullopt;
  return describe_error(status, where);
}

}  // namespace l10nc
