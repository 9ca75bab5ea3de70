#include "readers/xml_input.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "base/source_file.h"

namespace l10nc {
namespace {

struct Parsed {
  std::unique_ptr<SourceFile> file;
  DiagnosticList diagnostics;
  std::unique_ptr<XmlInput> input;
};

std::unique_ptr<Parsed> parse(std::string text) {
  auto parsed = std::make_unique<Parsed>();
  parsed->file = std::make_unique<SourceFile>("in.xlf", std::move(text));
  parsed->input = XmlInput::parse(*parsed->file, parsed->diagnostics);
  return parsed;
}

pugi::xml_node element(const XmlInput& input, const char* path) {
  return input.document().select_node(path).node();
}

TEST(XmlInput, ElementsTakeTheRootsNamespaceAndXmlSpace) {
  const auto parsed = parse(
      "<xliff xmlns=\"urn:a\" xmlns:b=\"urn:b\" xml:space=\"preserve\"><file><b:x/>"
      "<unit>xmlns in text, and xml:space too</unit></file></xliff>");
  ASSERT_TRUE(parsed->input) << parsed->diagnostics.diagnostics().front().message;
  const XmlInput& input = *parsed->input;
  EXPECT_EQ(input.namespace_uri(element(input, "//unit")), "urn:a");
  EXPECT_EQ(input.namespace_uri(element(input, "//b:x")), "urn:b");
  EXPECT_EQ(input.xml_space(element(input, "//unit")), "preserve");
}

// A declaration below the root is found whatever the text around it says.
TEST(XmlInput, DeclarationsBelowTheRootApplyToTheirElements) {
  const auto parsed = parse(
      "<xliff xmlns=\"urn:a\"><file xmlns=\"urn:c\" xml:space=\"preserve\"><unit/></file>"
      "<group><unit/></group></xliff>");
  ASSERT_TRUE(parsed->input);
  const XmlInput& input = *parsed->input;
  EXPECT_EQ(input.namespace_uri(element(input, "//file/unit")), "urn:c");
  EXPECT_EQ(input.xml_space(element(input, "//file/unit")), "preserve");
  EXPECT_EQ(input.namespace_uri(element(input, "//group/unit")), "urn:a");
  EXPECT_EQ(input.xml_space(element(input, "//group/unit")), "");
}

std::string nested(int depth, std::string_view innermost) {
  std::string text;
  for (int i = 0; i < depth; ++i) text += "<e>";
  text += innermost;
  for (int i = 0; i < depth; ++i) text += "</e>";
  return text;
}

// The root is level 0: 128 levels of elements (0-127) are read, and any node at level 128,
// element or text, is refused at its position.
TEST(XmlInput, RefusesNodesNestedDeeperThanTheLimit) {
  EXPECT_TRUE(parse(nested(128, ""))->input);
  for (const std::string_view innermost : {"<e/>", "text"}) {
    const auto parsed = parse(nested(128, innermost));
    EXPECT_FALSE(parsed->input);
    ASSERT_EQ(parsed->diagnostics.diagnostics().size(), 1u);
    const Diagnostic& error = parsed->diagnostics.diagnostics().front();
    EXPECT_EQ(error.message, "elements nested deeper than 128 levels");
    EXPECT_EQ(error.location.to_string(), "in.xlf:1:385") << innermost;
  }
  // Deep nesting after a shallow sibling subtree is found too.
  EXPECT_FALSE(parse("<r><a><b/></a>" + nested(128, "") + "</r>")->input);
}

}  // namespace
}  // namespace l10nc
