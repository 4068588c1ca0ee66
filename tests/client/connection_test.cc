#include "client/connection.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "client/task_runner.h"
#include "fake_server.h"
#include "harness.h"
#include "protocol/wire.h"

namespace geartrain {
namespace client {
namespace {

using testing::FakeServer;
using testing::TestServer;

ServerAddress Local(uint16_t port) { return ServerAddress{"127.0.0.1", port}; }

// A port with nothing listening: bind, read the port, close.
uint16_t UnusedPort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr = {};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

TEST(Connection, RefusedHasNetGearmanMessage) {
  Connection c;
  Status s = c.Connect(Local(UnusedPort()), DeadlineAfterMs(1000));
  EXPECT_EQ(s.code(), Status::kConnectFailed);
  EXPECT_EQ(s.message(), "Can't connect to server (111: Connection refused)");
  EXPECT_FALSE(c.connected());
  EXPECT_TRUE(c.IsStale());
}

TEST(Connection, UnresolvableHost) {
  Connection c;
  Status s = c.Connect(ServerAddress{"no-such-host.invalid", 4730}, DeadlineAfterMs(2000));
  EXPECT_EQ(s.code(), Status::kConnectFailed);
  EXPECT_EQ(s.message().rfind("Can't connect to server (", 0), 0u) << s.message();
}

TEST(Connection, ConnectTimesOutAgainstFullBacklog) {
  // A listener that never accepts, with its queue filled: further SYNs are
  // dropped, so the connect stays in progress until our deadline. Local only.
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr = {};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(lfd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  listen(lfd, 0);
  socklen_t len = sizeof addr;
  getsockname(lfd, reinterpret_cast<sockaddr*>(&addr), &len);
  std::vector<int> fillers;
  for (int i = 0; i < 4; ++i) {
    int f = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    connect(f, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    fillers.push_back(f);
  }
  Connection c;
  auto start = Clock::now();
  Status s = c.Connect(Local(ntohs(addr.sin_port)), DeadlineAfterMs(300));
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
  for (int f : fillers) close(f);
  close(lfd);
  if (s.ok()) GTEST_SKIP() << "kernel accepted past the backlog; cannot force a timeout here";
  EXPECT_EQ(s.code(), Status::kTimeout) << s.ToString();
  EXPECT_EQ(s.message(), "Can't connect to server (110: Connection timed out)");
  EXPECT_GE(ms, 250);
  EXPECT_LT(ms, 2000);
}

TEST(Connection, EchoBinaryPayloadRoundTrips) {
  TestServer server;
  Connection c;
  ASSERT_TRUE(c.Connect(Local(server.port()), DeadlineAfterMs(2000)).ok());
  EXPECT_TRUE(c.connected());
  EXPECT_FALSE(c.IsStale());
  std::string payload("a\0b\0\0c", 6);
  std::string reply;
  Status s = Echo(&c, payload, DeadlineAfterMs(2000), &reply);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(reply, payload);
}

TEST(Connection, Ipv6Loopback) {
  int lfd = socket(AF_INET6, SOCK_STREAM, 0);
  sockaddr_in6 addr = {};
  addr.sin6_family = AF_INET6;
  addr.sin6_addr = in6addr_loopback;
  if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    if (lfd >= 0) close(lfd);
    GTEST_SKIP() << "no IPv6 loopback here";
  }
  listen(lfd, 4);
  socklen_t len = sizeof addr;
  getsockname(lfd, reinterpret_cast<sockaddr*>(&addr), &len);
  ServerAddress a;
  ASSERT_TRUE(ServerAddress::Parse("[::1]:" + std::to_string(ntohs(addr.sin6_port)), &a).ok());
  Connection c;
  Status s = c.Connect(a, DeadlineAfterMs(2000));
  EXPECT_TRUE(s.ok()) << s.ToString();
  close(lfd);
}

TEST(Connection, EofMidPacketIsConnectionResetNotAHang) {
  // Header promises 20 body bytes; 5 arrive, then the peer closes.
  std::string half = RawHeader(std::string("\0RES", 4), 13, 20) + "H:x:1";
  FakeServer fake(half);
  Connection c;
  ASSERT_TRUE(c.Connect(Local(fake.port()), DeadlineAfterMs(2000)).ok());
  Deadline deadline = DeadlineAfterMs(3000);
  std::vector<Response> rs;
  Status s;
  while ((s = c.WaitReadable(deadline)).ok()) {
    s = c.ReadAvailable(&rs);
    if (!s.ok()) break;
  }
  EXPECT_EQ(s.code(), Status::kConnectionReset) << s.ToString();
  EXPECT_EQ(s.message(), "Connection was reset");
  EXPECT_TRUE(rs.empty());
  EXPECT_FALSE(c.connected());
}

TEST(Connection, ErrorPacketThenMorePackets) {
  std::string script =
      EncodePacket(Magic::kResponse, PacketType::kError, {"QUEUE_ERROR", "queue full"}) +
      EncodePacket(Magic::kResponse, PacketType::kError, {"X", ""}) +
      EncodePacket(Magic::kResponse, PacketType::kWorkComplete, {"H:1"}, std::string("r\0s", 3));
  FakeServer fake(script, 0, /*stay_open=*/true);
  Connection c;
  ASSERT_TRUE(c.Connect(Local(fake.port()), DeadlineAfterMs(2000)).ok());
  Deadline deadline = DeadlineAfterMs(3000);
  std::vector<Response> rs;
  std::vector<Status> errors;
  while (rs.empty() && c.WaitReadable(deadline).ok()) {
    Status s = c.ReadAvailable(&rs);
    if (!s.ok()) errors.push_back(s);
  }
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].code(), Status::kServerError);
  EXPECT_EQ(errors[0].message(), "(QUEUE_ERROR): queue full");
  EXPECT_EQ(errors[1].message(), "(X): Unknown error; see error code.");
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].type, PacketType::kWorkComplete);
  EXPECT_EQ(rs[0].fields[0], "H:1");
  EXPECT_EQ(rs[0].payload, std::string("r\0s", 3));
  EXPECT_TRUE(c.connected());
}

TEST(Connection, GarbageIsProtocolError) {
  FakeServer fake("HTTP/1.0 400 Bad Request\r\n\r\n");
  Connection c;
  ASSERT_TRUE(c.Connect(Local(fake.port()), DeadlineAfterMs(2000)).ok());
  Deadline deadline = DeadlineAfterMs(3000);
  std::vector<Response> rs;
  Status s;
  while ((s = c.WaitReadable(deadline)).ok() && (s = c.ReadAvailable(&rs)).ok()) {
  }
  EXPECT_EQ(s.code(), Status::kProtocolError) << s.ToString();
  EXPECT_FALSE(c.connected());
}

TEST(Connection, UnknownTypeUsesNetGearmanMessage) {
  FakeServer fake(RawHeader(std::string("\0RES", 4), 99, 0));
  Connection c;
  ASSERT_TRUE(c.Connect(Local(fake.port()), DeadlineAfterMs(2000)).ok());
  Deadline deadline = DeadlineAfterMs(3000);
  std::vector<Response> rs;
  Status s;
  while ((s = c.WaitReadable(deadline)).ok() && (s = c.ReadAvailable(&rs)).ok()) {
  }
  EXPECT_EQ(s.code(), Status::kProtocolError);
  EXPECT_EQ(s.message(), "Invalid response magic returned: 99");
}

TEST(Connection, ReadWaitTimesOutAtTheDeadline) {
  FakeServer fake("", 0, /*stay_open=*/true);
  Connection c;
  ASSERT_TRUE(c.Connect(Local(fake.port()), DeadlineAfterMs(2000)).ok());
  std::vector<Response> rs;
  for (int ms : {150, 60}) {  // a shorter deadline after a longer one still holds
    auto start = Clock::now();
    Status s = c.ReadWait(&rs, DeadlineAfterMs(ms));
    auto elapsed = Clock::now() - start;
    EXPECT_EQ(s.code(), Status::kTimeout) << s.ToString();
    EXPECT_GE(elapsed, std::chrono::milliseconds(ms - 10));
    EXPECT_LT(elapsed, std::chrono::milliseconds(ms + 500));
  }
  EXPECT_TRUE(rs.empty());
  EXPECT_TRUE(c.connected());
}

TEST(Connection, ReadWaitReturnsAWholePacket) {
  TestServer server;
  Connection c;
  ASSERT_TRUE(c.Connect(Local(server.port()), DeadlineAfterMs(2000)).ok());
  // ECHO_REQ is answered by ECHO_RES: send one and read it whole, payload
  // with a NUL byte and all.
  c.Queue(EncodePacket(Magic::kRequest, PacketType::kEchoReq, {}, std::string("x\0y", 3)));
  ASSERT_TRUE(c.Flush(DeadlineAfterMs(2000)).ok());
  std::vector<Response> rs;
  Status s = c.ReadWait(&rs, DeadlineAfterMs(2000));
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].type, PacketType::kEchoRes);
  EXPECT_EQ(rs[0].payload, std::string("x\0y", 3));
}

TEST(Connection, ReadWaitReturnsEveryPacketInOrder) {
  // Two packets in one write: every whole packet read is returned, in order,
  // and a later call returns what is still buffered without waiting.
  std::string two = EncodePacket(Magic::kResponse, PacketType::kJobCreated, {"H:x:1"}) +
                    EncodePacket(Magic::kResponse, PacketType::kJobCreated, {"H:x:2"});
  FakeServer fake(two, 0, /*stay_open=*/true);
  Connection c;
  ASSERT_TRUE(c.Connect(Local(fake.port()), DeadlineAfterMs(2000)).ok());
  std::vector<Response> rs;
  Deadline deadline = DeadlineAfterMs(2000);
  while (rs.size() < 2) {
    Status s = c.ReadWait(&rs, deadline);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  EXPECT_EQ(rs[0].fields[0], "H:x:1");
  EXPECT_EQ(rs[1].fields[0], "H:x:2");
}

TEST(Connection, ReadWaitEofMidPacketIsConnectionReset) {
  std::string half = RawHeader(std::string("\0RES", 4), 13, 20) + "H:x:1";
  FakeServer fake(half);
  Connection c;
  ASSERT_TRUE(c.Connect(Local(fake.port()), DeadlineAfterMs(2000)).ok());
  std::vector<Response> rs;
  auto start = Clock::now();
  Status s = c.ReadWait(&rs, DeadlineAfterMs(3000));
  EXPECT_EQ(s.code(), Status::kConnectionReset) << s.ToString();
  EXPECT_LT(Clock::now() - start, std::chrono::milliseconds(2000));
  EXPECT_FALSE(c.connected());
}

TEST(Connection, WaitReadableTimesOut) {
  FakeServer fake("", 0, /*stay_open=*/true);
  Connection c;
  ASSERT_TRUE(c.Connect(Local(fake.port()), DeadlineAfterMs(2000)).ok());
  auto start = Clock::now();
  Status s = c.WaitReadable(DeadlineAfterMs(100));
  EXPECT_EQ(s.code(), Status::kTimeout);
  EXPECT_GE(Clock::now() - start, std::chrono::milliseconds(90));
  EXPECT_TRUE(c.connected());
}

TEST(Connection, StaleAfterServerRestartThenReconnect) {
  auto server = std::make_unique<TestServer>();
  Connection c;
  ASSERT_TRUE(c.Connect(Local(server->port()), DeadlineAfterMs(2000)).ok());
  EXPECT_FALSE(c.IsStale());
  server.reset();  // the server goes away and closes its side
  auto give_up = Clock::now() + std::chrono::seconds(5);
  while (!c.IsStale() && Clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_TRUE(c.IsStale());
  EXPECT_TRUE(c.connected());  // stale is a question; only Close() changes state
  server = std::make_unique<TestServer>();
  ASSERT_TRUE(c.Connect(Local(server->port()), DeadlineAfterMs(2000)).ok());
  EXPECT_FALSE(c.IsStale());
  std::string reply;
  EXPECT_TRUE(Echo(&c, "ping", DeadlineAfterMs(2000), &reply).ok());
  EXPECT_EQ(reply, "ping");
}

TEST(Connection, CloseIsReal) {
  TestServer server;
  Connection c;
  ASSERT_TRUE(c.Connect(Local(server.port()), DeadlineAfterMs(2000)).ok());
  int fd = c.fd();
  c.Close();
  EXPECT_FALSE(c.connected());
  EXPECT_EQ(c.fd(), -1);
  EXPECT_EQ(fcntl(fd, F_GETFD), -1);  // the descriptor is really gone
  std::vector<Response> rs;
  EXPECT_EQ(c.ReadAvailable(&rs).code(), Status::kNotConnected);
}

}  // namespace
}  // namespace client
}  // namespace geartrain
