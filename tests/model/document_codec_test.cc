#include "model/document_codec.h"

#include <gtest/gtest.h>

namespace l10nc {
namespace {

// Every field set, to something different from its default.
CachedDocument full_document() {
  CachedDocument cached;
  cached.input = {"fr/page.xlf", "/work/fr/page.xlf",   1234,
                  -5678,         0x0123456789abcdefULL, "syntax=icu"};
  Document& document = cached.document;
  document.path = "fr/page.xlf";
  document.name = "page";
  document.locale = "fr";
  document.title_key = "page.title";
  document.segment_count = 3;
  document.english_from_translation_file = true;
  Unit unit;
  unit.key = "page.title";
  unit.domain = "messages";
  unit.source_is_key = true;
  unit.source = {"Hello {user}", {1, 2, 3}};
  unit.target = Message{"Bonjour {user} ''x", {4, 5, 6}, MessageSyntax::icu, true};
  unit.state = TranslationState::needs_review;
  unit.label = Message{"Étiquette", {7, 8, 9}};
  unit.previous_source = "Hi {user}";
  unit.notes = {"first note", "", "third"};
  unit.codes = {{"user", InlineCode::Role::standalone, "1", "{user}", "USER", "<ph/>"},
                {"b_start", InlineCode::Role::start, "2", "", "", "<b>"},
                {"b_end", InlineCode::Role::end, "2", "", "", "</b>"}};
  unit.sub_state = "l10nc:custom";
  unit.xliff_state = "needs-review-l10n";
  unit.obsolete = true;
  unit.translatable = false;
  unit.element_offset = 1234567;
  document.units.push_back(unit);
  Unit empty;
  empty.key = "page.2";
  document.units.push_back(empty);
  Diagnostic warning;
  warning.severity = Severity::warning;
  warning.location = {"fr/page.xlf", 10, 11};
  warning.message = "state 'x' is not an XLIFF 2 state";
  warning.check_id = "some-check";
  warning.notes.push_back({{"fr/page.xlf", 1, 2}, "here"});
  cached.diagnostics.push_back(warning);
  cached.diagnostics.push_back(Diagnostic{});
  return cached;
}

void expect_same(const Message& left, const Message& right) {
  EXPECT_EQ(left.pattern, right.pattern);
  EXPECT_EQ(left.origin.file, right.origin.file);
  EXPECT_EQ(left.origin.line, right.origin.line);
  EXPECT_EQ(left.origin.column, right.origin.column);
  EXPECT_EQ(left.syntax, right.syntax);
  EXPECT_EQ(left.broken, right.broken);
}

TEST(DocumentCodec, EveryFieldSurvivesTheRoundTrip) {
  const CachedDocument original = full_document();
  const std::optional<CachedDocument> decoded =
      decode_cached_document(encode_cached_document(original));
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->input, original.input);
  const Document& a = original.document;
  const Document& b = decoded->document;
  EXPECT_EQ(b.path, a.path);
  EXPECT_EQ(b.name, a.name);
  EXPECT_EQ(b.locale, a.locale);
  EXPECT_EQ(b.title_key, a.title_key);
  EXPECT_EQ(b.segment_count, a.segment_count);
  EXPECT_EQ(b.english_from_translation_file, a.english_from_translation_file);
  ASSERT_EQ(b.units.size(), a.units.size());
  for (size_t i = 0; i < a.units.size(); ++i) {
    const Unit& x = a.units[i];
    const Unit& y = b.units[i];
    EXPECT_EQ(y.key, x.key);
    EXPECT_EQ(y.domain, x.domain);
    EXPECT_EQ(y.source_is_key, x.source_is_key);
    EXPECT_EQ(y.xliff_state, x.xliff_state);
    EXPECT_EQ(y.translatable, x.translatable);
    EXPECT_EQ(y.element_offset, x.element_offset);
    expect_same(y.source, x.source);
    ASSERT_EQ(y.target.has_value(), x.target.has_value());
    if (x.target) expect_same(*y.target, *x.target);
    EXPECT_EQ(y.state, x.state);
    ASSERT_EQ(y.label.has_value(), x.label.has_value());
    if (x.label) expect_same(*y.label, *x.label);
    EXPECT_EQ(y.previous_source, x.previous_source);
    EXPECT_EQ(y.notes, x.notes);
    EXPECT_EQ(y.codes, x.codes);
    EXPECT_EQ(y.sub_state, x.sub_state);
    EXPECT_EQ(y.obsolete, x.obsolete);
  }
  ASSERT_EQ(decoded->diagnostics.size(), 2u);
  const Diagnostic& warning = decoded->diagnostics[0];
  EXPECT_EQ(warning.severity, Severity::warning);
  EXPECT_EQ(warning.location.to_string(), "fr/page.xlf:10:11");
  EXPECT_EQ(warning.message, original.diagnostics[0].message);
  EXPECT_EQ(warning.check_id, "some-check");
  ASSERT_EQ(warning.notes.size(), 1u);
  EXPECT_EQ(warning.notes[0].location.to_string(), "fr/page.xlf:1:2");
  EXPECT_EQ(warning.notes[0].message, "here");
}

TEST(DocumentCodec, AnyTruncationOrFlippedByteIsRejected) {
  const std::string bytes = encode_cached_document(full_document());
  for (size_t size = 0; size < bytes.size(); ++size)
    EXPECT_FALSE(decode_cached_document(bytes.substr(0, size))) << "cut at " << size;
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string corrupt = bytes;
    corrupt[i] = static_cast<char>(corrupt[i] ^ 0x01);
    EXPECT_FALSE(decode_cached_document(corrupt)) << "byte " << i;
  }
  EXPECT_FALSE(decode_cached_document(bytes + "x"));
}

TEST(DocumentCodec, AnotherVersionIsRejected) {
  std::string bytes = encode_cached_document(full_document());
  bytes[9] = static_cast<char>(kDocumentCodecVersion + 1);  // after the 9-byte magic
  // Re-sign it, so that only the version is wrong.
  bytes.resize(bytes.size() - 8);
  const uint64_t checksum = content_hash(bytes);
  for (int shift = 0; shift < 64; shift += 8) bytes += static_cast<char>(checksum >> shift);
  EXPECT_FALSE(decode_cached_document(bytes));
}

}  // namespace
}  // namespace l10nc
