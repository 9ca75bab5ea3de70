#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checks/finding.h"
#include "model/catalog.h"
#include "model/parsed_pattern.h"

// What every check sees and how it reports. Each check lives in its own file named after its
// id (`do_not_translate.cc` is [do-not-translate]) and is listed in check_registry.cc.
namespace l10nc {

// One translation of one entry, with both patterns parsed once for every check.
struct CheckedTranslation {
  const Entry& entry;
  const std::string& locale;
  const Translation& translation;
  const ParsedPattern* source;  // nullptr when the English is not a valid pattern
  const ParsedPattern* target;  // nullptr when the target is not a valid pattern
};

// Turns what a check finds into Findings with the check's id and severity.
class FindingReporter {
 public:
  FindingReporter(const Catalog& catalog, std::string_view check_id, Severity severity,
                  std::vector<Finding>& findings)
      : catalog_(catalog), check_id_(check_id), severity_(severity), findings_(findings) {}

  // A finding about `text` (the translation's target or its label), pointing at it, with a
  // note pointing at the English, and any further notes.
  void report(const CheckedTranslation& translation, const Message& text, std::string message,
              std::vector<DiagnosticNote> more_notes = {});
  // A finding about the English source of an entry.
  void report_source(const Entry& entry, std::string message);
  // A finding made elsewhere (Catalog::add's conflicts): takes the id and severity.
  void report(Diagnostic diagnostic, std::string key, std::string locale, std::string_view text);

 private:
  const Catalog& catalog_;
  std::string check_id_;
  Severity severity_;
  std::vector<Finding>& findings_;
};

// "a; b; c": several problems of one translation, reported as one finding.
std::string join_problems(const std::vector<std::string>& problems);

using TranslationCheck = void (*)(const CheckedTranslation&, FindingReporter&);
using CatalogCheck = void (*)(const Catalog&, FindingReporter&);

// The checks, one per file.
void check_msgformat_syntax(const CheckedTranslation&, FindingReporter&);
void check_msgformat_syntax_of_sources(const Catalog&, FindingReporter&);
void check_argument_mismatch(const CheckedTranslation&, FindingReporter&);
void check_apostrophe_quoting(const CheckedTranslation&, FindingReporter&);
void check_plural_forms(const CheckedTranslation&, FindingReporter&);
void check_markup(const CheckedTranslation&, FindingReporter&);
void check_do_not_translate(const CheckedTranslation&, FindingReporter&);
void check_punctuation(const CheckedTranslation&, FindingReporter&);
void check_same_as_source(const CheckedTranslation&, FindingReporter&);
void check_empty_target(const CheckedTranslation&, FindingReporter&);
void check_whitespace(const CheckedTranslation&, FindingReporter&);
void check_length(const CheckedTranslation&, FindingReporter&);
void check_keyed_cell(const Catalog&, FindingReporter&);
void check_duplicate_key(const Catalog&, FindingReporter&);

}  // namespace l10nc
