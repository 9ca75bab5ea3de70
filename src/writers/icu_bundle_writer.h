#pragma once

#include <filesystem>
#include <functional>
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

struct IcuPackageStats {
  size_t files_written = 0;    // with new bytes
  size_t files_unchanged = 0;  // the same bytes as in `previous`: linked, not written
};

struct IcuPackageOptions {
  std::string genrb;  // empty: write .res directly; else the genrb program compiling the .txt
  // The genrb .txt sources are for people reading the package (and for genrb); the runtime
  // reads only the .res files. Must be true when genrb is set.
  bool write_sources = true;
  unsigned jobs = 1;  // bundles written at once
  // The package the staged one will replace (may not exist): its files whose bytes are what
  // would be written are hard-linked instead, keeping their timestamps.
  std::filesystem::path previous;
  // Called after each bundle is written, with the bundles written so far and in all.
  std::function<void(size_t written, size_t total)> progress;
  IcuPackageStats* stats = nullptr;  // filled in when set
};

// Writes <locale>.res and (unless !write_sources) <locale>.txt for every bundle, plus
// res_index.res/.txt, into `directory` (a staging directory the caller publishes or removes),
// options.jobs bundles at a time, largest first, the calling thread one of the writers. The
// files are the same whatever the number of jobs. Returns false after reporting an error (the
// first bundle's, in order); then the directory may hold some files. Each bundle's messages are
// freed once it is written (pass a copy to keep them).
bool write_icu_package(std::vector<Bundle> bundles, const std::filesystem::path& directory,
                       const IcuPackageOptions& options, DiagnosticSink& diagnostics);

}  // namespace l10nc
