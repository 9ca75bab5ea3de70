#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/catalog.h"
#include "model/translation_file.h"
#include "model/xliff_conventions.h"
#include "readers/xml_input.h"

namespace l10nc {

// Edits a translator's XLIFF file in place, the way clang's Rewriter edits source: every
// change replaces a range of the file's own text, so all the rest stays byte for byte — the
// order of things, white space and line ends, comments, modules and extensions, attributes
// l10nc does not know, segmentation — and the file keeps its XLIFF version and encoding.
// Markup l10nc adds is laid out like the file's (its line ends, its indentation).
class XliffEditor {
 public:
  XliffEditor(const XmlInput& input, XliffVersion version, DiagnosticSink& diagnostics);
  ~XliffEditor();

  // Applies a merge plan (units are found by Unit::element_offset) and adds new units with
  // `catalog`'s English (origin notes made relative as export does).
  void apply(const MergePlan& plan, const Catalog& catalog);

  bool changed() const;
  // The edited file, in its own encoding.
  std::string text() const;

 private:
  void add_units(const MergePlan& plan, const Catalog& catalog, const std::set<size_t>& moving);

  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace l10nc
