#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace l10nc {

// Symfony's translation files are named DOMAIN.LOCALE.xlf, or DOMAIN+intl-icu.LOCALE.xlf when
// their messages are ICU MessageFormat ("messages+intl-icu.fr.xlf", "security.ja.xlf").
struct SymfonyFileName {
  std::string domain;  // "messages"
  std::string locale;  // ICU id of the LOCALE part: "fr", "zh_CN"
  bool intl_icu = false;
};

// What the file name of `path` says, if it has that form (LOCALE a valid locale id; .xlf or
// .xliff). A name of that form is also Angular's (messages.fr.xlf): the name alone does not
// make a Symfony file unless it says +intl-icu.
std::optional<SymfonyFileName> parse_symfony_file_name(std::string_view path);
bool is_symfony_icu_file_name(std::string_view path);

// Whether a domain name is one: letters, digits, '_', '-', '.', never "..": it names a table
// in the package and a namespace on the command line, never a path.
bool is_valid_domain(std::string_view domain);

}  // namespace l10nc
