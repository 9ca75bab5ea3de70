#include "l10n/catalog.h"

#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <unordered_map>

#include "l10n/bundle_layout.h"

namespace l10n {

const char* status_name(Status status) {
  switch (status) {
    case Status::ok:
      return "ok";
    case Status::fallback:
      return "fallback";
    case Status::invalid_translation:
      return "invalid-translation";
    case Status::key_not_found:
      return "key-not-found";
    case Status::format_error:
      return "format-error";
    case Status::catalog_error:
      return "catalog-error";
  }
  return "unknown";
}

namespace {

// The string resources of one .res file, read once and never changed afterwards.
struct BundleTable {
  std::string locale;
  std::unordered_map<std::string, icu::UnicodeString> messages;
  std::unordered_map<std::string, std::string> titles;
};

struct BundleCloser {
  void operator()(UResourceBundle* bundle) const { ures_close(bundle); }
};
using BundlePtr = std::unique_ptr<UResourceBundle, BundleCloser>;

std::shared_ptr<const BundleTable> load_bundle(const std::string& package,
                                               const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  // openDirect: this bundle only, no fallback through the default locale.
  BundlePtr bundle(ures_openDirect(package.c_str(), locale.c_str(), &status));
  if (U_FAILURE(status) || bundle == nullptr) return nullptr;
  auto table = std::make_shared<BundleTable>();
  table->locale = locale;
  ures_resetIterator(bundle.get());
  while (ures_hasNext(bundle.get())) {
    status = U_ZERO_ERROR;
    BundlePtr item(ures_getNextResource(bundle.get(), nullptr, &status));
    if (U_FAILURE(status)) break;
    const char* key = ures_getKey(item.get());
    if (key == nullptr) continue;
    if (ures_getType(item.get()) == URES_STRING) {
      int32_t length = 0;
      const UChar* text = ures_getString(item.get(), &length, &status);
      if (U_SUCCESS(status)) table->messages.emplace(key, icu::UnicodeString(text, length));
    } else if (ures_getType(item.get()) == URES_TABLE &&
               std::string_view(key) == layout::kTitlesTable) {
      while (ures_hasNext(item.get())) {
        status = U_ZERO_ERROR;
        BundlePtr title(ures_getNextResource(item.get(), nullptr, &status));
        if (U_FAILURE(status)) break;
        int32_t length = 0;
        const UChar* text = ures_getString(title.get(), &length, &status);
        if (U_FAILURE(status) || ures_getKey(title.get()) == nullptr) continue;
        std::string value;
        icu::UnicodeString(text, length).toUTF8String(value);
        table->titles.emplace(ures_getKey(title.get()), std::move(value));
      }
    }
  }
  return table;
}

std::string canonical_locale(std::string_view requested) {
  char canonical[ULOC_FULLNAME_CAPACITY];
  UErrorCode status = U_ZERO_ERROR;
  const std::string input(requested);
  uloc_canonicalize(input.c_str(), canonical, sizeof canonical, &status);
  if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING) return {};
  return canonical;
}

// The chain of bundle names for a locale: "es_MX" -> es_MX, es, root.
std::vector<std::string> chain_names(const std::string& locale) {
  std::vector<std::string> names;
  std::string current = locale;
  while (!current.empty() && current != layout::kRootBundle) {
    names.push_back(current);
    char parent[ULOC_FULLNAME_CAPACITY];
    UErrorCode status = U_ZERO_ERROR;
    uloc_getParent(current.c_str(), parent, sizeof parent, &status);
    if (U_FAILURE(status) || current == parent) break;
    current = parent;
  }
  names.push_back(layout::kRootBundle);
  return names;
}

}  // namespace

struct Catalog::Impl {
  std::string package;  // directory with a trailing '/', as ICU expects
  std::string error;
  std::shared_ptr<const BundleTable> root;

  mutable std::mutex mutex;
  mutable std::map<std::string, std::shared_ptr<const BundleTable>> bundles;  // null: absent
  mutable std::map<std::string, std::vector<std::shared_ptr<const BundleTable>>> chains;

  std::shared_ptr<const BundleTable> bundle(const std::string& name) const {
    auto found = bundles.find(name);
    if (found != bundles.end()) return found->second;
    return bundles[name] = load_bundle(package, name);
  }

  std::vector<std::shared_ptr<const BundleTable>> chain(const std::string& locale) const {
    std::lock_guard lock(mutex);
    auto found = chains.find(locale);
    if (found != chains.end()) return found->second;
    std::vector<std::shared_ptr<const BundleTable>> tables;
    for (const std::string& name : chain_names(locale))
      if (auto table = bundle(name)) tables.push_back(std::move(table));
    return chains[locale] = tables;
  }
};

Catalog::Catalog(std::string directory) : impl_(std::make_unique<Impl>()) {
  // ICU takes a relative "dir/" for a package name; an absolute path is always a directory.
  std::error_code error;
  const std::filesystem::path absolute = std::filesystem::absolute(directory, error);
  impl_->package = error ? directory : absolute.string();
  if (!impl_->package.empty() && impl_->package.back() != '/') impl_->package += '/';
  impl_->root = load_bundle(impl_->package, layout::kRootBundle);
  if (!impl_->root)
    impl_->error = "no ICU package with a root bundle in " + impl_->package;
  else
    impl_->bundles[layout::kRootBundle] = impl_->root;
}

Catalog::~Catalog() = default;

bool Catalog::ok() const { return impl_->root != nullptr; }
const std::string& Catalog::error() const { return impl_->error; }

namespace {

bool format_pattern(const icu::UnicodeString& pattern, const icu::Locale& locale,
                    std::span<const Argument> arguments, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat format(pattern, locale, status);
  if (U_FAILURE(status)) return false;
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  names.reserve(arguments.size());
  values.reserve(arguments.size());
  for (const Argument& argument : arguments) {
    names.push_back(icu::UnicodeString::fromUTF8(argument.name));
    std::visit(
        [&](const auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, std::string>)
            values.emplace_back(icu::UnicodeString::fromUTF8(value));
          else if constexpr (std::is_same_v<T, int64_t>)
            values.emplace_back(static_cast<int64_t>(value));
          else if constexpr (std::is_same_v<T, double>)
            values.emplace_back(value);
          else
            values.emplace_back(value.milliseconds, icu::Formattable::kIsDate);
        },
        argument.value);
  }
  icu::UnicodeString result;
  format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
  if (U_FAILURE(status)) return false;
  out.clear();
  result.toUTF8String(out);
  return true;
}

}  // namespace

FormatResult Catalog::format(std::string_view locale, std::string_view key,
                             std::span<const Argument> arguments) const {
  FormatResult result;
  result.text = std::string(key);
  if (!ok()) {
    result.status = Status::catalog_error;
    return result;
  }
  const std::string canonical = canonical_locale(locale);
  const icu::Locale icu_locale(canonical.c_str());
  const std::string key_string(key);
  // English is the root's language: asking for en or en_GB and getting root is no fallback.
  const bool wants_english = std::string_view(icu_locale.getLanguage()) == "en";
  bool skipped_translation = false;
  for (const auto& table : impl_->chain(canonical)) {
    auto found = table->messages.find(key_string);
    if (found == table->messages.end()) continue;
    const bool is_root = table->locale == layout::kRootBundle;
    std::string text;
    if (format_pattern(found->second, icu_locale, arguments, text) && !text.empty()) {
      result.text = std::move(text);
      result.locale = table->locale;
      result.status = skipped_translation           ? Status::invalid_translation
                      : (!is_root || wants_english) ? Status::ok
                                                    : Status::fallback;
      return result;
    }
    if (is_root) {
      result.status = Status::format_error;
      return result;
    }
    skipped_translation = true;  // a broken translation: fall through to the next bundle
  }
  result.status = Status::key_not_found;
  return result;
}

std::vector<std::string> Catalog::keys() const {
  std::vector<std::string> keys;
  if (!ok()) return keys;
  keys.reserve(impl_->root->messages.size());
  for (const auto& [key, message] : impl_->root->messages) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::optional<std::string> Catalog::title_key(std::string_view key) const {
  if (!ok()) return std::nullopt;
  auto found = impl_->root->titles.find(std::string(key));
  if (found == impl_->root->titles.end()) return std::nullopt;
  return found->second;
}

}  // namespace l10n
