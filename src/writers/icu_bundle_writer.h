#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "writers/bundle_plan.h"

namespace l10nc {

// The genrb source text of a bundle (UTF-8 with a byte order mark, so genrb needs no -e).
// Keys are written in descending order: genrb inserts each item into a sorted list scanned
// from its head, which is quadratic for ascending input and linear for descending.
std::string bundle_source_text(const Bundle& bundle);

// res_index.txt: the InstalledLocales table ICU's locale enumeration reads.
std::string index_source_text(const std::vector<Bundle>& bundles);

struct IcuPackageOptions {
  std::string genrb = "genrb";  // program name or path
};

// Writes <locale>.txt for every bundle plus res_index.txt into `directory`, then compiles
// them all to .res with one genrb run. Returns false after reporting an error.
bool write_icu_package(const std::vector<Bundle>& bundles, const std::filesystem::path& directory,
                       const IcuPackageOptions& options, DiagnosticSink& diagnostics);

}  // namespace l10nc
