#include "bundle.h"

#include <unicode/unistr.h>

#include <algorithm>

#include "l10n/bundle_layout.h"
#include "utf8.h"

namespace l10n::detail {

Message::~Message() {
  delete text_.load(std::memory_order_acquire);
  delete program_.load(std::memory_order_acquire);
}

const std::string& Message::text() const {
  if (const std::string* text = text_.load(std::memory_order_acquire)) return *text;
  auto fresh = std::make_unique<const std::string>(
      to_utf8(icu::UnicodeString(false, pattern, pattern_length)));
  const std::string* expected = nullptr;
  if (text_.compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel,
                                    std::memory_order_acquire))
    return *fresh.release();
  return *expected;
}

const MessageProgram& Message::program() const {
  if (const MessageProgram* program = program_.load(std::memory_order_acquire)) return *program;
  std::unique_ptr<const MessageProgram> fresh =
      MessageProgram::compile(icu::UnicodeString(pattern, pattern_length));
  const MessageProgram* expected = nullptr;
  if (program_.compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel,
                                       std::memory_order_acquire))
    return *fresh.release();
  return *expected;
}

const std::vector<Parameter>& Message::parameters() const {
  static const std::vector<Parameter> kNone;
  return literal ? kNone : program().parameters();
}

namespace {

bool has_syntax(const UChar* text, int32_t length) {
  return std::any_of(text, text + length,
                     [](UChar c) { return c == u'{' || c == u'}' || c == u'\''; });
}

void set_pattern(Message& message, const UChar* text, int32_t length) {
  message.pattern = text;
  message.pattern_length = length;
  message.literal = !has_syntax(text, length);
}

void read_titles(UResourceBundle* table, Bundle& bundle) {
  ures_resetIterator(table);
  while (ures_hasNext(table)) {
    UErrorCode status = U_ZERO_ERROR;
    BundlePtr title(ures_getNextResource(table, nullptr, &status));
    if (U_FAILURE(status)) break;
    int32_t length = 0;
    const UChar* text = ures_getString(title.get(), &length, &status);
    const char* key = ures_getKey(title.get());
    if (U_FAILURE(status) || key == nullptr) continue;
    bundle.titles.emplace(key, to_utf8(icu::UnicodeString(false, text, length)));
  }
}

}  // namespace

namespace {

// Reads the strings of one table (the bundle's own, or a domain's) into `bundle`; a domain's
// keys are numbered as domain_key(domain, key).
void read_table(UResourceBundle* table, std::string_view domain, Bundle& bundle,
                const KeyIndex& known, KeyIndex* index) {
  const bool is_root = index != nullptr;
  ures_resetIterator(table);
  BundlePtr item(nullptr);
  std::string qualified;
  while (ures_hasNext(table)) {
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle* next = ures_getNextResource(table, item.get(), &status);  // reuses item
    if (next != item.get()) item.reset(next);
    if (U_FAILURE(status) || next == nullptr) break;
    const char* key = ures_getKey(item.get());
    if (key == nullptr) continue;
    std::string_view key_view(key);
    if (domain.empty() && ures_getType(item.get()) == URES_TABLE) {
      if (is_root && key_view == layout::kTitlesTable) {
        read_titles(item.get(), bundle);
      } else if (key_view == layout::kDomainsTable) {
        UResourceBundle* domains = item.get();
        ures_resetIterator(domains);
        while (ures_hasNext(domains)) {
          UErrorCode domain_status = U_ZERO_ERROR;
          BundlePtr domain_table(ures_getNextResource(domains, nullptr, &domain_status));
          const char* name = domain_table ? ures_getKey(domain_table.get()) : nullptr;
          if (U_FAILURE(domain_status) || name == nullptr) break;
          if (ures_getType(domain_table.get()) == URES_TABLE && name[0] != '\0')
            read_table(domain_table.get(), name, bundle, known, index);
        }
      }
      continue;
    }
    if (ures_getType(item.get()) != URES_STRING ||
        (domain.empty() && key_view.starts_with(layout::kReservedPrefix)))
      continue;
    int32_t length = 0;
    UErrorCode string_status = U_ZERO_ERROR;
    const UChar* text = ures_getString(item.get(), &length, &string_status);
    if (U_FAILURE(string_status) || length == 0) continue;  // an empty message is no message
    if (!domain.empty()) {
      qualified = layout::domain_key(domain, key_view);
      key_view = qualified;
    }
    uint32_t id = 0;
    if (is_root) {
      if (!index->add(key_view, id)) continue;
    } else if (auto found = known.find(key_view)) {
      id = *found;
    } else {
      continue;
    }
    const Message* message = bundle.made_directly(key_view);
    if (message == nullptr) {
      Message& made = bundle.messages.emplace_back();
      set_pattern(made, text, length);
      message = &made;
    }
    if (is_root) bundle.by_id.push_back(nullptr);
    bundle.by_id[id] = message;
  }
}

}  // namespace

void read_root_bundle(Bundle& bundle, KeyIndex& index) {
  read_table(bundle.icu.get(), {}, bundle, index, &index);
  index.seal();
}

void read_bundle(Bundle& bundle, const KeyIndex& index) {
  bundle.by_id.assign(index.size(), nullptr);
  read_table(bundle.icu.get(), {}, bundle, index, nullptr);
}

// The same rules as read_table, for one key: a non-empty string of the bundle's own table (not
// a reserved key), or of a domain's table.
const Message* Bundle::find_direct(std::string_view key) const {
  if (auto known = direct_.find(key); known != direct_.end()) return known->second.get();
  const auto entry = direct_.try_emplace(std::string(key)).first;
  UErrorCode status = U_ZERO_ERROR;
  const UChar* text = nullptr;
  int32_t length = 0;
  const size_t separator = key.find(layout::kDomainSeparator);
  if (separator == std::string_view::npos) {
    if (!key.starts_with(layout::kReservedPrefix))
      text = ures_getStringByKey(icu.get(), entry->first.c_str(), &length, &status);
  } else if (separator > 0) {
    const std::string domain(key.substr(0, separator));
    const std::string domain_item(key.substr(separator + 1));
    // ICU does nothing once status is a failure, and finds nothing by key in what is not a
    // table: each step may follow the last unchecked.
    BundlePtr domains(ures_getByKey(icu.get(), layout::kDomainsTable, nullptr, &status));
    BundlePtr table(ures_getByKey(domains.get(), domain.c_str(), nullptr, &status));
    text = ures_getStringByKey(table.get(), domain_item.c_str(), &length, &status);
  }
  if (U_SUCCESS(status) && text != nullptr && length > 0) {
    entry->second = std::make_unique<Message>();
    set_pattern(*entry->second, text, length);
  }
  return entry->second.get();
}

const Message* Bundle::made_directly(std::string_view key) const {
  if (direct_.empty()) return nullptr;
  auto found = direct_.find(key);
  return found == direct_.end() ? nullptr : found->second.get();
}

std::optional<std::string> Bundle::title_direct(std::string_view key) const {
  UErrorCode status = U_ZERO_ERROR;
  BundlePtr table(ures_getByKey(icu.get(), layout::kTitlesTable, nullptr, &status));
  if (U_FAILURE(status) || ures_getType(table.get()) != URES_TABLE) return std::nullopt;
  int32_t length = 0;
  const UChar* text = ures_getStringByKey(table.get(), std::string(key).c_str(), &length, &status);
  if (U_FAILURE(status) || text == nullptr) return std::nullopt;
  return to_utf8(icu::UnicodeString(false, text, length));
}

}  // namespace l10n::detail
