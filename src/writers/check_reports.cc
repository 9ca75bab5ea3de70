#include "writers/check_reports.h"

namespace l10nc {

const std::vector<std::string>& report_format_names() {
  static const std::vector<std::string> names = {"text", "json", "sarif", "junit", "github"};
  return names;
}

std::optional<ReportFormat> parse_report_format(std::string_view name) {
  const std::vector<std::string>& names = report_format_names();
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<ReportFormat>(i);
  return std::nullopt;
}

}  // namespace l10nc
