#include "model/document_codec.h"

#include <xxhash.h>

#include <cstring>

namespace l10nc {

namespace {

constexpr std::string_view kMagic("l10nc-doc", 9);

// A new field in these structures must be encoded below (and the version bumped): these
// sizes trip when one is added. (libstdc++ on 64-bit targets; other libraries skip them.)
#if defined(__GLIBCXX__) && UINTPTR_MAX == UINT64_MAX
static_assert(sizeof(Unit) == 400, "Unit changed: encode the new field and bump the version");
static_assert(sizeof(Document) == 168, "Document changed: encode it and bump the version");
static_assert(sizeof(InlineCode) == 176, "InlineCode changed: encode it and bump the version");
static_assert(sizeof(Diagnostic) == 136, "Diagnostic changed: encode it and bump the version");
#endif

class Encoder {
 public:
  void u8(uint8_t value) { out_ += static_cast<char>(value); }
  void u32(uint32_t value) {
    for (int shift = 0; shift < 32; shift += 8) u8(static_cast<uint8_t>(value >> shift));
  }
  void u64(uint64_t value) {
    for (int shift = 0; shift < 64; shift += 8) u8(static_cast<uint8_t>(value >> shift));
  }
  void text(std::string_view value) {
    u32(static_cast<uint32_t>(value.size()));
    out_.append(value);
  }
  void texts(const std::vector<std::string>& values) {
    u32(static_cast<uint32_t>(values.size()));
    for (const std::string& value : values) text(value);
  }
  void origin(const Origin& value) {
    u32(value.file);
    u32(value.line);
    u32(value.column);
  }
  void message(const Message& value) {
    text(value.pattern);
    origin(value.origin);
    u8(static_cast<uint8_t>(value.syntax));
    u8(value.broken);
  }
  void optional_message(const std::optional<Message>& value) {
    u8(value.has_value());
    if (value) message(*value);
  }
  void location(const Location& value) {
    text(value.file);
    u32(value.line);
    u32(value.column);
  }
  void unit(const Unit& value) {
    text(value.key);
    text(value.domain);
    u8(value.source_is_key);
    message(value.source);
    optional_message(value.target);
    u8(static_cast<uint8_t>(value.state));
    optional_message(value.label);
    text(value.previous_source);
    texts(value.notes);
    u32(static_cast<uint32_t>(value.codes.size()));
    for (const InlineCode& code : value.codes) {
      text(code.argument);
      u8(static_cast<uint8_t>(code.role));
      text(code.id);
      text(code.equiv);
      text(code.disp);
      text(code.data);
      u8(code.deletable);
    }
    text(value.sub_state);
    text(value.xliff_state);
    u8(value.obsolete);
    u8(value.translatable);
    u64(value.element_offset);
  }
  void diagnostic(const Diagnostic& value) {
    u8(static_cast<uint8_t>(value.severity));
    location(value.location);
    text(value.message);
    text(value.check_id);
    u32(static_cast<uint32_t>(value.notes.size()));
    for (const DiagnosticNote& note : value.notes) {
      location(note.location);
      text(note.message);
    }
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

// Reads what Encoder wrote; any read past the end (or a value out of range) makes ok() false
// and every later read return zeros, so a truncated entry is simply rejected.
class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return in_.empty(); }

  uint8_t u8() {
    if (!need(1)) return 0;
    const auto value = static_cast<uint8_t>(in_[0]);
    in_.remove_prefix(1);
    return value;
  }
  uint32_t u32() {
    uint32_t value = 0;
    for (int shift = 0; shift < 32 && ok_; shift += 8) value |= uint32_t{u8()} << shift;
    return value;
  }
  uint64_t u64() {
    uint64_t value = 0;
    for (int shift = 0; shift < 64 && ok_; shift += 8) value |= uint64_t{u8()} << shift;
    return value;
  }
  bool flag() {
    const uint8_t value = u8();
    if (value > 1) ok_ = false;
    return value == 1;
  }
  template <typename Enum>
  Enum enumerator(Enum last) {
    const uint8_t value = u8();
    if (value > static_cast<uint8_t>(last)) ok_ = false;
    return static_cast<Enum>(value);
  }
  std::string text() {
    const uint32_t size = u32();
    if (!need(size)) return {};
    std::string value(in_.substr(0, size));
    in_.remove_prefix(size);
    return value;
  }
  // A count of items, each at least `min_item_bytes` long: a corrupt count cannot make the
  // decoder allocate more than the entry holds.
  uint32_t count(size_t min_item_bytes) {
    const uint32_t value = u32();
    if (ok_ && value > in_.size() / min_item_bytes) ok_ = false;
    return ok_ ? value : 0;
  }
  std::vector<std::string> texts() {
    std::vector<std::string> values(count(4));
    for (std::string& value : values) value = text();
    return values;
  }
  Origin origin() {
    Origin value;
    value.file = u32();
    value.line = u32();
    value.column = u32();
    return value;
  }
  Message message() {
    Message value;
    value.pattern = text();
    value.origin = origin();
    value.syntax = enumerator(MessageSyntax::icu);
    value.broken = flag();
    return value;
  }
  std::optional<Message> optional_message() {
    if (!flag()) return std::nullopt;
    return message();
  }
  Location location() {
    Location value;
    value.file = text();
    value.line = u32();
    value.column = u32();
    return value;
  }
  Unit unit() {
    Unit value;
    value.key = text();
    value.domain = text();
    value.source_is_key = flag();
    value.source = message();
    value.target = optional_message();
    value.state = enumerator(TranslationState::final);
    value.label = optional_message();
    value.previous_source = text();
    value.notes = texts();
    value.codes.resize(count(21));
    for (InlineCode& code : value.codes) {
      code.argument = text();
      code.role = enumerator(InlineCode::Role::end);
      code.id = text();
      code.equiv = text();
      code.disp = text();
      code.data = text();
      code.deletable = flag();
    }
    value.sub_state = text();
    value.xliff_state = text();
    value.obsolete = flag();
    value.translatable = flag();
    value.element_offset = u64();
    return value;
  }
  Diagnostic diagnostic() {
    Diagnostic value;
    value.severity = enumerator(Severity::error);
    value.location = location();
    value.message = text();
    value.check_id = text();
    value.notes.resize(count(16));
    for (DiagnosticNote& note : value.notes) {
      note.location = location();
      note.message = text();
    }
    return value;
  }

 private:
  bool need(size_t bytes) {
    if (ok_ && in_.size() >= bytes) return true;
    ok_ = false;
    in_ = {};
    return false;
  }

  std::string_view in_;
  bool ok_ = true;
};

}  // namespace

uint64_t content_hash(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

std::string encode_cached_document(const CachedDocument& result) {
  Encoder encoder;
  encoder.out().append(kMagic);
  encoder.u32(kDocumentCodecVersion);
  encoder.text(result.input.path);
  encoder.text(result.input.absolute_path);
  encoder.u64(result.input.size);
  encoder.u64(static_cast<uint64_t>(result.input.modified_ns));
  encoder.u64(result.input.content_hash);
  encoder.text(result.input.read_options);

  const Document& document = result.document;
  encoder.text(document.path);
  encoder.text(document.name);
  encoder.text(document.locale);
  encoder.text(document.title_key);
  encoder.u64(document.segment_count);
  encoder.u8(document.english_from_translation_file);
  encoder.u32(static_cast<uint32_t>(document.units.size()));
  for (const Unit& unit : document.units) encoder.unit(unit);

  encoder.u32(static_cast<uint32_t>(result.diagnostics.size()));
  for (const Diagnostic& diagnostic : result.diagnostics) encoder.diagnostic(diagnostic);
  encoder.u64(content_hash(encoder.out()));
  return std::move(encoder.out());
}

std::optional<CachedDocument> decode_cached_document(std::string_view bytes) {
  if (bytes.size() < kMagic.size() + 4 + 8 || !bytes.starts_with(kMagic)) return std::nullopt;
  const std::string_view body = bytes.substr(0, bytes.size() - 8);
  Decoder checksum(bytes.substr(body.size()));
  if (checksum.u64() != content_hash(body)) return std::nullopt;

  Decoder decoder(body.substr(kMagic.size()));
  if (decoder.u32() != kDocumentCodecVersion) return std::nullopt;
  CachedDocument result;
  result.input.path = decoder.text();
  result.input.absolute_path = decoder.text();
  result.input.size = decoder.u64();
  result.input.modified_ns = static_cast<int64_t>(decoder.u64());
  result.input.content_hash = decoder.u64();
  result.input.read_options = decoder.text();

  Document& document = result.document;
  document.path = decoder.text();
  document.name = decoder.text();
  document.locale = decoder.text();
  document.title_key = decoder.text();
  document.segment_count = decoder.u64();
  document.english_from_translation_file = decoder.flag();
  document.units.resize(decoder.count(40));
  for (Unit& unit : document.units) unit = decoder.unit();

  result.diagnostics.resize(decoder.count(25));
  for (Diagnostic& diagnostic : result.diagnostics) diagnostic = decoder.diagnostic();
  if (!decoder.ok() || !decoder.at_end()) return std::nullopt;
  return result;
}

}  // namespace l10nc
