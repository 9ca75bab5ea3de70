#include "corpus.h"

#include "base/file_io.h"
#include "corpus_document.h"
#include "corpus_formats.h"
#include "model/locale_id.h"

namespace l10nc::gen {

std::optional<CorpusFormat> parse_corpus_format(std::string_view name) {
  if (name == "docfx") return CorpusFormat::docfx;
  if (name == "xliff12") return CorpusFormat::xliff12;
  if (name == "xliff20") return CorpusFormat::xliff20;
  return std::nullopt;
}

std::optional<CorpusSummary> write_corpus(const CorpusOptions& options,
                                          const std::filesystem::path& directory,
                                          std::string* error) {
  std::vector<std::string> icu_locales;
  for (const std::string& tag : options.locales) {
    std::optional<std::string> locale = to_icu_locale(tag);
    if (!locale) {
      *error = "'" + tag + "' is not a locale";
      return std::nullopt;
    }
    icu_locales.push_back(*locale);
  }
  std::error_code code;
  if (std::filesystem::exists(directory, code) && !std::filesystem::is_empty(directory, code)) {
    *error = "'" + directory.string() + "' exists and is not empty";
    return std::nullopt;
  }
  for (const std::string& tag : options.locales) {
    std::filesystem::create_directories(directory / tag, code);
    if (code) {
      *error = "cannot create '" + (directory / tag).string() + "': " + code.message();
      return std::nullopt;
    }
  }

  const bool docfx = options.format == CorpusFormat::docfx;
  const Markup markup = docfx ? Markup::markdown : Markup::xliff;
  const std::string extension = docfx ? ".md" : ".xlf";
  CorpusSummary summary;
  IdentifierPool identifiers;
  const std::vector<size_t> sizes = document_sizes(options.entries);
  summary.documents = sizes.size();
  for (size_t index = 0; index < sizes.size(); ++index) {
    const CorpusDocument document =
        english_document(index, sizes[index], markup, !docfx, identifiers);
    for (size_t l = 0; l < options.locales.size(); ++l) {
      const std::string& tag = options.locales[l];
      const std::string text =
          docfx ? docfx_page(document, tag, icu_locales[l])
                : xliff_file(document, tag, icu_locales[l],
                             options.format == CorpusFormat::xliff12 ? XliffVersion::v12
                                                                     : XliffVersion::v20);
      if (!write_file(directory / tag / (document.name + extension), text, error))
        return std::nullopt;
      ++summary.files;
      summary.bytes += text.size();
    }
  }
  return summary;
}

}  // namespace l10nc::gen
