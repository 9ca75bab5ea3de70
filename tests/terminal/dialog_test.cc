#include "terminal/dialog.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include "base/unicode_text.h"

namespace l10nc {
namespace {

TEST(WrapText, BreaksSpanishAtSpaces) {
  EXPECT_EQ(wrap_text("El certificado recibido ha expirado.", 16, "es"),
            (std::vector<std::string>{"El certificado", "recibido ha", "expirado."}));
}

TEST(WrapText, BreaksJapaneseBetweenCharactersByDisplayWidth) {
  // Each character is two columns wide; the closing "。" may not start a line.
  EXPECT_EQ(wrap_text("証明書の有効期限が切れています。", 10, "ja"),
            (std::vector<std::string>{"証明書の有", "効期限が切", "れていま", "す。"}));
}

TEST(WrapText, SplitsAWordWiderThanTheLine) {
  EXPECT_EQ(wrap_text("SEC_E_INSUFFICIENT_MEMORY", 10, "en"),
            (std::vector<std::string>{"SEC_E_INSU", "FFICIENT_M", "EMORY"}));
}

TEST(RenderDialog, DrawsTitleMessageAndCodeNoWiderThanTheContent) {
  DialogContent content;
  content.title = "Códigos de estado de SSPI";
  content.message = "El certificado recibido ha expirado.";
  content.code = "SEC_E_CERT_EXPIRED";
  content.locale = "es";
  EXPECT_EQ(render_dialog(content, 34),
            "┌─ Códigos de estado de SSPI ─┐\n"
            "│ El certificado recibido ha  │\n"
            "│ expirado.                   │\n"
            "│                             │\n"
            "│ SEC_E_CERT_EXPIRED          │\n"
            "└─────────────────────────────┘\n");
}

TEST(RenderDialog, ShrinksToTheContentAndShortensALongTitle) {
  DialogContent content;
  content.title = "A very long title that cannot fit";
  content.message = "Short.";
  content.code = "X";
  content.locale = "en";
  EXPECT_EQ(render_dialog(content, 24),
            "┌─ A very long title… ─┐\n"
            "│ Short.               │\n"
            "│                      │\n"
            "│ X                    │\n"
            "└──────────────────────┘\n");
}

// Real messages from tests/data/corpus/docfx: ar-SA/client-blocked-5-7-750.md (segments 103
// and 104), ja-JP/eclrfailure-enumeration.md (102, 103), he-IL/winsock-error-10061.md.
const DialogContent kArabic{
    "5.7.750 منع العميل من إرسال من المجال غير مسجلة",
    "يظهر هذا الخطأ عند كبيرة حجم الرسائل المرسلة من المجالات التي لا يتم توفير في Office 365 "
    "(إضافة مجالات مقبولة والتحقق من صحتها).",
    "CLIENT_BLOCKED_5_7_750", "ar"};
const DialogContent kJapanese{
    "EClrFailure 列挙型",
    "ホストがポリシーのアクションを設定できるエラーのセットについて説明します。",
    "FAIL_CriticalResource", "ja"};
const DialogContent kHebrew{
    "שגיאת Winsock 10061",
    "קוד שגיאה זו פירושה כי Office 365 לא היתה אפשרות ליצור שקע TCP (חיבור) עם מארח היעד.",
    "WSAECONNREFUSED", "he"};

TEST(RenderDialog, WrapsJapaneseByDisplayWidth) {
  // Every character takes two columns: 18 of them fill the 36 columns inside the box.
  EXPECT_EQ(render_dialog(kJapanese, 40),
            "┌─ EClrFailure 列挙型 ─────────────────┐\n"
            "│ ホストがポリシーのアクションを設定で │\n"
            "│ きるエラーのセットについて説明しま   │\n"
            "│ す。                                 │\n"
            "│                                      │\n"
            "│ FAIL_CriticalResource                │\n"
            "└──────────────────────────────────────┘\n");
}

TEST(RenderDialog, LaysOutArabicRightToLeft) {
  // Lines in display order and aligned right; "Office 365" keeps its own direction, the
  // parentheses are mirrored, the title starts at the right and is shortened on its left.
  EXPECT_EQ(render_dialog(kArabic, 50),
            "┌─ …ريغ لاجملا نم لاسرإ نم ليمعلا عنم 5.7.750 ─┐\n"
            "│ ةلسرملا لئاسرلا مجح ةريبك دنع أطخلا اذه رهظي │\n"
            "│  Office 365 يف ريفوت متي ال يتلا تالاجملا نم │\n"
            "│      .(اهتحص نم ققحتلاو ةلوبقم تالاجم ةفاضإ) │\n"
            "│                                              │\n"
            "│                       CLIENT_BLOCKED_5_7_750 │\n"
            "└──────────────────────────────────────────────┘\n");
}

TEST(RenderDialog, LaysOutHebrewRightToLeft) {
  EXPECT_EQ(render_dialog(kHebrew, 44),
            "┌──────────────── Winsock 10061 תאיגש ─┐\n"
            "│ אל Office 365 יכ השוריפ וז האיגש דוק │\n"
            "│ םע (רוביח) TCP עקש רוציל תורשפא התיה │\n"
            "│                           .דעיה חראמ │\n"
            "│                                      │\n"
            "│                      WSAECONNREFUSED │\n"
            "└──────────────────────────────────────┘\n");
}

// Independent of ICU's output: a line of Arabic letters and spaces alone, shown right to
// left on a terminal that draws left to right, is the logical text reversed.
TEST(RenderDialog, ArabicWithoutOtherScriptsIsTheTextReversed) {
  const std::string logical = "منع العميل من إرسال من المجال غير مسجلة";
  DialogContent content{"", logical, "X", "ar"};
  const std::string dialog = render_dialog(content, 60);
  icu::UnicodeString reversed = to_utf16(logical);
  reversed.reverse();
  const std::string second_line = dialog.substr(dialog.find('\n') + 1);
  EXPECT_EQ(second_line.substr(0, second_line.find('\n')), "│ " + to_utf8(reversed) + " │");
}

TEST(RenderDialog, ReordersRightToLeftWordsInsideALeftToRightMessage) {
  DialogContent content{"Files", "Cannot open קובץ חדש now.", "E_OPEN", "en"};
  EXPECT_EQ(render_dialog(content, 40),
            "┌─ Files ───────────────────┐\n"
            "│ Cannot open שדח ץבוק now. │\n"
            "│                           │\n"
            "│ E_OPEN                    │\n"
            "└───────────────────────────┘\n");
}

TEST(RenderPlain, IsOneLogicalLineForLogs) {
  EXPECT_EQ(render_plain(kJapanese),
            "EClrFailure 列挙型: "
            "ホストがポリシーのアクションを設定できるエラーのセットについて説明します。"
            " (FAIL_CriticalResource)\n");
  // Logical order: a log viewer applies the bidi algorithm itself.
  EXPECT_EQ(render_plain(kArabic),
            kArabic.title + ": " + kArabic.message + " (CLIENT_BLOCKED_5_7_750)\n");
  EXPECT_EQ(render_plain({"", "Short.", "X", "en"}), "Short. (X)\n");
}

}  // namespace
}  // namespace l10nc
