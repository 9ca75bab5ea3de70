#include "writers/icu_bundle_writer.h"

#include <unicode/utf8.h>

#include <cstdio>

#include <l10n/bundle_layout.h>

#include "base/file_io.h"
#include "base/process.h"

namespace l10nc {

namespace {

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

}  // namespace

std::string bundle_source_text(const Bundle& bundle) {
  std::string out =
      "\xEF\xBB\xBF// Written by l10nc. Do not edit: edit the sources and recompile.\n";
  out += bundle.locale;
  out += " {\n";
  for (auto it = bundle.messages.rbegin(); it != bundle.messages.rend(); ++it) {
    out += "    ";
    append_quoted(out, it->key);
    out += " { ";
    append_quoted(out, it->pattern);
    out += " }\n";
  }
  if (!bundle.titles.empty()) {
    out += "    ";
    append_quoted(out, l10n::layout::kTitlesTable);
    out += " {\n";
    for (auto it = bundle.titles.rbegin(); it != bundle.titles.rend(); ++it) {
      out += "        ";
      append_quoted(out, it->first);
      out += " { ";
      append_quoted(out, it->second);
      out += " }\n";
    }
    out += "    }\n";
  }
  out += "}\n";
  return out;
}

std::string index_source_text(const std::vector<Bundle>& bundles) {
  std::string out = "// Written by l10nc.\nres_index:table(nofallback) {\n    InstalledLocales {\n";
  for (const Bundle& bundle : bundles) {
    if (bundle.locale == l10n::layout::kRootBundle) continue;
    out += "        " + bundle.locale + " { \"\" }\n";
  }
  out += "    }\n}\n";
  return out;
}

bool write_icu_package(const std::vector<Bundle>& bundles, const std::filesystem::path& directory,
                       const IcuPackageOptions& options, DiagnosticSink& diagnostics) {
  auto fail = [&](std::string message) {
    Diagnostic diagnostic;
    diagnostic.message = std::move(message);
    diagnostics.report(std::move(diagnostic));
    return false;
  };
  std::vector<std::string> command = {options.genrb, "-q", "-d", directory.string()};
  std::string error;
  for (const Bundle& bundle : bundles) {
    const std::filesystem::path path = directory / (bundle.locale + ".txt");
    if (!write_file(path, bundle_source_text(bundle), &error)) return fail(error);
    command.push_back(path.string());
  }
  const std::filesystem::path index = directory / "res_index.txt";
  if (!write_file(index, index_source_text(bundles), &error)) return fail(error);
  command.push_back(index.string());

  const ProcessResult genrb = run_process(command);
  if (genrb.exit_code != 0)
    return fail("genrb failed" +
                (genrb.exit_code > 0 ? " with exit code " + std::to_string(genrb.exit_code) : "") +
                (genrb.output.empty() ? std::string() : ":\n" + genrb.output));
  return true;
}

}  // namespace l10nc
