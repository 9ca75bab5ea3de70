#include "model/xliff_conventions.h"

#include <gtest/gtest.h>

namespace l10nc {
namespace {

using Role = InlineCode::Role;

TEST(XliffConventions, ArgumentNamesOfInlineCodes) {
  // Angular XLIFF 2: the placeholder name is the equiv; XLIFF 1.2: the id.
  EXPECT_EQ(xliff::code_argument_name(Role::standalone, "0", "INTERPOLATION", "{{minutes}}"),
            "INTERPOLATION");
  EXPECT_EQ(xliff::code_argument_name(Role::standalone, "INTERPOLATION", "{{minutes}}", ""),
            "INTERPOLATION");
  EXPECT_EQ(xliff::code_argument_name(Role::standalone, "1", "{{minutes}}", ""), "minutes");
  EXPECT_EQ(xliff::code_argument_name(Role::standalone, "1", "", "%count%"), "count");
  EXPECT_EQ(xliff::code_argument_name(Role::standalone, "1", "{user.name}", "<br/>"), "c1");
  EXPECT_EQ(xliff::code_argument_name(Role::standalone, "b1-1", "", ""), "b1_1");
  EXPECT_EQ(xliff::code_argument_name(Role::standalone, "", "", ""), "c");
  // Both ends of a pair take the id only, so they always match.
  EXPECT_EQ(xliff::code_argument_name(Role::start, "2", "<b>", "[b]"), "c2_start");
  EXPECT_EQ(xliff::code_argument_name(Role::end, "2", "</b>", "[/b]"), "c2_end");
  EXPECT_EQ(xliff::code_argument_name(Role::start, "bold", "", ""), "bold_start");
}

TEST(XliffConventions, ValidKeysAreIcuTableKeys) {
  EXPECT_TRUE(is_valid_key("SEC_E_CERT_EXPIRED"));
  EXPECT_TRUE(is_valid_key("namespace1:key.nested"));
  EXPECT_TRUE(is_valid_key("\"https://x/y\".sub levels.0"));
  EXPECT_FALSE(is_valid_key(""));
  EXPECT_FALSE(is_valid_key("$key"));
  EXPECT_FALSE(is_valid_key("clé"));
  EXPECT_FALSE(is_valid_key("a#b"));
  EXPECT_FALSE(is_valid_key("l10nc:titles"));
}

}  // namespace
}  // namespace l10nc
