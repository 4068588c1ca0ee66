#include "protocol/admin_line.h"

#include <gtest/gtest.h>

namespace geartrain {
namespace {

TEST(AdminLine, SplitsOnRunsOfSpacesAndLowercasesCommand) {
  AdminLine l = SplitAdminLine("  MaxQueue   fn  1 2  3 ");
  EXPECT_EQ(l.command, "maxqueue");
  ASSERT_EQ(l.argc, 4);
  EXPECT_EQ(l.arg[0], "fn");
  EXPECT_EQ(l.arg[3], "3");
  EXPECT_FALSE(l.too_many);
}

TEST(AdminLine, SixWordsIsTooMany) {
  EXPECT_TRUE(SplitAdminLine("a b c d e f").too_many);
  EXPECT_FALSE(SplitAdminLine("a b c d e").too_many);
}

TEST(AdminLine, EmptyLine) {
  AdminLine l = SplitAdminLine("");
  EXPECT_EQ(l.command, "");
  EXPECT_EQ(l.argc, 0);
}

TEST(AdminLine, EqualsIgnoreCase) {
  EXPECT_TRUE(EqualsIgnoreCase("Exceptions", "EXCEPTIONS"));
  EXPECT_FALSE(EqualsIgnoreCase("exception", "exceptions"));
}

}  // namespace
}  // namespace geartrain
