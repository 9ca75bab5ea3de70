#include "validate/validate.h"

#include <filesystem>

#include "model/catalog.h"
#include "model/xliff_conventions.h"
#include "readers/docfx_markdown.h"
#include "readers/read_document.h"
#include "readers/xml_input.h"

namespace l10nc {

std::vector<ValidationRule> xliff_validation_rules();  // rules.cc

namespace {

// A DocFX page's structure is what its reader checks; validate names each of its errors by
// rule, matched on the reader's own words (the first rule whose text the message contains).
struct DocfxRule {
  ValidationRule info;
  std::string_view says;  // "" for the rule that takes every other error
};
const DocfxRule kDocfxRules[] = {
    {{"docfx:segment-source", "docfx", "segment",
      "each <span data-ttu-id> target is followed by its <span class=\"sxs-lookup\"><span "
      "data-stu-id> English source"},
     "has no English source"},
    {{"docfx:source-id-match", "docfx", "segment",
      "the English source's data-stu-id is its target's data-ttu-id"},
     "does not match its target's id"},
    {{"docfx:orphan-source", "docfx", "segment", "every English source follows a target"},
     "English source without a target"},
    {{"docfx:segment-id-unique", "docfx", "segment", "segment ids are unique in the page"},
     "is used twice"},
    {{"docfx:segment-id", "docfx", "segment", "a segment's data-ttu-id is not empty"},
     "empty data-ttu-id"},
    {{"docfx:span-closed", "docfx", "segment",
      "a segment's spans are closed before its paragraph ends"},
     "unclosed <span"},
    {{"docfx:page", "docfx", "page",
      "the page is UTF-8, its front matter is closed and names a locale (or its folder does), "
      "and segment markup is well-formed"},
     ""},
};

class DocfxRuleSink final : public DiagnosticSink {
 public:
  DocfxRuleSink(DiagnosticSink& out, Severity severity) : out_(out), severity_(severity) {}
  void report(Diagnostic diagnostic) override {
    if (diagnostic.severity != Severity::error) return;  // the reader's warnings are not rules
    for (const DocfxRule& rule : kDocfxRules)
      if (diagnostic.message.find(rule.says) != std::string::npos) {
        diagnostic.check_id = std::string(rule.info.id);
        break;
      }
    diagnostic.severity = severity_;
    out_.report(std::move(diagnostic));
    ++count;
  }
  size_t count = 0;

 private:
  DiagnosticSink& out_;
  Severity severity_;
};

}  // namespace

// What every XML file must be before any XLIFF rule applies.
const ValidationRule kXmlRules[] = {
    {"xml:well-formed", "xml", "XML 1.0",
     "the file is well-formed XML in an encoding it declares (or UTF-8/UTF-16), without an "
     "internal DTD subset, nested at most 128 elements deep (l10nc's limits for hostile input)"},
    {"xml:xliff-root", "xml", "XLIFF",
     "the root element is <xliff>, in XLIFF 2's namespace, XLIFF 1.2's (or 1.1's), or none (1.0)"},
};

std::vector<ValidationRule> validation_rules() {
  std::vector<ValidationRule> rules(std::begin(kXmlRules), std::end(kXmlRules));
  const std::vector<ValidationRule> xliff = xliff_validation_rules();
  rules.insert(rules.end(), xliff.begin(), xliff.end());
  for (const DocfxRule& rule : kDocfxRules) rules.push_back(rule.info);
  return rules;
}

size_t validate_file(const SourceFile& file, DiagnosticSink& diagnostics, Severity severity) {
  const std::string extension = std::filesystem::path(file.path()).extension().string();
  if (extension == ".md" || extension == ".markdown") {
    DocfxRuleSink sink(diagnostics, severity);
    Document document;
    read_docfx_markdown(file, document, sink);
    return sink.count;
  }
  DiagnosticList parse_errors;
  const std::unique_ptr<XmlInput> input = XmlInput::parse(file, parse_errors);
  if (!input) {
    for (Diagnostic diagnostic : parse_errors.diagnostics()) {
      diagnostic.severity = severity;
      diagnostic.check_id = "xml:well-formed";
      diagnostics.report(std::move(diagnostic));
    }
    return parse_errors.diagnostics().size();
  }
  const pugi::xml_node root = input->root();
  const std::string_view uri = namespace_uri(root);
  const bool known = uri.empty() || uri == xliff::kNamespace2 || uri == xliff::kNamespace12 ||
                     uri == xliff::kNamespace11;
  if (local_name(root) != "xliff" || !known) {
    Diagnostic diagnostic =
        error_at(input->file(), input->offset(root),
                 local_name(root) != "xliff"
                     ? "expected an <xliff> root element, not <" + std::string(root.name()) + ">"
                     : "<xliff> is in namespace '" + std::string(uri) +
                           "', which is neither XLIFF 2's '" + std::string(xliff::kNamespace2) +
                           "' nor XLIFF 1.2's '" + std::string(xliff::kNamespace12) + "'");
    diagnostic.severity = severity;
    diagnostic.check_id = "xml:xliff-root";
    diagnostics.report(std::move(diagnostic));
    return 1;
  }
  return validate_xliff(*input, diagnostics, severity);
}

}  // namespace l10nc
