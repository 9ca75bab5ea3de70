#include "package.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "bundle_check.h"
#include "locale_request.h"

namespace l10n::detail {

namespace fs = std::filesystem;

namespace {

// Locale ids become file names: only letters, digits and '_' ever reach the file system.
bool is_bundle_name(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// stdio rather than a stream: opening a catalog reads a bundle's head, and an ifstream's
// first use sets up the C++ locale machinery, a cost of its own on a cold start.
std::vector<uint8_t> read_bytes(const fs::path& path, size_t limit) {
  std::vector<uint8_t> bytes;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return bytes;
  bytes.resize(limit);
  bytes.resize(std::fread(bytes.data(), 1, limit, file));
  std::fclose(file);
  return bytes;
}

}  // namespace

Package::Package(const std::string& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  if (error) absolute = path;
  archive_ = absolute.extension() == ".dat";
  if (!archive_) {
    directory_ = absolute.string();
    icu_path_ = directory_;
    if (icu_path_.empty() || icu_path_.back() != '/') icu_path_ += '/';
    return;
  }
  // ICU finds "name.dat" from "dir/name" and looks bundles up in it by plain item names.
  icu_path_ = (absolute.parent_path() / absolute.stem()).string();
  const uintmax_t size = fs::file_size(absolute, error);
  if (error) {
    error_ = "no ICU package archive " + absolute.string();
    return;
  }
  const std::vector<uint8_t> bytes = read_bytes(absolute, static_cast<size_t>(size));
  const ArchiveCheck check = check_archive(bytes);
  if (!check.error.empty()) {
    error_ = absolute.string() + ": " + check.error;
    return;
  }
  archive_bundles_.insert(check.bundles.begin(), check.bundles.end());
  for (const auto& [name, why] : check.corrupt_bundles) corrupt_.emplace(name, why);
}

Package::Opened Package::check(const std::string& name) const {
  Opened checked;
  if (!error_.empty() || !is_bundle_name(name)) return checked;
  if (archive_) {
    if (!archive_bundles_.contains(name)) return checked;
    if (auto corrupt = corrupt_.find(name); corrupt != corrupt_.end()) {
      checked.state = State::corrupt;
      checked.error = name + ".res: " + corrupt->second;
      return checked;
    }
  } else {
    const fs::path file = fs::path(directory_) / (name + ".res");
    std::error_code error;
    const uintmax_t size = fs::file_size(file, error);
    if (error) return checked;     // no such bundle
    constexpr size_t kHead = 512;  // the data header and the indexes fit in this
    if (auto why = check_bundle_header(read_bytes(file, kHead), size)) {
      checked.state = State::corrupt;
      checked.error = file.string() + ": " + *why;
      return checked;
    }
  }
  checked.state = State::loaded;
  return checked;
}

Package::Opened Package::open(const std::string& name) const {
  Opened opened = check(name);
  if (opened.state != State::loaded) return opened;
  std::vector<std::string> parents = truncation_chain(name);
  if (name != "root") parents.push_back("root");
  for (const std::string& parent : parents) {
    if (parent == name) continue;
    Opened checked = check(parent);
    if (checked.state == State::corrupt) {
      opened.state = State::corrupt;
      opened.error = name + ".res: its parent " + checked.error;
      return opened;
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  // openDirect: this bundle alone, no fallback through ICU's default locale.
  opened.bundle.reset(ures_openDirect(icu_path_.c_str(), name.c_str(), &status));
  if (U_FAILURE(status) || opened.bundle == nullptr) {
    opened.bundle.reset();
    opened.state = State::corrupt;
    opened.error = name + ".res: ICU cannot read it (" + u_errorName(status) + ")";
    return opened;
  }
  opened.state = State::loaded;
  return opened;
}

}  // namespace l10n::detail
