#include "readers/icu_message_check.h"

#include "model/pattern_error.h"

namespace l10nc {

bool check_icu_message(Message& message, MessageSide side, const SourceFile& file,
                       const std::function<size_t(size_t)>& locate, DiagnosticSink& diagnostics) {
  if (message.syntax != MessageSyntax::icu) return true;
  const std::optional<PatternError> error = find_pattern_error(message.pattern);
  if (!error) return true;
  Diagnostic diagnostic = error_at(file, locate(error->offset), {});
  if (side == MessageSide::english) {
    diagnostic.message = "the English is not a valid ICU MessageFormat pattern: " + error->reason;
    diagnostics.report(std::move(diagnostic));
    return false;
  }
  diagnostic.severity = Severity::warning;
  diagnostic.check_id = "msgformat-syntax";  // `check` reports it as that finding instead
  diagnostic.message =
      "the translation is not a valid ICU MessageFormat pattern: " + error->reason +
      "; it is not compiled (the runtime shows the English)";
  diagnostics.report(std::move(diagnostic));
  message.broken = true;
  return true;
}

}  // namespace l10nc
