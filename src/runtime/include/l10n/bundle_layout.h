#pragma once

#include <string>
#include <string_view>

// How l10nc lays out an ICU package; shared by the compiler's writer and the runtime.
namespace l10n::layout {

// The bundle that holds the English messages.
inline constexpr const char* kRootBundle = "root";
// A table in the root bundle: message key -> key of the title of the document it came from.
// Keys starting with "l10nc:" are reserved for l10nc.
inline constexpr const char* kTitlesTable = "l10nc:titles";
inline constexpr const char* kReservedPrefix = "l10nc:";
// A table in every bundle holding a table per domain (namespace of keys): "messages",
// "validators". Keys of the default domain are the bundle's own strings.
inline constexpr const char* kDomainsTable = "l10nc:domains";

// A domain's keys may be any text (Symfony keys messages by their English), but ICU table keys
// take only ASCII "invariant" characters: every other byte, and '%', is written %XX.
inline std::string encode_domain_key(std::string_view key) {
  constexpr std::string_view kPunctuation = " \"&'()*+,-./:;<=>?_";
  constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  encoded.reserve(key.size());
  for (const char c : key) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       kPunctuation.find(c) != std::string_view::npos;
    if (plain) {
      encoded += c;
    } else {
      encoded += '%';
      encoded += kHex[byte >> 4];
      encoded += kHex[byte & 0xF];
    }
  }
  return encoded;
}

// The key encode_domain_key() was given.
inline std::string decode_domain_key(std::string_view encoded) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string key;
  key.reserve(encoded.size());
  for (size_t i = 0; i < encoded.size(); ++i) {
    if (encoded[i] == '%' && i + 2 < encoded.size() && hex(encoded[i + 1]) >= 0 &&
        hex(encoded[i + 2]) >= 0) {
      key += static_cast<char>(hex(encoded[i + 1]) * 16 + hex(encoded[i + 2]));
      i += 2;
    } else {
      key += encoded[i];
    }
  }
  return key;
}

// How a key of a domain is known inside a package reader or writer: the domain, a unit
// separator (no domain or encoded key holds one), the encoded key.
inline std::string domain_key(std::string_view domain, std::string_view encoded_key) {
  std::string key;
  key.reserve(domain.size() + 1 + encoded_key.size());
  key.append(domain).append(1, '\x1F').append(encoded_key);
  return key;
}
inline constexpr char kDomainSeparator = '\x1F';

}  // namespace l10n::layout
