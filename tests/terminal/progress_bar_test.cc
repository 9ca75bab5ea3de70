#include "terminal/progress_bar.h"

#include <gtest/gtest.h>

#include <sstream>

namespace l10nc {
namespace {

using namespace std::chrono_literals;

struct FakeClock {
  ProgressBar::Clock::time_point now{};
  std::function<ProgressBar::Clock::time_point()> function() {
    return [this] { return now; };
  }
};

TEST(ProgressBar, ShowsNothingBeforeItsDelayThenDrawsAndErases) {
  FakeClock clock;
  std::ostringstream out;
  {
    ProgressBar bar(out, true, 1000ms, clock.function());
    bar.update("reading", 1, 600, "files");
    clock.now += 999ms;
    bar.update("reading", 2, 600, "files");
    EXPECT_EQ(out.str(), "");
    clock.now += 1ms;
    bar.update("reading", 300, 600, "files");
    EXPECT_EQ(out.str(), "\r\x1b[Kreading  [###############...............] 300/600 files");
    out.str("");
    clock.now += 50ms;  // ten redraws a second at most, but always the end of a phase
    bar.update("reading", 301, 600, "files");
    EXPECT_EQ(out.str(), "");
    bar.update("reading", 600, 600, "files");
    EXPECT_EQ(out.str(), "\r\x1b[Kreading  [##############################] 600/600 files");
    out.str("");
    bar.update("writing", 1, 5, "bundles");
    EXPECT_EQ(out.str(), "\r\x1b[Kwriting  [######........................] 1/5 bundles");
    out.str("");
  }
  EXPECT_EQ(out.str(), "\r\x1b[K");  // erased when done
}

TEST(ProgressBar, DisabledShowsNothing) {
  FakeClock clock;
  std::ostringstream out;
  {
    ProgressBar bar(out, false, 0ms, clock.function());
    clock.now += 10s;
    bar.update("reading", 3, 6, "files");
    bar.finish();
  }
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace l10nc
