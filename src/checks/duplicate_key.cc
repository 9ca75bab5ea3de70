// [duplicate-key]: one key with different English in two documents (or translated twice into
// one locale differently). Catalog::add finds these; only the first one read is compiled.
#include "checks/check.h"

namespace l10nc {

void check_duplicate_key(const Catalog& catalog, FindingReporter& reporter) {
  for (const Conflict& conflict : catalog.conflicts())
    reporter.report(conflict.diagnostic, display_key(conflict.domain, conflict.key),
                    conflict.locale, conflict.pattern);
}

}  // namespace l10nc
