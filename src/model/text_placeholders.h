#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace l10nc {

// The placeholders other formatters fill in, found in the text of a text-syntax message (where
// ICU reads them as literal text, and the application formats them itself):
//  - printf: "%s", "%d", "%1$s", "%.2f", "%@" ("%%" is a percent sign);
//  - Symfony: "%name%", and Twig's "{{ name }}" (spaces inside do not count: "{{name}}");
//  - .NET and Java: "{0}", "{1:N2}", "{0,-10}".
// In order of appearance, as written (Twig's without inner spaces).
std::vector<std::string> text_placeholders(std::string_view text);

}  // namespace l10nc
