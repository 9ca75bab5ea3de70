#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "format_context.h"
#include "message_program.h"

namespace l10n::detail {

// Formats with ICU's own MessageFormat what MessageProgram does not render (dates, choice,
// skeletons, ...). A MessageFormat is not safe to share between threads even for format(),
// which is const: it creates its default number and date formats lazily, and plural rules on
// first use. So each thread keeps its own, per (catalog, locale, message), in a small cache
// that it empties when full. Arguments that are missing or that the parameter does not accept
// are left out (MessageFormat shows them as "{name}"). Appends to `out`; false on an ICU error.
bool format_with_icu(uint64_t catalog_serial, const MessageProgram& program,
                     const FormatContext& context, std::span<const ArgumentRef> arguments,
                     std::string& out);

}  // namespace l10n::detail
