#include "checks/identifier_tokens.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>

#include "base/regex.h"
#include "base/unicode_text.h"

namespace l10nc {

namespace {

// ASCII names joined by "::", "->" or ".", optionally called, not inside a longer word.
// Only Latin letters, digits, marks and '_' continue a word: Chinese, Japanese and Korean
// text runs into identifiers without a space ("MsCorEE.dll에").
constexpr char16_t kTokenPattern[] =
    u"(?<![\\p{Script=Latin}\\p{M}\\p{Nd}_])"
    u"[A-Za-z_][A-Za-z0-9_]*(?:(?:::|->|\\.)[A-Za-z_][A-Za-z0-9_]*)*(?:\\(\\))?"
    u"(?![\\p{Script=Latin}\\p{M}\\p{Nd}_])";

bool is_word_character(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return c == '_' || u_isdigit(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0 ||
         (u_isalpha(c) && uscript_getScript(c, &status) == USCRIPT_LATIN);
}

// snake_case, UPPER_CASE, camelCase, PascalCase: an underscore next to a letter or digit, or
// a lowercase letter followed by an uppercase one.
bool is_code_name(std::string_view name) {
  const bool has_alnum = std::any_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
  if (has_alnum && name.find('_') != std::string_view::npos) return true;
  for (size_t i = 1; i < name.size(); ++i)
    if (name[i - 1] >= 'a' && name[i - 1] <= 'z' && name[i] >= 'A' && name[i] <= 'Z') return true;
  return false;
}

// Extensions of the files documentation names: sources, headers, binaries, configuration.
// A name with one of them is a file name (Winerror.h, stdio.h, Foo.dll). A dot without a space
// is not enough: abbreviations (e.g., i.e., U.S.) and a missing space after a period ("the
// end.Then") are not file names. Extensions that are English words (go, so, do) are left out,
// and a one-letter name before the extension is an abbreviation (D.C., a.m.), not a file.
bool is_file_extension(std::string_view extension) {
  static constexpr std::string_view kExtensions[] = {
      "asm",   "aspx", "bat",    "c",    "cab",  "cc",   "cer",      "cmd",   "config",
      "cpp",   "cs",   "csproj", "css",  "csv",  "cxx",  "dll",      "dylib", "exe",
      "h",     "hpp",  "htm",    "html", "hxx",  "idl",  "inf",      "ini",   "inl",
      "jar",   "java", "js",     "json", "lib",  "log",  "manifest", "md",    "msi",
      "mui",   "ocx",  "pdb",    "php",  "ps1",  "psd1", "psm1",     "py",    "rc",
      "resw",  "resx", "sh",     "sln",  "sys",  "tlb",  "ts",       "txt",   "vcxproj",
      "winmd", "xaml", "xml",    "xsd",  "yaml", "yml",  "zip"};
  std::string lower(extension);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return std::find(std::begin(kExtensions), std::end(kExtensions), lower) != std::end(kExtensions);
}

bool is_identifier_token(std::string_view token) {
  if (token.ends_with("()") || token.find("::") != std::string_view::npos ||
      token.find("->") != std::string_view::npos)
    return true;
  const size_t last_dot = token.rfind('.');
  if (last_dot != std::string_view::npos && last_dot >= 2 &&
      is_file_extension(token.substr(last_dot + 1))) {
    const size_t name_dot = token.rfind('.', last_dot - 1);
    const size_t name_begin = name_dot == std::string_view::npos ? 0 : name_dot + 1;
    if (last_dot - name_begin >= 2) return true;
  }
  size_t begin = 0;
  while (begin <= token.size()) {
    const size_t end = std::min(token.find('.', begin), token.size());
    if (is_code_name(token.substr(begin, end - begin))) return true;
    begin = end + 1;
  }
  return false;
}

// Whether the text can hold a token is_identifier_token() accepts: one needs "()", an
// underscore, a lowercase letter before an uppercase one, or ".", "::" or "->" before a name.
// Most text has none of them, and the regex, which finds every word, is the checks' costliest
// step (a quarter of a `check` run before this test).
bool may_hold_identifier(std::string_view text) {
  auto starts_name = [&](size_t at) {  // [A-Za-z_]
    return at < text.size() && is_ascii_word_char(text[at]) &&
           !(text[at] >= '0' && text[at] <= '9');
  };
  if (text.find('_') != std::string_view::npos || text.find("()") != std::string_view::npos)
    return true;
  for (size_t i = 1; i < text.size(); ++i) {
    const std::string_view pair = text.substr(i - 1, 2);
    if (pair[0] >= 'a' && pair[0] <= 'z' && pair[1] >= 'A' && pair[1] <= 'Z') return true;
    if ((pair[1] == '.' || pair == "::" || pair == "->") && starts_name(i + 1)) return true;
  }
  return false;
}

const Regex& token_regex() {
  static const Regex kTokens(kTokenPattern);
  return kTokens;
}

}  // namespace

std::vector<std::string> identifier_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  if (!may_hold_identifier(text)) return tokens;
  for (std::vector<std::string>& match : token_regex().find_all(text))
    if (is_identifier_token(match[0]) &&
        std::find(tokens.begin(), tokens.end(), match[0]) == tokens.end())
      tokens.push_back(std::move(match[0]));
  return tokens;
}

std::vector<Regex::Range> identifier_token_ranges(std::string_view text) {
  if (!may_hold_identifier(text)) return {};
  std::vector<Regex::Range> ranges = token_regex().find_ranges(text);
  std::erase_if(ranges, [&](const Regex::Range& range) {
    return !is_identifier_token(text.substr(range.begin, range.end - range.begin));
  });
  return ranges;
}

bool contains_token(std::string_view text, std::string_view token) {
  const icu::UnicodeString haystack = to_utf16(text);
  const icu::UnicodeString needle = to_utf16(token);
  if (needle.isEmpty()) return false;
  for (int32_t at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const int32_t end = at + needle.length();
    const bool starts = at == 0 || !is_word_character(haystack.char32At(at - 1));
    // A Markdown code span closed right before a word reaches the checks glued to it
    // ("`Disable-AzDataCollection`Cmdlet" is read as "Disable-AzDataCollectionCmdlet"): a
    // capital letter after a token ending in a lowercase one starts another word.
    const bool ends = end >= haystack.length() || !is_word_character(haystack.char32At(end)) ||
                      (u_isupper(haystack.char32At(end)) && u_islower(haystack.char32At(end - 1)));
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace l10nc
