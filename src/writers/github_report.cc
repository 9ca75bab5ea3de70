#include <filesystem>
#include <sstream>

#include "base/unicode_text.h"
#include "writers/check_reports.h"

namespace l10nc {

namespace {

// GitHub's workflow command escaping: data escapes %, CR and LF; property values also ':'
// and ','.
std::string escape_data(std::string_view raw) {
  // Control characters from the inputs are shown as \u001b, never written raw to the log.
  const std::string text = display_text(raw);
  std::string out;
  for (const char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (const char c : escape_data(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

// The path as GitHub matches it with the repository's files: relative to the working
// directory (the checkout) when inside it, without "./" or "..", with '/' separators.
std::string github_path(const std::string& file) {
  namespace fs = std::filesystem;
  fs::path path = fs::path(file).lexically_normal();
  if (path.is_absolute()) {
    std::error_code error;
    const fs::path relative = path.lexically_relative(fs::current_path(error));
    if (!error && !relative.empty() && *relative.begin() != "..") path = relative;
  }
  return path.generic_string();
}

}  // namespace

std::string write_github_report(const CheckReport& report) {
  std::ostringstream out;
  for (const Finding& finding : report.findings) {
    const Location& location = finding.diagnostic.location;
    out << "::"
        << (finding.severity() == Severity::error     ? "error"
            : finding.severity() == Severity::warning ? "warning"
                                                      : "notice")
        << " ";
    if (!location.file.empty()) {
      out << "file=" << escape_property(github_path(location.file));
      if (location.line > 0) out << ",line=" << location.line << ",col=" << location.column;
      out << ",";
    }
    std::string title = finding.check_id();
    if (!finding.key.empty()) title += " " + finding.key;
    if (!finding.locale.empty()) title += " (" + finding.locale + ")";
    out << "title=" << escape_property(title);
    out << "::" << escape_data(finding.diagnostic.message) << "\n";
  }
  if (!report.inputs_read)
    out << "::error title=" << escape_property(std::string(kInputCheckId))
        << "::the inputs could not be read: nothing was checked\n";
  for (const LocaleCoverage& locale : report.coverage) {
    const std::string coverage = format_coverage(locale.counts, report.coverage_options);
    if (!locale.passed) {
      out << "::error title=" << escape_property("coverage (" + locale.locale + ")") << "::"
          << escape_data(locale.locale + " coverage " + coverage + " is below the minimum " +
                         format_minimum(*locale.minimum))
          << "\n";
    } else {
      out << "l10nc: " << locale.locale << " coverage " << coverage << " ("
          << count_of(locale.counts.total, "key") << ")\n";
    }
  }
  return out.str();
}

}  // namespace l10nc
