#pragma once

#include <string>
#include <string_view>

#include "base/diagnostic.h"

namespace l10nc {

// One problem a check found in a translation.
struct Finding {
  Diagnostic diagnostic;  // check id, severity, the target's file:line:col, message, notes
  std::string key;
  std::string locale;     // ICU id; empty when the finding is about the English source
  std::string text_hash;  // hash_text() of the text the finding is about
  // For the HTML report: the text the finding is about (a translation, or the English of a
  // finding about the English) and, for a translation, its English. Empty for what no check made.
  std::string text;
  std::string english;

  const std::string& check_id() const { return diagnostic.check_id; }
  Severity severity() const { return diagnostic.severity; }
};

// A stable hash of a text (FNV-1a, 64 bits, as 16 hex digits): identifies a finding's text in
// baselines without line numbers, so edits elsewhere in a file keep the finding recognized.
std::string hash_text(std::string_view text);

}  // namespace l10nc
