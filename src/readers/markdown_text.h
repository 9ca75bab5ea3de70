#pragma once

#include <string>
#include <string_view>

namespace l10nc {

// Reduces inline Markdown to the plain text a dialog shows:
//  - backslash escapes ("\_") become the character;
//  - links "[text](url)", "[text][ref]" and images "![alt](src)" become their text;
//  - emphasis "*x*", "**x**", "_x_", "__x__" becomes x (an '_' inside a word is literal);
//  - code spans "`x`" become x, verbatim;
//  - autolinks "<xref:Uid?displayProperty=...>", "<https://...>" become the uid or address;
//  - HTML character references ("&nbsp;", "&#233;") are decoded;
//  - white space runs become one space and the ends are trimmed (no-break spaces are kept).
// Anything that does not parse as one of these stays as written.
std::string markdown_to_plain_text(std::string_view markdown);

// Length of the Markdown autolink ("<xref:...>", "<https://...>") starting at text[offset],
// or 0 when there is none.
size_t autolink_length(std::string_view text, size_t offset);

// True for `[A-Za-z_][A-Za-z0-9_]*`: the names keyed tables use as keys.
bool is_identifier(std::string_view text);

}  // namespace l10nc
