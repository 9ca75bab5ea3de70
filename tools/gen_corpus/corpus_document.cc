#include "corpus_document.h"

#include <algorithm>
#include <cstdio>

namespace l10nc::gen {

namespace {

const std::vector<std::string> kAreas = {"kerberos", "schannel",   "ntlm",        "sspi",
                                         "winhttp",  "smart-card", "certificate", "credential",
                                         "logon",    "rpc",        "dns",         "winsock"};
const std::vector<std::string> kTopics = {"status-codes", "error-codes", "return-values",
                                          "messages", "errors"};
const std::vector<std::pair<std::string, std::string>> kHeaders = {{"Status code", "Meaning"},
                                                                   {"Return code", "Description"},
                                                                   {"Value", "Meaning"},
                                                                   {"Constant", "Description"}};

const std::vector<std::string> kPrefixes = {"SEC", "ERROR", "STATUS",  "RPC",  "WSA",
                                            "NTE", "CRYPT", "TRUST",   "CERT", "FVE",
                                            "DNS", "KDC",   "WINHTTP", "SCARD"};
const std::vector<std::string> kSeverities = {"E", "I", "W", "S"};
const std::vector<std::string> kWords = {
    "CERT",      "EXPIRED",     "BAD",       "BINDINGS", "INVALID", "HANDLE",  "TOKEN",
    "NO",        "CREDENTIALS", "LOGON",     "DENIED",   "TIME",    "SKEW",    "KEY",
    "NOT",       "FOUND",       "BUFFER",    "TOO",      "SMALL",   "CONTEXT", "UNSUPPORTED",
    "FUNCTION",  "WRONG",       "PRINCIPAL", "REVOKED",  "POLICY",  "TIMEOUT", "ACCESS",
    "PACKAGE",   "DOMAIN",      "QUOTA",     "EXCEEDED", "PENDING", "RETRY",   "MISMATCH",
    "ALGORITHM", "UNTRUSTED",   "ROOT",      "CHAIN",    "OFFLINE", "TARGET",  "UNKNOWN"};

std::string title_case(std::string_view slug) {
  std::string out;
  bool start = true;
  for (const char c : slug) {
    if (c == '-') {
      out += ' ';
      start = true;
    } else {
      out += start ? static_cast<char>(c - 'a' + 'A') : c;
      start = false;
    }
  }
  return out;
}

Message plain(std::string text) {
  Message message;
  message.text.push_back({std::move(text), false});
  return message;
}

}  // namespace

std::vector<size_t> document_sizes(size_t entries) {
  if (entries == 0) return {};
  const size_t documents = std::min(entries, std::max<size_t>(3, (entries + 499) / 500));
  std::vector<size_t> sizes(documents, entries / documents);
  for (size_t i = 0; i < entries % documents; ++i) ++sizes[i];
  return sizes;
}

std::string IdentifierPool::make(Random& random) {
  std::string identifier = random.pick(kPrefixes) + "_" + random.pick(kSeverities);
  const size_t words = random.between(1, 3);
  for (size_t i = 0; i < words; ++i) identifier += "_" + random.pick(kWords);
  if (used_.insert(identifier).second) return identifier;
  for (size_t n = 2;; ++n)
    if (used_.insert(identifier + "_" + std::to_string(n)).second)
      return identifier + "_" + std::to_string(n);
}

CorpusDocument english_document(size_t index, size_t entry_count, Markup markup, bool plurals,
                                IdentifierPool& identifiers) {
  Random random("document/" + std::to_string(index));
  CorpusDocument document;
  const std::string area = random.pick(kAreas);
  const std::string topic = random.pick(kTopics);
  document.name = area + "-" + topic + "-" + std::to_string(index + 1);
  char hash[8];
  std::snprintf(hash, sizeof hash, "%05x", static_cast<unsigned>(random.next() & 0xfffff));
  size_t next_id = 100;
  auto segment_id = [&] { return std::string(hash) + "-" + std::to_string(next_id++); };
  auto add = [&](EntryKind kind, Message english, std::string key = {}) {
    CorpusEntry entry;
    entry.kind = kind;
    if (kind == EntryKind::row) entry.label_id = segment_id();
    entry.segment_id = segment_id();
    entry.key = key.empty() ? document.name + "." + entry.segment_id.substr(6) : key;
    entry.english = std::move(english);
    document.entries.push_back(std::move(entry));
  };
  auto sentence = [&](Random& r) {
    return plurals && r.percent(8) ? english_plural(r) : english_sentence(r, markup);
  };

  add(EntryKind::title, plain(title_case(area + "-" + topic) + " " + std::to_string(index + 1)),
      document.name + ".title");
  if (entry_count < 4) {
    for (size_t i = 1; i < entry_count; ++i) add(EntryKind::paragraph, sentence(random));
    return document;
  }
  const size_t paragraphs = std::max<size_t>(1, (entry_count - 3) / 10);
  for (size_t i = 0; i < paragraphs; ++i) add(EntryKind::paragraph, sentence(random));
  const auto& [code, meaning] = random.pick(kHeaders);
  add(EntryKind::header, plain(code));
  add(EntryKind::header, plain(meaning));
  for (size_t i = 1 + paragraphs + 2; i < entry_count; ++i) {
    Random row(document.name + "/row/" + std::to_string(i));
    const std::string identifier = identifiers.make(row);
    add(EntryKind::row, sentence(row), identifier);
  }
  return document;
}

std::optional<Message> translate(const CorpusEntry& entry, std::string_view icu_locale) {
  Random random(std::string(icu_locale) + "/" + entry.key);
  if (random.percent(5)) return std::nullopt;
  const Vocabulary& vocabulary = vocabulary_for(icu_locale);
  if (entry.kind == EntryKind::title || entry.kind == EntryKind::header) {
    const size_t length = character_count(entry.english.text) * vocabulary.length_percent / 100;
    return plain(pseudo_phrase(vocabulary, length, random));
  }
  return pseudo_translation(entry.english, vocabulary, icu_locale, random);
}

}  // namespace l10nc::gen
