#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/catalog.h"
#include "readers/read_document.h"

namespace l10nc {

enum class LoadStatus {
  ok,
  invalid_input,     // a file was read but is malformed (errors reported with file:line:col)
  unreadable_input,  // a path is missing, unreadable, or names no input file at all
};

// What a key merged twice with different text means: an error for compile, a finding that
// `check` reports from Catalog::conflicts() (the first definition wins either way). With
// findings, the readers' warnings about translations ICU rejects are left out too: `check`
// reports those as [msgformat-syntax] findings.
enum class MergeConflicts { are_errors, are_findings };

// What load_inputs did, for --verbose.
struct LoadStats {
  size_t files = 0;       // input files found
  size_t parsed = 0;      // read with a reader
  size_t from_cache = 0;  // taken from the document cache instead
  uint64_t bytes = 0;     // bytes of input read
};

struct LoadOptions {
  ReadOptions read;  // what every reader is asked (the message syntax)
  // Larger files are refused before being read: hostile input must not exhaust memory.
  uint64_t max_input_bytes = uint64_t{256} << 20;
  // An input to leave out even when a directory holds it (merge's own XLIFF file).
  std::filesystem::path skip;
  // Globs of inputs to leave out (--exclude; see matches_glob()), named or found in a directory.
  std::vector<std::string> exclude;
  MergeConflicts conflicts = MergeConflicts::are_errors;
  // Files read at once (0: one per hardware thread). The catalog and the diagnostics are the
  // same whatever the number: files are merged, and diagnostics reported, in input order.
  unsigned jobs = 0;
  // A directory of documents read before (see DocumentCache); empty: none.
  std::filesystem::path cache;
  // Called after each file is merged, with the files merged so far and in all.
  std::function<void(size_t merged, size_t total)> progress;
  LoadStats* stats = nullptr;  // filled in when set
};

// Reads every input (files, or directories searched recursively for the extensions the
// readers know, in sorted order) and merges them into `catalog`: source documents first,
// then translation files, each in the order given. A file that is options.skip or matches an
// options.exclude glob is left out; so is a .md file a directory holds that is no DocFX page
// (no front matter and no data-ttu-id segment: a README.md, a TOC.md), with a note.
// Files are read in parallel and merged as they come, in that order, each document freed once
// merged: memory holds the catalog and the few files in flight, not every document.
LoadStatus load_inputs(const std::vector<std::string>& inputs, Catalog& catalog,
                       DiagnosticSink& diagnostics, const LoadOptions& options = {});

// Reads the inputs exactly as load_inputs does (the same files, order, limits, exclusions,
// notes and diagnostics) but hands each document to `consume` instead of merging it: for
// what needs each file's own document (compile --list-inputs).
using DocumentConsumer = std::function<void(const std::filesystem::path&, Document&&)>;
LoadStatus read_inputs(const std::vector<std::string>& inputs, DiagnosticSink& diagnostics,
                       const LoadOptions& options, const DocumentConsumer& consume);

}  // namespace l10nc
