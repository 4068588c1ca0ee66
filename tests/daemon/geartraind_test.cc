// geartraind as a process: exit codes, pid file, daemon mode, signals.
// The binary's path comes from the build (GEARTRAIND_PATH).
#include "process.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace geartrain {
namespace testing {
namespace {

class Daemon : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    port_ = FreePort();
  }
  void TearDown() override {
    pid_t pid = ReadPid(dir_ + "/pid");
    if (Alive(pid)) kill(pid, SIGKILL);
    std::string cmd = "rm -rf " + dir_;
    (void)!system(cmd.c_str());
  }
  // Starts a daemonized server; returns its pid once it answers.
  pid_t StartDaemon(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"-d", "--port=" + std::to_string(port_), "--listen=127.0.0.1",
                                     "--pid-file=" + dir_ + "/pid", "--log-file=" + dir_ + "/log",
                                     "--verbose=INFO"};
    args.insert(args.end(), extra.begin(), extra.end());
    Exit e = RunDaemon(args);
    EXPECT_EQ(e.code, 0) << e.err;
    EXPECT_TRUE(WaitFor([&] { return Ask(port_, "version") == "OK 1.1.20\n"; }));
    return ReadPid(dir_ + "/pid");
  }
  std::string dir_;
  uint16_t port_ = 0;
};

TEST_F(Daemon, CheckArgsHelpVersion) {
  EXPECT_EQ(RunDaemon({"--check-args", "--port=1234", "--verbose=DEBUG"}).code, 0);
  Exit h = RunDaemon({"--help"});
  EXPECT_EQ(h.code, 0);
  EXPECT_NE(h.err.find("--round-robin"), std::string::npos);
  Exit v = RunDaemon({"-V"});
  EXPECT_EQ(v.code, 0);
  EXPECT_NE(v.err.find("geartraind"), std::string::npos);
}

TEST_F(Daemon, BadFlagsExitOneWithOneLine) {
  for (std::vector<std::string> args :
       {std::vector<std::string>{"--no-such-flag"}, {"--verbose=LOUD"}, {"-p", "x"}, {"stray"}}) {
    Exit e = RunDaemon(args);
    EXPECT_EQ(e.code, 1) << args[0];
    EXPECT_EQ(e.err.rfind("geartraind: ", 0), 0u) << e.err;
    EXPECT_EQ(std::count(e.err.begin(), e.err.end(), '\n'), 1) << e.err;
  }
}

TEST_F(Daemon, PortInUseIsAnErrorEvenWhenDaemonized) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a = {};
  a.sin_family = AF_INET;
  a.sin_port = htons(port_);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  listen(fd, 1);
  Exit e = RunDaemon({"-d", "--port=" + std::to_string(port_), "--listen=127.0.0.1"});
  EXPECT_EQ(e.code, 1);
  EXPECT_NE(e.err.find("bind"), std::string::npos) << e.err;
  close(fd);
}

TEST_F(Daemon, QueueFileProblemsExitOneWithOneLine) {
  std::string locked_db = dir_ + "/locked.db";
  pid_t holder = Spawn({"--port=" + std::to_string(port_), "--listen=127.0.0.1",
                        "--sqlite=" + locked_db, "--log-file=none"},
                       dir_ + "/holder.out");
  ASSERT_TRUE(WaitFor([&] { return Ask(port_, "version") == "OK 1.1.20\n"; }));
  std::ofstream(dir_ + "/corrupt.db") << std::string(4096, 'x');
  struct Case {
    std::vector<std::string> args;
    std::string needle;
  } cases[] = {
      {{"-q", "libsqlite3"}, "missing required --libsqlite3-db"},
      {{"--sqlite=" + dir_ + "/missing/dir/q.db"}, "cannot open"},
      {{"--sqlite=" + dir_ + "/corrupt.db"}, "not a usable SQLite database"},
      {{"--sqlite=" + locked_db}, "locked by another process"},
      {{"--sqlite=" + locked_db, "--store-mode=fast"}, "unknown mode"},
      {{"--store-queue-on-shutdown"}, "need -q libsqlite3"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = c.args;
    args.push_back("--port=" + std::to_string(FreePort()));
    args.push_back("--listen=127.0.0.1");
    Exit e = RunDaemon(args);
    EXPECT_EQ(e.code, 1) << c.args[0] << ": " << e.err;
    EXPECT_NE(e.err.find(c.needle), std::string::npos) << e.err;
    EXPECT_EQ(std::count(e.err.begin(), e.err.end(), '\n'), 1) << e.err;
  }
  kill(holder, SIGTERM);
  EXPECT_EQ(Reap(holder), 0);
}

TEST_F(Daemon, SigtermStopsAndRemovesPidFile) {
  pid_t pid = StartDaemon();
  ASSERT_TRUE(Alive(pid));
  EXPECT_EQ(Ask(port_, "getpid"), "OK " + std::to_string(pid) + "\n");
  kill(pid, SIGTERM);
  EXPECT_TRUE(WaitFor([&] { return !Alive(pid); }));
  struct stat st;
  EXPECT_NE(stat((dir_ + "/pid").c_str(), &st), 0);
}

TEST_F(Daemon, Sigusr1DrainsThenExits) {
  pid_t pid = StartDaemon();
  // Queue a background job by raw packet, then ask for a graceful stop.
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a = {};
  a.sin_family = AF_INET;
  a.sin_port = htons(port_);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  const char submit[] = "\0REQ\0\0\0\x12\0\0\0\x04" "f\0\0x";
  (void)!write(fd, submit, sizeof submit - 1);
  char buf[64];
  pollfd p = {fd, POLLIN, 0};
  ASSERT_GT(poll(&p, 1, 5000), 0);
  ASSERT_GT(read(fd, buf, sizeof buf), 0);  // JOB_CREATED
  kill(pid, SIGUSR1);
  // New connections are refused; the process stays while the job is queued.
  EXPECT_TRUE(WaitFor([&] { return Ask(port_, "version").empty(); }));
  EXPECT_TRUE(Alive(pid));
  // A worker on the existing connection takes and finishes the job.
  const char cando[] = "\0REQ\0\0\0\x01\0\0\0\x01" "f";
  const char grab[] = "\0REQ\0\0\0\x09\0\0\0\0";
  (void)!write(fd, cando, sizeof cando - 1);
  (void)!write(fd, grab, sizeof grab - 1);
  std::string assign;
  while (assign.size() < 12 || assign.size() < 12 + static_cast<size_t>(assign[11])) {
    ASSERT_GT(poll(&p, 1, 5000), 0);
    ssize_t n = read(fd, buf, sizeof buf);
    ASSERT_GT(n, 0);
    assign.append(buf, static_cast<size_t>(n));
  }
  std::string handle = assign.substr(12, assign.find('\0', 12) - 12);
  std::string complete = std::string("\0REQ\0\0\0\x0d\0\0\0", 11) +
                         static_cast<char>(handle.size() + 1) + handle + std::string(1, '\0');
  (void)!write(fd, complete.data(), complete.size());
  EXPECT_TRUE(WaitFor([&] { return !Alive(pid); }));
  close(fd);
}

TEST_F(Daemon, SighupReopensLog) {
  pid_t pid = StartDaemon();
  std::string log = dir_ + "/log";
  ASSERT_EQ(rename(log.c_str(), (log + ".1").c_str()), 0);
  kill(pid, SIGHUP);
  // The reopened file fills again with the next connection's INFO lines.
  EXPECT_TRUE(WaitFor([&] {
    Ask(port_, "version");
    struct stat st;
    return stat(log.c_str(), &st) == 0 && st.st_size > 0;
  }));
}

}  // namespace
}  // namespace testing
}  // namespace geartrain
