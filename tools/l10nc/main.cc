// l10nc: compiles bilingual localization sources into ICU resource bundles.
#include <iostream>

#include "cli_support.h"
#include "commands.h"
#include "process_usage.h"

int main(int argc, char** argv) {
  using namespace l10nc::cli;
  tune_allocator();
  CLI::App app{
      "l10nc compiles bilingual localization sources (DocFX bilingual Markdown, XLIFF 1.2 and\n"
      "2.0) into ICU resource bundles, shows their messages as a localized runtime would, and\n"
      "keeps translations (XLIFF) up to date with the English.",
      "l10nc"};
  app.set_version_flag("--version", std::string("l10nc ") + L10NC_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 success, 1 invalid input (or a failed check), 2 usage error or\n"
      "unreadable input.\n"
      "Run 'l10nc COMMAND --help' for a command's options.");

  const Command commands[] = {add_compile_command(app),    add_show_command(app),
                              add_dump_command(app),       add_check_command(app),
                              add_new_locale_command(app), add_merge_command(app),
                              add_export_command(app),     add_report_command(app),
                              add_pseudo_command(app),     add_validate_command(app)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    print_error(e.what());
    // The help of the command the error is in, when one was named.
    std::string help = "l10nc --help";
    for (const Command& command : commands)
      if (command.app->parsed()) help = "l10nc " + command.app->get_name() + " --help";
    std::cerr << "Run '" << help << "' for usage.\n";
    return kUsageError;
  }
  for (const Command& command : commands)
    if (command.app->parsed()) return command.run();
  return kUsageError;
}
