#include <charconv>
#include <iostream>
#include <memory>

#include <l10n/catalog.h>

#include "base/edit_distance.h"
#include "cli_support.h"
#include "commands.h"
#include "terminal/dialog.h"

namespace l10nc::cli {

namespace {

struct ShowOptions {
  std::string key;
  std::string domain;
  std::string locale;
  std::string bundles;
  std::vector<std::string> arguments;
  int width = 0;
  bool plain = false;
};

// "name=value": an integer or a number when it parses as one, a date for "@MILLISECONDS"
// (since 1970-01-01 UTC), a string otherwise.
bool parse_argument(const std::string& text, l10n::Argument& argument) {
  const size_t equals = text.find('=');
  if (equals == std::string::npos || equals == 0) return false;
  argument.name = text.substr(0, equals);
  const std::string value = text.substr(equals + 1);
  const char* begin = value.data();
  const char* end = begin + value.size();
  if (value.size() > 1 && value.front() == '@') {
    double milliseconds = 0;
    if (auto [ptr, ec] = std::from_chars(begin + 1, end, milliseconds);
        ec == std::errc() && ptr == end) {
      argument.value = l10n::Date{milliseconds};
      return true;
    }
  }
  int64_t integer = 0;
  if (auto [ptr, ec] = std::from_chars(begin, end, integer);
      ec == std::errc() && ptr == end && !value.empty()) {
    argument.value = integer;
    return true;
  }
  double number = 0;
  if (auto [ptr, ec] = std::from_chars(begin, end, number);
      ec == std::errc() && ptr == end && !value.empty()) {
    argument.value = number;
    return true;
  }
  argument.value = value;
  return true;
}

int run_show(const ShowOptions& options) {
  std::vector<l10n::Argument> arguments;
  for (const std::string& text : options.arguments) {
    l10n::Argument argument;
    if (!parse_argument(text, argument)) {
      print_error("--arg '" + text + "' is not name=value");
      return kUsageError;
    }
    arguments.push_back(std::move(argument));
  }
  const l10n::Catalog catalog(options.bundles);
  if (!catalog.ok()) {
    print_error(catalog.error());
    return kUsageError;
  }
  const l10n::MessageId id{options.domain, options.key};
  const l10n::FormatResult message = catalog.format(options.locale, id, arguments);
  if (message.status == l10n::Status::key_not_found) {
    std::string error = "no message '" + options.key + "'" +
                        (options.domain.empty() ? "" : " in domain '" + options.domain + "'") +
                        " in " + options.bundles;
    if (auto suggestion = closest_match(options.key, catalog.keys(options.domain)))
      error += "; did you mean '" + *suggestion + "'?";
    else if (options.domain.empty() && !catalog.domains().empty())
      error += " (its keys are in domains: pass --domain)";
    print_error(error);
    return kInvalidInput;
  }
  // What the dialog cannot say: why this text (the exit status stays 0, the text is shown).
  if (message.status != l10n::Status::ok)
    std::cerr << "l10nc: status " << l10n::status_name(message.status) << ": "
              << l10n::status_description(message.status) << "\n";
  DialogContent content;
  content.message = message.text;
  content.code = options.key;
  content.locale = message.locale == "root" ? "en" : message.locale;
  if (auto title_key = options.domain.empty() ? catalog.title_key(options.key) : std::nullopt)
    content.title = catalog.format(options.locale, *title_key).text;
  if (options.plain)
    std::cout << render_plain(content);
  else
    std::cout << render_dialog(content, options.width > 0 ? options.width : terminal_width());
  return kSuccess;
}

}  // namespace

Command add_show_command(CLI::App& app) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* command = app.add_subcommand("show", "Show a message as a localized error dialog");
  command->footer(
      "Show a message as a localized error dialog in the terminal: the document's title, the\n"
      "message in the requested locale (falling back as CLDR does: es_MX -> es_419 -> es ->\n"
      "English; zh_TW -> zh_Hant -> English, never Simplified zh), and its key.\n"
      "Lines are wrapped by display width and laid out in display order: Arabic and Hebrew\n"
      "dialogs read right to left. --plain prints one line in logical order, for logs.");
  command->add_option("key", options->key, "Message key, e.g. SEC_E_CERT_EXPIRED")->required();
  command->add_option("-d,--domain", options->domain,
                      "The key's domain (Symfony's DOMAIN.LOCALE.xlf); default: none");
  command->add_option("-l,--locale", options->locale, "Locale, e.g. es_MX or es-MX")->required();
  command->add_option("-b,--bundles", options->bundles, "ICU package directory from compile")
      ->required();
  command->add_option("-a,--arg", options->arguments,
                      "Message argument name=value (repeatable); integers and numbers are "
                      "passed as numbers, @MILLISECONDS (since 1970, UTC) as a date");
  command
      ->add_option("-w,--width", options->width,
                   "Dialog width in columns (default: the terminal's, or $COLUMNS, or 80)")
      ->check(CLI::PositiveNumber);
  command->add_flag("--plain", options->plain,
                    "One line, 'title: message (key)', without a box, for logs");
  return {command, [options] { return run_show(*options); }};
}

}  // namespace l10nc::cli
