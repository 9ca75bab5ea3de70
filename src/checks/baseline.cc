#include "checks/baseline.h"

#include <nlohmann/json.hpp>

namespace l10nc {

namespace {
constexpr std::string_view kFormatKey = "l10nc-baseline";
constexpr int kFormatVersion = 1;
}  // namespace

Baseline::Fingerprint Baseline::fingerprint(const Finding& finding) {
  return {finding.check_id(), finding.key, finding.locale, finding.text_hash};
}

bool Baseline::contains(const Finding& finding) const {
  return fingerprints_.contains(fingerprint(finding));
}

std::optional<Baseline> Baseline::parse(std::string_view json, std::string* error) {
  const nlohmann::json document = nlohmann::json::parse(json, nullptr, false);
  if (document.is_discarded()) {
    *error = "not valid JSON";
    return std::nullopt;
  }
  if (!document.is_object() || !document.contains(kFormatKey) ||
      document[kFormatKey] != kFormatVersion || !document.contains("findings") ||
      !document["findings"].is_array()) {
    *error = "not an l10nc baseline (expected {\"l10nc-baseline\": 1, \"findings\": [...]})";
    return std::nullopt;
  }
  Baseline baseline;
  size_t index = 0;
  for (const nlohmann::json& item : document["findings"]) {
    auto text = [&](const char* name) -> const std::string* {
      if (!item.is_object() || !item.contains(name) || !item[name].is_string()) return nullptr;
      return item[name].get_ptr<const std::string*>();
    };
    const std::string* check = text("check");
    const std::string* key = text("key");
    const std::string* locale = text("locale");
    const std::string* hash = text("text");
    if (check == nullptr || key == nullptr || locale == nullptr || hash == nullptr) {
      *error = "finding " + std::to_string(index) +
               " lacks one of the strings \"check\", \"key\", \"locale\", \"text\"";
      return std::nullopt;
    }
    baseline.fingerprints_.insert({*check, *key, *locale, *hash});
    ++index;
  }
  return baseline;
}

std::string Baseline::to_json(const std::vector<Finding>& findings) {
  std::set<Fingerprint> fingerprints;
  for (const Finding& finding : findings) fingerprints.insert(fingerprint(finding));
  nlohmann::ordered_json document;
  document[kFormatKey] = kFormatVersion;
  document["findings"] = nlohmann::ordered_json::array();
  for (const auto& [check, key, locale, hash] : fingerprints)
    document["findings"].push_back(
        nlohmann::ordered_json{{"check", check}, {"key", key}, {"locale", locale}, {"text", hash}});
  return document.dump(2) + "\n";
}

}  // namespace l10nc
