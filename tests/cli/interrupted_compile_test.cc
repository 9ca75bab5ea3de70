// A compile killed with SIGKILL while it writes must leave the previous output intact, and
// the next compile clears what the killed one left behind.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "test_support.h"

extern char** environ;

namespace l10nc {
namespace {

namespace fs = std::filesystem;

// A page with one long keyed table: big enough that writing the bundles takes a while.
std::string big_page(const std::string& locale, int rows, const std::string& flavour) {
  std::string page = "---\nms.contentlocale: " + locale + "\n---\n| Code | Meaning |\n|---|---|\n";
  for (int i = 0; i < rows; ++i) {
    const std::string id = "ab-" + std::to_string(i);
    page += "| KEY\\_" + std::to_string(i) + " | <span data-ttu-id=\"" + id + "\">" + flavour +
            " mensaje número " + std::to_string(i) +
            " del catálogo.</span><span class=\"sxs-lookup\"><span data-stu-id=\"" + id +
            "\">Message number " + std::to_string(i) + " of the catalog.</span></span> |\n";
  }
  return page;
}

std::vector<fs::path> siblings(const fs::path& directory) {
  std::vector<fs::path> names;
  for (const auto& entry : fs::directory_iterator(directory))
    names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(InterruptedCompile, SigkillDuringTheWriteLeavesThePreviousOutputIntact) {
  testing::TempDir dir;
  for (const char* locale : {"de-DE", "fr-FR", "it-IT"})
    dir.write(std::string("v1/") + locale + "/big.md", big_page(locale, 30000, "Primera"));
  testing::compile_or_fail({(dir / "v1").string()}, dir / "out");
  const std::string before = testing::read_text(dir / "out/de.txt");
  const auto stamp = fs::last_write_time(dir / "out/de.res");

  for (const char* locale : {"de-DE", "fr-FR", "it-IT"})
    dir.write(std::string("v2/") + locale + "/big.md", big_page(locale, 60000, "Segunda"));
  const std::string binary = L10NC_BINARY;
  const std::string input = (dir / "v2").string();
  const std::string output = (dir / "out").string();
  std::vector<char*> argv = {const_cast<char*>(binary.c_str()), const_cast<char*>("compile"),
                             const_cast<char*>(input.c_str()),  const_cast<char*>("-o"),
                             const_cast<char*>(output.c_str()), nullptr};
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ), 0);

  // Kill it as soon as its staged output directory exists: it is writing bundles then.
  bool killed_while_writing = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    bool staged = false;
    for (const fs::path& name : siblings(dir.path()))
      staged |= name.string().rfind(".out.tmp-", 0) == 0 && !fs::is_empty(dir / name);
    if (staged) {
      ::kill(pid, SIGKILL);
      killed_while_writing = true;
      break;
    }
    if (::waitpid(pid, nullptr, WNOHANG) == pid) break;
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(killed_while_writing) << "the compile finished before it could be killed";
  ASSERT_TRUE(WIFSIGNALED(status));

  EXPECT_EQ(testing::read_text(dir / "out/de.txt"), before);
  EXPECT_EQ(fs::last_write_time(dir / "out/de.res"), stamp);
  bool leftover = false;
  for (const fs::path& name : siblings(dir.path()))
    leftover |= name.string().rfind(".out.", 0) == 0;
  EXPECT_TRUE(leftover) << "the killed run's staging directory should still be there";

  // The next compile publishes the new output and removes the dead run's leftovers.
  testing::compile_or_fail({(dir / "v2").string()}, dir / "out");
  EXPECT_NE(testing::read_text(dir / "out/de.txt").find("Segunda mensaje número 59999"),
            std::string::npos);
  EXPECT_EQ(siblings(dir.path()), (std::vector<fs::path>{"out", "v1", "v2"}));
}

}  // namespace
}  // namespace l10nc
