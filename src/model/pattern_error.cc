#include "model/pattern_error.h"

#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/parseerr.h>

#include <array>
#include <vector>

#include "base/unicode_text.h"

namespace l10nc {

namespace {

// The byte offset in `utf8` of UTF-16 index `index` of the same text.
size_t utf8_offset(std::string_view utf8, int32_t index) {
  const icu::UnicodeString text = to_utf16(utf8);
  if (index <= 0) return 0;
  if (index >= text.length()) return utf8.size();
  return to_utf8(text.tempSubString(0, index)).size();
}

// "{name" or "{name, type" at `open` (a '{'): what the argument says of itself.
struct ArgumentHead {
  std::string name;
  std::string type;
};
ArgumentHead argument_head(std::string_view pattern, size_t open) {
  ArgumentHead head;
  size_t i = open + 1;
  while (i < pattern.size() && is_xml_space(pattern[i])) ++i;
  while (i < pattern.size() && is_ascii_word_char(pattern[i])) head.name += pattern[i++];
  while (i < pattern.size() && is_xml_space(pattern[i])) ++i;
  if (i >= pattern.size() || pattern[i] != ',') return head;
  ++i;
  while (i < pattern.size() && is_xml_space(pattern[i])) ++i;
  while (i < pattern.size() && is_ascii_word_char(pattern[i])) head.type += pattern[i++];
  return head;
}

// The offsets of the braces that are syntax (not quoted), reading apostrophes as
// MessageFormat does: "''" is an apostrophe, "'{" starts quoted text up to the next lone "'".
std::vector<size_t> syntax_braces(std::string_view pattern) {
  std::vector<size_t> braces;
  bool quoted = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\'') {
      if (i + 1 < pattern.size() && pattern[i + 1] == '\'') {
        ++i;
      } else if (quoted) {
        quoted = false;
      } else if (i + 1 < pattern.size() && (pattern[i + 1] == '{' || pattern[i + 1] == '}')) {
        quoted = true;
      }
    } else if (!quoted && (c == '{' || c == '}')) {
      braces.push_back(i);
    }
  }
  return braces;
}

// The '{' whose argument is never closed (the innermost).
std::optional<size_t> unclosed_brace(std::string_view pattern) {
  std::vector<size_t> open;
  for (const size_t brace : syntax_braces(pattern)) {
    if (pattern[brace] == '{')
      open.push_back(brace);
    else if (!open.empty())
      open.pop_back();
  }
  if (open.empty()) return std::nullopt;
  return open.back();
}

// The '{' of the first plural, select or selectordinal without an `other` message.
std::optional<size_t> construct_without_other(std::string_view pattern) {
  const std::vector<size_t> braces = syntax_braces(pattern);
  for (size_t b = 0; b < braces.size(); ++b) {
    const size_t open = braces[b];
    if (pattern[open] != '{') continue;
    const ArgumentHead head = argument_head(pattern, open);
    if (head.type != "plural" && head.type != "select" && head.type != "selectordinal") continue;
    // Selectors are the words before the '{'s one level down.
    int depth = 0;
    size_t after = open + 1;
    bool other = false;
    for (size_t c = b + 1; c < braces.size() && depth >= 0; ++c) {
      const size_t at = braces[c];
      if (pattern[at] == '{' && depth++ == 0) {
        size_t end = at;
        while (end > after && is_xml_space(pattern[end - 1])) --end;
        size_t begin = end;
        while (begin > after && !is_xml_space(pattern[begin - 1]) && pattern[begin - 1] != ',')
          --begin;
        other = other || pattern.substr(begin, end - begin) == "other";
      } else if (pattern[at] == '}' && --depth == 0) {
        after = at + 1;
      }
    }
    if (!other) return open;
  }
  return std::nullopt;
}

std::string unclosed_reason(std::string_view pattern, size_t open) {
  const ArgumentHead head = argument_head(pattern, open);
  if (head.type == "plural" || head.type == "select" || head.type == "selectordinal")
    return "unclosed " + head.type + " '" + head.name + "': its '{' is never closed";
  if (!head.name.empty()) return "unclosed argument '" + head.name + "': its '{' is never closed";
  return "unclosed '{'";
}

// The argument types ICU's MessageFormat formats ("{n, number}", "{d, date, short}").
bool is_known_simple_type(const icu::UnicodeString& type) {
  static constexpr std::array<const char16_t*, 6> kTypes = {u"number",   u"date",    u"time",
                                                            u"spellout", u"ordinal", u"duration"};
  for (const char16_t* known : kTypes)
    if (type == known) return true;
  return false;
}

std::string icu_reason(UErrorCode status, const UParseError& where) {
  const std::string before = to_utf8(icu::UnicodeString(where.preContext));
  switch (status) {
    case U_UNMATCHED_BRACES:
      return "unmatched braces";
    case U_DEFAULT_KEYWORD_MISSING:
      return "a plural or select has no 'other' message, which ICU requires";
    case U_DUPLICATE_KEYWORD:
      return "a plural or select has a selector twice";
    case U_ARGUMENT_TYPE_MISMATCH:
      return "arguments mix names and numbers";
    case U_INDEX_OUTOFBOUNDS_ERROR:
      return "an argument number is too large";
    case U_PATTERN_SYNTAX_ERROR:
      return before.empty() ? "syntax error" : "syntax error after '" + before + "'";
    default:
      return std::string("rejected by ICU (") + u_errorName(status) + ")";
  }
}

}  // namespace

std::optional<PatternError> find_pattern_error(std::string_view pattern) {
  // Text without braces is always a valid pattern: its apostrophes are literal or doubled.
  if (pattern.find_first_of("{}") == std::string_view::npos) return std::nullopt;
  if (std::optional<size_t> open = unclosed_brace(pattern)) {
    // Confirm with ICU: the scan only names what ICU rejects.
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    const icu::MessagePattern parsed(to_utf16(pattern), &where, status);
    if (U_FAILURE(status)) return PatternError{*open, unclosed_reason(pattern, *open)};
  }
  const icu::UnicodeString text = to_utf16(pattern);
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  const icu::MessagePattern parsed(text, &where, status);
  if (U_FAILURE(status)) {
    size_t offset = utf8_offset(pattern, where.offset);
    if (status == U_DEFAULT_KEYWORD_MISSING) {
      // ICU points at the start of the message: find the construct.
      if (std::optional<size_t> open = construct_without_other(pattern)) {
        const ArgumentHead head = argument_head(pattern, *open);
        return PatternError{
            *open, head.type + " '" + head.name + "' has no 'other' message, which ICU requires"};
      }
    }
    return PatternError{offset, icu_reason(status, where)};
  }
  bool simple_arguments = false;
  for (int32_t i = 0; i < parsed.countParts(); ++i) {
    const icu::MessagePattern::Part& part = parsed.getPart(i);
    if (part.getType() != UMSGPAT_PART_TYPE_ARG_START ||
        part.getArgType() != UMSGPAT_ARG_TYPE_SIMPLE)
      continue;
    simple_arguments = true;
    const icu::MessagePattern::Part& type = parsed.getPart(i + 2);
    const icu::UnicodeString name = parsed.getSubstring(type);
    if (!is_known_simple_type(name))
      return PatternError{utf8_offset(pattern, type.getIndex()),
                          "unknown argument type '" + to_utf8(name) +
                              "' (ICU knows plural, select, selectordinal, number, date, time, "
                              "spellout, ordinal, duration)"};
  }
  // What MessagePattern accepts but MessageFormat does not (a number skeleton it cannot read):
  // only typed arguments can hold that, and building a MessageFormat costs.
  if (!simple_arguments) return std::nullopt;
  status = U_ZERO_ERROR;
  where = {};
  const icu::MessageFormat format(text, icu::Locale::getRoot(), where, status);
  if (U_FAILURE(status))
    return PatternError{utf8_offset(pattern, where.offset), icu_reason(status, where)};
  return std::nullopt;
}

}  // namespace l10nc
