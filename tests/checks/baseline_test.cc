#include "checks/baseline.h"

#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

Finding finding(const std::string& check, const std::string& key, const std::string& text,
                uint32_t line) {
  Finding result;
  result.diagnostic.check_id = check;
  result.diagnostic.location = {"es.md", line, 3};
  result.key = key;
  result.locale = "es";
  result.text_hash = hash_text(text);
  return result;
}

TEST(Baseline, RecognizesFindingsByCheckKeyLocaleAndTextNotByLine) {
  const std::string json = Baseline::to_json(
      {finding("punctuation", "A", "común\".", 10), finding("do-not-translate", "B", "s _ E", 11)});
  std::string error;
  const std::optional<Baseline> baseline = Baseline::parse(json, &error);
  ASSERT_TRUE(baseline) << error;
  EXPECT_EQ(baseline->size(), 2u);
  EXPECT_TRUE(baseline->contains(finding("punctuation", "A", "común\".", 99)));
  EXPECT_FALSE(baseline->contains(finding("punctuation", "A", "común.", 10)));  // text changed
  EXPECT_FALSE(baseline->contains(finding("whitespace", "A", "común\".", 10)));
  EXPECT_FALSE(baseline->contains(finding("punctuation", "B", "común\".", 10)));
}

TEST(Baseline, WritesSortedDeduplicatedReadableJson) {
  EXPECT_EQ(
      Baseline::to_json({finding("punctuation", "B", "x", 2), finding("punctuation", "B", "x", 3),
                         finding("do-not-translate", "A", "x", 1)}),
      "{\n"
      "  \"l10nc-baseline\": 1,\n"
      "  \"findings\": [\n"
      "    {\n"
      "      \"check\": \"do-not-translate\",\n"
      "      \"key\": \"A\",\n"
      "      \"locale\": \"es\",\n"
      "      \"text\": \"" +
          hash_text("x") +
          "\"\n"
          "    },\n"
          "    {\n"
          "      \"check\": \"punctuation\",\n"
          "      \"key\": \"B\",\n"
          "      \"locale\": \"es\",\n"
          "      \"text\": \"" +
          hash_text("x") +
          "\"\n"
          "    }\n"
          "  ]\n"
          "}\n");
  EXPECT_EQ(hash_text(""), "cbf29ce484222325");  // FNV-1a's offset basis: stable everywhere
}

TEST(Baseline, RejectsWhatIsNotABaseline) {
  std::string error;
  EXPECT_FALSE(Baseline::parse("{", &error));
  EXPECT_EQ(error, "not valid JSON");
  EXPECT_FALSE(Baseline::parse("{\"findings\": []}", &error));
  EXPECT_EQ(error, "not an l10nc baseline (expected {\"l10nc-baseline\": 1, \"findings\": [...]})");
  EXPECT_FALSE(Baseline::parse("{\"l10nc-baseline\": 1, \"findings\": [{\"check\": 1}]}", &error));
  EXPECT_EQ(error, "finding 0 lacks one of the strings \"check\", \"key\", \"locale\", \"text\"");
}

}  // namespace
}  // namespace l10nc
