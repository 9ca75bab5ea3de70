#include "writers/bundle_plan.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>

#include <l10n/bundle_layout.h>

#include "model/locale_id.h"

namespace l10nc {

namespace {

using Messages = std::vector<BundleMessage>;  // sorted by key, keys unique

bool compiled(TranslationState state, const BundlePlanOptions& options) {
  if (state == TranslationState::missing) return false;
  return !(options.strict && state == TranslationState::needs_review);
}

bool by_key(const BundleMessage& left, const BundleMessage& right) { return left.key < right.key; }

// The messages of `first`, then those of `second` whose keys `first` lacks; sorted by key.
Messages merge_first_wins(const Messages& first, const Messages& second) {
  Messages merged;
  merged.reserve(std::max(first.size(), second.size()));
  auto a = first.begin();
  auto b = second.begin();
  while (a != first.end() || b != second.end()) {
    if (b == second.end() || (a != first.end() && a->key <= b->key)) {
      if (b != second.end() && a->key == b->key) ++b;
      merged.push_back(*a++);
    } else {
      merged.push_back(*b++);
    }
  }
  return merged;
}

// The messages of `regional` that `language` lacks or words differently.
Messages differences(const Messages& regional, const Messages& language) {
  Messages out;
  auto inherited = language.begin();
  for (const BundleMessage& message : regional) {
    inherited = std::lower_bound(inherited, language.end(), message, by_key);
    if (inherited == language.end() || inherited->key != message.key ||
        inherited->pattern != message.pattern)
      out.push_back(message);
  }
  return out;
}

// The first 32 bytes of a key as four big-endian numbers, zero-padded (keys hold no NUL), so
// that comparing them compares the keys as std::string does; equal numbers need the keys.
// A million keys sorted through their strings are a million trips to memory per pass.
struct KeyPrefix {
  uint64_t words[4] = {};
  uint32_t index = 0;

  KeyPrefix(std::string_view key, uint32_t entry) : index(entry) {
    for (size_t i = 0; i < std::min<size_t>(key.size(), 32); ++i)
      words[i / 8] |= uint64_t{static_cast<unsigned char>(key[i])} << (56 - 8 * (i % 8));
  }
};

// `keys[i]` is the key of entry i in its bundles.
std::vector<uint32_t> sorted_by_key(const std::vector<std::string_view>& keys) {
  std::vector<KeyPrefix> prefixes;
  prefixes.reserve(keys.size());
  for (uint32_t i = 0; i < keys.size(); ++i) prefixes.emplace_back(keys[i], i);
  std::sort(prefixes.begin(), prefixes.end(), [&](const KeyPrefix& left, const KeyPrefix& right) {
    for (int w = 0; w < 4; ++w)
      if (left.words[w] != right.words[w]) return left.words[w] < right.words[w];
    return keys[left.index] < keys[right.index];
  });
  std::vector<uint32_t> order;
  order.reserve(prefixes.size());
  for (const KeyPrefix& prefix : prefixes) order.push_back(prefix.index);
  return order;
}

// Sorted vectors all the way: every step is a sort or a merge, never a tree of strings.
// With kConsume the patterns are moved out of `entries` instead of copied.
template <bool kConsume, typename Entries>
std::vector<Bundle> plan(Entries& entries, const std::map<std::string, std::string>& titles,
                         const BundlePlanOptions& options) {
  auto take = [](auto& text) -> std::string {
    if constexpr (kConsume)
      return std::move(text);
    else
      return text;
  };
  // A domain's keys are encoded and go in its table (see bundle_layout.h).
  std::vector<std::string> domain_keys;
  std::vector<std::string_view> keys;
  keys.reserve(entries.size());
  for (const auto& entry : entries) {
    if (entry.domain.empty()) {
      keys.emplace_back(entry.key);
      continue;
    }
    if (domain_keys.empty()) domain_keys.reserve(entries.size());  // no view moves
    domain_keys.push_back(
        l10n::layout::domain_key(entry.domain, l10n::layout::encode_domain_key(entry.key)));
    keys.emplace_back(domain_keys.back());
  }
  const std::vector<uint32_t> order = sorted_by_key(keys);

  Bundle root_bundle;
  root_bundle.locale = l10n::layout::kRootBundle;
  root_bundle.messages.reserve(entries.size());
  std::map<std::string, Messages> by_locale;
  for (const uint32_t index : order) {
    auto& entry = entries[index];
    const std::string_view key = keys[index];
    auto title = entry.domain.empty() ? titles.find(entry.document) : titles.end();
    if (title != titles.end() && title->second != entry.key)
      root_bundle.titles.emplace_back(entry.key, title->second);
    for (auto& [locale, translation] : entry.translations)
      if (compiled(translation.state, options) && !translation.text.broken)
        by_locale[locale].push_back({std::string(key), take(translation.text.pattern)});
    root_bundle.messages.push_back({std::string(key), take(entry.source.pattern)});
  }
  std::vector<Bundle> bundles;
  bundles.push_back(std::move(root_bundle));

  // Group the locales by language; the language bundle comes first in each group. A
  // pseudo-locale is a group of its own: en_XA must never become the "en" (or ar_XB the "ar")
  // that real users of the language fall back to.
  std::map<std::string, std::vector<std::string>> languages;
  for (const auto& [locale, messages] : by_locale)
    languages[is_pseudo_locale(locale) ? locale : language_of(locale)].push_back(locale);
  for (auto& [language, locales] : languages) {
    Messages merged;
    Messages* language_messages = &merged;
    if (by_locale.count(language)) {
      language_messages = &by_locale[language];
    } else {
      const std::string preferred = language + "_" + likely_region(language);
      std::stable_partition(locales.begin(), locales.end(),
                            [&](const std::string& locale) { return locale == preferred; });
      for (const std::string& locale : locales)
        merged = merge_first_wins(merged, by_locale[locale]);
      std::sort(locales.begin(), locales.end());
    }
    const size_t language_bundle = bundles.size();
    bundles.push_back({language, {}, {}});
    for (const std::string& locale : locales)
      if (locale != language)
        bundles.push_back({locale, differences(by_locale[locale], *language_messages), {}});
    bundles[language_bundle].messages = std::move(*language_messages);
    for (const std::string& locale : locales) by_locale.erase(locale);
  }
  return bundles;
}

}  // namespace

std::vector<Bundle> plan_bundles(const Catalog& catalog, const BundlePlanOptions& options) {
  return plan<false>(catalog.entries(), catalog.document_titles(), options);
}

std::vector<Bundle> plan_bundles(Catalog&& catalog, const BundlePlanOptions& options) {
  const std::map<std::string, std::string> titles = catalog.document_titles();
  std::vector<Entry> entries = std::move(catalog).release_entries();
  return plan<true>(entries, titles, options);
}

}  // namespace l10nc
