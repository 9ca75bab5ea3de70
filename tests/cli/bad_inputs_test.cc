// The catalogue of bad inputs in tests/bad-inputs/: each file NAME has NAME.expected with
// "exit N", optionally "args: ...", then exactly what l10nc prints on stderr. Nothing may be
// written for any of them.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "test_support.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;

const fs::path kCatalogue = L10NC_TESTS_DIR "/bad-inputs";

std::vector<std::string> bad_inputs() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kCatalogue))
    if (entry.path().extension() != ".expected") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

size_t count_files(const fs::path& directory) {
  size_t count = 0;
  for ([[maybe_unused]] const auto& entry : fs::recursive_directory_iterator(directory)) ++count;
  return count;
}

TEST(BadInputs, CatalogueHasAtLeastThirtyCases) { EXPECT_GE(bad_inputs().size(), 30u); }

class BadInput : public ::testing::TestWithParam<std::string> {};

TEST_P(BadInput, FailsWithTheExactErrorAndWritesNothing) {
  const std::string name = GetParam();
  std::istringstream expected(testing::read_text(kCatalogue / (name + ".expected")));
  std::string exit_line;
  std::getline(expected, exit_line);
  std::vector<std::string> arguments = {"compile", name};
  std::string line;
  std::string expected_err;
  while (std::getline(expected, line)) {
    if (expected_err.empty() && line.rfind("args: ", 0) == 0) {
      std::istringstream words(line.substr(6));
      for (std::string word; words >> word;) arguments.push_back(word);
      continue;
    }
    expected_err += line + "\n";
  }
  testing::TempDir out;
  arguments.push_back("-o");
  arguments.push_back((out / "out").string());
  const size_t files_before = count_files(kCatalogue);
  const testing::CommandResult result = testing::run_l10nc(arguments, {}, kCatalogue);
  EXPECT_EQ("exit " + std::to_string(result.exit_code), exit_line);
  EXPECT_EQ(result.err, expected_err);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(count_files(out.path()), 0u) << "something was written";
  EXPECT_EQ(count_files(kCatalogue), files_before);
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInput, ::testing::ValuesIn(bad_inputs()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

}  // namespace
}  // namespace l10nc
