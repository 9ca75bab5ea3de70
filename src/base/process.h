#pragma once

#include <string>
#include <vector>

namespace l10nc {

struct ProcessResult {
  int exit_code = -1;  // -1: could not start, or killed by a signal
  std::string output;  // stdout and stderr together
};

// Runs a program (looked up in PATH when it has no '/') and waits for it.
ProcessResult run_process(const std::vector<std::string>& argv);

}  // namespace l10nc
