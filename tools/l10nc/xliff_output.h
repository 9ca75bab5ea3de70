#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "model/catalog.h"
#include "writers/xliff_writer.h"

namespace l10nc::cli {

// The ICU id for a --locale value, or an error printed and nullopt.
std::optional<std::string> locale_option(const std::string& value);

// --xliff-version 1.2|2.0 (default 2.0), for what export and new-locale write.
void add_xliff_version_option(CLI::App& command, XliffVersion& version);

// Writes the XLIFF file (in xliff.version) atomically (a failure leaves an existing file as it
// was). Prints diagnostics; returns an exit code.
int write_xliff(const XliffExport& xliff, const std::string& path);

}  // namespace l10nc::cli
