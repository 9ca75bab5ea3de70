#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/finding.h"
#include "model/catalog.h"

namespace l10nc::testing {

// One message and its translation, as a reader would give them from ICU-syntax input: patterns
// as people write them, apostrophes included.
struct Sample {
  Sample(std::string source, std::string target, std::string key = "message",
         TranslationState state = TranslationState::translated,
         std::optional<std::string> label = std::nullopt)
      : source(std::move(source)),
        target(std::move(target)),
        key(std::move(key)),
        state(state),
        label(std::move(label)) {}

  std::string source;
  std::string target;
  std::string key;
  TranslationState state;
  std::optional<std::string> label;  // a DocFX keyed row's translated first cell
};

// A catalog with one document per locale ("<locale>.md"), the samples as its units in order:
// sample i's target is at line i + 1, column 5, its English at column 40 (a label at column 1).
Catalog catalog_of(const std::string& locale, const std::vector<Sample>& samples);

// A document of the samples, every text at line 1, column 1.
Document document_of(const std::string& path, const std::string& name, const std::string& locale,
                     const std::vector<Sample>& samples);

// Runs one check (by id) at its default severity on the catalog.
std::vector<Finding> run_check(const Catalog& catalog, std::string_view check_id);

// Runs one check on one translation.
std::vector<Finding> check_one(std::string_view check_id, const std::string& locale,
                               const std::string& source, const std::string& target);

// Runs one check on one translation written as text (text syntax: what the check sees is the
// text, escaped into its pattern as a reader does).
std::vector<Finding> check_one_text(std::string_view check_id, const std::string& locale,
                                    const std::string& source, const std::string& target);

// The messages of the findings, for compact expectations.
std::vector<std::string> messages(const std::vector<Finding>& findings);

}  // namespace l10nc::testing
