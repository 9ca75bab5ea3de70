#include "model/bundle_sources.h"

#include <algorithm>

#include "model/locale_id.h"

namespace l10nc {

BundleSources bundle_sources(const std::vector<std::string>& locales) {
  BundleSources sources;
  std::map<std::string, std::vector<std::string>> members;  // group -> its translations
  for (const std::string& locale : locales) {
    std::vector<std::string>& own = sources.feeders[locale];
    own.insert(own.begin(), locale);  // before those that only feed it as their general locale
    if (is_pseudo_locale(locale)) {
      sources.group[locale] = locale;
      continue;
    }
    ChainPlace place = chain_place(locale);
    if (place.general != locale) {
      sources.feeders[place.general].push_back(locale);
      sources.ancestors[place.general] = chain_place(place.general).ancestors;
      sources.group[place.general] = place.group;
      sources.feeding_general.insert(locale);
    }
    sources.ancestors[locale] = std::move(place.ancestors);
    sources.group[locale] = place.group;
    members[place.group].push_back(locale);
  }
  for (const auto& [group, translations] : members) {
    if (language_of(group) == "en") continue;  // root is the English
    std::vector<std::string>& feeders = sources.feeders[group];
    sources.group[group] = group;
    for (const std::string& translation : translations)
      if (std::find(feeders.begin(), feeders.end(), translation) == feeders.end())
        feeders.push_back(translation);
  }
  return sources;
}

}  // namespace l10nc
