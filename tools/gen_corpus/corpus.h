#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace l10nc::gen {

enum class CorpusFormat { docfx, xliff12, xliff20 };
std::optional<CorpusFormat> parse_corpus_format(std::string_view name);

struct CorpusOptions {
  size_t entries = 0;                // English messages in all
  std::vector<std::string> locales;  // BCP 47 tags or ICU ids: "es-ES", "ja", "ar_SA"
  CorpusFormat format = CorpusFormat::docfx;
};

struct CorpusSummary {
  size_t documents = 0;  // pages per locale
  size_t files = 0;
  size_t bytes = 0;
};

// Writes DIR/<locale>/<page>.md|.xlf for every locale: the same pages, with the same English
// and keys, in every locale. The same options always give the same bytes. `directory` must
// not exist or be empty. Returns nullopt with *error set on failure.
std::optional<CorpusSummary> write_corpus(const CorpusOptions& options,
                                          const std::filesystem::path& directory,
                                          std::string* error);

}  // namespace l10nc::gen
