#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/catalog.h"

namespace l10nc {

enum class LoadStatus {
  ok,
  invalid_input,     // a file was read but is malformed (errors reported with file:line:col)
  unreadable_input,  // a path is missing, unreadable, or names no input file at all
};

// What a key merged twice with different text means: an error for compile, a finding that
// `check` reports from Catalog::conflicts() (the first definition wins either way).
enum class MergeConflicts { are_errors, are_findings };

// Reads every input (files, or directories searched recursively for the extensions the
// readers know, in sorted order) and merges them into `catalog`, in the order given.
LoadStatus load_inputs(const std::vector<std::string>& inputs, Catalog& catalog,
                       DiagnosticSink& diagnostics,
                       MergeConflicts conflicts = MergeConflicts::are_errors);

}  // namespace l10nc
