// l10nc-gen-corpus: deterministic synthetic localization corpora for tests and benchmarks.
#include <CLI/CLI.hpp>

#include <iostream>

#include "corpus.h"

int main(int argc, char** argv) {
  CLI::App app{
      "Writes a synthetic corpus that looks like real localization sources: the same pages in\n"
      "every locale, English messages of 40-200 characters with accents, apostrophes, braces\n"
      "and placeholders, pseudo-translations in each locale's script, about 5% untranslated.\n"
      "The same arguments always give the same bytes.",
      "l10nc-gen-corpus"};
  size_t entries = 0;
  std::vector<std::string> locales;
  std::string format = "docfx";
  std::string output;
  app.add_option("--entries", entries, "English messages in all (split over several pages)")
      ->required()
      ->check(CLI::PositiveNumber);
  app.add_option("--locales", locales, "Target locales, comma-separated: es-ES,ja-JP,ar-SA")
      ->required()
      ->delimiter(',');
  app.add_option("--format", format, "docfx (bilingual Markdown), xliff12 or xliff20")
      ->check(CLI::IsMember({"docfx", "xliff12", "xliff20"}))
      ->capture_default_str();
  app.add_option("-o,--output", output, "Directory to create (must not exist, or be empty)")
      ->required();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  l10nc::gen::CorpusOptions options;
  options.entries = entries;
  options.locales = locales;
  options.format = *l10nc::gen::parse_corpus_format(format);
  std::string error;
  const std::optional<l10nc::gen::CorpusSummary> summary =
      l10nc::gen::write_corpus(options, output, &error);
  if (!summary) {
    std::cerr << "l10nc-gen-corpus: error: " << error << "\n";
    return 2;
  }
  std::cout << "l10nc-gen-corpus: wrote " << summary->files << " files (" << summary->documents
            << " pages x " << locales.size() << " locales, " << summary->bytes << " bytes) to "
            << output << "\n";
  return 0;
}
