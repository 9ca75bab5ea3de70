#include "readers/symfony_layout.h"

#include <algorithm>
#include <filesystem>

#include "base/unicode_text.h"
#include "model/locale_id.h"

namespace l10nc {

std::optional<SymfonyFileName> parse_symfony_file_name(std::string_view path) {
  const std::filesystem::path file{std::string(path)};
  const std::string extension = file.extension().string();
  if (extension != ".xlf" && extension != ".xliff") return std::nullopt;
  const std::string stem = file.stem().string();
  const size_t dot = stem.rfind('.');
  if (dot == std::string::npos || dot == 0) return std::nullopt;
  std::optional<std::string> locale = to_icu_locale(stem.substr(dot + 1));
  if (!locale) return std::nullopt;
  SymfonyFileName name;
  name.domain = stem.substr(0, dot);
  name.locale = std::move(*locale);
  constexpr std::string_view kIntlIcu = "+intl-icu";
  if (name.domain.ends_with(kIntlIcu)) {
    name.domain.resize(name.domain.size() - kIntlIcu.size());
    name.intl_icu = true;
  }
  if (name.domain.empty()) return std::nullopt;
  return name;
}

bool is_symfony_icu_file_name(std::string_view path) {
  const std::optional<SymfonyFileName> name = parse_symfony_file_name(path);
  return name && name->intl_icu;
}

bool is_valid_domain(std::string_view domain) {
  return !domain.empty() && domain.find("..") == std::string_view::npos &&
         std::all_of(domain.begin(), domain.end(),
                     [](char c) { return is_ascii_word_char(c) || c == '-' || c == '.'; });
}

}  // namespace l10nc
