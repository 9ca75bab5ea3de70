#pragma once

#include <map>
#include <set>
#include <string>

#include "bundle.h"

namespace l10n::detail {

// Where bundles come from: a directory of .res files or an ICU .dat archive. Every bundle is
// checked (bundle_check.h) before ICU opens it.
class Package {
 public:
  // A path ending in ".dat" is an archive, anything else a directory. Check error().
  explicit Package(const std::string& path);

  const std::string& error() const { return error_; }  // empty when the package can be read
  const std::string& location() const { return icu_path_; }

  enum class State { loaded, absent, corrupt };
  struct Opened {
    State state = State::absent;
    BundlePtr bundle;
    std::string error;  // why a bundle is corrupt
  };
  // Opens a bundle after checking it and every bundle ICU opens with it: ures_openDirect also
  // loads the bundle's parents by truncation (es_MX -> es -> root), so a corrupt es.res makes
  // es_MX unusable too.
  Opened open(const std::string& name) const;

 private:
  Opened check(const std::string& name) const;  // loaded: passes the checks (not opened)

  std::string icu_path_;  // what ures_openDirect takes: "/abs/dir/" or "/abs/dir/name" (no .dat)
  std::string directory_;
  bool archive_ = false;
  std::set<std::string> archive_bundles_;
  std::map<std::string, std::string> corrupt_;  // archive bundles that failed the check
  std::string error_;
};

}  // namespace l10n::detail
