#include "writers/icu_bundle_writer.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <future>
#include <mutex>
#include <numeric>

#include <l10n/bundle_layout.h>

#include "base/file_io.h"
#include "base/process.h"
#include "base/thread_pool.h"
#include "writers/res_binary_writer.h"

namespace l10nc {

namespace {

constexpr const char* kIndexBundle = "res_index";

// A genrb string literal: '"' and '\' escaped, control characters as \uXXXX.
void append_quoted(std::string& out, std::string_view text) {
  out += '"';
  auto plain = [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return c != '"' && c != '\\' && byte >= 0x20 && byte != 0x7F;
  };
  while (!text.empty()) {
    size_t run = 0;  // most text needs no escape: copy it in runs
    while (run < text.size() && plain(text[run])) ++run;
    out.append(text.substr(0, run));
    text.remove_prefix(run);
    if (text.empty()) break;
    const char c = text.front();
    text.remove_prefix(1);
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte == 0x7F) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04X", byte);
      out += escape;
    } else {
      out += c;
    }
  }
  out += '"';
}

void append_items(std::string& out, const std::vector<ResourceItem>& items, int depth) {
  const std::string indent(4 * depth, ' ');
  for (const ResourceItem& item : items) {
    out += indent;
    append_quoted(out, item.key);
    if (!item.is_table) {
      out += " { ";
      append_quoted(out, item.text);
      out += " }\n";
      continue;
    }
    // genrb reads an untyped empty "{ }" as an array.
    out += item.table.empty() ? ":table {\n" : " {\n";
    append_items(out, item.table, depth + 1);
    out += indent + "}\n";
  }
}

ResourceItem string_item(std::string_view key, std::string_view text) {
  ResourceItem item;
  item.key = key;
  item.text = text;
  return item;
}

}  // namespace

ResourceBundle bundle_resources(const Bundle& bundle) {
  ResourceBundle resources;
  resources.name = bundle.locale;
  resources.items.reserve(bundle.messages.size() + 2);
  ResourceItem domains;  // l10nc:domains: a table per domain
  domains.key = l10n::layout::kDomainsTable;
  domains.is_table = true;
  for (auto it = bundle.messages.rbegin(); it != bundle.messages.rend(); ++it) {
    const std::string_view key = it->key;
    const size_t separator = key.find(l10n::layout::kDomainSeparator);
    if (separator == std::string_view::npos) {
      resources.items.push_back(string_item(key, it->pattern));
      continue;
    }
    // Sorted by key, so a domain's messages come together.
    const std::string_view domain = key.substr(0, separator);
    if (domains.table.empty() || domains.table.back().key != domain) {
      ResourceItem& table = domains.table.emplace_back();
      table.key = domain;
      table.is_table = true;
    }
    domains.table.back().table.push_back(string_item(key.substr(separator + 1), it->pattern));
  }
  if (!domains.table.empty()) resources.items.push_back(std::move(domains));
  if (!bundle.titles.empty()) {
    ResourceItem titles;
    titles.key = l10n::layout::kTitlesTable;
    titles.is_table = true;
    titles.table.reserve(bundle.titles.size());
    for (auto it = bundle.titles.rbegin(); it != bundle.titles.rend(); ++it)
      titles.table.push_back(string_item(it->first, it->second));
    resources.items.push_back(std::move(titles));
  }
  return resources;
}

ResourceBundle index_resources(const std::vector<Bundle>& bundles) {
  ResourceBundle index;
  index.name = kIndexBundle;
  index.no_fallback = true;
  ResourceItem installed;
  installed.key = "InstalledLocales";
  installed.is_table = true;
  for (const Bundle& bundle : bundles)
    if (bundle.locale != l10n::layout::kRootBundle)
      installed.table.push_back(string_item(bundle.locale, ""));
  index.items.push_back(std::move(installed));
  return index;
}

std::string resource_source_text(const ResourceBundle& bundle) {
  size_t size = 128;  // the header and footer; then, without escapes, each item's line
  for (const ResourceItem& item : bundle.items)
    size += item.key.size() + item.text.size() + 16 + 4 * item.table.size() +
            std::accumulate(item.table.begin(), item.table.end(), size_t{0},
                            [](size_t sum, const ResourceItem& child) {
                              return sum + child.key.size() + child.text.size() + 20;
                            });
  std::string out;
  out.reserve(size);
  out += "\xEF\xBB\xBF// Written by l10nc. Do not edit: edit the sources and recompile.\n";
  out += bundle.name;
  out += bundle.no_fallback ? ":table(nofallback) {\n" : " {\n";
  append_items(out, bundle.items, 1);
  out += "}\n";
  return out;
}

std::string bundle_source_text(const Bundle& bundle) {
  return resource_source_text(bundle_resources(bundle));
}

bool write_icu_package(std::vector<Bundle> bundles, const std::filesystem::path& directory,
                       const IcuPackageOptions& options, DiagnosticSink& diagnostics) {
  auto fail = [&](std::string message) {
    Diagnostic diagnostic;
    diagnostic.message = std::move(message);
    diagnostics.report(std::move(diagnostic));
    return false;
  };
  struct Outcome {
    std::string error;  // empty: written
    size_t written = 0;
    size_t unchanged = 0;
  };
  auto stage = [&](const std::string& name, std::string_view content, Outcome& outcome) {
    if (options.previous.empty()) {
      if (!write_file(directory / name, content, &outcome.error)) return false;
      ++outcome.written;
      return true;
    }
    const std::optional<bool> written = write_file_unless_unchanged(
        directory / name, content, options.previous / name, &outcome.error);
    if (!written) return false;
    ++(*written ? outcome.written : outcome.unchanged);
    return true;
  };
  auto write = [&](const ResourceBundle& resources) {
    Outcome outcome;
    const bool by_genrb = !options.genrb.empty();  // which then compiles the .txt files
    if ((options.write_sources || by_genrb) &&
        !stage(resources.name + ".txt", resource_source_text(resources), outcome))
      return outcome;
    if (by_genrb) return outcome;
    // Streamed to the file (a bundle's image is as large as its strings in UTF-16), then
    // compared with the previous package's.
    const std::string name = resources.name + ".res";
    if (!write_res_binary(resources, directory / name, &outcome.error)) return outcome;
    ++(options.previous.empty() ||
               keep_previous_if_unchanged(directory / name, options.previous / name)
           ? outcome.written
           : outcome.unchanged);
    return outcome;
  };

  std::vector<Outcome> outcomes(bundles.size() + 1);
  {
    // Largest first, each taken by the next free thread, the calling thread one of them: it
    // writes into the memory the catalog freed (an allocator's per-thread heaps give other
    // threads none of it), so only the other jobs' bundles add to the peak, and the largest
    // do not wait behind the small.
    std::vector<size_t> order(bundles.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::vector<size_t> sizes(bundles.size());
    for (size_t i = 0; i < bundles.size(); ++i)
      for (const BundleMessage& message : bundles[i].messages)
        sizes[i] += message.key.size() + message.pattern.size();
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
    std::atomic<size_t> next = 0;
    std::mutex progress_mutex;
    size_t written = 0;
    auto write_next_bundles = [&] {
      for (size_t taken; (taken = next++) < order.size();) {
        Bundle& bundle = bundles[order[taken]];
        outcomes[order[taken]] = write(bundle_resources(bundle));
        // No longer needed: freed for the next bundles.
        bundle.messages = {};
        bundle.titles = {};
        std::lock_guard lock(progress_mutex);
        ++written;
        if (options.progress) options.progress(written, bundles.size());
      }
    };
    const unsigned jobs = static_cast<unsigned>(std::min<size_t>(options.jobs, bundles.size()));
    std::vector<std::future<void>> helpers;
    {
      ThreadPool pool(jobs);  // one of its threads stays idle: jobs - 1 would run inline at 1
      for (unsigned i = 1; i < jobs; ++i) helpers.push_back(pool.submit(write_next_bundles));
      write_next_bundles();
    }
    for (std::future<void>& helper : helpers) helper.get();
  }
  outcomes.back() = write(index_resources(bundles));
  IcuPackageStats stats;
  for (const Outcome& outcome : outcomes) {
    if (!outcome.error.empty()) return fail(outcome.error);
    stats.files_written += outcome.written;
    stats.files_unchanged += outcome.unchanged;
  }
  if (options.genrb.empty()) {
    if (options.stats != nullptr) *options.stats = stats;
    return true;
  }

  std::vector<std::string> genrb = {options.genrb, "-q", "-d", directory.string()};
  for (const Bundle& bundle : bundles)
    genrb.push_back((directory / (bundle.locale + ".txt")).string());
  genrb.push_back((directory / (std::string(kIndexBundle) + ".txt")).string());
  const ProcessResult result = run_process(genrb);
  if (result.exit_code != 0)
    return fail(
        "genrb failed" +
        (result.exit_code > 0 ? " with exit code " + std::to_string(result.exit_code) : "") +
        (result.output.empty() ? std::string() : ":\n" + result.output));
  for (size_t i = 0; i <= bundles.size() && !options.previous.empty(); ++i) {
    const std::string name =
        (i < bundles.size() ? bundles[i].locale : std::string(kIndexBundle)) + ".res";
    ++(keep_previous_if_unchanged(directory / name, options.previous / name)
           ? stats.files_written
           : stats.files_unchanged);
  }
  if (options.previous.empty()) stats.files_written += bundles.size() + 1;
  if (options.stats != nullptr) *options.stats = stats;
  return true;
}

}  // namespace l10nc
