#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "checks/finding.h"

namespace l10nc {

// Findings recorded earlier (--write-baseline) that later runs (--baseline) do not report, so
// a team can adopt `check` without fixing history first. A finding is recognized by its check
// id, key, locale and the hash of its text: not by line numbers, so edits elsewhere keep it
// recognized, while a changed translation is checked afresh.
//
// The file is JSON:
//   {"l10nc-baseline": 1,
//    "findings": [{"check": "...", "key": "...", "locale": "...", "text": "<hash>"}, ...]}
class Baseline {
 public:
  // nullopt with *error set when the text is not such a file.
  static std::optional<Baseline> parse(std::string_view json, std::string* error);
  static std::string to_json(const std::vector<Finding>& findings);

  bool contains(const Finding& finding) const;
  size_t size() const { return fingerprints_.size(); }

 private:
  using Fingerprint = std::tuple<std::string, std::string, std::string, std::string>;
  static Fingerprint fingerprint(const Finding& finding);
  std::set<Fingerprint> fingerprints_;
};

}  // namespace l10nc
