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

#include <fstream>
#include <thread>

namespace geartrain {
namespace testing {

Exit RunDaemon(std::vector<std::string> args, int timeout_ms) {
  int pipefd[2];
  EXPECT_EQ(pipe(pipefd), 0);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(pipefd[1], STDERR_FILENO);
    dup2(pipefd[1], STDOUT_FILENO);
    close(pipefd[0]);
    std::vector<char*> argv;
    std::string bin = GEARTRAIND_PATH;
    argv.push_back(bin.data());
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  close(pipefd[1]);
  Exit e;
  auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  char buf[4096];
  for (;;) {
    pollfd p = {pipefd[0], POLLIN, 0};
    if (poll(&p, 1, 50) > 0) {
      ssize_t n = read(pipefd[0], buf, sizeof buf);
      if (n > 0) e.err.append(buf, static_cast<size_t>(n));
    }
    int status;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      // A daemonized child may still hold the pipe: drain without blocking.
      fcntl(pipefd[0], F_SETFL, O_NONBLOCK);
      ssize_t n;
      while ((n = read(pipefd[0], buf, sizeof buf)) > 0) e.err.append(buf, static_cast<size_t>(n));
      e.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      break;
    }
    if (Clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
      ADD_FAILURE() << "geartraind did not exit";
      break;
    }
  }
  close(pipefd[0]);
  return e;
}

uint16_t FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a = {};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  return ntohs(a.sin_port);
}

// A blocking TCP connection to 127.0.0.1:port, or -1.
int ConnectLoopback(uint16_t port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a = {};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

std::string Ask(uint16_t port, const std::string& cmd) {
  int fd = ConnectLoopback(port);
  std::string out;
  if (fd >= 0) {
    std::string line = cmd + "\n";
    (void)!write(fd, line.data(), line.size());
    pollfd p = {fd, POLLIN, 0};
    char buf[512];
    if (poll(&p, 1, 2000) > 0) {
      ssize_t n = read(fd, buf, sizeof buf);
      if (n > 0) out.assign(buf, static_cast<size_t>(n));
    }
  }
  if (fd >= 0) close(fd);
  return out;
}

bool WaitFor(const std::function<bool()>& cond, int timeout_ms) {
  auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  while (!cond()) {
    if (Clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return true;
}

pid_t ReadPid(const std::string& path) {
  std::ifstream in(path);
  long pid = 0;
  in >> pid;
  return static_cast<pid_t>(pid);
}

bool Alive(pid_t pid) { return pid > 0 && kill(pid, 0) == 0; }

pid_t Spawn(const std::vector<std::string>& args, const std::string& log) {
  pid_t pid = fork();
  if (pid == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) {
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
    }
    std::vector<std::string> copy = args;
    std::vector<char*> argv;
    std::string bin = GEARTRAIND_PATH;
    argv.push_back(bin.data());
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

int Reap(pid_t pid, int timeout_ms) {
  auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  for (;;) {
    int status;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    if (Clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

std::string AskAll(uint16_t port, const std::string& cmd, const std::string& terminator) {
  int fd = ConnectLoopback(port);
  std::string out;
  if (fd >= 0) {
    std::string line = cmd + "\n";
    (void)!write(fd, line.data(), line.size());
    char buf[4096];
    pollfd p = {fd, POLLIN, 0};
    while (out.size() < terminator.size() ||
           out.compare(out.size() - terminator.size(), terminator.size(), terminator) != 0) {
      if (poll(&p, 1, 5000) <= 0) break;
      ssize_t n = read(fd, buf, sizeof buf);
      if (n <= 0) break;
      out.append(buf, static_cast<size_t>(n));
    }
  }
  if (fd >= 0) close(fd);
  return out;
}

std::string MakeTempDir() {
  char tmpl[] = "/tmp/geartrain-test-XXXXXX";
  return mkdtemp(tmpl);
}

}  // namespace testing
}  // namespace geartrain
