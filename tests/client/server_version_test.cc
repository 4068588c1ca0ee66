#include "client/server_version.h"

#include <gtest/gtest.h>

#include "fake_server.h"
#include "harness.h"

namespace geartrain {
namespace client {
namespace {

TEST(ServerVersion, OnlyExactly1118KeepsSeconds) {
  // The cases net_gearman.md verified against PHP's version_compare.
  EXPECT_TRUE(VersionEquals1118("1.1.18"));
  EXPECT_TRUE(VersionEquals1118("1-1_18"));
  EXPECT_TRUE(VersionEquals1118("1.1.018"));
  for (const char* v : {"OK 1.1.20+ds", "OK 1.1.17", "1.1.17", "0.33", "", "OK 1.1.18", "1.1.18.0",
                        "1.1.18a", "1.1.180"}) {
    EXPECT_FALSE(VersionEquals1118(v)) << v;
  }
  EXPECT_EQ(CanDoTimeoutValue("1.1.18", 5), 5);
  EXPECT_EQ(CanDoTimeoutValue("OK 1.1.20", 5), 5000);
}

TEST(ServerVersion, CacheFetchesOnceAndDoesNotCacheFailures) {
  testing::TestServer server;
  ServerAddress a{"127.0.0.1", server.port()};
  VersionCache cache;
  std::string v;
  ASSERT_TRUE(cache.Get(a, DeadlineAfterMs(2000), &v).ok());
  EXPECT_EQ(v, "OK 1.1.20");
  cache.Put(a, "1.1.18");  // a cached answer is served without a connection
  ASSERT_TRUE(cache.Get(a, DeadlineAfterMs(2000), &v).ok());
  EXPECT_EQ(v, "1.1.18");

  testing::FakeServer fake("ERR UNKNOWN_COMMAND Unknown+server+command\r\n", 9);
  ServerAddress f{"127.0.0.1", fake.port()};
  Status s = cache.Get(f, DeadlineAfterMs(2000), &v);
  EXPECT_EQ(s.message(), "Unknown+server+command [error code: UNKNOWN_COMMAND]");
  cache.Put(f, "x");
  cache.Forget(f);
  EXPECT_FALSE(cache.Get(f, DeadlineAfterMs(500), &v).ok());  // fetched again; nobody there
}

}  // namespace
}  // namespace client
}  // namespace geartrain
