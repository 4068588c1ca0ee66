#include "client/server_address.h"

#include <gtest/gtest.h>

namespace geartrain {
namespace client {
namespace {

ServerAddress MustParse(const std::string& text) {
  ServerAddress a;
  Status s = ServerAddress::Parse(text, &a);
  EXPECT_TRUE(s.ok()) << text << ": " << s.ToString();
  return a;
}

TEST(ServerAddress, HostAlone) {
  ServerAddress a = MustParse("gearman.example");
  EXPECT_EQ(a.host, "gearman.example");
  EXPECT_EQ(a.port, 4730);
}

TEST(ServerAddress, HostAndPort) {
  ServerAddress a = MustParse("127.0.0.1:4731");
  EXPECT_EQ(a.host, "127.0.0.1");
  EXPECT_EQ(a.port, 4731);
}

TEST(ServerAddress, BracketedIpv6) {
  ServerAddress a = MustParse("[::1]");
  EXPECT_EQ(a.host, "::1");
  EXPECT_EQ(a.port, 4730);
  a = MustParse("[fe80::1%eth0]:7003");
  EXPECT_EQ(a.host, "fe80::1%eth0");
  EXPECT_EQ(a.port, 7003);
}

TEST(ServerAddress, BareIpv6HasNoPort) {
  ServerAddress a = MustParse("2001:db8::7");
  EXPECT_EQ(a.host, "2001:db8::7");
  EXPECT_EQ(a.port, 4730);
}

TEST(ServerAddress, RoundTrip) {
  for (const char* text : {"localhost:4730", "10.0.0.1:1", "[::1]:65535", "[2001:db8::7]:4730"}) {
    EXPECT_EQ(MustParse(text).ToString(), text);
    EXPECT_EQ(MustParse(MustParse(text).ToString()).ToString(), text);
  }
  EXPECT_EQ(MustParse("::1").ToString(), "[::1]:4730");
  EXPECT_EQ(MustParse("host").ToString(), "host:4730");
}

TEST(ServerAddress, Errors) {
  for (const char* text : {"", ":4730", "host:", "host:0", "host:65536", "host:12a", "[::1",
                           "[]:4730", "[::1]4730", "[::1]:", "ho st:1", "host:123456"}) {
    ServerAddress a;
    Status s = ServerAddress::Parse(text, &a);
    EXPECT_EQ(s.code(), Status::kInvalidArgument) << "'" << text << "'";
    EXPECT_NE(s.message().find("Invalid server address"), std::string::npos);
  }
}

}  // namespace
}  // namespace client
}  // namespace geartrain
