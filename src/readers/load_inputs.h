#pragma once

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

// Reads every input (files, or directories searched recursively for the extensions the
// readers know, in sorted order) and merges them into `catalog`: source documents first,
// then translation files, each in the order given. A file that is `skip` is left out.
LoadStatus load_inputs(const std::vector<std::string>& inputs, Catalog& catalog,
                       DiagnosticSink& diagnostics, const std::filesystem::path& skip = {});

}  // namespace l10nc
