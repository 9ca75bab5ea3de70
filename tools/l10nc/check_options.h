#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "checks/check_report.h"
#include "model/catalog.h"
#include "readers/read_document.h"

namespace l10nc::cli {

// The options `check` and `report` share: the inputs, which checks run, how coverage counts
// and the baseline. Both run the same gate with them, so the page states check's verdict.
struct GateOptions {
  SyntaxChoice syntax = SyntaxChoice::automatic;
  std::vector<std::string> inputs;
  std::vector<std::string> exclude;
  std::vector<std::string> min_coverage;
  bool no_mt = false;
  std::vector<std::string> disable;
  std::vector<std::string> error;
  std::string baseline;
  std::string write_baseline;
};

// INPUT..., --message-syntax, --min-coverage, --no-mt, --disable, --error, --baseline,
// --write-baseline.
void add_gate_options(CLI::App& command, GateOptions& options);

struct GateResult {
  CheckReport report;  // the readers' diagnostics are its `input` findings
  // The same diagnostics as the readers gave them, for stderr when the report goes elsewhere.
  DiagnosticList input_diagnostics;
  // kSuccess when every input was read; else kInvalidInput (malformed input) or kUsageError
  // (a path that cannot be read): then nothing was checked (report.inputs_read is false).
  int load_status = 0;
};

// Parses the options (nullopt after printing a usage error: an unknown check id gets a "did
// you mean"), reads the inputs (conflicting keys are findings, not errors), checks them and
// applies the baseline, writing one first with --write-baseline. Prints nothing else: what the
// readers said is in the result.
std::optional<GateResult> run_gate(const GateOptions& options, bool list_uncovered_keys);

}  // namespace l10nc::cli
