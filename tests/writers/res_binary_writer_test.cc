#include "writers/res_binary_writer.h"

#include <gtest/gtest.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <functional>
#include <memory>
#include <numeric>
#include <random>
#include <set>

#include "base/file_io.h"
#include "base/process.h"
#include "base/unicode_text.h"
#include "test_support.h"
#include "writers/icu_bundle_writer.h"

namespace l10nc {
namespace {

// A ResourceBundle that owns the text its items point to.
class TestBundle {
 public:
  explicit TestBundle(std::string name, bool no_fallback = false) {
    bundle.name = std::move(name);
    bundle.no_fallback = no_fallback;
  }
  std::string_view keep(std::string text) { return storage_.emplace_back(std::move(text)); }
  ResourceItem string(std::string key, std::string text) {
    ResourceItem item;
    item.key = keep(std::move(key));
    item.text = keep(std::move(text));
    return item;
  }
  ResourceItem table(std::string key, std::vector<ResourceItem> items) {
    ResourceItem item;
    item.key = keep(std::move(key));
    item.is_table = true;
    item.table = std::move(items);
    return item;
  }

  ResourceBundle bundle;

 private:
  std::deque<std::string> storage_;
};

std::string utf8(std::initializer_list<UChar32> code_points) {
  icu::UnicodeString text;
  for (UChar32 c : code_points) text.append(c);
  return to_utf8(text);
}

std::string ours(const ResourceBundle& bundle) {
  std::string error;
  std::optional<std::string> binary = res_binary(bundle, &error);
  EXPECT_TRUE(binary.has_value()) << error;
  return binary.value_or("");
}

// What genrb makes of our genrb source for the bundle.
std::string genrbs(const ResourceBundle& bundle, const testing::TempDir& directory) {
  const std::filesystem::path source = directory / (bundle.name + ".txt");
  EXPECT_TRUE(write_file(source, resource_source_text(bundle)));
  const ProcessResult genrb =
      run_process({L10NC_GENRB, "-q", "-d", directory.path().string(), source.string()});
  EXPECT_EQ(genrb.exit_code, 0) << genrb.output;
  return read_file(directory / (bundle.name + ".res")).value_or("");
}

// Byte for byte, reporting the first difference rather than megabytes of binary.
void expect_same_bytes(const std::string& actual, const std::string& expected) {
  ASSERT_FALSE(expected.empty());
  size_t first = 0;
  while (first < actual.size() && first < expected.size() && actual[first] == expected[first])
    ++first;
  EXPECT_TRUE(first == actual.size() && first == expected.size())
      << "sizes " << actual.size() << " (ours) and " << expected.size()
      << " (genrb), first difference at byte " << first;
}

struct ResourceBundleCloser {
  void operator()(UResourceBundle* bundle) const { ures_close(bundle); }
};
using ResourcePointer = std::unique_ptr<UResourceBundle, ResourceBundleCloser>;

// Reads every item back with ICU's own reader and compares it with what was written.
void expect_icu_reads_back(const std::filesystem::path& directory, const ResourceBundle& bundle) {
  UErrorCode status = U_ZERO_ERROR;
  ResourcePointer root(ures_openDirect(directory.c_str(), bundle.name.c_str(), &status));
  ASSERT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  std::function<void(UResourceBundle*, const std::vector<ResourceItem>&)> check =
      [&](UResourceBundle* table, const std::vector<ResourceItem>& items) {
        EXPECT_EQ(ures_getSize(table), static_cast<int32_t>(items.size()));
        for (const ResourceItem& item : items) {
          const std::string key(item.key);
          UErrorCode item_status = U_ZERO_ERROR;
          ResourcePointer value(ures_getByKey(table, key.c_str(), nullptr, &item_status));
          ASSERT_TRUE(U_SUCCESS(item_status)) << key << ": " << u_errorName(item_status);
          if (item.is_table) {
            ASSERT_EQ(ures_getType(value.get()), URES_TABLE) << key;
            check(value.get(), item.table);
            continue;
          }
          int32_t length = 0;
          const UChar* text = ures_getString(value.get(), &length, &item_status);
          ASSERT_TRUE(U_SUCCESS(item_status)) << key;
          EXPECT_EQ(to_utf8(icu::UnicodeString(text, length)), item.text) << key;
          EXPECT_EQ(text[length], 0) << key;  // NUL-terminated, as ICU promises
        }
      };
  check(root.get(), bundle.items);
}

// The strongest check we have: genrb's bytes, then ICU's reader and derb on ours.
void expect_like_genrb(const ResourceBundle& bundle) {
  testing::TempDir genrb_directory;
  const std::string expected = genrbs(bundle, genrb_directory);
  const std::string actual = ours(bundle);
  expect_same_bytes(actual, expected);
  testing::TempDir directory;
  ASSERT_TRUE(write_file(directory / (bundle.name + ".res"), actual));
  expect_icu_reads_back(directory.path(), bundle);
  int exit_code = -1;
  const std::string dump = testing::derb_dump(directory.path(), bundle.name, &exit_code);
  EXPECT_EQ(exit_code, 0) << dump;
}

TEST(ResBinary, EmptyBundleIsGenrbsToTheByte) {
  TestBundle test("es_ES");
  const std::string binary = ours(test.bundle);
  // Header, root = empty URES_TABLE, indexes[7], no keys, the 16-bit zero plus padding.
  EXPECT_EQ(binary.size(), 68u);
  EXPECT_EQ(binary.substr(0, 4), std::string("\x20\x00\xda\x27", 4));
  EXPECT_EQ(binary.substr(12, 4), "ResB");
  expect_like_genrb(test.bundle);
}

TEST(ResBinary, EmptyNestedTableStaysATable) {
  TestBundle test("root");
  test.bundle.items.push_back(test.table("InstalledLocales", {}));
  expect_like_genrb(test.bundle);
}

TEST(ResBinary, NoFallbackIsTheFirstAttributeBit) {
  TestBundle test("res_index", true);
  test.bundle.items.push_back(
      test.table("InstalledLocales", {test.string("es", ""), test.string("es_ES", "")}));
  const std::string binary = ours(test.bundle);
  ASSERT_GE(binary.size(), 32u + 4 + 24);
  EXPECT_EQ(binary[32 + 4 + 5 * 4], 1);  // indexes[URES_INDEX_ATTRIBUTES]
  expect_like_genrb(test.bundle);
}

TEST(ResBinary, KeysInAnyOrderAndNestedTables) {
  TestBundle test("root");
  std::vector<ResourceItem> titles;
  for (int i = 0; i < 300; ++i) {
    const std::string key = "KEY_" + std::to_string((i * 7919) % 300);
    test.bundle.items.push_back(test.string(key, "Message number " + std::to_string(i) + "."));
    titles.push_back(test.string(key, "page.title"));
  }
  test.bundle.items.push_back(test.table("l10nc:titles", std::move(titles)));
  test.bundle.items.push_back(test.string("page.title", "Page"));
  expect_like_genrb(test.bundle);
}

TEST(ResBinary, SharesKeySuffixesAndStringSuffixesLikeGenrb) {
  TestBundle test("root");
  const std::string long_tail(60, 'z');  // suffixes of this need their own length prefix
  for (const char* key : {"a", "ba", "cba", "xba", "b", "ab", "es", "Locales", "InstalledLocales"})
    test.bundle.items.push_back(test.string(key, std::string("text of ") + key));
  int n = 0;
  for (const char* text : {"abc", "bc", "c", "abc", "xbc", "bc"})
    test.bundle.items.push_back(test.string("s" + std::to_string(n++), text));
  test.bundle.items.push_back(test.string("long1", "head " + long_tail));
  test.bundle.items.push_back(test.string("long2", long_tail));
  test.bundle.items.push_back(test.string("long3", long_tail.substr(30)));
  test.bundle.items.push_back(test.table(
      "nested", {test.string("a", "bc"), test.string("es", "c"), test.string("cba", "abc")}));
  expect_like_genrb(test.bundle);
}

// The sorts compare packed characters from the end, a few at a time: strings and keys that
// end alike for longer than one packed step (and for exactly as long) must still come out in
// genrb's order.
TEST(ResBinary, StringsAndKeysEndingAlikeForLongAreOrderedLikeGenrb) {
  TestBundle test("root");
  std::mt19937 random(7);
  const std::string tail = "See the event log for details. Try again later, or call support.";
  std::vector<ResourceItem> nested;
  for (int i = 0; i < 400; ++i) {
    const size_t shared = random() % (tail.size() + 1);
    std::string head;
    for (int k = 0, length = static_cast<int>(random() % 4); k < length; ++k)
      head += static_cast<char>('a' + random() % 3);
    const std::string text = head + tail.substr(tail.size() - shared);
    const std::string key = std::string(1, static_cast<char>('a' + i % 26)) + std::to_string(i) +
                            "_is_a_long_key_that_ends_like_the_others";
    test.bundle.items.push_back(test.string(key, text.empty() ? "x" : text));
    if (i % 3 == 0) nested.push_back(test.string(key, text + "."));
  }
  test.bundle.items.push_back(test.table("nested", std::move(nested)));
  expect_like_genrb(test.bundle);
}

TEST(ResBinary, AnyUnicodeWithoutNul) {
  TestBundle test("ja");
  test.bundle.items.push_back(test.string("cjk", "進行中のシャットダウンがあります。"));
  test.bundle.items.push_back(test.string("arabic", "تم رفض الوصول إلى الملف {name}."));
  test.bundle.items.push_back(test.string("astral_first", utf8({0x1D11E, 'x'})));
  test.bundle.items.push_back(test.string("astral", utf8({'a', 0x1F600, 0x10FFFD, 0x20000})));
  test.bundle.items.push_back(test.string("controls", "tab\there\nnew line\r\x7f"));
  test.bundle.items.push_back(
      test.string("separators", utf8({0x85, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0xE000})));
  test.bundle.items.push_back(test.string("quotes", "\"quoted\" \\ back'slash' {x} '{'"));
  test.bundle.items.push_back(test.string("combining", utf8({'e', 0x301, 0x5D0, 0x5B8})));
  std::mt19937 random(72);
  for (int i = 0; i < 200; ++i) {
    icu::UnicodeString text;
    const int length = static_cast<int>(random() % 90);
    for (int j = 0; j < length; ++j) {
      UChar32 c = static_cast<UChar32>(1 + random() % 0x10FFFF);
      // Surrogates are not characters; genrb's reader takes U+FFFF for its end of file.
      if (U_IS_SURROGATE(c) || c == 0xFFFF) c = 0x263A;
      text.append(c);
    }
    test.bundle.items.push_back(test.string("random" + std::to_string(i), to_utf8(text)));
  }
  expect_like_genrb(test.bundle);
}

TEST(ResBinary, LengthPrefixesAtEveryBoundary) {
  TestBundle test("root");
  for (size_t length : {1, 39, 40, 41, 0x3ed, 0x3ee, 0x3ef, 0x1000, 0xfffff, 0x100000})
    test.bundle.items.push_back(
        test.string("length_" + std::to_string(length), std::string(length, 'a' + length % 26)));
  expect_like_genrb(test.bundle);
}

TEST(ResBinary, StringsBeyond16BitOffsetsMakeA32BitValueTable) {
  TestBundle test("root");
  for (int i = 0; i < 1500; ++i)  // about 100 000 UTF-16 units
    test.bundle.items.push_back(test.string(
        "K" + std::to_string(i), std::to_string(i) + " " + std::string(60, 'a' + i % 26)));
  expect_like_genrb(test.bundle);
  const std::string binary = ours(test.bundle);
  uint32_t root = 0;
  std::memcpy(&root, binary.data() + 32, 4);
  EXPECT_EQ(root >> 28, static_cast<uint32_t>(URES_TABLE));
}

TEST(ResBinary, HundredThousandKeysUse32BitTables) {
  TestBundle test("root");
  std::vector<ResourceItem> titles;
  for (int i = 100'050; i-- > 0;) {  // descending, genrb's fast order
    const std::string key = "SEC_E_KEY_" + std::to_string(i);
    test.bundle.items.push_back(test.string(key, "Message " + std::to_string(i % 5000) + "."));
    if (i % 3 == 0) titles.push_back(test.string(key, "page" + std::to_string(i % 7) + ".title"));
  }
  test.bundle.items.push_back(test.table("l10nc:titles", std::move(titles)));
  expect_like_genrb(test.bundle);
  const std::string binary = ours(test.bundle);
  uint32_t root = 0;
  std::memcpy(&root, binary.data() + 32, 4);
  EXPECT_EQ(root >> 28, 4u);  // URES_TABLE32
}

TEST(ResBinary, ManyKeysInRandomOrderReadBack) {
  // genrb would take many minutes on this order (its table insertion is quadratic).
  TestBundle test("root");
  std::mt19937 random(150);
  std::vector<int> numbers(150'000);
  std::iota(numbers.begin(), numbers.end(), 0);
  std::shuffle(numbers.begin(), numbers.end(), random);
  for (int n : numbers)
    test.bundle.items.push_back(
        test.string("KEY_" + std::to_string(n), "Text " + std::to_string(n % 1000) + "."));
  testing::TempDir directory;
  ASSERT_TRUE(write_file(directory / "root.res", ours(test.bundle)));
  expect_icu_reads_back(directory.path(), test.bundle);
}

TEST(ResBinary, RandomTreesFromASmallAlphabet) {
  // Few letters: many equal keys across tables, keys ending keys, strings ending strings.
  std::mt19937 random(2024);
  auto word = [&](int max_length) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % max_length);
    static const char* const kLetters[] = {"a", "b", "c", "é", " "};
    for (int i = 0; i < length; ++i) text += kLetters[random() % 5];
    return text;
  };
  for (int round = 0; round < 12; ++round) {
    TestBundle test("r" + std::to_string(round));
    std::function<std::vector<ResourceItem>(int)> items = [&](int depth) {
      std::vector<ResourceItem> result;
      std::set<std::string> keys;
      const int count = static_cast<int>(random() % 40);
      for (int i = 0; i < count; ++i) {
        std::string key = word(6);
        std::replace(key.begin(), key.end(), ' ', '_');
        if (key.find("\xC3") != std::string::npos || !keys.insert(key).second) continue;
        if (depth < 2 && random() % 8 == 0)
          result.push_back(test.table(key, items(depth + 1)));
        else
          result.push_back(test.string(key, random() % 10 == 0 ? "" : word(50)));
      }
      return result;
    };
    test.bundle.items = items(0);
    SCOPED_TRACE("round " + std::to_string(round));
    expect_like_genrb(test.bundle);
  }
}

TEST(ResBinary, RejectsKeysIcuCannotStore) {
  std::string error;
  TestBundle accented("root");
  accented.bundle.items.push_back(accented.string("café", "x"));
  EXPECT_FALSE(res_binary(accented.bundle, &error));
  EXPECT_EQ(error,
            "key 'café' in bundle 'root' cannot be stored: ICU keys use only ICU's invariant "
            "characters (ASCII letters, digits, space and \"%&'()*+,-./:;<=>?_)");

  TestBundle duplicate("es");
  duplicate.bundle.items.push_back(
      duplicate.table("t", {duplicate.string("K", "1"), duplicate.string("K", "2")}));
  EXPECT_FALSE(res_binary(duplicate.bundle, &error));
  EXPECT_EQ(error, "duplicate key 'K' in table 't' of bundle 'es'");
}

// Large enough that the image is written in several blocks and its header is filled in after
// the first block left for the file.
TEST(ResBinary, WrittenToAFileTheImageIsGenrbs) {
  TestBundle test("ar");
  for (int i = 0; i < 20000; ++i)
    test.bundle.items.push_back(test.string(
        "KEY_" + std::to_string(i),
        "رسالة رقم " + std::to_string(i) + ": " + std::string(static_cast<size_t>(i % 50), 'x')));
  const testing::TempDir directory;
  const std::filesystem::path path = directory / "ar.res";
  std::string error;
  ASSERT_TRUE(write_res_binary(test.bundle, path, &error)) << error;
  const std::string written = read_file(path).value_or("");
  EXPECT_GT(written.size(), size_t{1} << 20);  // more than one block
  expect_same_bytes(written, ours(test.bundle));
  expect_same_bytes(written, genrbs(test.bundle, directory));

  EXPECT_FALSE(write_res_binary(test.bundle, directory / "missing" / "ar.res", &error));
  EXPECT_EQ(error, (directory / "missing" / "ar.res").string() + ": No such file or directory");
}

}  // namespace
}  // namespace l10nc
