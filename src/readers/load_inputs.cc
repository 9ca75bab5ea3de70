#include "readers/load_inputs.h"

#include <algorithm>
#include <filesystem>

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
                       DiagnosticSink& diagnostics, const LoadOptions& options) {
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
  std::vector<Document> documents;
  for (const auto& path : files) {
    std::error_code size_error;
    const uint64_t size = std::filesystem::file_size(path, size_error);
    if (!size_error && size > options.max_input_bytes) {
      report_file_error(diagnostics, path.string(),
                        "file is " + std::to_string(size) + " bytes, over the limit of " +
                            std::to_string(options.max_input_bytes) + " (--max-input-size)");
      status = LoadStatus::invalid_input;
      continue;
    }
    std::error_code ignored;
    if (!options.skip.empty() && std::filesystem::equivalent(path, options.skip, ignored)) continue;
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
    documents.push_back(std::move(document));
  }
  // Source documents first: their English is the catalog's, whatever the file order.
  std::stable_partition(documents.begin(), documents.end(), [](const Document& document) {
    return !document.english_from_translation_file;
  });
  for (Document& document : documents) {
    DiagnosticList merge_diagnostics;
    catalog.add(std::move(document), merge_diagnostics);
    for (const Diagnostic& diagnostic : merge_diagnostics.diagnostics()) {
      // Catalog::conflicts() keeps these for the caller to report as findings.
      if (options.conflicts == MergeConflicts::are_findings &&
          diagnostic.check_id == "duplicate-key")
        continue;
      diagnostics.report(diagnostic);
      if (diagnostic.severity == Severity::error) status = LoadStatus::invalid_input;
    }
  }
  return status;
}

}  // namespace l10nc
