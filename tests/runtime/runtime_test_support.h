#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "writers/bundle_plan.h"
#include "writers/icu_bundle_writer.h"

namespace l10nc {

// Writes an ICU package of `bundles` into `directory` the way `l10nc compile` does.
inline void write_package_or_fail(const std::vector<Bundle>& bundles,
                                  const std::filesystem::path& directory) {
  std::filesystem::create_directories(directory);
  DiagnosticList diagnostics;
  IcuPackageOptions options;
  options.genrb = L10NC_GENRB;
  ASSERT_TRUE(write_icu_package(bundles, directory, options, diagnostics));
}

namespace testing {

// Sets environment variables ("" unsets) for a scope and restores them after.
class ScopedEnvironment {
 public:
  explicit ScopedEnvironment(const std::map<std::string, std::string>& variables) {
    for (const auto& [name, value] : variables) {
      const char* previous = std::getenv(name.c_str());
      saved_.emplace(name, previous ? std::optional<std::string>(previous) : std::nullopt);
      set(name, value);
    }
  }
  ~ScopedEnvironment() {
    for (const auto& [name, value] : saved_) set(name, value.value_or(""));
  }
  ScopedEnvironment(const ScopedEnvironment&) = delete;
  ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

 private:
  static void set(const std::string& name, const std::string& value) {
    if (value.empty())
      ::unsetenv(name.c_str());
    else
      ::setenv(name.c_str(), value.c_str(), 1);
  }
  std::map<std::string, std::optional<std::string>> saved_;
};

}  // namespace testing
}  // namespace l10nc
