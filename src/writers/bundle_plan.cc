#include "writers/bundle_plan.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string_view>

#include <l10n/bundle_layout.h>
#include <l10n/locale_chain.h>

#include "model/bundle_sources.h"
#include "model/locale_id.h"
#include "model/parsed_pattern.h"

namespace l10nc {

namespace {

using Messages = std::vector<BundleMessage>;  // sorted by key, keys unique

bool compiled(const Translation& translation, const BundlePlanOptions& options) {
  const TranslationState state = translation.state;
  if (state == TranslationState::missing || translation.text.broken) return false;
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

// The bundles of the translations, fed as bundle_sources() says; each keeps what differs from
// its nearest ancestors in the package (a language bundle, with none, keeps everything).
void place_translations(std::map<std::string, Messages>& by_locale, std::vector<Bundle>& bundles) {
  std::vector<std::string> locales;
  for (const auto& [locale, messages] : by_locale) locales.push_back(locale);
  BundleSources sources = bundle_sources(locales);
  std::map<std::string, std::vector<std::string>>& feeders = sources.feeders;
  std::map<std::string, std::vector<std::string>>& ancestors = sources.ancestors;
  std::map<std::string, std::string>& group_of = sources.group;
  // What each bundle's users read from it and its ancestors together.
  std::map<std::string, Messages> merged;
  std::map<std::string, Messages*> content;
  for (const auto& [bundle, translations] : feeders) {
    if (translations.size() == 1) {
      content[bundle] = &by_locale[translations.front()];
      continue;
    }
    Messages& messages = merged[bundle];
    for (const std::string& translation : translations)
      messages = merge_first_wins(messages, by_locale[translation]);
    content[bundle] = &messages;
  }
  // A bundle keeps what differs from its nearest ancestors in the package.
  std::map<std::string, std::pair<std::string, Messages>> planned;  // sorted by group, then name
  std::vector<std::string> whole;  // bundles with no ancestor in the package
  for (const auto& [bundle, messages] : content) {
    Messages inherited;
    bool inherits = false;
    for (const std::string& ancestor : ancestors[bundle])
      for (const std::string& name : l10n::bundle_spellings(ancestor))
        if (auto found = content.find(name); found != content.end() && found->first != bundle) {
          inherited = merge_first_wins(inherited, *found->second);
          inherits = true;
          break;
        }
    const std::string& group = group_of.count(bundle) ? group_of[bundle] : bundle;
    const std::string order = group + (bundle == group ? "" : "\x01" + bundle);
    if (inherits) {
      planned[order] = {bundle, differences(*messages, inherited)};
    } else {
      planned[order] = {bundle, {}};
      whole.push_back(bundle);
    }
  }
  // Every difference is made: whole bundles can now take their messages, moved unless another
  // whole bundle takes them too.
  std::map<const Messages*, int> users;
  for (const std::string& bundle : whole) ++users[content[bundle]];
  for (auto& [order, named] : planned) {
    auto& [bundle, messages] = named;
    if (std::find(whole.begin(), whole.end(), bundle) != whole.end()) {
      Messages* all = content[bundle];
      messages = --users[all] == 0 ? std::move(*all) : *all;
    }
    bundles.push_back({bundle, std::move(messages), {}});
  }
}

// A translation may leave out an XLIFF 2 code whose canDelete is yes, but the runtime takes a
// translation whose arguments differ from the English's for a broken one (and shows English).
// Each code left out is given back as an argument that shows nothing, so that the translation
// keeps the English's arguments and is shown as written.
std::string keep_deletable_codes(const std::vector<InlineCode>& codes, std::string pattern) {
  std::optional<ParsedPattern> parsed;  // only when the plain spelling is not found
  for (const InlineCode& code : codes) {
    if (!code.deletable || pattern.find("{" + code.argument + "}") != std::string::npos) continue;
    if (!parsed) parsed = parse_pattern(pattern);
    if (!parsed) return pattern;  // not a pattern: the runtime rejects it whatever is added
    const bool used = std::any_of(
        parsed->arguments.begin(), parsed->arguments.end(),
        [&](const PatternArgument& argument) { return argument.name == code.argument; });
    if (!used) pattern += "{" + code.argument + ", select, other {}}";
  }
  return pattern;
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
  {
    std::map<std::string_view, size_t> counts;  // each locale's vector is allocated once
    for (const auto& entry : entries)
      for (const auto& [locale, translation] : entry.translations)
        counts[locale] += compiled(translation, options);
    for (const auto& [locale, count] : counts) by_locale[std::string(locale)].reserve(count);
  }
  for (const uint32_t index : order) {
    auto& entry = entries[index];
    const std::string_view key = keys[index];
    auto title = entry.domain.empty() ? titles.find(entry.document) : titles.end();
    if (title != titles.end() && title->second != entry.key)
      root_bundle.titles.emplace_back(entry.key, title->second);
    for (auto& [locale, translation] : entry.translations)
      if (compiled(translation, options))
        by_locale[locale].push_back(
            {std::string(key), keep_deletable_codes(entry.codes, take(translation.text.pattern))});
    root_bundle.messages.push_back({std::string(key), take(entry.source.pattern)});
    if constexpr (kConsume) {
      // Freed as the bundles grow, for them to reuse: the catalog's records and the bundles
      // are never all held at once.
      entry.translations = {};
      entry.codes = {};
      entry.notes = {};
    }
  }
  std::vector<Bundle> bundles;
  bundles.push_back(std::move(root_bundle));

  place_translations(by_locale, bundles);
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
