#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace l10nc::cli {

// Each subcommand registers itself on the app; `run` returns the exit code and is called
// once the command line is parsed.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command add_compile_command(CLI::App& app);
Command add_show_command(CLI::App& app);
Command add_dump_command(CLI::App& app);
Command add_new_locale_command(CLI::App& app);
Command add_merge_command(CLI::App& app);
Command add_export_command(CLI::App& app);
Command add_check_command(CLI::App& app);
Command add_report_command(CLI::App& app);
Command add_pseudo_command(CLI::App& app);
Command add_validate_command(CLI::App& app);

}  // namespace l10nc::cli
