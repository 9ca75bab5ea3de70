#include "writers/icu_bundle_writer.h"

#include <cstdio>

#include <l10n/bundle_layout.h>

#include "base/file_io.h"
#include "base/process.h"
#include "writers/res_binary_writer.h"

namespace l10nc {

namespace {

constexpr const char* kIndexBundle = "res_index";

// A genrb string literal: '"' and '\' escaped, control characters as \uXXXX.
void append_quoted(std::string& out, std::string_view text) {
  out += '"';
  for (const char c : text) {
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
  resources.items.reserve(bundle.messages.size() + 1);
  for (auto it = bundle.messages.rbegin(); it != bundle.messages.rend(); ++it)
    resources.items.push_back(string_item(it->key, it->pattern));
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
  std::string out =
      "\xEF\xBB\xBF// Written by l10nc. Do not edit: edit the sources and recompile.\n";
  out += bundle.name;
  out += bundle.no_fallback ? ":table(nofallback) {\n" : " {\n";
  append_items(out, bundle.items, 1);
  out += "}\n";
  return out;
}

std::string bundle_source_text(const Bundle& bundle) {
  return resource_source_text(bundle_resources(bundle));
}

bool write_icu_package(const std::vector<Bundle>& bundles, const std::filesystem::path& directory,
                       const IcuPackageOptions& options, DiagnosticSink& diagnostics) {
  auto fail = [&](std::string message) {
    Diagnostic diagnostic;
    diagnostic.message = std::move(message);
    diagnostics.report(std::move(diagnostic));
    return false;
  };
  std::vector<std::string> genrb = {options.genrb, "-q", "-d", directory.string()};
  std::string error;
  auto write = [&](const ResourceBundle& resources) {
    const std::filesystem::path source = directory / (resources.name + ".txt");
    if (!write_file(source, resource_source_text(resources), &error)) return false;
    if (!options.genrb.empty()) {
      genrb.push_back(source.string());
      return true;
    }
    const std::optional<std::string> binary = res_binary(resources, &error);
    return binary && write_file(directory / (resources.name + ".res"), *binary, &error);
  };
  for (const Bundle& bundle : bundles)
    if (!write(bundle_resources(bundle))) return fail(error);
  if (!write(index_resources(bundles))) return fail(error);
  if (options.genrb.empty()) return true;

  const ProcessResult result = run_process(genrb);
  if (result.exit_code != 0)
    return fail(
        "genrb failed" +
        (result.exit_code > 0 ? " with exit code " + std::to_string(result.exit_code) : "") +
        (result.output.empty() ? std::string() : ":\n" + result.output));
  return true;
}

}  // namespace l10nc
