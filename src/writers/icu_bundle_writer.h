#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "writers/bundle_plan.h"
#include "writers/resource_tree.h"

namespace l10nc {

// The resources of a bundle: its messages, and in root the l10nc:titles table. Keys are
// listed in descending order: genrb inserts each item into a sorted list scanned from its
// head, which is quadratic for ascending input and linear for descending. The tree holds
// views into `bundle`.
ResourceBundle bundle_resources(const Bundle& bundle);

// res_index: the InstalledLocales table ICU's locale enumeration reads (no fallback).
ResourceBundle index_resources(const std::vector<Bundle>& bundles);

// The genrb source text of a bundle (UTF-8 with a byte order mark, so genrb needs no -e).
std::string resource_source_text(const ResourceBundle& bundle);
std::string bundle_source_text(const Bundle& bundle);

struct IcuPackageOptions {
  std::string genrb;  // empty: write .res directly; else the genrb program compiling the .txt
};

// Writes <locale>.txt and <locale>.res for every bundle plus res_index.txt/.res into
// `directory` (a staging directory the caller publishes or removes). Returns false after
// reporting an error; then the directory may hold some of the files.
bool write_icu_package(const std::vector<Bundle>& bundles, const std::filesystem::path& directory,
                       const IcuPackageOptions& options, DiagnosticSink& diagnostics);

}  // namespace l10nc
