#include "cli_support.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>

#include "base/file_io.h"
#include "readers/load_inputs.h"
#include "terminal/progress_bar.h"

namespace l10nc::cli {

namespace {

ColorMode color_mode = ColorMode::automatic;

bool use_color_on(int descriptor) {
  if (color_mode != ColorMode::automatic) return color_mode == ColorMode::always;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return (no_color == nullptr || no_color[0] == '\0') &&
         (term == nullptr || std::string_view(term) != "dumb") && ::isatty(descriptor) != 0;
}

}  // namespace

void set_color_mode(ColorMode mode) { color_mode = mode; }

void add_color_option(CLI::App& command) {
  const std::map<std::string, ColorMode> names = {
      {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}};
  command
      .add_option_function<ColorMode>(
          "--color", set_color_mode,
          "Colour the output: always, never, or auto (default: when it goes to a terminal, "
          "NO_COLOR is unset and TERM is not dumb)")
      ->transform(CLI::CheckedTransformer(names))
      ->option_text("always|never|auto");
}

bool use_color() { return use_color_on(STDERR_FILENO); }

bool use_color_on_stdout() { return use_color_on(STDOUT_FILENO); }

int terminal_width() {
  winsize size{};
  if (::isatty(STDOUT_FILENO) != 0 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 &&
      size.ws_col > 0)
    return size.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    const int value = std::atoi(columns);
    if (value > 0) return value;
  }
  return 80;
}

size_t print_diagnostics(const DiagnosticList& diagnostics) {
  DiagnosticPrinter printer(use_color());
  for (const Diagnostic& diagnostic : diagnostics.diagnostics()) {
    if (diagnostic.location.file.empty()) {
      print_error(diagnostic.message);
      continue;
    }
    std::cerr << printer.format(diagnostic);
  }
  return diagnostics.error_count();
}

void add_message_syntax_option(CLI::App& command, SyntaxChoice& choice) {
  const std::map<std::string, SyntaxChoice> names = {
      {"auto", SyntaxChoice::automatic}, {"text", SyntaxChoice::text}, {"icu", SyntaxChoice::icu}};
  command
      .add_option("--message-syntax", choice,
                  "How messages are written: icu (ICU MessageFormat patterns), text (literal "
                  "text; inline codes are the arguments), or auto (default): DocFX pages are "
                  "text, XLIFF says so with l10nc:message-syntax, Symfony's "
                  "DOMAIN+intl-icu.LOCALE.xlf is icu, other XLIFF is text")
      ->transform(CLI::CheckedTransformer(names))
      ->option_text("icu|text|auto");
}

LoadOptions load_options_for(SyntaxChoice syntax) {
  LoadOptions options;
  options.read.syntax = syntax;
  return options;
}

int load_catalog(const std::vector<std::string>& inputs, Catalog& catalog,
                 const LoadOptions& options, std::string_view not_done, ProgressBar* progress) {
  DiagnosticList diagnostics;
  const LoadStatus status = load_inputs(inputs, catalog, diagnostics, options);
  if (progress != nullptr && !diagnostics.diagnostics().empty()) progress->finish();
  print_diagnostics(diagnostics);
  if (status == LoadStatus::unreadable_input) return kUsageError;
  if (status == LoadStatus::invalid_input) {
    std::cerr << "l10nc: " << not_done << ": fix the errors above\n";
    return kInvalidInput;
  }
  return kSuccess;
}

int write_output_file(const std::string& path, std::string_view content) {
  std::error_code ignored;  // a folder that cannot be made fails the write, which says why
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ignored);
  std::string error;
  if (!write_file_atomically(path, content, &error)) {
    print_error("cannot write '" + path + "': " + error);
    return kUsageError;
  }
  return kSuccess;
}

void print_error(std::string_view message) { std::cerr << "l10nc: error: " << message << '\n'; }

}  // namespace l10nc::cli
