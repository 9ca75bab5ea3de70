#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace l10nc {

// The whole file, or nullopt with *error set to the system's reason.
std::optional<std::string> read_file(const std::filesystem::path& path,
                                     std::string* error = nullptr);

// Writes all of `bytes` to an open file descriptor (at `offset` when given, else at its
// position), retrying interrupted and short writes. False with errno set on failure.
bool write_all(int fd, std::string_view bytes, std::optional<uint64_t> offset = std::nullopt);

// Writes to a temporary sibling and renames it over path, so readers never see half a file.
bool write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           std::string* error = nullptr);

// Creates (or truncates) `path` and hands its descriptor to `write`, which on failure returns
// false with *error set; the file is closed either way. Failures to open or close set *error
// to the system's reason.
bool write_file_with(const std::filesystem::path& path,
                     const std::function<bool(int fd, std::string* error)>& write,
                     std::string* error = nullptr);

// Writes a file inside a directory the caller owns (no rename needed).
bool write_file(const std::filesystem::path& path, std::string_view content,
                std::string* error = nullptr);

// Writes `content` to `path` (in a staging directory) unless `previous` (the file `path` will
// replace) holds exactly these bytes: then `path` becomes a hard link to it (or, where links
// fail, a copy with its modification time), so that the published file keeps its timestamp
// and build systems see nothing changed. Returns nullopt with *error set on failure, else
// whether new bytes were written.
std::optional<bool> write_file_unless_unchanged(const std::filesystem::path& path,
                                                std::string_view content,
                                                const std::filesystem::path& previous,
                                                std::string* error = nullptr);

// The same for a file someone else wrote at `path`: replaced by `previous` when their bytes
// are the same. Returns whether `path` was kept as written.
bool keep_previous_if_unchanged(const std::filesystem::path& path,
                                const std::filesystem::path& previous);

// A fresh empty directory next to `target` (same file system, so a rename can publish it).
std::optional<std::filesystem::path> make_sibling_temp_directory(
    const std::filesystem::path& target, std::string* error = nullptr);

// Removes the temporary siblings of `target` that runs killed before they finished left
// behind (their process is gone).
void remove_stale_siblings(const std::filesystem::path& target);

// Puts `staged` in place of `target` (which may not exist). The old target is moved aside
// first and removed last, so a failure never leaves target half replaced.
bool replace_directory(const std::filesystem::path& staged, const std::filesystem::path& target,
                       std::string* error = nullptr);

// Files given on the command line, with directories expanded recursively (sorted, so the
// order never depends on the file system) to the files whose extension is in `extensions`.
// `in_directory`, when given, says for each file whether a directory expansion found it (true)
// or it was named itself.
std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& inputs,
                                                 const std::vector<std::string>& extensions,
                                                 std::vector<std::string>* missing,
                                                 std::vector<bool>* in_directory = nullptr);

// Whether a path matches a shell glob (fnmatch: '*' and '?' also match '/'); a glob without
// '/' is matched against the file name alone ("README.md", "*.tmp.xlf").
bool matches_glob(const std::filesystem::path& path, const std::string& glob);

}  // namespace l10nc
