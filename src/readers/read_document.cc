#include "readers/read_document.h"

#include <deque>
#include <filesystem>
#include <map>
#include <utility>

#include "model/xliff_conventions.h"
#include "readers/docfx_markdown.h"
#include "readers/xliff12.h"
#include "readers/xliff20.h"
#include "readers/xml_input.h"
#include "validate/validate.h"

namespace l10nc {

namespace {

// A reader's warning and a validation rule about the same spot (an unknown state value) are one
// problem: the reader's words, which say what l10nc made of it, with the rule's id. The rules
// are indexed by position: a file may hold thousands of both.
void report_folded(const DiagnosticList& reading, const DiagnosticList& validation,
                   DiagnosticSink& diagnostics) {
  const std::vector<Diagnostic>& rules = validation.diagnostics();
  std::map<std::pair<uint32_t, uint32_t>, std::deque<size_t>> at_position;
  for (size_t i = 0; i < rules.size(); ++i)
    at_position[{rules[i].location.line, rules[i].location.column}].push_back(i);
  std::vector<bool> folded(rules.size(), false);
  for (Diagnostic diagnostic : reading.diagnostics()) {
    if (diagnostic.severity == Severity::warning && diagnostic.check_id.empty()) {
      auto found = at_position.find({diagnostic.location.line, diagnostic.location.column});
      if (found != at_position.end() && !found->second.empty()) {
        const size_t rule = found->second.front();
        found->second.pop_front();
        diagnostic.check_id = rules[rule].check_id;
        folded[rule] = true;
      }
    }
    diagnostics.report(std::move(diagnostic));
  }
  for (size_t i = 0; i < rules.size(); ++i)
    if (!folded[i]) diagnostics.report(rules[i]);
}

// Checks the <xliff> root (its version and namespace) and hands the file to its version's
// reader.
bool read_xliff(const SourceFile& file, Document& document, DiagnosticSink& diagnostics,
                const ReadOptions& options, std::unique_ptr<XmlInput>* kept = nullptr,
                XliffVersion* kept_version = nullptr) {
  std::unique_ptr<XmlInput> input = XmlInput::parse(file, diagnostics);
  if (!input) return false;
  const pugi::xml_node root = input->root();
  auto fail = [&](size_t offset, std::string message) {
    diagnostics.report(error_at(input->file(), offset, std::move(message)));
    return false;
  };
  if (local_name(root) != "xliff")
    return fail(input->offset(root),
                "expected an <xliff> root element, not <" + std::string(root.name()) + ">");
  const std::string uri(namespace_uri(root));
  std::string version = root.attribute("version").value();
  if (version.empty() && uri == xliff::kNamespace12) version = "1.2";
  if (version.empty() && uri == xliff::kNamespace11) version = "1.1";
  if (version.empty() && uri == xliff::kNamespace2) version = "2.0";
  // 1.0 and 1.1 (translate-toolkit's po2xliff, older Okapi) are read as 1.2, which keeps
  // their elements; 1.0 had a DTD and no namespace.
  const bool v10 = version == "1.0";
  const bool v11 = version == "1.1";
  const bool v12 = version == "1.2" || v11 || v10;
  const bool v2 = version == "2.0" || version == "2.1" || version == "2.2";
  if (!v12 && !v2)
    return fail(version.empty() ? input->offset(root) : input->attribute_offset(root, "version"),
                version.empty() ? "<xliff> has no version attribute"
                                : "unknown XLIFF version '" + version +
                                      "': l10nc reads XLIFF 1.0, 1.1, 1.2 and 2.0, 2.1, 2.2");
  const std::string_view expected = v10   ? std::string_view(uri)
                                    : v11 ? xliff::kNamespace11
                                    : v12 ? xliff::kNamespace12
                                          : xliff::kNamespace2;
  if (uri != expected)
    return fail(
        input->offset(root),
        "XLIFF " + version + " elements must be in namespace '" + std::string(expected) + "', " +
            (uri.empty() ? std::string("but <xliff> has no namespace") : "not '" + uri + "'"));
  // Strict validation refuses a file before it is read; warnings come after what reading
  // said, and only for a file that could be read (a file that cannot is an error already).
  if (options.validation == XliffValidation::strict &&
      validate_xliff(*input, diagnostics, Severity::error) > 0)
    return false;
  bool read;
  if (options.validation == XliffValidation::warnings) {
    DiagnosticList reading;
    read = v12 ? read_xliff12(*input, document, reading, options)
               : read_xliff20(*input, document, reading, options);
    DiagnosticList validation;
    if (read) validate_xliff(*input, validation, Severity::warning);
    report_folded(reading, validation, diagnostics);
  } else {
    read = v12 ? read_xliff12(*input, document, diagnostics, options)
               : read_xliff20(*input, document, diagnostics, options);
  }
  if (read && kept != nullptr) {
    *kept = std::move(input);
    *kept_version = v12 ? XliffVersion::v1_2 : XliffVersion::v2;
  }
  return read;
}

}  // namespace

std::unique_ptr<XmlInput> read_xliff_for_editing(const SourceFile& file, Document& document,
                                                 DiagnosticSink& diagnostics,
                                                 const ReadOptions& options,
                                                 XliffVersion& version) {
  std::unique_ptr<XmlInput> input;
  if (!is_translation_file(file.path())) {
    Diagnostic diagnostic;
    diagnostic.location.file = file.path();
    diagnostic.message = "not an XLIFF file (.xlf, .xliff): only translation files are merged";
    diagnostics.report(std::move(diagnostic));
    return input;
  }
  read_xliff(file, document, diagnostics, options, &input, &version);
  return input;
}

const std::vector<std::string>& input_extensions() {
  static const std::vector<std::string> extensions = {".md", ".xlf", ".xliff"};
  return extensions;
}

bool is_translation_file(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".xlf" || extension == ".xliff";
}

std::string ReadOptions::identity() const {
  return "syntax=" +
         std::string(syntax == SyntaxChoice::automatic ? "auto"
                     : syntax == SyntaxChoice::icu     ? "icu"
                                                       : "text") +
         " validation=" +
         std::string(validation == XliffValidation::off        ? "off"
                     : validation == XliffValidation::warnings ? "warnings"
                                                               : "strict");
}

bool read_document(const SourceFile& file, Document& document, DiagnosticSink& diagnostics,
                   const ReadOptions& options) {
  const std::string extension = std::filesystem::path(file.path()).extension().string();
  if (extension == ".md" || extension == ".markdown")
    return read_docfx_markdown(
        file, document, diagnostics,
        options.syntax == SyntaxChoice::icu ? MessageSyntax::icu : MessageSyntax::text);
  if (is_translation_file(file.path())) return read_xliff(file, document, diagnostics, options);
  Diagnostic diagnostic;
  diagnostic.location.file = file.path();
  diagnostic.message = "unknown input format '" + extension +
                       "': expected a DocFX page (.md) or XLIFF (.xlf, .xliff)";
  diagnostics.report(std::move(diagnostic));
  return false;
}

}  // namespace l10nc
