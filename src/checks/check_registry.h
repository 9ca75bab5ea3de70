#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "checks/check.h"

namespace l10nc {

// A check l10nc runs: its stable id (what --disable/--error and reports name), the severity
// it reports at unless told otherwise, and what it looks for.
struct CheckInfo {
  std::string_view id;
  Severity severity;
  std::string_view summary;                      // one line
  std::string_view description;                  // why it matters and how to fix what it finds
  TranslationCheck check_translation = nullptr;  // run on every translation with a target
  CatalogCheck check_catalog = nullptr;          // run once on the whole catalog
};

// Every check, in the order reports list them.
const std::vector<CheckInfo>& check_registry();
const CheckInfo* find_check(std::string_view id);
std::vector<std::string> check_ids();

}  // namespace l10nc
