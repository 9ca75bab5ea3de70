#include "base/diagnostic.h"

#include <unicode/utf8.h>

#include "base/file_io.h"
#include "base/source_file.h"
#include "base/unicode_text.h"

namespace l10nc {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::note:
      return "note";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

std::string Location::to_string() const {
  if (line == 0) return file;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

Location location_in(const SourceFile& file, size_t offset) {
  const LineColumn position = file.line_column(offset);
  return {file.path(), position.line, position.column};
}

Diagnostic error_at(const SourceFile& file, size_t offset, std::string message) {
  Diagnostic diagnostic;
  diagnostic.severity = Severity::error;
  diagnostic.location = location_in(file, offset);
  diagnostic.message = std::move(message);
  return diagnostic;
}

void DiagnosticList::report(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::error) ++errors_;
  diagnostics_.push_back(std::move(diagnostic));
}

DiagnosticPrinter::~DiagnosticPrinter() = default;

void DiagnosticPrinter::add_source(std::shared_ptr<const SourceFile> file) {
  std::string path = file->path();
  sources_[path] = std::move(file);
}

const SourceFile* DiagnosticPrinter::source(const std::string& path) {
  auto found = sources_.find(path);
  if (found != sources_.end()) return found->second.get();
  std::shared_ptr<const SourceFile> file;
  if (auto text = read_file(path)) file = std::make_shared<SourceFile>(path, std::move(*text));
  return (sources_[path] = std::move(file)).get();
}

namespace {
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kGreen = "\x1b[1;32m";

std::string_view severity_color(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "\x1b[1;31m";
    case Severity::warning:
      return "\x1b[1;35m";
    case Severity::note:
      return "\x1b[1;36m";
  }
  return "";
}
// The line as UTF-8 a terminal can show: ill-formed bytes become U+FFFD and control characters
// (ESC of a colour sequence, a NUL of UTF-16 read as bytes) "\u001b", as display_text() shows
// them; tabs stay, for the caret line to keep them too.
void append_printable(std::string& out, std::string_view line) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  const auto length = static_cast<int32_t>(line.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const std::string_view character =
        line.substr(static_cast<size_t>(start), static_cast<size_t>(i - start));
    if (c == '\t')
      out += '\t';
    else
      out += display_text(character);
  }
}

// Columns a character takes as append_printable() shows it.
int printed_width(UChar32 c) {
  if (c < 0) return 1;                      // U+FFFD
  if (is_escaped_for_display(c)) return 6;  // \u001b
  return display_width(c);
}
}  // namespace

void DiagnosticPrinter::append_header(std::string& out, const Location& location, Severity severity,
                                      std::string_view message, std::string_view check_id) {
  if (color_) out += kBold;
  std::string where = display_text(location.to_string());
  if (!where.empty()) out += where + ": ";
  if (color_) out += severity_color(severity);
  out += severity_name(severity);
  out += ": ";
  if (color_) {
    out += kReset;
    out += kBold;
  }
  out += display_text(message);
  if (!check_id.empty()) {
    out += " [";
    out += check_id;
    out += "]";
  }
  if (color_) out += kReset;
  out += '\n';
}

void DiagnosticPrinter::append_snippet(std::string& out, const Location& location) {
  if (location.line == 0) return;
  const SourceFile* file = source(location.file);
  if (file == nullptr || location.line > file->line_count()) return;
  const std::string_view line = file->line_text(location.line);
  append_printable(out, line);
  out += '\n';
  // The caret goes under the column: keep tabs, pad everything else by its display width.
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  const auto length = static_cast<int32_t>(line.size());
  int32_t i = 0;
  for (uint32_t column = 1; column < location.column && i < length; ++column) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c == '\t')
      out += '\t';
    else
      out.append(static_cast<size_t>(printed_width(c)), ' ');
  }
  if (color_) out += kGreen;
  out += '^';
  if (color_) out += kReset;
  out += '\n';
}

std::string DiagnosticPrinter::format(const Diagnostic& diagnostic) {
  std::string out;
  append_header(out, diagnostic.location, diagnostic.severity, diagnostic.message,
                diagnostic.check_id);
  append_snippet(out, diagnostic.location);
  for (const DiagnosticNote& note : diagnostic.notes) {
    append_header(out, note.location, Severity::note, note.message, {});
    append_snippet(out, note.location);
  }
  return out;
}

}  // namespace l10nc
