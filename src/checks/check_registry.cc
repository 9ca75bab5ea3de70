#include "checks/check_registry.h"

namespace l10nc {

const std::vector<CheckInfo>& check_registry() {
  // Errors are reserved for what breaks at run time; everything else is a warning.
  static const std::vector<CheckInfo> checks = {
      {"msgformat-syntax", Severity::error, "The text is not a valid ICU MessageFormat pattern.",
       "ICU MessageFormat rejects the pattern, so the runtime cannot format it and shows the "
       "English instead. Balance the braces, give every plural and select an 'other' "
       "sub-message, and write an apostrophe as '' where it precedes a brace.",
       check_msgformat_syntax, check_msgformat_syntax_of_sources},
      {"argument-mismatch", Severity::error,
       "The translation's arguments differ from the English source's.",
       "Every argument of the English ({name}, {count, plural, ...}) must appear in the "
       "translation with the same name and type, and the translation must not add any: a "
       "missing argument loses information, an unknown one is printed as '{name}'.",
       check_argument_mismatch},
      {"apostrophe-quoting", Severity::error,
       "An apostrophe in the translation quotes a '{', '}' or '#' that the English does not.",
       "In MessageFormat an apostrophe before '{', '}' or (in a plural) '#' starts quoted "
       "literal text: French \"Impossible d'ouvrir '{file}'\" prints '{file}' instead of the "
       "file name, with no error. Double the apostrophe ('') or use a typographic one (’).",
       check_apostrophe_quoting},
      {"plural-forms", Severity::warning,
       "A plural lacks a category the locale's plural rules have.",
       "ICU's plural rules for the locale name the categories a plural can cover (Polish and "
       "Russian: one, few, many, other; Japanese: other). A missing category falls back to "
       "'other', which is wrong grammar for those numbers but breaks nothing, so it is a "
       "warning (--error plural-forms makes it an error). A category whose numbers are all "
       "given explicitly (German 'one' by '=1') is not missing.",
       check_plural_forms},
      {"markup", Severity::error,
       "Markup tags or inline codes are unbalanced or missing in the translation.",
       "HTML-like tags (<b>...</b>) must be balanced and the same as in the English, and "
       "arguments standing for inline codes must appear as often as in the English: broken "
       "markup breaks the rendering of the message.",
       check_markup},
      {"do-not-translate", Severity::warning,
       "An identifier of the English source is missing from the translation.",
       "Code identifiers (SEC_E_OK, CompleteAuthToken, snake_case, UPPER_CASE, Type::member, "
       "call()) must be copied unchanged; machine translation often splits or translates them.",
       check_do_not_translate},
      {"keyed-cell", Severity::warning,
       "Translated first cells of a keyed table no longer contain their keys.",
       "In a DocFX table keyed by its first column (SEC_E_OK | meaning), the first cell is the "
       "row's key; machine translation often splits or translates it ('s _ E _ OK'). Messages "
       "are looked up by key, so applications never show these cells, but the translated page "
       "does. Reported once per document and locale, with the number of rows and the first "
       "one; --disable keyed-cell silences it without turning off do-not-translate.",
       nullptr, check_keyed_cell},
      {"punctuation", Severity::warning,
       "Ending punctuation differs, or quotes or brackets are unbalanced in the translation.",
       "The translation should end like the English (a period, question mark, colon, ...; "
       "full-width and Arabic forms count as the same) and its quotation marks and brackets "
       "should pair up when the English's do.",
       check_punctuation},
      {"same-as-source", Severity::warning,
       "The translation is the English, copied or only changed in case.",
       "The text was probably copied and never translated (machine translation sometimes only "
       "lowercases it: 'status code' for 'Status code'). Identifiers, numbers and URLs alone "
       "are not reported; nor are English locales and units marked translate=\"no\".",
       check_same_as_source},
      {"empty-target", Severity::warning, "The translation is empty.",
       "A translation marked as done has no text; the runtime would show nothing.",
       check_empty_target},
      {"whitespace", Severity::warning,
       "Leading, trailing or doubled white space differs from the English.",
       "White space at the ends of a message usually matters to how it is joined with other "
       "text; doubled spaces are usually typos.",
       check_whitespace},
      {"length", Severity::warning,
       "The translation is more than three times as long as the English.",
       "Such a translation may not fit where the English does, or may hold more than the "
       "English says. Counted in characters; the translation must also be at least 10 "
       "characters longer than the English.",
       check_length},
      {"duplicate-key", Severity::error, "One key has different text in two documents.",
       "Two documents define the same key with different English (or translate it twice into "
       "one locale differently): only the first is compiled, so the other document's message "
       "is lost. Rename one of the keys or make the texts agree.",
       nullptr, check_duplicate_key},
  };
  return checks;
}

const CheckInfo* find_check(std::string_view id) {
  for (const CheckInfo& check : check_registry())
    if (check.id == id) return &check;
  return nullptr;
}

std::vector<std::string> check_ids() {
  std::vector<std::string> ids;
  for (const CheckInfo& check : check_registry()) ids.emplace_back(check.id);
  return ids;
}

}  // namespace l10nc
