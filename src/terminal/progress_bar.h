#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace l10nc {

// A one-line progress bar for long runs: "reading   [#########.........]  312/600 files".
// Drawn only when enabled (stderr is a terminal) and once the run has taken longer than
// `delay`, redrawn at most ten times a second, and erased by finish(), so that short runs and
// logs see nothing of it.
class ProgressBar {
 public:
  using Clock = std::chrono::steady_clock;

  ProgressBar(std::ostream& out, bool enabled, std::chrono::milliseconds delay,
              std::function<Clock::time_point()> now = Clock::now);
  ~ProgressBar() { finish(); }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // `phase` and `unit` are short words: "reading", "files".
  void update(std::string_view phase, size_t done, size_t total, std::string_view unit);
  // Erases the bar if it was drawn.
  void finish();

 private:
  std::ostream& out_;
  bool enabled_;
  std::function<Clock::time_point()> now_;
  Clock::time_point start_;
  Clock::time_point last_draw_;
  std::chrono::milliseconds delay_;
  bool drawn_ = false;
  std::string last_phase_;
};

}  // namespace l10nc
