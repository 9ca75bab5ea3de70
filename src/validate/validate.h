#pragma once

#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_file.h"

namespace l10nc {

class XmlInput;

// The conformance rules of `l10nc validate`, one table (src/validate/rules.cc). A rule's id
// names its format and the section of the specification that states it:
//   xliff2:SECTION-SLUG   XLIFF 2.1 core (4.x) and modules (5.x); ctr, demoted to an
//                         extension in 2.1, is xliff2:ctr-SLUG (XLIFF 2.0 section 5.6)
//   xliff12:ELEMENT-SLUG  XLIFF 1.2, named after the element's section of the 1.2 spec
//   docfx:SLUG            DocFX bilingual Markdown
struct ValidationRule {
  std::string_view id;
  std::string_view format;   // "xliff2", "xliff12" or "docfx"
  std::string_view section;  // "4.2.2.5 unit", "5.4 Metadata module", "trans-unit"
  std::string_view summary;
};

// Every rule, in the order README lists them.
std::vector<ValidationRule> validation_rules();

// Checks a parsed XLIFF document (any version l10nc reads) against its specification and
// reports every violation with `severity`, the rule's id as the diagnostic's check_id.
// Returns the number of violations.
size_t validate_xliff(const XmlInput& input, DiagnosticSink& diagnostics, Severity severity);

// Checks one input file: XLIFF (.xlf, .xliff) or a DocFX page (.md). Malformed XML is one
// violation. Returns the number of violations.
size_t validate_file(const SourceFile& file, DiagnosticSink& diagnostics,
                     Severity severity = Severity::error);

}  // namespace l10nc
