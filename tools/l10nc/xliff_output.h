#pragma once

#include <string>

#include "model/catalog.h"
#include "writers/xliff20_writer.h"

namespace l10nc::cli {

// Reads the English (and any translations) from `inputs` for new-locale, export and merge,
// leaving out `skip` (the file being merged). Prints diagnostics; returns an exit code, 0 when
// the catalog is ready.
int load_catalog(const std::vector<std::string>& inputs, Catalog& catalog,
                 const std::string& skip = {});

// The ICU id for a --locale value, or an error printed and nullopt.
std::optional<std::string> locale_option(const std::string& value);

// Writes the XLIFF 2.0 file atomically (a failure leaves an existing file as it was).
// Prints diagnostics; returns an exit code.
int write_xliff(const XliffExport& xliff, const std::string& path);

}  // namespace l10nc::cli
