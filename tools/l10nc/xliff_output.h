#pragma once

#include <string>

#include "model/catalog.h"
#include "writers/xliff20_writer.h"

namespace l10nc::cli {

// The ICU id for a --locale value, or an error printed and nullopt.
std::optional<std::string> locale_option(const std::string& value);

// Writes the XLIFF 2.0 file atomically (a failure leaves an existing file as it was).
// Prints diagnostics; returns an exit code.
int write_xliff(const XliffExport& xliff, const std::string& path);

}  // namespace l10nc::cli
