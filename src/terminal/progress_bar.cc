#include "terminal/progress_bar.h"

#include <algorithm>

namespace l10nc {

namespace {
constexpr size_t kBarWidth = 30;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
constexpr std::string_view kEraseLine = "\r\x1b[K";
}  // namespace

ProgressBar::ProgressBar(std::ostream& out, bool enabled, std::chrono::milliseconds delay,
                         std::function<Clock::time_point()> now)
    : out_(out), enabled_(enabled), now_(std::move(now)), start_(now_()), delay_(delay) {}

void ProgressBar::update(std::string_view phase, size_t done, size_t total, std::string_view unit) {
  if (!enabled_ || total == 0) return;
  const Clock::time_point now = now_();
  if (now - start_ < delay_) return;
  // A new phase or the end of one is always drawn; in between, ten times a second.
  if (drawn_ && phase == last_phase_ && done < total && now - last_draw_ < kRedrawInterval) return;
  done = std::min(done, total);
  const size_t filled = kBarWidth * done / total;
  std::string line(kEraseLine);
  line += phase;
  line.append(phase.size() < 9 ? 9 - phase.size() : 1, ' ');
  line += '[';
  line.append(filled, '#');
  line.append(kBarWidth - filled, '.');
  line += "] ";
  const std::string total_text = std::to_string(total);
  const std::string count = std::to_string(done) + "/" + total_text;
  line.append(2 * total_text.size() + 1 - count.size(), ' ');  // counts right-aligned
  line += count;
  line += ' ';
  line += unit;
  out_ << line << std::flush;
  drawn_ = true;
  last_draw_ = now;
  last_phase_ = phase;
}

void ProgressBar::finish() {
  if (!drawn_) return;
  out_ << kEraseLine << std::flush;
  drawn_ = false;
}

}  // namespace l10nc
