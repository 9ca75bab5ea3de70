#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bundle.h"
#include "format_context.h"
#include "l10n/catalog.h"
#include "message_program.h"
#include "package.h"

namespace l10n {

namespace detail {

struct ChainLink {
  const Bundle* bundle = nullptr;
  const LazyFormatContext* context = nullptr;  // formats this bundle's text
  bool after_corrupt = false;                  // a corrupt bundle came before this one
};

// The answer for one key in one locale, resolved when the locale is first used: a plain lookup
// is then a probe of the key index and one read of this entry. Only messages whose answer
// needs no judging (plain text in the translation and in English) are resolved; the others
// take the chain walk (`ready` false).
struct ResolvedMessage {
  // The message's text, published here once made so that a warm lookup reads this entry and
  // the characters, not the Message and its string too (two more cache misses per call on a
  // large catalog: 244 -> 440 ns when the text became lazy).
  std::string_view text() const {
    if (const char* data = text_data_.load(std::memory_order_acquire))
      return {data, text_length_.load(std::memory_order_relaxed)};
    const std::string& made = message->text();
    text_length_.store(static_cast<uint32_t>(made.size()), std::memory_order_relaxed);
    text_data_.store(made.data(), std::memory_order_release);  // after the length: see above
    return made;
  }

  const Message* message = nullptr;  // its UTF-8 text is made on first use, not here

 private:
  // Every thread stores the same values (Message::text() is made once), the length first.
  mutable std::atomic<const char*> text_data_{nullptr};
  mutable std::atomic<uint32_t> text_length_{0};

 public:
  uint8_t status = 0;  // a Status
  uint8_t link = 0;    // index in the chain
  bool ready = false;
};
static_assert(sizeof(ResolvedMessage) <= 24);

// By key id; a fixed array because its entries hold atomics (never moved once made).
struct ResolvedMessages {
  std::unique_ptr<ResolvedMessage[]> entries;
  size_t size = 0;

  bool empty() const { return size == 0; }
  void assign(size_t count) {
    entries = std::make_unique<ResolvedMessage[]>(count);
    size = count;
  }
  ResolvedMessage& operator[](size_t id) { return entries[id]; }
  const ResolvedMessage& operator[](size_t id) const { return entries[id]; }
};

// A requested locale resolved once: the bundles to look in, nearest first, root last. Never
// moves once made, and never changes but for `resolved`, filled when the catalog is indexed
// (before that is published); lives as long as the catalog.
struct LocaleView {
  std::string name;  // canonical: "es_MX", "fr_CA:es"; "" for an ill-formed request
  std::vector<ChainLink> chain;
  bool english_requested = false;     // root's text is what was asked for, not a fallback
  bool invalid = false;               // the request named no well-formed locale
  ResolvedMessages resolved;          // empty past the cap on resolved locales
  bool resolve_when_indexed = false;  // made before the catalog was indexed, within the cap
};

// Problems of one call, folded into one status by the documented precedence.
struct Problems {
  Status provenance = Status::ok;  // ok, fallback, invalid_translation, ...
  bool missing_argument = false;
  bool wrong_argument_type = false;

  Status status() const {
    if (wrong_argument_type) return Status::wrong_argument_type;
    if (missing_argument) return Status::missing_argument;
    return provenance;
  }
};

}  // namespace detail

// A new catalog reads nothing whole: a call looks its key up in each bundle's ICU table (under
// `mutex`), so that opening a catalog to show one error costs about what gettext's does. After
// as many calls as the root has keys (at least kMinDirectCalls), the catalog is indexed: every
// opened bundle is read whole, keys are numbered, locales resolved, and `indexed` is published.
// From then on the hot path (lookup, format) reads only immutable data and atomics: the key
// index and the bundles' message arrays never change, resolved locales are found in a map that
// is replaced (not changed) under `mutex` and published atomically, and compiled messages are
// published with compare-and-swap. `mutex` then guards only the slow path: loading a bundle,
// resolving a locale never seen before.
struct Catalog::Impl {
  struct BundleEntry {
    const detail::Bundle* bundle = nullptr;
    std::string corrupt;  // why the bundle is unusable
  };
  struct Answer {
    const detail::Message* message = nullptr;
    const detail::ChainLink* link = nullptr;
    Status provenance = Status::ok;
  };
  using ViewMap = std::unordered_map<std::string, const detail::LocaleView*, detail::KeyIndex::Hash,
                                     std::equal_to<>>;

  explicit Impl(const std::string& path);
  ~Impl();

  const detail::LocaleView* view(std::string_view requested,
                                 std::unique_ptr<detail::LocaleView>& transient) const;
  const detail::LocaleView* permanent_view(std::string_view requested) const;
  // A key as a call finds it: by its id once the catalog is indexed (`lock` left alone), else
  // read from the tables with `lock` held on return. Null `english`: the key is in no bundle.
  struct Key {
    std::string_view name;
    std::optional<uint32_t> id;
    const detail::Message* english = nullptr;
  };
  Key find_key(std::string_view key, std::unique_lock<std::mutex>& lock) const;
  Answer answer(const detail::LocaleView& view, const Key& key) const;
  // Builds the index now (keys(), domains() need every key).
  void ensure_indexed() const;
  std::optional<std::string> title_key(std::string_view key) const;
  const detail::LocaleView* default_locale_view() const;
  // `key` is looked up; `shown` (the key as the caller wrote it) is the text when nothing
  // better can be shown.
  FormatResult format(const detail::LocaleView& view, std::string_view key, std::string_view shown,
                      std::span<const detail::ArgumentRef> arguments) const;
  LookupResult lookup(const detail::LocaleView& view, std::string_view key,
                      std::string_view shown) const;

  const uint64_t serial;  // tells catalogs apart in per-thread caches, never reused
  detail::Package package;
  std::string error;
  mutable detail::KeyIndex keys;         // filled when indexed
  std::unique_ptr<detail::Bundle> root;  // opened, read whole when indexed
  mutable std::atomic<bool> indexed{false};
  std::string environment_request;  // environment_locale() when the catalog opened
  mutable std::atomic<const detail::LocaleView*> default_view{nullptr};  // made on first use

 private:
  const BundleEntry& bundle(const std::string& name) const;
  std::vector<std::string> chain(const std::string& locale) const;
  const detail::LazyFormatContext* context(const std::string& locale) const;
  void index() const;
  template <class Find>
  Answer answer_from(const detail::LocaleView& view, const detail::Message* english,
                     Find find) const;
  Answer answer(const detail::LocaleView& view, uint32_t id) const;
  std::unique_ptr<detail::LocaleView> make_view(const std::vector<std::string>& locales,
                                                bool shared_formatters) const;
  void resolve_messages(detail::LocaleView& view) const;
  static detail::Message::Verdict judge(const detail::Message& translation,
                                        const detail::Message* english);
  bool render(const detail::Message& message, const detail::LazyFormatContext& context,
              std::span<const detail::ArgumentRef> arguments, detail::Problems& problems,
              std::string& out) const;

  mutable std::mutex mutex;
  mutable std::map<std::string, BundleEntry> bundles;
  mutable std::vector<std::unique_ptr<detail::Bundle>> loaded_bundles;
  mutable std::map<std::string, std::unique_ptr<const detail::LazyFormatContext>> contexts;
  mutable size_t direct_calls = 0;  // calls answered before indexing
  size_t direct_limit = 0;
  mutable std::map<std::string, std::unique_ptr<detail::LocaleView>> views;
  mutable std::map<std::string, std::vector<std::string>> chains;  // by base name
  mutable std::vector<std::unique_ptr<detail::LocaleView>> kept_views;
  mutable std::atomic<const ViewMap*> spellings{nullptr};
  mutable std::vector<std::unique_ptr<const ViewMap>> spelling_maps;  // the current and replaced
};

}  // namespace l10n
