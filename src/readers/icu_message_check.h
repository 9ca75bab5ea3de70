#pragma once

#include <functional>

#include "base/diagnostic.h"
#include "base/source_file.h"
#include "model/catalog.h"

namespace l10nc {

// Which side of a unit a message is: English that ICU rejects cannot be compiled at all (an
// error); a translation that ICU rejects is left out, so the runtime shows the English (a
// warning).
enum class MessageSide : uint8_t { english, translation };

// Checks a message read in icu syntax with ICU's MessageFormat rules, and reports what ICU
// rejects where `locate` maps the pattern's byte offset in the file. A rejected translation is
// marked broken. Returns false after reporting an error.
bool check_icu_message(Message& message, MessageSide side, const SourceFile& file,
                       const std::function<size_t(size_t)>& locate, DiagnosticSink& diagnostics);

}  // namespace l10nc
