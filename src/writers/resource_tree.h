#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace l10nc {

// One item of an ICU resource table: a string or a nested table. Views only: the tree is
// built right before writing from data that outlives it (the bundle plan, string literals).
struct ResourceItem {
  std::string_view key;
  std::string_view text;            // UTF-8, when !is_table
  std::vector<ResourceItem> table;  // when is_table
  bool is_table = false;
};

// A resource bundle as both of our writers see it: the genrb source writer lists items in
// this order, and the binary writer lays its key strings out in this same order (genrb's
// order of first appearance), so the two agree byte for byte. Lookups never depend on the
// order: tables are sorted by key when written.
struct ResourceBundle {
  std::string name;  // locale id, "root" or "res_index"
  bool no_fallback = false;
  std::vector<ResourceItem> items;  // the root table
};

}  // namespace l10nc
