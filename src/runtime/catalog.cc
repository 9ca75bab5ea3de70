#include "l10n/catalog.h"

#include <unicode/uloc.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <set>

#include "bundle.h"
#include "catalog_impl.h"
#include "icu_message_format.h"
#include "l10n/bundle_layout.h"
#include "l10n/locale_chain.h"
#include "locale_request.h"
#include "package.h"

namespace l10n {

using namespace detail;

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
    case Status::missing_argument:
      return "missing-argument";
    case Status::wrong_argument_type:
      return "wrong-argument-type";
    case Status::arguments_differ:
      return "arguments-differ";
    case Status::corrupt_bundle:
      return "corrupt-bundle";
    case Status::invalid_locale:
      return "invalid-locale";
  }
  return "unknown";
}

const char* status_description(Status status) {
  switch (status) {
    case Status::ok:
      return "the text of the requested locale or one of its parents";
    case Status::fallback:
      return "no translation for the requested locale: the English text";
    case Status::invalid_translation:
      return "the translation does not parse: the English text";
    case Status::key_not_found:
      return "the key is in no bundle: the key itself";
    case Status::format_error:
      return "the English message could not be formatted: the key itself";
    case Status::catalog_error:
      return "the catalog could not be opened: the key itself";
    case Status::missing_argument:
      return "an argument of the message was not passed: shown as {name}";
    case Status::wrong_argument_type:
      return "an argument has a type the message cannot format: shown as {name}";
    case Status::arguments_differ:
      return "the translation's arguments differ from the English: the English text";
    case Status::corrupt_bundle:
      return "a bundle of the locale is corrupt: the next bundle's text, usually English";
    case Status::invalid_locale:
      return "the locale is not a well-formed locale id: the English text";
  }
  return "unknown status";
}

namespace {

std::atomic<uint64_t> next_catalog_serial{1};

// Caps on what a stream of never-seen locale strings can make a catalog keep.
constexpr size_t kMaxSpellings = 64;      // request strings answered without a lock
constexpr size_t kMaxViews = 256;         // canonical locales with their own formatters
constexpr size_t kMaxResolvedViews = 16;  // locales with every plain message resolved (24
                                          // bytes per key each)
constexpr size_t kMaxChains = 1024;       // fallback chains by base name (keywords dropped)
// Calls answered by reading keys from the tables before a catalog is indexed; more when the
// root has more keys, so that the calls made before indexing cost about what indexing costs.
constexpr size_t kMinDirectCalls = 1024;

bool compatible(const std::vector<Parameter>& translation, const std::vector<Parameter>& english) {
  if (translation.size() != english.size()) return false;
  for (size_t i = 0; i < english.size(); ++i) {
    if (translation[i].name != english[i].name) return false;
    const ArgumentKind a = translation[i].kind;
    const ArgumentKind b = english[i].kind;
    if (a != b && a != ArgumentKind::any && b != ArgumentKind::any) return false;
  }
  return true;
}

// The order of Status's precedence among the provenance statuses.
int provenance_rank(Status status) {
  switch (status) {
    case Status::invalid_translation:
      return 0;
    case Status::arguments_differ:
      return 1;
    case Status::corrupt_bundle:
      return 2;
    case Status::invalid_locale:
      return 3;
    case Status::fallback:
      return 4;
    default:
      return 5;
  }
}

Status worse(Status a, Status b) { return provenance_rank(a) <= provenance_rank(b) ? a : b; }

}  // namespace

Catalog::Impl::Impl(const std::string& path)
    : serial(next_catalog_serial.fetch_add(1)), package(path) {
  if (!package.error().empty()) {
    error = package.error();
    return;
  }
  Package::Opened opened = package.open(layout::kRootBundle);
  if (opened.state == Package::State::corrupt) {
    error = opened.error;
    return;
  }
  if (opened.state == Package::State::absent) {
    error = "no ICU package with a root bundle in " + package.location();
    return;
  }
  root = std::make_unique<Bundle>();
  root->name = layout::kRootBundle;
  root->icu = std::move(opened.bundle);
  direct_limit = std::max<size_t>(kMinDirectCalls, ures_getSize(root->icu.get()));
  bundles.emplace(layout::kRootBundle, BundleEntry{root.get(), ""});
}

Catalog::Impl::~Impl() = default;

// Under `mutex`.
const Catalog::Impl::BundleEntry& Catalog::Impl::bundle(const std::string& name) const {
  auto found = bundles.find(name);
  if (found != bundles.end()) return found->second;
  Package::Opened opened = package.open(name);
  BundleEntry entry;
  if (opened.state == Package::State::loaded) {
    auto loaded = std::make_unique<Bundle>();
    loaded->name = name;
    loaded->icu = std::move(opened.bundle);
    if (indexed.load(std::memory_order_relaxed)) read_bundle(*loaded, keys);
    loaded_bundles.push_back(std::move(loaded));
    entry.bundle = loaded_bundles.back().get();
  } else if (opened.state == Package::State::corrupt) {
    entry.corrupt = opened.error;
  }
  return bundles.emplace(name, std::move(entry)).first->second;
}

// Under `mutex`. Finding a chain reads ICU's locale data: kept by base name, so that requests
// past the cap on views ("es_MX@x=1", "es_MX@x=2"...) reuse it.
std::vector<std::string> Catalog::Impl::chain(const std::string& locale) const {
  char base[ULOC_FULLNAME_CAPACITY];
  UErrorCode status = U_ZERO_ERROR;
  uloc_getBaseName(locale.c_str(), base, sizeof base, &status);
  const std::string key = U_SUCCESS(status) ? std::string(base) : locale;
  if (auto found = chains.find(key); found != chains.end()) return found->second;
  std::vector<std::string> names = l10n::bundle_chain(key);
  if (chains.size() < kMaxChains) chains.emplace(key, names);
  return names;
}

// Under `mutex`.
const LazyFormatContext* Catalog::Impl::context(const std::string& locale) const {
  auto found = contexts.find(locale);
  if (found != contexts.end()) return found->second.get();
  return contexts.emplace(locale, std::make_unique<LazyFormatContext>(locale)).first->second.get();
}

// Under `mutex`.
void Catalog::Impl::index() const {
  if (indexed.load(std::memory_order_relaxed)) return;
  read_root_bundle(*root, keys);
  for (const std::unique_ptr<Bundle>& bundle : loaded_bundles) read_bundle(*bundle, keys);
  for (const auto& [name, view] : views)
    if (view->resolve_when_indexed) resolve_messages(*view);
  indexed.store(true, std::memory_order_release);
}

std::optional<std::string> Catalog::Impl::title_key(std::string_view key) const {
  if (root == nullptr) return std::nullopt;
  if (!indexed.load(std::memory_order_acquire)) {
    std::lock_guard lock(mutex);
    if (!indexed.load(std::memory_order_relaxed)) return root->title_direct(key);
  }
  auto found = root->titles.find(std::string(key));
  if (found == root->titles.end()) return std::nullopt;
  return found->second;
}

// The environment's locale is read when the catalog opens, its view made on first use: a
// program that names its locales never pays for it.
const LocaleView* Catalog::Impl::default_locale_view() const {
  if (const LocaleView* view = default_view.load(std::memory_order_acquire)) return view;
  const LocaleView* made = permanent_view(environment_request);
  const LocaleView* expected = nullptr;
  // set_default_locale() may have stored one meanwhile: that one wins.
  if (!default_view.compare_exchange_strong(expected, made, std::memory_order_acq_rel))
    return expected;
  return made;
}

void Catalog::Impl::ensure_indexed() const {
  if (indexed.load(std::memory_order_acquire)) return;
  std::lock_guard lock(mutex);
  index();
}

Catalog::Impl::Key Catalog::Impl::find_key(std::string_view name,
                                           std::unique_lock<std::mutex>& lock) const {
  Key key;
  key.name = name;
  if (!indexed.load(std::memory_order_acquire)) {
    lock = std::unique_lock(mutex);
    if (!indexed.load(std::memory_order_relaxed) && ++direct_calls <= direct_limit) {
      key.english = root->find_direct(name);
      return key;
    }
    index();
    lock.unlock();
  }
  key.id = keys.find(name);
  if (key.id) key.english = root->find(*key.id);
  return key;
}

// Under `mutex`. With `shared_formatters`, a bundle's text is formatted with the formatters of
// the bundle's own locale rather than the request's, so that a flood of distinct locales
// cannot make the catalog keep formatters for each.
std::unique_ptr<LocaleView> Catalog::Impl::make_view(const std::vector<std::string>& locales,
                                                     bool shared_formatters) const {
  auto view = std::make_unique<LocaleView>();
  std::string english_locale = "en";
  for (const std::string& locale : locales) {
    view->name += (view->name.empty() ? "" : ":") + locale;
    if (language_of(locale) == "en" && !view->english_requested) {
      view->english_requested = true;
      english_locale = locale;
    }
  }
  view->invalid = locales.empty();
  if (root == nullptr) return view;  // a catalog that failed to open answers with keys
  std::vector<std::string> seen;
  bool after_corrupt = false;
  for (const std::string& locale : locales) {
    for (const std::string& name : chain(locale)) {
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
      seen.push_back(name);
      const BundleEntry& entry = bundle(name);
      if (!entry.corrupt.empty()) after_corrupt = true;
      if (entry.bundle == nullptr) continue;
      const std::string& formatting = shared_formatters ? name : locale;
      view->chain.push_back({entry.bundle, context(formatting), after_corrupt});
    }
  }
  view->chain.push_back(
      {root.get(), context(shared_formatters ? std::string("en") : english_locale), after_corrupt});
  return view;
}

void Catalog::Impl::resolve_messages(LocaleView& view) const {
  if (root == nullptr || view.chain.size() > UINT8_MAX) return;
  view.resolved.assign(keys.size());
  for (uint32_t id = 0; id < keys.size(); ++id) {
    const Message* english = root->find(id);
    for (const ChainLink& link : view.chain) {
      const Message* message = link.bundle->find(id);
      if (message == nullptr) continue;
      const bool plain = message->literal && (english == nullptr || english->literal);
      if (plain) {
        const Answer found = answer(view, id);  // judges nothing: both are plain text
        ResolvedMessage& resolved = view.resolved[id];
        resolved.message = found.message;
        resolved.status = static_cast<uint8_t>(found.provenance);
        resolved.link = static_cast<uint8_t>(found.link - view.chain.data());
        resolved.ready = true;
      }
      break;
    }
  }
}

const LocaleView* Catalog::Impl::view(std::string_view requested,
                                      std::unique_ptr<LocaleView>& transient) const {
  if (const ViewMap* map = spellings.load(std::memory_order_acquire)) {
    auto found = map->find(requested);
    if (found != map->end()) return found->second;
  }
  std::lock_guard lock(mutex);
  const ViewMap* map = spellings.load(std::memory_order_relaxed);
  if (map != nullptr) {
    auto found = map->find(requested);
    if (found != map->end()) return found->second;
  }
  const std::vector<std::string> locales = parse_locale_request(requested);
  std::string name;
  for (const std::string& locale : locales) name += (name.empty() ? "" : ":") + locale;
  const LocaleView* result = nullptr;
  if (auto found = views.find(name); found != views.end()) {
    result = found->second.get();
  } else if (views.size() < kMaxViews) {
    std::unique_ptr<LocaleView> made = make_view(locales, false);
    if (views.size() < kMaxResolvedViews) {
      if (indexed.load(std::memory_order_relaxed))
        resolve_messages(*made);
      else
        made->resolve_when_indexed = true;
    }
    result = views.emplace(name, std::move(made)).first->second.get();
  } else {
    transient = make_view(locales, true);
    return transient.get();
  }
  if (map == nullptr || map->size() < kMaxSpellings) {
    // Readers never lock: publish a new map; the old one stays alive (bounded, see above).
    auto next = map == nullptr ? std::make_unique<ViewMap>() : std::make_unique<ViewMap>(*map);
    next->emplace(std::string(requested), result);
    spelling_maps.push_back(std::move(next));
    spellings.store(spelling_maps.back().get(), std::memory_order_release);
  }
  return result;
}

const LocaleView* Catalog::Impl::permanent_view(std::string_view requested) const {
  std::unique_ptr<LocaleView> transient;
  const LocaleView* found = view(requested, transient);
  if (!transient) return found;
  std::lock_guard lock(mutex);
  kept_views.push_back(std::move(transient));
  return kept_views.back().get();
}

// The message that answers a key in `view`: the first usable one of the chain, `find` giving
// a bundle's message of that key.
template <class Find>
Catalog::Impl::Answer Catalog::Impl::answer_from(const LocaleView& view, const Message* english,
                                                 Find find) const {
  Answer answer;
  answer.provenance = view.invalid ? Status::invalid_locale : Status::ok;
  for (const ChainLink& link : view.chain) {
    const Message* message = find(*link.bundle);
    if (message == nullptr) continue;
    const bool is_root = link.bundle == root.get();
    if (!is_root) {
      const Message::Verdict verdict = judge(*message, english);
      if (verdict != Message::Verdict::usable) {
        answer.provenance = worse(answer.provenance, verdict == Message::Verdict::invalid
                                                         ? Status::invalid_translation
                                                         : Status::arguments_differ);
        continue;
      }
    }
    answer.message = message;
    answer.link = &link;
    if (link.after_corrupt) answer.provenance = worse(answer.provenance, Status::corrupt_bundle);
    if (is_root && !view.english_requested)
      answer.provenance = worse(answer.provenance, Status::fallback);
    return answer;
  }
  return answer;
}

Catalog::Impl::Answer Catalog::Impl::answer(const LocaleView& view, uint32_t id) const {
  return answer_from(view, root->find(id), [id](const Bundle& bundle) { return bundle.find(id); });
}

Catalog::Impl::Answer Catalog::Impl::answer(const LocaleView& view, const Key& key) const {
  if (key.id) return answer(view, *key.id);
  return answer_from(view, key.english,
                     [&key](const Bundle& bundle) { return bundle.find_direct(key.name); });
}

Message::Verdict Catalog::Impl::judge(const Message& translation, const Message* english) {
  Message::Verdict verdict = translation.verdict.load(std::memory_order_acquire);
  if (verdict != Message::Verdict::unknown) return verdict;
  if (!translation.literal && !translation.program().valid()) {
    verdict = Message::Verdict::invalid;
  } else if (english == nullptr || (translation.literal && english->literal)) {
    verdict = Message::Verdict::usable;
  } else if (!english->literal && !english->program().valid()) {
    verdict = Message::Verdict::usable;  // the English is broken: the translation is all there is
  } else {
    verdict = compatible(translation.parameters(), english->parameters())
                  ? Message::Verdict::usable
                  : Message::Verdict::arguments_differ;
  }
  translation.verdict.store(verdict, std::memory_order_release);
  return verdict;
}

namespace {

// Checks the caller's arguments against what the message expects.
void check_arguments(const std::vector<Parameter>& parameters,
                     std::span<const ArgumentRef> arguments, Problems& problems,
                     bool& date_for_any) {
  for (const Parameter& parameter : parameters) {
    const ArgumentRef* match = nullptr;
    for (const ArgumentRef& argument : arguments)
      if (argument.name == parameter.name) {
        match = &argument;
        break;
      }
    if (match == nullptr)
      problems.missing_argument = true;
    else if (!accepts(parameter.kind, match->type))
      problems.wrong_argument_type = true;
    else if (parameter.kind == ArgumentKind::any && match->type == ArgumentRef::Type::date)
      date_for_any = true;
  }
}

}  // namespace

// Formats one message; false when formatting failed (the caller falls back).
bool Catalog::Impl::render(const Message& message, const LazyFormatContext& lazy_context,
                           std::span<const ArgumentRef> arguments, Problems& problems,
                           std::string& out) const {
  if (message.literal) {
    out = message.text();
    return true;
  }
  const FormatContext& context = lazy_context.get();
  const MessageProgram& program = message.program();
  if (!program.valid()) return false;
  bool date_for_any = false;
  check_arguments(program.parameters(), arguments, problems, date_for_any);
  out.clear();
  if (program.needs_icu() || !context.fast || date_for_any)
    return format_with_icu(serial, program, context, arguments, out);
  return program.render(arguments, context, out);
}

FormatResult Catalog::Impl::format(const LocaleView& locale_view, std::string_view key,
                                   std::string_view shown,
                                   std::span<const ArgumentRef> arguments) const {
  FormatResult result;
  if (root == nullptr) {
    result.text = std::string(shown);
    result.status = Status::catalog_error;
    return result;
  }
  std::unique_lock<std::mutex> lock;  // held when the catalog is not indexed yet
  const Key found_key = find_key(key, lock);
  if (found_key.english == nullptr) {
    result.text = std::string(shown);
    result.status = Status::key_not_found;
    return result;
  }
  if (found_key.id && !locale_view.resolved.empty()) {
    const ResolvedMessage& resolved = locale_view.resolved[*found_key.id];
    if (resolved.ready) {
      result.text.assign(resolved.text());
      result.status = static_cast<Status>(resolved.status);
      result.locale = locale_view.chain[resolved.link].bundle->name;
      return result;
    }
  }
  Answer found = answer(locale_view, found_key);
  Problems problems;
  problems.provenance = found.provenance;
  if (found.message != nullptr &&
      render(*found.message, *found.link->context, arguments, problems, result.text)) {
    result.status = problems.status();
    result.locale = found.link->bundle->name;
    return result;
  }
  // A translation that fails to format falls back to the English of that key.
  const ChainLink& english = locale_view.chain.back();
  const Message* message = found_key.english;
  problems = Problems{};
  problems.provenance = found.link != nullptr && found.link != &english
                            ? Status::invalid_translation
                            : found.provenance;
  if (found.link != &english && message != nullptr &&
      render(*message, *english.context, arguments, problems, result.text)) {
    result.status = problems.status();
    result.locale = root->name;
    return result;
  }
  result.text = std::string(shown);
  result.status = Status::format_error;
  result.locale.clear();
  return result;
}

LookupResult Catalog::Impl::lookup(const LocaleView& locale_view, std::string_view key,
                                   std::string_view shown) const {
  if (root == nullptr) return {shown, Status::catalog_error, {}};
  std::unique_lock<std::mutex> lock;  // held when the catalog is not indexed yet
  const Key found_key = find_key(key, lock);
  if (found_key.english == nullptr) return {shown, Status::key_not_found, {}};
  if (found_key.id && !locale_view.resolved.empty()) {
    const ResolvedMessage& resolved = locale_view.resolved[*found_key.id];
    if (resolved.ready)
      return {resolved.text(), static_cast<Status>(resolved.status),
              locale_view.chain[resolved.link].bundle->name};
  }
  const Answer found = answer(locale_view, found_key);
  if (found.message == nullptr) return {shown, Status::format_error, {}};
  if (found.message->literal)
    return {found.message->text(), found.provenance, found.link->bundle->name};
  const MessageProgram& program = found.message->program();
  if (!program.valid()) return {shown, Status::format_error, {}};
  return {program.text_without_arguments(),
          program.parameters().empty() ? found.provenance : Status::missing_argument,
          found.link->bundle->name};
}

Catalog::Catalog(std::string path) : impl_(std::make_unique<Impl>(path)) {
  impl_->environment_request = environment_locale();
}

Catalog::~Catalog() = default;

bool Catalog::ok() const { return impl_->root != nullptr; }
const std::string& Catalog::error() const { return impl_->error; }

namespace {

// Arguments as the formatter reads them, without copying their strings.
class ArgumentRefs {
 public:
  explicit ArgumentRefs(std::span<const Argument> arguments) {
    ArgumentRef* refs = arguments.size() <= inline_.size() ? inline_.data() : nullptr;
    if (refs == nullptr) {
      heap_.resize(arguments.size());
      refs = heap_.data();
    }
    for (size_t i = 0; i < arguments.size(); ++i) {
      ArgumentRef& ref = refs[i];
      ref.name = arguments[i].name;
      std::visit(
          [&](const auto& value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::string>) {
              ref.type = ArgumentRef::Type::string;
              ref.string = value;
            } else if constexpr (std::is_same_v<T, int64_t>) {
              ref.type = ArgumentRef::Type::integer;
              ref.integer = value;
            } else if constexpr (std::is_same_v<T, double>) {
              ref.type = ArgumentRef::Type::number;
              ref.number = value;
            } else {
              ref.type = ArgumentRef::Type::date;
              ref.number = value.milliseconds;
            }
          },
          arguments[i].value);
    }
    span_ = std::span<const ArgumentRef>(refs, arguments.size());
  }
  std::span<const ArgumentRef> span() const { return span_; }

 private:
  std::array<ArgumentRef, 8> inline_;
  std::vector<ArgumentRef> heap_;
  std::span<const ArgumentRef> span_;
};

}  // namespace

FormatResult Catalog::format(std::string_view locale, std::string_view key,
                             std::span<const Argument> arguments) const {
  if (!ok()) return {std::string(key), Status::catalog_error, {}};
  const ArgumentRefs refs(arguments);
  std::unique_ptr<LocaleView> transient;
  return impl_->format(*impl_->view(locale, transient), key, key, refs.span());
}

FormatResult Catalog::format(std::string_view locale, MessageId id,
                             std::span<const Argument> arguments) const {
  if (id.domain.empty()) return format(locale, id.key, arguments);
  if (!ok()) return {std::string(id.key), Status::catalog_error, {}};
  const std::string key = layout::domain_key(id.domain, layout::encode_domain_key(id.key));
  const ArgumentRefs refs(arguments);
  std::unique_ptr<LocaleView> transient;
  return impl_->format(*impl_->view(locale, transient), key, id.key, refs.span());
}

FormatResult Catalog::format_default(std::string_view key,
                                     std::span<const Argument> arguments) const {
  const ArgumentRefs refs(arguments);
  return impl_->format(*impl_->default_locale_view(), key, key, refs.span());
}

LookupResult Catalog::lookup(std::string_view locale, std::string_view key) const {
  if (!ok()) return {key, Status::catalog_error, {}};
  std::unique_ptr<LocaleView> transient;
  return impl_->lookup(*impl_->view(locale, transient), key, key);
}

LookupResult Catalog::lookup(std::string_view locale, MessageId id) const {
  if (id.domain.empty()) return lookup(locale, id.key);
  if (!ok()) return {id.key, Status::catalog_error, {}};
  const std::string key = layout::domain_key(id.domain, layout::encode_domain_key(id.key));
  std::unique_ptr<LocaleView> transient;
  return impl_->lookup(*impl_->view(locale, transient), key, id.key);
}

LookupResult Catalog::pattern(std::string_view locale, MessageId id) const {
  if (!ok()) return {id.key, Status::catalog_error, {}};
  const std::string key = id.domain.empty()
                              ? std::string(id.key)
                              : layout::domain_key(id.domain, layout::encode_domain_key(id.key));
  std::unique_ptr<LocaleView> transient;
  const LocaleView& view = *impl_->view(locale, transient);  // before the lock: view() takes it
  std::unique_lock<std::mutex> lock;
  const Impl::Key found = impl_->find_key(key, lock);
  if (found.english == nullptr) return {id.key, Status::key_not_found, {}};
  const Impl::Answer answer = impl_->answer(view, found);
  if (answer.message == nullptr) return {id.key, Status::format_error, {}};
  return {answer.message->text(), answer.provenance, answer.link->bundle->name};
}

std::string Catalog::default_locale() const { return impl_->default_locale_view()->name; }

void Catalog::set_default_locale(std::string_view locale) {
  impl_->default_view.store(
      impl_->permanent_view(locale.empty() ? environment_locale() : std::string(locale)),
      std::memory_order_release);
}

std::vector<std::string> Catalog::keys(std::string_view domain) const {
  std::vector<std::string> keys;
  if (!ok()) return keys;
  impl_->ensure_indexed();
  for (const std::string& key : impl_->keys.keys()) {
    const size_t separator = key.find(layout::kDomainSeparator);
    if (domain.empty() && separator == std::string::npos) {
      keys.push_back(key);
    } else if (!domain.empty() && separator == domain.size() && key.starts_with(domain)) {
      keys.push_back(layout::decode_domain_key(std::string_view(key).substr(separator + 1)));
    }
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::vector<std::string> Catalog::domains() const {
  std::set<std::string> domains;
  if (!ok()) return {};
  impl_->ensure_indexed();
  for (const std::string& key : impl_->keys.keys())
    if (const size_t separator = key.find(layout::kDomainSeparator); separator != std::string::npos)
      domains.insert(key.substr(0, separator));
  return {domains.begin(), domains.end()};
}

std::optional<std::string> Catalog::title_key(std::string_view key) const {
  return impl_->title_key(key);
}

}  // namespace l10n
