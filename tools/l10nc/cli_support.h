#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "model/catalog.h"
#include "readers/load_inputs.h"

namespace l10nc {
class ProgressBar;
}

namespace l10nc::cli {

// Exit codes shared by every subcommand.
inline constexpr int kSuccess = 0;
inline constexpr int kInvalidInput = 1;  // malformed input, failed check
inline constexpr int kUsageError = 2;    // bad command line, missing or unreadable input

// --color: always, never, or (auto, the default) when the stream is a terminal, NO_COLOR is
// unset or empty and TERM is not "dumb".
enum class ColorMode { automatic, always, never };
void set_color_mode(ColorMode mode);
// --color=always|never|auto on a command; sets the mode when given.
void add_color_option(CLI::App& command);

// Whether to colour what goes to stderr (diagnostics).
bool use_color();
// Whether to colour what goes to stdout (reports written to stdout).
bool use_color_on_stdout();

// Terminal width for stdout: the terminal's, else $COLUMNS, else 80.
int terminal_width();

// Prints diagnostics clang-style to stderr; returns how many were errors.
size_t print_diagnostics(const DiagnosticList& diagnostics);

// Reads `inputs` into `catalog`, printing diagnostics (after erasing `progress`, if given);
// returns kSuccess, or the exit code for unreadable or invalid input after saying what was not
// done ("l10nc: nothing written: fix the errors above").
int load_catalog(const std::vector<std::string>& inputs, Catalog& catalog,
                 const LoadOptions& options = {}, std::string_view not_done = "nothing written",
                 ProgressBar* progress = nullptr);

// --message-syntax auto|text|icu, the same on every command that reads inputs.
void add_message_syntax_option(CLI::App& command, SyntaxChoice& choice);
// Load options that differ from the defaults only by the message syntax.
LoadOptions load_options_for(SyntaxChoice syntax);

// Writes a file the user asked for, atomically, creating its folder; prints why it could not.
// Returns kSuccess or kUsageError.
int write_output_file(const std::string& path, std::string_view content);

// "l10nc: error: message" on stderr (for errors that have no file position).
void print_error(std::string_view message);

}  // namespace l10nc::cli
