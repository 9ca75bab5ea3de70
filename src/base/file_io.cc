#include "base/file_io.h"

#include <fcntl.h>
#include <fnmatch.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <random>
#include <system_error>

namespace l10nc {
namespace fs = std::filesystem;

namespace {
void set_error(std::string* error, std::string message) {
  if (error != nullptr) *error = std::move(message);
}

// "<pid>-<random>": the pid lets a later run tell a dead run's leftovers from a live one's.
std::string random_suffix() {
  static thread_local std::mt19937_64 generator{std::random_device{}()};
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string suffix = std::to_string(::getpid()) + "-";
  for (int i = 0; i < 8; ++i) suffix += kDigits[generator() % 36];
  return suffix;
}
}  // namespace

std::optional<std::string> read_file(const fs::path& path, std::string* error) {
  std::error_code code;
  if (fs::is_directory(path, code)) {
    set_error(error, "is a directory");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    set_error(error, std::strerror(errno));
    return std::nullopt;
  }
  std::string text;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size > 0) {
    text.resize(static_cast<size_t>(size));
    in.seekg(0);
    in.read(text.data(), size);
  }
  if (in.bad()) {
    set_error(error, "read error");
    return std::nullopt;
  }
  return text;
}

bool write_all(int fd, std::string_view bytes, std::optional<uint64_t> offset) {
  for (size_t done = 0; done < bytes.size();) {
    const size_t left = bytes.size() - done;
    const ssize_t n =
        offset ? ::pwrite(fd, bytes.data() + done, left, static_cast<off_t>(*offset + done))
               : ::write(fd, bytes.data() + done, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

bool write_file_with(const fs::path& path, const std::function<bool(int, std::string*)>& write,
                     std::string* error) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    set_error(error, path.string() + ": " + std::strerror(errno));
    return false;
  }
  if (!write(fd, error)) {
    ::close(fd);
    return false;
  }
  if (::close(fd) != 0) {
    set_error(error, path.string() + ": " + std::strerror(errno));
    return false;
  }
  return true;
}

bool write_file(const fs::path& path, std::string_view content, std::string* error) {
  return write_file_with(
      path,
      [&](int fd, std::string* write_error) {
        if (write_all(fd, content)) return true;
        set_error(write_error, path.string() + ": " + std::strerror(errno));
        return false;
      },
      error);
}

bool write_file_atomically(const fs::path& path, std::string_view content, std::string* error) {
  const fs::path temporary = path.string() + ".tmp-" + random_suffix();
  if (!write_file(temporary, content, error)) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return false;
  }
  std::error_code code;
  fs::rename(temporary, path, code);
  if (code) {
    set_error(error, path.string() + ": " + code.message());
    fs::remove(temporary, code);
    return false;
  }
  return true;
}

namespace {

// Whether what `in` reads next is `expected`, compared a block at a time: bundles can be
// large, and most are unchanged.
bool reads_next(std::istream& in, std::string_view expected) {
  std::string block(std::min<size_t>(expected.size(), size_t{1} << 20), '\0');
  while (!expected.empty()) {
    const size_t size = std::min(block.size(), expected.size());
    if (!in.read(block.data(), static_cast<std::streamsize>(size)) ||
        std::string_view(block.data(), size) != expected.substr(0, size))
      return false;
    expected.remove_prefix(size);
  }
  return true;
}

bool same_bytes(const fs::path& file, std::string_view content) {
  std::error_code code;
  if (!fs::is_regular_file(file, code) || fs::file_size(file, code) != content.size() || code)
    return false;
  std::ifstream in(file, std::ios::binary);
  return reads_next(in, content);
}

// Both regular files with the same bytes.
bool same_files(const fs::path& one, const fs::path& other) {
  std::error_code code;
  if (!fs::is_regular_file(one, code) || !fs::is_regular_file(other, code)) return false;
  uintmax_t size = fs::file_size(one, code);
  if (code || fs::file_size(other, code) != size || code) return false;
  std::ifstream in(one, std::ios::binary);
  std::ifstream other_in(other, std::ios::binary);
  std::string block(std::min<uintmax_t>(size, uintmax_t{1} << 20), '\0');
  while (size > 0) {
    const auto count = static_cast<size_t>(std::min<uintmax_t>(block.size(), size));
    if (!in.read(block.data(), static_cast<std::streamsize>(count)) ||
        !reads_next(other_in, std::string_view(block.data(), count)))
      return false;
    size -= count;
  }
  return true;
}

// `path` becomes `previous`'s file: a hard link, else a copy with its modification time.
bool stand_in_for(const fs::path& path, const fs::path& previous) {
  std::error_code code;
  fs::remove(path, code);
  fs::create_hard_link(previous, path, code);
  if (!code) return true;
  fs::copy_file(previous, path, fs::copy_options::overwrite_existing, code);
  if (!code) fs::last_write_time(path, fs::last_write_time(previous, code), code);
  return !code;
}

}  // namespace

std::optional<bool> write_file_unless_unchanged(const fs::path& path, std::string_view content,
                                                const fs::path& previous, std::string* error) {
  if (same_bytes(previous, content) && stand_in_for(path, previous)) return false;
  if (!write_file(path, content, error)) return std::nullopt;
  return true;
}

bool keep_previous_if_unchanged(const fs::path& path, const fs::path& previous) {
  return !(same_files(path, previous) && stand_in_for(path, previous));
}

std::optional<fs::path> make_sibling_temp_directory(const fs::path& target, std::string* error) {
  fs::path absolute = fs::absolute(target).lexically_normal();
  if (!absolute.has_filename()) absolute = absolute.parent_path();
  const fs::path parent = absolute.parent_path();
  std::error_code code;
  fs::create_directories(parent, code);
  if (code) {
    set_error(error, parent.string() + ": " + code.message());
    return std::nullopt;
  }
  for (int attempt = 0; attempt < 16; ++attempt) {
    fs::path candidate = parent / ("." + absolute.filename().string() + ".tmp-" + random_suffix());
    if (fs::create_directory(candidate, code)) return candidate;
    if (code) {
      set_error(error, candidate.string() + ": " + code.message());
      return std::nullopt;
    }
  }
  set_error(error, "cannot create a temporary directory next to " + target.string());
  return std::nullopt;
}

void remove_stale_siblings(const fs::path& target) {
  fs::path absolute = fs::absolute(target).lexically_normal();
  if (!absolute.has_filename()) absolute = absolute.parent_path();
  std::error_code code;
  const std::string prefix = "." + absolute.filename().string() + ".";
  for (fs::directory_iterator it(absolute.parent_path(), code), end; !code && it != end;
       it.increment(code)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    std::string_view rest = std::string_view(name).substr(prefix.size());
    if (!rest.starts_with("tmp-") && !rest.starts_with("old-")) continue;
    rest.remove_prefix(4);
    const long pid = std::strtol(std::string(rest.substr(0, rest.find('-'))).c_str(), nullptr, 10);
    // Only leftovers of runs that are gone: a live run may still be using its directory.
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
      std::error_code ignored;
      fs::remove_all(it->path(), ignored);
    }
  }
}

bool replace_directory(const fs::path& staged, const fs::path& target, std::string* error) {
  std::error_code code;
  fs::path absolute = fs::absolute(target).lexically_normal();
  if (!absolute.has_filename()) absolute = absolute.parent_path();
  fs::path aside;
  if (fs::exists(absolute, code)) {
    aside =
        absolute.parent_path() / ("." + absolute.filename().string() + ".old-" + random_suffix());
    fs::rename(absolute, aside, code);
    if (code) {
      set_error(error, target.string() + ": " + code.message());
      return false;
    }
  }
  fs::rename(staged, absolute, code);
  if (code) {
    set_error(error, target.string() + ": " + code.message());
    if (!aside.empty()) fs::rename(aside, absolute, code);  // put the old output back
    return false;
  }
  if (!aside.empty()) fs::remove_all(aside, code);
  return true;
}

std::vector<fs::path> expand_inputs(const std::vector<std::string>& inputs,
                                    const std::vector<std::string>& extensions,
                                    std::vector<std::string>* missing,
                                    std::vector<bool>* in_directory) {
  std::vector<fs::path> files;
  for (const std::string& input : inputs) {
    std::error_code code;
    const fs::path path(input);
    if (fs::is_directory(path, code)) {
      std::vector<fs::path> found;
      for (fs::recursive_directory_iterator it(path, code), end; !code && it != end;
           it.increment(code)) {
        if (!it->is_regular_file(code)) continue;
        const std::string extension = it->path().extension().string();
        if (std::find(extensions.begin(), extensions.end(), extension) != extensions.end())
          found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
      if (in_directory != nullptr) in_directory->resize(files.size(), true);
    } else if (fs::exists(path, code)) {
      files.push_back(path);
      if (in_directory != nullptr) in_directory->push_back(false);
    } else if (missing != nullptr) {
      missing->push_back(input);
    }
  }
  return files;
}

bool matches_glob(const fs::path& path, const std::string& glob) {
  const std::string subject = glob.find('/') == std::string::npos
                                  ? path.filename().string()
                                  : path.lexically_normal().generic_string();
  return ::fnmatch(glob.c_str(), subject.c_str(), 0) == 0;
}

}  // namespace l10nc
