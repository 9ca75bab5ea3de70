// Which English a key gets: by the role of the file it comes from, never by file order.
#include <gtest/gtest.h>

#include "test_support.h"

namespace l10nc {
namespace {

using testing::read_document_text;

// Angular's layout: messages.xlf (the English, no targets) and a stale messages.fr.xlf made
// when the English said something else.
const char* const kEnglish =
    "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">\n"
    "<file source-language=\"en\" datatype=\"plaintext\" original=\"ng2.template\"><body>\n"
    "<trans-unit id=\"greeting\"><source>Hello, world!</source></trans-unit>\n"
    "<trans-unit id=\"bye\"><source>Goodbye</source></trans-unit>\n"
    "</body></file></xliff>\n";
const char* const kStaleFrench =
    "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">\n"
    "<file source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\" "
    "original=\"ng2.template\"><body>\n"
    "<trans-unit id=\"greeting\"><source>Hello!</source><target>Bonjour !</target></trans-unit>\n"
    "<trans-unit id=\"bye\"><source>Goodbye</source><target>Au revoir</target></trans-unit>\n"
    "</body></file></xliff>\n";

struct Loaded {
  Catalog catalog;
  std::string diagnostics;
};

Loaded load(const std::vector<std::pair<std::string, std::string>>& files) {
  Loaded loaded;
  DiagnosticList diagnostics;
  for (const auto& [path, text] : files) {
    testing::ReadResult read = read_document_text(path, text);
    EXPECT_TRUE(read.ok) << read.diagnostics;
    loaded.catalog.add(std::move(read.document), diagnostics);
  }
  loaded.catalog.finish(diagnostics);
  for (const Diagnostic& diagnostic : diagnostics.diagnostics())
    loaded.diagnostics += diagnostic.location.to_string() + ": " + diagnostic.message + "\n";
  return loaded;
}

TEST(CatalogEnglish, AStaleTranslationNeverBecomesTheEnglishWhateverTheOrder) {
  for (const bool french_first : {true, false}) {
    std::vector<std::pair<std::string, std::string>> files = {{"messages.xlf", kEnglish},
                                                              {"messages.fr.xlf", kStaleFrench}};
    if (french_first) std::swap(files[0], files[1]);
    const Loaded loaded = load(files);
    // Angular's files: keys of the document "messages", which both files are.
    const Entry* greeting = loaded.catalog.find("greeting", "messages");
    ASSERT_NE(greeting, nullptr);
    EXPECT_EQ(greeting->source.pattern, "Hello, world!") << french_first;
    const Translation& french = greeting->translations.at("fr");
    EXPECT_EQ(french.state, TranslationState::needs_review);
    EXPECT_EQ(french.previous_source(), "Hello!");
    EXPECT_EQ(loaded.catalog.find("bye", "messages")->translations.at("fr").state,
              TranslationState::translated);
    EXPECT_EQ(loaded.diagnostics,
              "messages.fr.xlf:3:58: the English of 'messages:greeting' has changed since this "
              "translation was made: compiled as needs-review (run 'l10nc merge' to update this "
              "file)\n");
  }
}

TEST(CatalogEnglish, WithoutAnEnglishFileATranslationsSourceIsTheEnglish) {
  const Loaded loaded = load({{"messages.fr.xlf", kStaleFrench}});
  EXPECT_EQ(loaded.catalog.find("greeting", "messages")->source.pattern, "Hello!");
  EXPECT_EQ(loaded.catalog.find("greeting", "messages")->translations.at("fr").state,
            TranslationState::translated);
  EXPECT_EQ(loaded.diagnostics, "");
}

TEST(CatalogEnglish, AFileIntoEnglishGivesTheEnglish) {
  const std::string english_target =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
      "trgLang=\"en-US\"><file id=\"f\"><unit id=\"greeting\"><segment><source>greeting</source>"
      "<target>Hello, world!</target></segment></unit></file></xliff>\n";
  const Loaded loaded = load({{"app.en-US.xlf", english_target}});
  const Entry* greeting = loaded.catalog.find("greeting", "app");  // its document's keys
  ASSERT_NE(greeting, nullptr);
  EXPECT_EQ(greeting->source.pattern, "Hello, world!");
  EXPECT_TRUE(greeting->translations.empty());
}

}  // namespace
}  // namespace l10nc
