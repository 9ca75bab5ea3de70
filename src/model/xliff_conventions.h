#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/catalog.h"

namespace l10nc {
// The two XLIFF families l10nc reads and writes: 1.2 (1.0 and 1.1 read as it) and 2.x.
enum class XliffVersion : uint8_t { v1_2, v2 };
}  // namespace l10nc

// How l10nc's catalog maps onto XLIFF and back: shared by the XLIFF readers and the XLIFF
// writer, so that what l10nc writes reads back as the same catalog.
namespace l10nc::xliff {

inline constexpr std::string_view kNamespace12 = "urn:oasis:names:tc:xliff:document:1.2";
inline constexpr std::string_view kNamespace2 = "urn:oasis:names:tc:xliff:document:2.0";
inline constexpr std::string_view kNamespace11 = "urn:oasis:names:tc:xliff:document:1.1";

// l10nc's extension attributes (on <file>, or <xliff> for every file): how its messages are
// written, l10nc:message-syntax="icu|text", and the namespace its keys live in,
// l10nc:domain="messages". Both XLIFF versions allow attributes of other namespaces there.
inline constexpr std::string_view kL10ncNamespace = "urn:l10nc:xliff";
inline constexpr std::string_view kSyntaxAttribute = "message-syntax";
inline constexpr std::string_view kDomainAttribute = "domain";

// XLIFF 2 subState values for what XLIFF's own states cannot say (state="translated").
inline constexpr std::string_view kNeedsReviewSubState = "l10nc:needs-review";
inline constexpr std::string_view kMachineTranslatedSubState = "l10nc:machine-translated";

// Note categories l10nc writes. A "-pattern" variant holds a MessageFormat pattern; the plain
// one holds text (written when the pattern has no arguments, so translators read plain text).
inline constexpr std::string_view kKeyNote = "l10nc:key";
inline constexpr std::string_view kOriginNote = "l10nc:origin";
inline constexpr std::string_view kPreviousSourceNote = "l10nc:previous-source";
inline constexpr std::string_view kLabelNote = "l10nc:label";
inline constexpr std::string_view kPatternNoteSuffix = "-pattern";

// Unit type of a document's title; group type and id of units whose key left the English.
inline constexpr std::string_view kTitleUnitType = "l10nc:title";
inline constexpr std::string_view kObsoleteGroupType = "l10nc:obsolete";
inline constexpr std::string_view kObsoleteGroupId = "l10nc:obsolete";
// The same in XLIFF 1.2, whose restype values of one's own start "x-".
inline constexpr std::string_view kTitleRestype12 = "x-l10nc-title";
inline constexpr std::string_view kObsoleteRestype12 = "x-l10nc-obsolete";
inline constexpr std::string_view kObsoleteGroupId12 = "l10nc-obsolete";
inline constexpr std::string_view kSyntaxCtype12 = "x-l10nc-syntax";

// What an XLIFF 1.2 state says in l10nc's model (approved="yes" aside: the reader adds it).
// nullopt for a state XLIFF 1.2 does not define.
std::optional<TranslationState> state_12(std::string_view state);

// An XLIFF 2 <ph subType="l10nc:syntax" disp="..."/> carries MessageFormat syntax that is
// neither an inline code nor a plural/select construct ("#", "{count, number}").
inline constexpr std::string_view kSyntaxSubType = "l10nc:syntax";

// The MessageFormat argument an inline code becomes. The first that applies:
//  1. an `equiv` that is an identifier (Angular's XLIFF 2: equiv="INTERPOLATION");
//  2. an `id` that is an identifier (Angular's XLIFF 1.2: id="INTERPOLATION");
//  3. the identifier inside a placeholder `equiv` or `disp` ("{{minutes}}", "%name%");
//  4. the id with characters other than [A-Za-z0-9_] made '_', and a "c" before it when it
//     would start with a digit ("b1-1" -> "b1_1", "1" -> "c1").
// Start and end codes use only the id (rules 2 and 4) and add "_start" / "_end", so that both
// ends of a pair always match.
std::string code_argument_name(InlineCode::Role role, std::string_view id, std::string_view equiv,
                               std::string_view disp);

// How a placeholder says how its value is formatted: an `equiv` (1.2 `equiv-text`) written as
// a typed ICU argument, "{count, number}", "{ratio, number, percent}", "{when, date, short}"
// (types number, date, time, spellout, ordinal, duration). The code is then that argument in
// the pattern, with its type; the application passes a number or a date for it.
struct TypedArgument {
  std::string name;    // "ratio"
  std::string format;  // "number, percent"
};
std::optional<TypedArgument> typed_argument(std::string_view equiv);

// The pattern syntax of a code's argument: "{name}", or its typed form "{ratio, number, percent}".
std::string argument_syntax(const InlineCode& code);

}  // namespace l10nc::xliff
