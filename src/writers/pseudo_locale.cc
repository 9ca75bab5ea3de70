#include "writers/pseudo_locale.h"

#include <unicode/messagepattern.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "base/regex.h"
#include "base/unicode_text.h"
#include "checks/identifier_tokens.h"
#include "checks/markup_tags.h"
#include "model/locale_id.h"
#include "model/message_pattern.h"
#include "model/parsed_pattern.h"

namespace l10nc {

namespace {

// Android's ar-XB: each word between RIGHT-TO-LEFT MARK + RIGHT-TO-LEFT OVERRIDE and
// POP DIRECTIONAL FORMATTING + RIGHT-TO-LEFT MARK, so Latin text displays mirrored, right to left.
constexpr std::string_view kWordStart = "\u200F\u202E";
constexpr std::string_view kWordEnd = "\u202C\u200F";

// Look-alikes of a..z and A..Z: Latin letters with diacritics, so the text stays in one script
// and stays readable.
constexpr std::string_view kAccentedLower[26] = {"å", "ƀ", "ç", "ð", "é", "ƒ", "ĝ", "ĥ", "î",
                                                 "ĵ", "ķ", "ļ", "ɱ", "ñ", "ö", "þ", "ǫ", "ŕ",
                                                 "š", "ţ", "û", "ṽ", "ŵ", "ẋ", "ý", "ž"};
constexpr std::string_view kAccentedUpper[26] = {"Å", "Ɓ", "Ç", "Ð", "É", "Ƒ", "Ĝ", "Ĥ", "Î",
                                                 "Ĵ", "Ķ", "Ļ", "Ṁ", "Ñ", "Ö", "Þ", "Ǫ", "Ŕ",
                                                 "Š", "Ţ", "Û", "Ṽ", "Ŵ", "Ẋ", "Ý", "Ž"};

// Android pads with these words: whole words, readable, and clearly not part of the message.
constexpr std::string_view kPaddingWords[] = {
    "one",     "two",     "three",     "four",     "five",     "six",      "seven",
    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

// About 40% more characters than the English (as it reads: an argument counts as one).
std::string padding_for(size_t english_characters) {
  const size_t wanted = (english_characters * 2 + 4) / 5;
  std::string padding;
  for (size_t i = 0; padding.size() < wanted; ++i)
    padding += " " + std::string(kPaddingWords[i % std::size(kPaddingWords)]);
  return padding;
}

// Ranges of `text` (UTF-8 byte offsets) sorted and merged.
std::vector<Regex::Range> merged(std::vector<Regex::Range> ranges) {
  std::sort(ranges.begin(), ranges.end(),
            [](const Regex::Range& a, const Regex::Range& b) { return a.begin < b.begin; });
  std::vector<Regex::Range> result;
  for (const Regex::Range& range : ranges) {
    if (!result.empty() && range.begin <= result.back().end)
      result.back().end = std::max(result.back().end, range.end);
    else
      result.push_back(range);
  }
  return result;
}

std::vector<Regex::Range> tag_ranges(std::string_view text) {
  std::vector<Regex::Range> ranges;
  for (const MarkupTag& tag : markup_tags(text)) ranges.push_back({tag.begin, tag.end});
  return ranges;
}

// Only ASCII letters change, and a UTF-8 sequence never contains an ASCII byte.
void append_accented(std::string& out, std::string_view text) {
  for (const char c : text) {
    if (c >= 'a' && c <= 'z')
      out += kAccentedLower[c - 'a'];
    else if (c >= 'A' && c <= 'Z')
      out += kAccentedUpper[c - 'A'];
    else
      out += c;
  }
}

// What pseudo-localization keeps as it is: tags and code identifiers.
std::vector<Regex::Range> kept_ranges(std::string_view text) {
  std::vector<Regex::Range> kept = tag_ranges(text);
  for (const Regex::Range& range : identifier_token_ranges(text)) kept.push_back(range);
  return merged(std::move(kept));
}

// Accents the letters of `text` except in tags and code identifiers.
std::string accented(std::string_view text) {
  std::string out;
  size_t at = 0;
  for (const Regex::Range& range : kept_ranges(text)) {
    append_accented(out, text.substr(at, range.begin - at));
    out += text.substr(range.begin, range.end - range.begin);
    at = range.end;
  }
  append_accented(out, text.substr(at));
  return out;
}

std::string right_to_left(std::string_view word) {
  return std::string(kWordStart) + std::string(word) + std::string(kWordEnd);
}

// Wraps every word of `text` (what white space and tags separate) to display right to left.
std::string mirrored(std::string_view text) {
  const std::vector<Regex::Range> tags = merged(tag_ranges(text));
  std::string out;
  size_t word_begin = 0;
  bool in_word = false;
  auto end_word = [&](size_t at) {
    if (in_word) out += right_to_left(text.substr(word_begin, at - word_begin));
    in_word = false;
  };
  size_t next_tag = 0;
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const auto at = static_cast<size_t>(i);
    if (next_tag < tags.size() && tags[next_tag].begin == at) {
      end_word(at);
      out += text.substr(at, tags[next_tag].end - at);
      i = static_cast<int32_t>(tags[next_tag++].end);
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    if (u_isUWhiteSpace(c)) {
      end_word(at);
      out += text.substr(at, static_cast<size_t>(i) - at);
    } else if (!in_word) {
      word_begin = at;
      in_word = true;
    }
  }
  end_word(text.size());
  return out;
}

// Where the padding goes: before what ends a sentence (white space, terminal punctuation, an
// ellipsis, closing brackets and quotes), so the message still ends as the English does; never
// inside a tag or an identifier ("SEC_E_OK()").
size_t padding_position(std::string_view text) {
  auto end = static_cast<int32_t>(text.size());
  while (end > 0) {
    int32_t before = end;
    UChar32 c = 0;
    U8_PREV(text.data(), 0, before, c);
    const int32_t category = u_charType(c);
    const bool ending = u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_TERMINAL_PUNCTUATION) ||
                        c == 0x2026 || category == U_END_PUNCTUATION ||
                        category == U_FINAL_PUNCTUATION ||
                        u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK);
    if (!ending) break;
    end = before;
  }
  auto position = static_cast<size_t>(end);
  for (const Regex::Range& range : kept_ranges(text))
    if (range.begin < position && position < range.end) position = range.end;
  return position;
}

// Rewrites the literal text of a parsed pattern and copies its syntax unchanged.
class PseudoTranslator {
 public:
  PseudoTranslator(const icu::MessagePattern& pattern, PseudoStyle style,
                   std::string_view icu_locale, std::string padding)
      : pattern_(pattern),
        source_(pattern.getPatternString()),
        style_(style),
        locale_(icu_locale),
        padding_(std::move(padding)) {}

  // The content of the (sub-)message whose MSG_START part is `start`, without its braces.
  // With `pad`, the padding goes at its end (or into the sub-messages of a plural or select
  // that ends it).
  std::string message(int32_t start, PatternContext context, bool pad) const {
    std::string out;
    icu::UnicodeString text;  // literal text as formatting prints it, quotes resolved
    int32_t previous = pattern_.getPart(start).getLimit();
    bool after_choice = false;  // the last thing was a plural or select: it got the padding
    for (int32_t i = start + 1;; ++i) {
      const icu::MessagePattern::Part& part = pattern_.getPart(i);
      const UMessagePatternPartType type = part.getType();
      text.append(source_, previous, part.getIndex() - previous);
      if (type == UMSGPAT_PART_TYPE_MSG_LIMIT) {
        out += literal(text, context, pad && !(after_choice && text.isEmpty()));
        return out;
      }
      previous = part.getLimit();
      // A quoting apostrophe, or one ICU would add to close quoted text: not printed.
      if (type == UMSGPAT_PART_TYPE_SKIP_SYNTAX || type == UMSGPAT_PART_TYPE_INSERT_CHAR) continue;
      out += literal(text, context, false);
      text.remove();
      after_choice = false;
      if (type == UMSGPAT_PART_TYPE_REPLACE_NUMBER) {
        out += placeholder("#");
        continue;
      }
      if (type != UMSGPAT_PART_TYPE_ARG_START) continue;
      const int32_t limit = pattern_.getLimitPartIndex(i);
      const UMessagePatternArgType arg_type = part.getArgType();
      if (arg_type == UMSGPAT_ARG_TYPE_PLURAL || arg_type == UMSGPAT_ARG_TYPE_SELECT ||
          arg_type == UMSGPAT_ARG_TYPE_SELECTORDINAL) {
        const icu::MessagePattern::Part& next = pattern_.getPart(limit + 1);
        const bool last = next.getType() == UMSGPAT_PART_TYPE_MSG_LIMIT &&
                          next.getIndex() == pattern_.getPart(limit).getLimit();
        out += choice_argument(i, limit, pad && last);
        after_choice = true;
      } else {  // simple arguments, and (deprecated) choice arguments, stay as they are
        out += placeholder(raw(part.getIndex(), pattern_.getPart(limit).getLimit()));
      }
      i = limit;
      previous = pattern_.getPart(limit).getLimit();
    }
  }

 private:
  std::string raw(int32_t begin, int32_t end) const {
    return to_utf8(source_.tempSubString(begin, end - begin));
  }

  std::string placeholder(const std::string& syntax) const {
    return style_ == PseudoStyle::bidi ? right_to_left(syntax) : syntax;
  }

  std::string literal(const icu::UnicodeString& text, PatternContext context, bool pad) const {
    if (text.isEmpty() && !pad) return {};
    const std::string english = to_utf8(text);
    if (style_ == PseudoStyle::bidi) return escape_literal(mirrored(english), context);
    const size_t split = pad ? padding_position(english) : english.size();
    std::string result = accented(english.substr(0, split));
    if (pad) result += padding_;
    result += english.substr(split);  // white space and punctuation: nothing to accent
    return escape_literal(result, context);
  }

  // A plural, selectordinal or select argument: its sub-messages rewritten; a plural gets the
  // categories the locale's plural rules have and the English lacks, as copies of `other`.
  std::string choice_argument(int32_t start, int32_t limit, bool pad) const {
    const UMessagePatternArgType arg_type = pattern_.getPart(start).getArgType();
    const bool plural = arg_type != UMSGPAT_ARG_TYPE_SELECT;
    const PatternContext context =
        plural ? PatternContext::plural_message : PatternContext::top_level;
    std::vector<std::string> missing;
    if (plural) {
      missing = plural_categories(locale_, arg_type == UMSGPAT_ARG_TYPE_SELECTORDINAL);
      for (int32_t i = start + 1; i < limit; ++i) {
        const icu::MessagePattern::Part& part = pattern_.getPart(i);
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_SELECTOR)
          std::erase(missing, to_utf8(pattern_.getSubstring(part)));
        else if (part.getType() == UMSGPAT_PART_TYPE_MSG_START)
          i = pattern_.getLimitPartIndex(i);
      }
    }
    std::string out;
    int32_t copied = pattern_.getPart(start).getIndex();
    for (int32_t i = start + 1; i < limit; ++i) {
      const icu::MessagePattern::Part& part = pattern_.getPart(i);
      if (part.getType() == UMSGPAT_PART_TYPE_ARG_SELECTOR && !missing.empty() &&
          pattern_.getSubstring(part) == u"other") {
        out += raw(copied, part.getIndex());
        copied = part.getIndex();
        const std::string other = message(i + 1, context, pad);
        for (const std::string& category : missing) out += category + " {" + other + "} ";
      } else if (part.getType() == UMSGPAT_PART_TYPE_MSG_START) {
        out += raw(copied, part.getIndex()) + "{" + message(i, context, pad) + "}";
        i = pattern_.getLimitPartIndex(i);
        copied = pattern_.getPart(i).getLimit();
      }
    }
    return out + raw(copied, pattern_.getPart(limit).getLimit());
  }

  const icu::MessagePattern& pattern_;
  const icu::UnicodeString& source_;
  PseudoStyle style_;
  std::string locale_;
  std::string padding_;
};

// "[" after leading white space, "]" before trailing white space (which the whitespace check
// compares with the English's).
std::string bracketed(const std::string& text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string::npos) return text;
  const size_t end = text.find_last_not_of(kSpace) + 1;
  return text.substr(0, begin) + "[" + text.substr(begin, end - begin) + "]" + text.substr(end);
}

}  // namespace

std::optional<PseudoStyle> pseudo_style(std::string_view locale) {
  const std::optional<std::string> id = to_icu_locale(locale);
  if (id == "en_XA") return PseudoStyle::accented;
  if (id == "ar_XB") return PseudoStyle::bidi;
  return std::nullopt;
}

const std::vector<std::string>& pseudo_locale_ids() {
  static const std::vector<std::string> kIds = {"en_XA", "ar_XB"};
  return kIds;
}

std::optional<std::string> pseudo_translate(std::string_view pattern, PseudoStyle style,
                                            std::string_view icu_locale, std::string* error) {
  const std::optional<ParsedPattern> parsed = parse_pattern(pattern, error);
  if (!parsed) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  icu::MessagePattern message_pattern(UMSGPAT_APOS_DOUBLE_OPTIONAL, status);
  message_pattern.parse(to_utf16(pattern), &where, status);
  if (U_FAILURE(status)) {
    if (error != nullptr) *error = u_errorName(status);
    return std::nullopt;
  }
  const bool accented_style = style == PseudoStyle::accented;
  const std::string padding =
      accented_style ? padding_for(static_cast<size_t>(to_utf16(parsed->text).countChar32()))
                     : std::string();
  const PseudoTranslator translator(message_pattern, style, icu_locale, padding);
  const std::string text = translator.message(0, PatternContext::top_level, accented_style);
  return accented_style ? bracketed(text) : text;
}

}  // namespace l10nc
