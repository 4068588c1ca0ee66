// ServerHost: the job server as a library (what Net_Gearman_Server embeds).
#include "geartraind/server_host.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "harness.h"

namespace geartrain {
namespace {

using testing::Conn;
using std::chrono::milliseconds;

DaemonOptions Options(const std::vector<std::string>& args) {
  DaemonOptions o;
  ParseResult r = ParseOptions(args, &o);
  EXPECT_TRUE(r.ok) << r.error;
  return o;
}

int64_t Queued(ServerHost* host, const std::string& fn) {
  std::vector<client::FunctionStatus> rows;
  client::Status s = host->Status(&rows, milliseconds(2000));
  EXPECT_TRUE(s.ok()) << s.ToString();
  for (const auto& r : rows) {
    if (r.name == fn) return r.queued_n;
  }
  return 0;
}

TEST(ServerHost, ServesFromItsOwnThreadUntilStopped) {
  std::string error;
  auto host = ServerHost::Create(Options({"-p", "0", "-L", "127.0.0.1", "--log-file=none"}), &error);
  ASSERT_NE(host, nullptr) << error;
  EXPECT_NE(host->port(), 0);
  EXPECT_FALSE(host->running());
  ASSERT_TRUE(host->StartThread(&error));
  EXPECT_FALSE(host->StartThread(&error));
  EXPECT_EQ(error, "the server was already started");
  Conn client(host->port());
  client.Submit(PacketType::kSubmitJobBg, "f", "u", "x");
  EXPECT_EQ(Queued(host.get(), "f"), 1);
  EXPECT_FALSE(host->Wait(milliseconds(10)));
  host->Stop();
  EXPECT_TRUE(host->Wait(milliseconds(5000)));
  EXPECT_FALSE(host->running());
  EXPECT_TRUE(client.ExpectClosed());
}

TEST(ServerHost, AdminShutdownEndsTheLoop) {
  std::string error;
  auto host = ServerHost::Create(Options({"-p", "0", "-L", "127.0.0.1", "--log-file=none"}), &error);
  ASSERT_NE(host, nullptr) << error;
  ASSERT_TRUE(host->StartThread(&error));
  Conn admin(host->port());
  EXPECT_EQ(admin.Admin("shutdown", "\n"), "OK\r\n");
  EXPECT_TRUE(host->Wait(milliseconds(5000)));
}

TEST(ServerHost, BadOptionsAreErrorsNotCrashes) {
  std::string error;
  DaemonOptions o = Options({"-p", "0", "-q", "libsqlite3", "--libsqlite3-db=/nonexistent/dir/q.db"});
  EXPECT_EQ(ServerHost::Create(o, &error), nullptr);
  EXPECT_NE(error.find("/nonexistent/dir/q.db"), std::string::npos) << error;
  // A port someone else holds.
  auto first = ServerHost::Create(Options({"-p", "0", "-L", "127.0.0.1", "--log-file=none"}), &error);
  ASSERT_NE(first, nullptr) << error;
  auto second = ServerHost::Create(
      Options({"-p", std::to_string(first->port()), "-L", "127.0.0.1", "--log-file=none"}), &error);
  EXPECT_EQ(second, nullptr);
  EXPECT_FALSE(error.empty());
}

TEST(ServerHost, SqliteQueueSurvivesARestart) {
  char dir[] = "/tmp/gt-host-XXXXXX";
  ASSERT_NE(mkdtemp(dir), nullptr);
  std::string db = std::string(dir) + "/q.db";
  std::vector<std::string> args = {"-p", "0", "-L", "127.0.0.1", "--log-file=none",
                                   "-q", "libsqlite3", "--libsqlite3-db=" + db};
  std::string error;
  {
    auto host = ServerHost::Create(Options(args), &error);
    ASSERT_NE(host, nullptr) << error;
    ASSERT_TRUE(host->StartThread(&error));
    Conn client(host->port());
    client.Submit(PacketType::kSubmitJobBg, "f", "u1", "durable");
  }
  auto host = ServerHost::Create(Options(args), &error);
  ASSERT_NE(host, nullptr) << error;
  ASSERT_TRUE(host->StartThread(&error));
  EXPECT_EQ(Queued(host.get(), "f"), 1);
  host.reset();
  unlink(db.c_str());
  rmdir(dir);
}

// The child of a fork must not keep the server's port or connections: the
// parent alone serves, and the parent's closes reach the peers.
TEST(ServerHost, ForkedChildLetsGoOfTheSockets) {
  std::string error;
  auto host = ServerHost::Create(Options({"-p", "0", "-L", "127.0.0.1", "--log-file=none"}), &error);
  ASSERT_NE(host, nullptr) << error;
  ASSERT_TRUE(host->StartThread(&error));
  Conn client(host->port());  // one accepted connection exists at fork time
  client.Submit(PacketType::kSubmitJobBg, "f", "u1", "x");
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    // Count the sockets bound to the server's port that this child still has.
    int held = 0;
    for (int fd = 0; fd < 1024; ++fd) {
      sockaddr_storage ss;
      socklen_t len = sizeof ss;
      if (getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len) == 0 &&
          ss.ss_family == AF_INET &&
          ntohs(reinterpret_cast<sockaddr_in*>(&ss)->sin_port) == host->port()) {
        ++held;
      }
    }
    host.reset();  // must neither stop the parent's server nor crash
    _exit(held);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_TRUE(host->running());
  client.Submit(PacketType::kSubmitJobBg, "f", "u2", "y");
  EXPECT_EQ(Queued(host.get(), "f"), 2);
  host.reset();
  EXPECT_TRUE(client.ExpectClosed());
}

}  // namespace
}  // namespace geartrain
