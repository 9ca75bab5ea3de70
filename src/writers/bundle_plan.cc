#include "writers/bundle_plan.h"

#include <algorithm>
#include <map>

#include <l10n/bundle_layout.h>

#include "model/locale_id.h"

namespace l10nc {

namespace {

using Messages = std::map<std::string, std::string>;  // key -> pattern, sorted

bool compiled(TranslationState state, const BundlePlanOptions& options) {
  if (state == TranslationState::missing) return false;
  return !(options.strict && state == TranslationState::needs_review);
}

Bundle make_bundle(const std::string& locale, const Messages& messages) {
  Bundle bundle;
  bundle.locale = locale;
  bundle.messages.reserve(messages.size());
  for (const auto& [key, pattern] : messages) bundle.messages.push_back({key, pattern});
  return bundle;
}

}  // namespace

std::vector<Bundle> plan_bundles(const Catalog& catalog, const BundlePlanOptions& options) {
  Messages root;
  std::map<std::string, Messages> by_locale;
  for (const Entry& entry : catalog.entries()) {
    root.emplace(entry.key, entry.source.pattern);
    for (const auto& [locale, translation] : entry.translations)
      if (compiled(translation.state, options))
        by_locale[locale].emplace(entry.key, translation.text.pattern);
  }

  std::vector<Bundle> bundles;
  Bundle root_bundle = make_bundle(l10n::layout::kRootBundle, root);
  for (const Entry& entry : catalog.entries()) {
    auto title = catalog.document_titles().find(entry.document);
    if (title != catalog.document_titles().end() && title->second != entry.key)
      root_bundle.titles.emplace_back(entry.key, title->second);
  }
  std::sort(root_bundle.titles.begin(), root_bundle.titles.end());
  bundles.push_back(std::move(root_bundle));

  // Group the locales by language; the language bundle comes first in each group. A
  // pseudo-locale is a group of its own: en_XA must never become the "en" (or ar_XB the "ar")
  // that real users of the language fall back to.
  std::map<std::string, std::vector<std::string>> languages;
  for (const auto& [locale, messages] : by_locale)
    languages[is_pseudo_locale(locale) ? locale : language_of(locale)].push_back(locale);
  for (auto& [language, locales] : languages) {
    Messages language_messages;
    if (by_locale.count(language)) {
      language_messages = by_locale[language];
    } else {
      const std::string preferred = language + "_" + likely_region(language);
      std::stable_partition(locales.begin(), locales.end(),
                            [&](const std::string& locale) { return locale == preferred; });
      for (const std::string& locale : locales)
        for (const auto& [key, pattern] : by_locale[locale])
          language_messages.emplace(key, pattern);
      std::sort(locales.begin(), locales.end());
    }
    bundles.push_back(make_bundle(language, language_messages));
    for (const std::string& locale : locales) {
      if (locale == language) continue;
      Messages differences;
      for (const auto& [key, pattern] : by_locale[locale]) {
        auto inherited = language_messages.find(key);
        if (inherited == language_messages.end() || inherited->second != pattern)
          differences.emplace(key, pattern);
      }
      bundles.push_back(make_bundle(locale, differences));
    }
  }
  return bundles;
}

}  // namespace l10nc
