#include "base/heap_optional.h"

#include <gtest/gtest.h>

#include <string>

namespace l10nc {
namespace {

TEST(HeapOptional, IsOnePointerWide) {
  static_assert(sizeof(HeapOptional<std::string>) == sizeof(void*));
  HeapOptional<std::string> empty;
  EXPECT_FALSE(empty);
}

TEST(HeapOptional, CopiesCopyTheValueAndMovesTakeIt) {
  HeapOptional<std::string> original;
  original.ensure() = "previous English";
  HeapOptional<std::string> copy = original;
  ASSERT_TRUE(copy);
  EXPECT_NE(&*copy, &*original);
  copy->append(", edited");
  EXPECT_EQ(*original, "previous English");
  EXPECT_EQ(*copy, "previous English, edited");

  HeapOptional<std::string> assigned;
  assigned = original;
  EXPECT_EQ(*assigned, "previous English");
  assigned = HeapOptional<std::string>();
  EXPECT_FALSE(assigned);

  const std::string* address = &*original;
  HeapOptional<std::string> moved = std::move(original);
  EXPECT_EQ(&*moved, address);
}

TEST(HeapOptional, EnsureKeepsAValueThereIsAndResetDropsIt) {
  HeapOptional<std::string> value;
  value.ensure() = "kept";
  EXPECT_EQ(value.ensure(), "kept");
  value.reset();
  EXPECT_FALSE(value);
  EXPECT_EQ(value.ensure(), "");
}

}  // namespace
}  // namespace l10nc
