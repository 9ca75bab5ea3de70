#pragma once

// How l10nc lays out an ICU package; shared by the compiler's writer and the runtime.
namespace l10n::layout {

// The bundle that holds the English messages.
inline constexpr const char* kRootBundle = "root";
// A table in the root bundle: message key -> key of the title of the document it came from.
// Keys starting with "l10nc:" are reserved for l10nc.
inline constexpr const char* kTitlesTable = "l10nc:titles";
inline constexpr const char* kReservedPrefix = "l10nc:";

}  // namespace l10n::layout
