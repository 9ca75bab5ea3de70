// [keyed-cell]: in DocFX tables keyed by their first column, the translated first cell no
// longer contains the row's key. Machine translation mangles every such cell of a page alike
// (the seed's Spanish page: 77 of 81), and applications never show the cells (messages are
// looked up by key), so one finding per document and locale says it, not one per row.
#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "checks/check.h"
#include "checks/identifier_tokens.h"

namespace l10nc {

namespace {

struct MangledCell {
  const Entry* entry;
  const std::string* locale;
  const Translation* translation;
  std::string cell;  // the translated first cell as text
};

bool comes_before(const MangledCell& a, const MangledCell& b) {
  const Origin& x = a.translation->label()->origin;
  const Origin& y = b.translation->label()->origin;
  return std::tie(x.line, x.column) < std::tie(y.line, y.column);
}

}  // namespace

void check_keyed_cell(const Catalog& catalog, FindingReporter& reporter) {
  // Keyed by (document, locale): a locale's rows in one file.
  std::map<std::pair<uint32_t, std::string>, std::vector<MangledCell>> by_document;
  for (const Entry& entry : catalog.entries())
    for (const auto& [locale, translation] : entry.translations) {
      if (!translation.label() || translation.state == TranslationState::missing) continue;
      std::optional<ParsedPattern> cell = parse_pattern(translation.label()->pattern);
      if (!cell || contains_token(cell->text, entry.key)) continue;
      by_document[{translation.label()->origin.file, locale}].push_back(
          {&entry, &locale, &translation, std::move(cell->text)});
    }

  for (auto& [document, cells] : by_document) {
    std::sort(cells.begin(), cells.end(), comes_before);
    const MangledCell& first = cells.front();
    const CheckedTranslation checked{*first.entry, *first.locale, *first.translation, nullptr,
                                     nullptr};
    if (cells.size() == 1) {
      reporter.report(checked, *first.translation->label(),
                      "the identifier '" + first.entry->key +
                          "' is missing from the translated first cell '" + first.cell + "'");
      continue;
    }
    const MangledCell& last = cells.back();
    const std::string rows = std::to_string(cells.size());
    reporter.report(
        checked, *first.translation->label(),
        "the keys of " + rows +
            " keyed rows are missing from their translated first cells; the first: '" +
            first.entry->key + "' in '" + first.cell + "'",
        {{catalog.location(last.translation->label()->origin),
          "the last of the " + rows + ": '" + last.entry->key + "' in '" + last.cell + "'"}});
  }
}

}  // namespace l10nc
