#pragma once

#include <unicode/ures.h>

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "key_index.h"
#include "message_program.h"

namespace l10n::detail {

// One message of one bundle. Its UTF-8 text is made on first use, and a message with syntax
// (arguments, quotes) compiled on first use, each once, by whichever thread gets there first
// (the others wait for nothing: they make it too and keep the winner's). Opening a catalog
// thus converts nothing: an error dialog shows one message of thousands.
struct Message {
  const UChar* pattern = nullptr;  // the pattern in ICU's mapping of the bundle
  int32_t pattern_length = 0;
  bool literal = false;  // no '{', '}' or apostrophe: formatting gives `text` back

  // How this translation compares with the English message of its key, decided once.
  enum class Verdict : uint8_t { unknown, usable, invalid, arguments_differ };
  mutable std::atomic<Verdict> verdict{Verdict::unknown};

  Message() = default;
  Message(const Message&) = delete;
  Message& operator=(const Message&) = delete;
  ~Message();

  // The pattern as UTF-8; for a literal message, the text itself. Lives as long as the message.
  const std::string& text() const;
  const MessageProgram& program() const;
  // Parameters of the message (none for a literal one).
  const std::vector<Parameter>& parameters() const;

 private:
  mutable std::atomic<const std::string*> text_{nullptr};
  mutable std::atomic<const MessageProgram*> program_{nullptr};
};

struct BundleCloser {
  void operator()(UResourceBundle* bundle) const { ures_close(bundle); }
};
using BundlePtr = std::unique_ptr<UResourceBundle, BundleCloser>;

// A bundle's strings. Until the catalog indexes its keys, messages are read one key at a time
// (find_direct, under the catalog's mutex): opening a catalog to show one error reads one
// message, not the whole table. Once indexed, the whole table is read (read_root_bundle,
// read_bundle) and immutable afterwards (but for the messages' lazy programs).
struct Bundle {
  std::string name;  // "es", "root"
  BundlePtr icu;     // kept open: Message::pattern points into it
  std::deque<Message> messages;
  std::vector<const Message*> by_id;                    // KeyIndex id -> message, or null
  std::unordered_map<std::string, std::string> titles;  // root only: key -> title key

  const Message* find(uint32_t id) const { return id < by_id.size() ? by_id[id] : nullptr; }

  // The message the whole read would give `key` (a domain's as layout::domain_key), or null;
  // made once per key. Not thread-safe: the catalog calls it under its mutex.
  const Message* find_direct(std::string_view key) const;
  // The title key of `key`, read from the root's titles table. As find_direct.
  std::optional<std::string> title_direct(std::string_view key) const;
  // The message find_direct made for `key`, if any: the whole read keeps it rather than make
  // a second one (no copy, and a text handed out before is the same text after).
  const Message* made_directly(std::string_view key) const;

 private:
  // Messages read by key, null for a key without one. Their texts are handed out and live as
  // long as the catalog, so they are kept after the whole read too.
  mutable std::unordered_map<std::string, std::unique_ptr<Message>, KeyIndex::Hash, std::equal_to<>>
      direct_;
};

// Reads every string of the root bundle and numbers its keys into `index`.
void read_root_bundle(Bundle& bundle, KeyIndex& index);
// Reads every string of another bundle; keys the root does not have are ignored (a message
// needs its English).
void read_bundle(Bundle& bundle, const KeyIndex& index);

}  // namespace l10n::detail
