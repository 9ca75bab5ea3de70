#pragma once

#include <cstdint>
#include <filesystem>
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

struct LoadOptions {
  // Larger files are refused before being read: hostile input must not exhaust memory.
  uint64_t max_input_bytes = uint64_t{256} << 20;
  // An input to leave out even when a directory holds it (merge's own XLIFF file).
  std::filesystem::path skip;
  MergeConflicts conflicts = MergeConflicts::are_errors;
};

// Reads every input (files, or directories searched recursively for the extensions the
// readers know, in sorted order) and merges them into `catalog`: source documents first,
// then translation files, each in the order given. A file that is options.skip is left out.
LoadStatus load_inputs(const std::vector<std::string>& inputs, Catalog& catalog,
                       DiagnosticSink& diagnostics, const LoadOptions& options = {});

}  // namespace l10nc
