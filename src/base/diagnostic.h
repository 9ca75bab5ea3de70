#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace l10nc {

class SourceFile;

enum class Severity { note, warning, error };
std::string_view severity_name(Severity severity);

// Where a diagnostic points. line == 0 means the whole file (or no file when file is empty).
struct Location {
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;

  std::string to_string() const;  // "file:line:col", "file" or ""
};

struct DiagnosticNote {
  Location location;
  std::string message;
};

struct Diagnostic {
  Severity severity = Severity::error;
  Location location;
  std::string message;
  std::string check_id;  // empty for input errors; a check's stable id otherwise
  std::vector<DiagnosticNote> notes;
};

Location location_in(const SourceFile& file, size_t offset);
Diagnostic error_at(const SourceFile& file, size_t offset, std::string message);

// Receives diagnostics as they are found; readers, checks and writers report into one.
class DiagnosticSink {
 public:
  virtual ~DiagnosticSink() = default;
  virtual void report(Diagnostic diagnostic) = 0;
};

class DiagnosticList final : public DiagnosticSink {
 public:
  void report(Diagnostic diagnostic) override;
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  size_t error_count() const { return errors_; }
  bool has_errors() const { return errors_ > 0; }

 private:
  std::vector<Diagnostic> diagnostics_;
  size_t errors_ = 0;
};

// Renders diagnostics clang-style: "file:line:col: error: message [id]", the source line and
// a caret under the column. Source lines are read from disk on first use and kept.
class DiagnosticPrinter {
 public:
  explicit DiagnosticPrinter(bool color) : color_(color) {}
  ~DiagnosticPrinter();
  // Lets the printer use text already in memory instead of reading the file again.
  void add_source(std::shared_ptr<const SourceFile> file);
  std::string format(const Diagnostic& diagnostic);

 private:
  void append_header(std::string& out, const Location& location, Severity severity,
                     std::string_view message, std::string_view check_id);
  void append_snippet(std::string& out, const Location& location);
  const SourceFile* source(const std::string& path);

  bool color_;
  std::map<std::string, std::shared_ptr<const SourceFile>> sources_;
};

}  // namespace l10nc
