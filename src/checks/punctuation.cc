// [punctuation]: the translation ends with other punctuation than the English, or its
// quotation marks or brackets do not pair up where the English's do.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <set>

#include "base/unicode_text.h"
#include "checks/check.h"
#include "checks/markup_tags.h"
#include "model/locale_id.h"

namespace l10nc {

namespace {

// What a message ends with, whatever the script writes it with.
enum class Ending {
  none,
  period,
  question,
  exclamation,
  colon,
  semicolon,
  comma,
  ellipsis,
  argument
};

std::string_view ending_name(Ending ending) {
  switch (ending) {
    case Ending::none:
      return "no punctuation";
    case Ending::period:
      return "a period";
    case Ending::question:
      return "a question mark";
    case Ending::exclamation:
      return "an exclamation mark";
    case Ending::colon:
      return "a colon";
    case Ending::semicolon:
      return "a semicolon";
    case Ending::comma:
      return "a comma";
    case Ending::ellipsis:
      return "an ellipsis";
    case Ending::argument:
      return "an argument";
  }
  return "";
}

// NFKC first folds full-width forms (．？！：；，) into ASCII; the rest are other scripts'.
Ending classify(UChar32 c, bool greek) {
  switch (c) {
    case '.':
    case 0x3002:  // 。 ideographic full stop
    case 0x06D4:  // ۔ Arabic full stop (Urdu)
    case 0x0964:  // । Devanagari danda
    case 0x0965:  // ॥
    case 0x0589:  // ։ Armenian full stop
    case 0x1362:  // ። Ethiopic full stop
    case 0x104B:  // ။ Myanmar section
    case 0x17D4:  // ។ Khmer khan
      return Ending::period;
    case '?':
    case 0x061F:  // ؟ Arabic question mark
    case 0x055E:  // ՞ Armenian question mark
    case 0x1367:  // ፧ Ethiopic question mark
      return Ending::question;
    case '!':
    case 0x055C:  // ՜ Armenian exclamation mark
      return Ending::exclamation;
    case ':':
      return Ending::colon;
    case ';':  // Greek writes its question mark (U+037E, NFKC ';') like a semicolon
      return greek ? Ending::question : Ending::semicolon;
    case 0x061B:  // ؛ Arabic semicolon
      return Ending::semicolon;
    case ',':
    case 0x060C:  // ، Arabic comma
    case 0x3001:  // 、 ideographic comma
    case 0x055D:  // ՝ Armenian comma
    case 0x1363:  // ፣ Ethiopic comma
      return Ending::comma;
    case 0xFFFC:  // an argument: ParsedPattern's placeholder
      return Ending::argument;
    default:
      return Ending::none;
  }
}

icu::UnicodeString fold(const std::string& text) {
  // ASCII is its own NFKC form (and most English is ASCII).
  if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; }))
    return to_utf16(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return to_utf16(text);
  icu::UnicodeString folded = nfkc->normalize(to_utf16(text), status);
  return U_SUCCESS(status) ? folded : to_utf16(text);
}

bool is_closing(UChar32 c) {
  const int32_t category = u_charType(c);
  return category == U_END_PUNCTUATION || category == U_FINAL_PUNCTUATION ||
         u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK);
}

// The punctuation that ends the text, looking past white space, closing quotes/brackets and
// invisible format characters (bidi marks, which right-to-left text often ends with).
Ending ending_of(const icu::UnicodeString& text, bool greek) {
  int32_t end = text.length();
  while (end > 0) {
    const UChar32 c = text.char32At(end - 1);
    if (!u_isUWhiteSpace(c) && !is_closing(c) &&
        !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
      break;
    end = text.moveIndex32(end, -1);
  }
  if (end == 0) return Ending::none;
  if (end >= 3 && text.tempSubString(end - 3, 3) == u"...") return Ending::ellipsis;
  return classify(text.char32At(end - 1), greek);
}

bool is_complex(const PatternArgument& argument) {
  return argument.type == "plural" || argument.type == "select" ||
         argument.type == "selectordinal" || argument.type == "choice";
}

// The text without what closes formatting at its end, which is looked past as closing brackets
// are ("word.</b>", "word.{c1_end}"): HTML closing tags and XLIFF end codes. Other arguments
// stay, standalone codes included: a placeholder's value may well end the sentence.
std::string without_closing_markup(const ParsedPattern& pattern,
                                   const std::vector<InlineCode>& codes) {
  std::string text = pattern.text;
  std::set<std::string> end_codes;
  for (const InlineCode& code : codes)
    if (code.role == InlineCode::Role::end) end_codes.insert(code.argument);
  // Without plurals and selects (which the text holds one branch of), the text's placeholders
  // are the arguments one to one: the last placeholder is the last argument.
  size_t placeholders = 0;
  for (size_t at = text.find(kArgumentPlaceholder); at != std::string::npos;
       at = text.find(kArgumentPlaceholder, at + 1))
    ++placeholders;
  size_t arguments = pattern.arguments.size();
  if (placeholders != arguments ||
      std::any_of(pattern.arguments.begin(), pattern.arguments.end(), is_complex))
    end_codes.clear();

  std::vector<MarkupTag> tags = markup_tags(text);
  while (true) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                             text.back() == '\r'))
      text.pop_back();
    if (text.ends_with(kArgumentPlaceholder)) {
      if (end_codes.count(pattern.arguments[arguments - 1].name) == 0) break;
      text.resize(text.size() - kArgumentPlaceholder.size());
      --arguments;
    } else if (!tags.empty() && tags.back().end == text.size() &&
               tags.back().kind == MarkupTag::Kind::close) {
      text.resize(tags.back().begin);
      tags.pop_back();
    } else {
      break;
    }
  }
  return text;
}

// Double quotation marks of every script; single ones double as apostrophes, so they are left
// out.
bool is_double_quote(UChar32 c) {
  switch (c) {
    case '"':
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:  // „
    case 0x201F:  // ‟
    case 0x301D:  // 〝
    case 0x301E:  // 〞
    case 0x301F:  // 〟
      return true;
    default:
      return false;
  }
}

bool quotes_pair_up(const icu::UnicodeString& text) {
  int count = 0;
  for_each_code_point(text, [&](UChar32 c) { count += is_double_quote(c); });
  return count % 2 == 0;
}

// Brackets by Unicode's Bidi_Paired_Bracket properties: ( [ { 「 【 and their closers. ASCII's
// are these three pairs, told without the lookup.
bool brackets_pair_up(const icu::UnicodeString& text) {
  std::vector<UChar32> expected;
  const bool closed_in_order = for_each_code_point(text, [&](UChar32 c) {
    UBidiPairedBracketType type = U_BPT_NONE;
    if (c < 0x80) {
      if (c == '(' || c == '[' || c == '{') type = U_BPT_OPEN;
      if (c == ')' || c == ']' || c == '}') type = U_BPT_CLOSE;
    } else {
      type = static_cast<UBidiPairedBracketType>(
          u_getIntPropertyValue(c, UCHAR_BIDI_PAIRED_BRACKET_TYPE));
    }
    if (type == U_BPT_OPEN) {
      expected.push_back(c < 0x80 ? (c == '(' ? ')' : c + 2) : u_getBidiPairedBracket(c));
    } else if (type == U_BPT_CLOSE) {
      if (expected.empty() || expected.back() != c) return false;
      expected.pop_back();
    }
    return true;
  });
  return closed_in_order && expected.empty();
}

}  // namespace

void check_punctuation(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.source == nullptr || checked.target == nullptr) return;
  const std::string language = language_of(checked.locale);
  const icu::UnicodeString source = fold(checked.source->text);
  const icu::UnicodeString target = fold(checked.target->text);

  std::vector<std::string> problems;
  const std::vector<InlineCode>& codes = checked.entry.codes;
  // The text without its closing markup is most often the text itself, folded already.
  auto ending = [&](const ParsedPattern& pattern, const icu::UnicodeString& folded, bool greek) {
    const std::string text = without_closing_markup(pattern, codes);
    return ending_of(text == pattern.text ? folded : fold(text), greek);
  };
  const Ending source_ending = ending(*checked.source, source, false);
  const Ending target_ending = ending(*checked.target, target, language == "el");
  // Thai and Lao end sentences with a space, not a period.
  const bool no_periods = (language == "th" || language == "lo") &&
                          source_ending == Ending::period && target_ending == Ending::none;
  if (source_ending != target_ending && source_ending != Ending::argument &&
      target_ending != Ending::argument && !no_periods)
    problems.push_back("the translation ends with " + std::string(ending_name(target_ending)) +
                       ", the English with " + std::string(ending_name(source_ending)));
  if (quotes_pair_up(source) && !quotes_pair_up(target))
    problems.push_back("a quotation mark in the translation is unpaired (the English's pair up)");
  if (brackets_pair_up(source) && !brackets_pair_up(target))
    problems.push_back("brackets in the translation do not pair up (the English's do)");
  if (problems.empty()) return;
  reporter.report(checked, checked.translation.text, join_problems(problems));
}

}  // namespace l10nc
