#include "terminal/dialog.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace l10nc
