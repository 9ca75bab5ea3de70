#include "readers/load_inputs.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <future>
#include <optional>

#include "base/file_io.h"
#include "base/source_file.h"
#include "base/thread_pool.h"
#include "readers/document_cache.h"
#include "readers/read_document.h"

namespace l10nc {

namespace {

void report_file_error(DiagnosticSink& diagnostics, std::string file, std::string message) {
  Diagnostic diagnostic;
  diagnostic.location.file = std::move(file);
  diagnostic.message = std::move(message);
  diagnostics.report(std::move(diagnostic));
}

// What reading one file gave: its document (unless it failed or was skipped) and its
// diagnostics, kept apart so that they are reported in input order whatever thread read it.
struct FileResult {
  LoadStatus status = LoadStatus::ok;
  std::optional<Document> document;
  DiagnosticList diagnostics;
  bool parsed = false;
  bool from_cache = false;
  uint64_t bytes = 0;
};

int64_t modified_ns(const std::filesystem::path& path) {
  std::error_code ignored;
  const auto time = std::filesystem::last_write_time(path, ignored);
  return std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
}

// A Markdown file that is no DocFX bilingual page: no front matter, no segment.
bool is_plain_markdown(const std::filesystem::path& path, std::string_view text) {
  if (path.extension() != ".md") return false;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return !text.starts_with("---") && text.find("data-ttu-id") == std::string_view::npos;
}

FileResult read_input(const std::filesystem::path& path, const LoadOptions& options,
                      const DocumentCache* cache, bool in_directory) {
  FileResult result;
  std::error_code size_error;
  const uint64_t size = std::filesystem::file_size(path, size_error);
  if (!size_error && size > options.max_input_bytes) {
    report_file_error(result.diagnostics, path.string(),
                      "file is " + std::to_string(size) + " bytes, over the limit of " +
                          std::to_string(options.max_input_bytes) + " (--max-input-size)");
    result.status = LoadStatus::invalid_input;
    return result;
  }
  std::error_code ignored;
  if (!options.skip.empty() && std::filesystem::equivalent(path, options.skip, ignored))
    return result;
  // Taken before reading: a file changed meanwhile gets a newer time, and is read again.
  const int64_t modified = cache != nullptr ? modified_ns(path) : 0;
  std::string error;
  std::optional<std::string> text = read_file(path, &error);
  if (!text) {
    report_file_error(result.diagnostics, path.string(), "cannot read: " + error);
    result.status = LoadStatus::unreadable_input;
    return result;
  }
  result.bytes = text->size();
  if (in_directory && is_plain_markdown(path, *text)) {
    Diagnostic note;
    note.severity = Severity::note;
    note.location.file = path.string();
    note.message = "skipped: not a DocFX bilingual page (no front matter, no data-ttu-id segment)";
    result.diagnostics.report(std::move(note));
    return result;
  }

  InputIdentity input;
  if (cache != nullptr) {
    input = {
        path.string(),       std::filesystem::absolute(path, ignored).lexically_normal().string(),
        text->size(),        modified,
        content_hash(*text), options.read.identity()};
    if (std::optional<CachedDocument> cached = cache->find(input)) {
      result.document = std::move(cached->document);
      for (Diagnostic& diagnostic : cached->diagnostics)
        result.diagnostics.report(std::move(diagnostic));
      result.from_cache = true;
      return result;
    }
  }
  const SourceFile file(path.string(), std::move(*text));
  Document document;
  result.parsed = true;
  if (!read_document(file, document, result.diagnostics, options.read)) {
    result.status = LoadStatus::invalid_input;
    return result;
  }
  if (cache != nullptr) {
    CachedDocument entry{std::move(input), std::move(document), result.diagnostics.diagnostics()};
    if (!cache->store(entry, &error)) {
      Diagnostic warning;
      warning.severity = Severity::warning;
      warning.message = "cannot write to the cache: " + error;
      result.diagnostics.report(std::move(warning));
    }
    document = std::move(entry.document);
  }
  result.document = std::move(document);
  return result;
}

}  // namespace

LoadStatus read_inputs(const std::vector<std::string>& inputs, DiagnosticSink& diagnostics,
                       const LoadOptions& options, const DocumentConsumer& consume) {
  std::vector<std::string> missing;
  std::vector<bool> expanded;
  std::vector<std::filesystem::path> files =
      expand_inputs(inputs, input_extensions(), &missing, &expanded);
  std::vector<bool> in_directory;
  if (!options.exclude.empty()) {
    std::vector<std::filesystem::path> kept;
    for (size_t i = 0; i < files.size(); ++i) {
      if (std::any_of(options.exclude.begin(), options.exclude.end(),
                      [&](const std::string& glob) { return matches_glob(files[i], glob); }))
        continue;
      kept.push_back(std::move(files[i]));
      in_directory.push_back(expanded[i]);
    }
    files = std::move(kept);
  } else {
    in_directory = std::move(expanded);
  }
  for (const std::string& path : missing)
    report_file_error(diagnostics, path, "no such file or directory");
  if (!missing.empty()) return LoadStatus::unreadable_input;
  if (files.empty()) {
    std::string extensions;
    for (const std::string& extension : input_extensions())
      extensions += (extensions.empty() ? "" : ", ") + extension;
    report_file_error(diagnostics, {},
                      "no input files (" + extensions + ") in the given paths" +
                          (options.exclude.empty() ? "" : " but what --exclude leaves out"));
    return LoadStatus::unreadable_input;
  }

  // Source documents first: their English is the catalog's, whatever the file order.
  std::vector<size_t> merge_order(files.size());
  for (size_t i = 0; i < files.size(); ++i) merge_order[i] = i;
  std::stable_partition(merge_order.begin(), merge_order.end(),
                        [&](size_t i) { return !is_translation_file(files[i]); });

  const std::optional<DocumentCache> cache =
      options.cache.empty() ? std::nullopt : std::optional<DocumentCache>(options.cache);
  const unsigned jobs = static_cast<unsigned>(
      std::min<size_t>(options.jobs == 0 ? hardware_jobs() : options.jobs, files.size()));
  std::vector<FileResult> results(files.size());
  std::vector<std::future<void>> reading(files.size());
  ThreadPool pool(jobs);  // after what its tasks use: joined before those are destroyed
  // Files are read ahead of the merge by at most this many, to bound the memory in flight.
  const size_t window = 4 * size_t{jobs};
  size_t submitted = 0;

  for (size_t merged = 0; merged < files.size(); ++merged) {
    for (; submitted < files.size() && submitted < merged + window; ++submitted) {
      const size_t index = merge_order[submitted];
      reading[index] = pool.submit([&, index] {
        results[index] =
            read_input(files[index], options, cache ? &*cache : nullptr, in_directory[index]);
      });
    }
    const size_t index = merge_order[merged];
    reading[index].get();
    if (std::optional<Document>& document = results[index].document) {
      consume(files[index], std::move(*document));
      document.reset();
    }
    if (options.progress) options.progress(merged + 1, files.size());
  }

  // Reading diagnostics in file order, up to the first file that could not be read at all;
  // then the merge's.
  LoadStatus status = LoadStatus::ok;
  LoadStats stats;
  stats.files = files.size();
  for (FileResult& result : results) {
    for (const Diagnostic& diagnostic : result.diagnostics.diagnostics()) {
      // A translation ICU rejects: `check` reports it as a [msgformat-syntax] finding.
      if (options.conflicts == MergeConflicts::are_findings &&
          diagnostic.check_id == "msgformat-syntax")
        continue;
      diagnostics.report(diagnostic);
    }
    if (result.status == LoadStatus::unreadable_input) return LoadStatus::unreadable_input;
    if (result.status == LoadStatus::invalid_input) status = LoadStatus::invalid_input;
    stats.parsed += result.parsed;
    stats.from_cache += result.from_cache;
    stats.bytes += result.bytes;
  }
  if (options.stats != nullptr) *options.stats = stats;
  return status;
}

LoadStatus load_inputs(const std::vector<std::string>& inputs, Catalog& catalog,
                       DiagnosticSink& diagnostics, const LoadOptions& options) {
  DiagnosticList merge_diagnostics;
  bool merge_failed = false;
  const LoadStatus status = read_inputs(
      inputs, diagnostics, options, [&](const std::filesystem::path&, Document&& document) {
        DiagnosticList document_diagnostics;
        catalog.add(std::move(document), document_diagnostics);
        for (const Diagnostic& diagnostic : document_diagnostics.diagnostics()) {
          // Catalog::conflicts() keeps these for the caller to report as findings.
          if (options.conflicts == MergeConflicts::are_findings &&
              diagnostic.check_id == "duplicate-key")
            continue;
          merge_diagnostics.report(diagnostic);
          if (diagnostic.severity == Severity::error) merge_failed = true;
        }
      });
  catalog.finish(merge_diagnostics);
  // Nothing more when a file could not be read at all; else the merge's diagnostics follow
  // the reading's.
  if (status == LoadStatus::unreadable_input) return status;
  for (const Diagnostic& diagnostic : merge_diagnostics.diagnostics())
    diagnostics.report(diagnostic);
  return merge_failed ? LoadStatus::invalid_input : status;
}

}  // namespace l10nc
