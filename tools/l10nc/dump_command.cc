#include <algorithm>
#include <iostream>
#include <memory>

#include <l10n/catalog.h>

#include "base/edit_distance.h"
#include "cli_support.h"
#include "commands.h"

namespace l10nc::cli {

namespace {

struct DumpOptions {
  std::string bundles;
  std::string locale;
  std::string domain;
  bool patterns = false;
};

// Tabs and line breaks would break the one-line-per-key format.
std::string one_line(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\r')
      out += "\\r";
    else
      out += c;
  }
  return out;
}

int run_dump(const DumpOptions& options) {
  const l10n::Catalog catalog(options.bundles);
  if (!catalog.ok()) {
    print_error(catalog.error());
    return kUsageError;
  }
  const std::vector<std::string> domains = catalog.domains();
  if (!options.domain.empty() &&
      std::find(domains.begin(), domains.end(), options.domain) == domains.end()) {
    std::string error = "no domain '" + options.domain + "' in " + options.bundles;
    if (auto suggestion = closest_match(options.domain, domains))
      error += "; did you mean '" + *suggestion + "'?";
    print_error(error);
    return kInvalidInput;
  }
  std::string out;
  for (const std::string& key : catalog.keys(options.domain)) {
    const l10n::MessageId id{options.domain, key};
    out += key;
    out += '\t';
    out += one_line(options.patterns ? std::string(catalog.pattern(options.locale, id).text)
                                     : catalog.format(options.locale, id).text);
    out += '\n';
  }
  std::cout << out;
  if (options.domain.empty() && !domains.empty()) {
    std::string names;
    for (const std::string& domain : domains) names += (names.empty() ? "" : ", ") + domain;
    std::cerr << "l10nc: the package also has domains (dump --domain NAME): " << names << "\n";
  }
  return kSuccess;
}

}  // namespace

Command add_dump_command(CLI::App& app) {
  auto options = std::make_shared<DumpOptions>();
  CLI::App* command = app.add_subcommand("dump", "Print every key with its text for a locale");
  command->footer(
      "Print every key with the text the runtime gives for a locale (with fallback, formatted\n"
      "without arguments), one 'KEY<TAB>TEXT' line per key, sorted by key. Tabs and line\n"
      "breaks inside a text are written as \\t and \\n. Keys of a domain (Symfony's\n"
      "DOMAIN.LOCALE.xlf) are printed with --domain; --patterns prints patterns unformatted.\n"
      "Fallback follows CLDR's parent locales and scripts: es_MX -> es_419 -> es -> English,\n"
      "pt_AO -> pt_PT -> pt, zh_TW -> zh_Hant -> English (never Simplified zh).");
  command->add_option("-b,--bundles", options->bundles, "ICU package directory from compile")
      ->required();
  command->add_option("-l,--locale", options->locale, "Locale, e.g. es_MX or es-MX")->required();
  command->add_option("-d,--domain", options->domain,
                      "The domain whose keys to print (default: keys of no domain; the others "
                      "are listed on stderr)");
  command->add_flag("--patterns", options->patterns,
                    "Print each message's MessageFormat pattern instead of formatting it");
  return {command, [options] { return run_dump(*options); }};
}

}  // namespace l10nc::cli
