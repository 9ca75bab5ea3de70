// `l10nc show` end to end: corpus pages compiled with l10nc, shown as terminal dialogs.
#include <gtest/gtest.h>

#include "test_support.h"

namespace l10nc {
namespace {

using testing::CommandResult;
using testing::corpus_dir;
using testing::run_l10nc;
using testing::TempDir;

TEST(ShowCommand, ShowsAnArabicPageRightToLeft) {
  TempDir out;
  testing::compile_or_fail({(corpus_dir() / "docfx/ar-SA").string()}, out / "bundles");
  const CommandResult result =
      run_l10nc({"show", "client-blocked-5-7-750.104", "--locale", "ar-SA", "--bundles",
                 (out / "bundles").string(), "--width", "60"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "┌──────── ةلجسم ريغ لاجملا نم لاسرإ نم ليمعلا عنم 5.7.750 ─┐\n"
            "│ تالاجملا نم ةلسرملا لئاسرلا مجح ةريبك دنع أطخلا اذه رهظي │\n"
            "│     ةلوبقم تالاجم ةفاضإ) Office 365 يف ريفوت متي ال يتلا │\n"
            "│                                       .(اهتحص نم ققحتلاو │\n"
            "│                                                          │\n"
            "│                               client-blocked-5-7-750.104 │\n"
            "└──────────────────────────────────────────────────────────┘\n");
}

TEST(ShowCommand, ShowsAJapanesePageAndAPlainLineForLogs) {
  TempDir out;
  testing::compile_or_fail({(corpus_dir() / "docfx/ja-JP/eclrfailure-enumeration.md").string()},
                           out / "bundles");
  const std::string bundles = (out / "bundles").string();
  CommandResult result = run_l10nc(
      {"show", "FAIL_StackOverflow", "--locale", "ja_JP", "--bundles", bundles, "--width", "36"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "┌─ EClrFailure 列挙型 ────────────┐\n"
            "│ スタック オーバーフローが発生し │\n"
            "│ ました。                        │\n"
            "│                                 │\n"
            "│ FAIL_StackOverflow              │\n"
            "└─────────────────────────────────┘\n");
  result = run_l10nc(
      {"show", "FAIL_StackOverflow", "--locale", "ja_JP", "--bundles", bundles, "--plain"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "EClrFailure 列挙型: スタック オーバーフローが発生しました。 (FAIL_StackOverflow)\n");
}

}  // namespace
}  // namespace l10nc
