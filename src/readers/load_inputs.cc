#include "readers/load_inputs.h"

#include "base/file_io.h"
#include "base/source_file.h"
#include "readers/read_document.h"

namespace l10nc {

namespace {
void report_file_error(DiagnosticSink& diagnostics, std::string file, std::string message) {
  Diagnostic diagnostic;
  diagnostic.location.file = std::move(file);
  diagnostic.message = std::move(message);
  diagnostics.report(std::move(diagnostic));
}
}  // namespace

LoadStatus load_inputs(const std::vector<std::string>& inputs, Catalog& catalog,
                       DiagnosticSink& diagnostics, MergeConflicts conflicts) {
  std::vector<std::string> missing;
  const auto files = expand_inputs(inputs, input_extensions(), &missing);
  for (const std::string& path : missing)
    report_file_error(diagnostics, path, "no such file or directory");
  if (!missing.empty()) return LoadStatus::unreadable_input;
  if (files.empty()) {
    std::string extensions;
    for (const std::string& extension : input_extensions())
      extensions += (extensions.empty() ? "" : ", ") + extension;
    report_file_error(diagnostics, {}, "no input files (" + extensions + ") in the given paths");
    return LoadStatus::unreadable_input;
  }

  LoadStatus status = LoadStatus::ok;
  for (const auto& path : files) {
    std::string error;
    std::optional<std::string> text = read_file(path, &error);
    if (!text) {
      report_file_error(diagnostics, path.string(), "cannot read: " + error);
      return LoadStatus::unreadable_input;
    }
    const SourceFile file(path.string(), std::move(*text));
    Document document;
    if (!read_document(file, document, diagnostics)) {
      status = LoadStatus::invalid_input;
      continue;
    }
    DiagnosticList merge_diagnostics;
    catalog.add(std::move(document), merge_diagnostics);
    for (const Diagnostic& diagnostic : merge_diagnostics.diagnostics()) {
      // Catalog::conflicts() keeps these for the caller to report as findings.
      if (conflicts == MergeConflicts::are_findings && diagnostic.check_id == "duplicate-key")
        continue;
      diagnostics.report(diagnostic);
      if (diagnostic.severity == Severity::error) status = LoadStatus::invalid_input;
    }
  }
  return status;
}

}  // namespace l10nc
