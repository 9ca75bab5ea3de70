#include "checks/check.h"

namespace l10nc {

void FindingReporter::report(const CheckedTranslation& translation, const Message& text,
                             std::string message, std::vector<DiagnosticNote> more_notes) {
  Finding finding;
  finding.diagnostic.severity = severity_;
  finding.diagnostic.check_id = check_id_;
  finding.diagnostic.location = catalog_.location(text.origin);
  finding.diagnostic.message = std::move(message);
  // The same English in the translation's own file, where it has one (a DocFX page): a finding
  // never sends the reader to another file's copy.
  const Origin& english = translation.translation.english_origin.line != 0
                              ? translation.translation.english_origin
                              : translation.entry.source.origin;
  finding.diagnostic.notes.push_back({catalog_.location(english), "the English source is here"});
  for (DiagnosticNote& note : more_notes) finding.diagnostic.notes.push_back(std::move(note));
  finding.key = display_key(translation.entry);
  finding.locale = translation.locale;
  finding.text_hash = hash_text(text.pattern);
  finding.text = text.pattern;
  finding.english = translation.entry.source.pattern;
  findings_.push_back(std::move(finding));
}

void FindingReporter::report_source(const Entry& entry, std::string message) {
  Finding finding;
  finding.diagnostic.severity = severity_;
  finding.diagnostic.check_id = check_id_;
  finding.diagnostic.location = catalog_.location(entry.source.origin);
  finding.diagnostic.message = std::move(message);
  finding.key = display_key(entry);
  finding.text_hash = hash_text(entry.source.pattern);
  finding.text = entry.source.pattern;
  findings_.push_back(std::move(finding));
}

void FindingReporter::report(Diagnostic diagnostic, std::string key, std::string locale,
                             std::string_view text) {
  Finding finding;
  finding.diagnostic = std::move(diagnostic);
  finding.diagnostic.severity = severity_;
  finding.diagnostic.check_id = check_id_;
  finding.key = std::move(key);
  finding.locale = std::move(locale);
  finding.text_hash = hash_text(text);
  finding.text = text;
  findings_.push_back(std::move(finding));
}

std::string join_problems(const std::vector<std::string>& problems) {
  std::string joined;
  for (const std::string& problem : problems) joined += (joined.empty() ? "" : "; ") + problem;
  return joined;
}

}  // namespace l10nc
