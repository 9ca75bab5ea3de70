#pragma once

#include <string>
#include <string_view>

#include "corpus_document.h"

namespace l10nc::gen {

// A page in the locale as Microsoft Docs' DocFX bilingual Markdown: YAML front matter, then
// every segment as <span data-ttu-id>TARGET</span><span class="sxs-lookup">...ENGLISH...
// </span></span>; table rows keyed by identifiers like the SSPI status codes page.
std::string docfx_page(const CorpusDocument& document, std::string_view tag,
                       std::string_view icu_locale);

// The page as an XLIFF 1.2 file (trans-unit with resname, <x/> for placeholders, state) or an
// XLIFF 2.0 file (unit/segment with state, <ph/> for placeholders). Plural messages are
// ICU MessageFormat text. Written with pugixml, so always well-formed.
enum class XliffVersion { v12, v20 };
std::string xliff_file(const CorpusDocument& document, std::string_view tag,
                       std::string_view icu_locale, XliffVersion version);

}  // namespace l10nc::gen
