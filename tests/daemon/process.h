// Running geartraind as a child process in tests: start, wait, ask, stop.
//
// Contract: everything waits for a condition with a deadline (never a bare
// sleep). RunDaemon runs the binary to completion and captures its output;
// Spawn starts it in the foreground and returns its pid. The binary's path is
// GEARTRAIND_PATH, set by the build.
#ifndef GEARTRAIN_TESTS_DAEMON_PROCESS_H_
#define GEARTRAIN_TESTS_DAEMON_PROCESS_H_

#include <sys/types.h>

#include <chrono>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace geartrain {
namespace testing {

using Clock = std::chrono::steady_clock;

struct Exit {
  int code = -1;
  std::string err;
};

// Runs geartraind with `args` and waits (bounded) for it to exit.
Exit RunDaemon(std::vector<std::string> args, int timeout_ms = 10000);
// Starts geartraind with `args` (not daemonized); its output goes to `log`.
pid_t Spawn(const std::vector<std::string>& args, const std::string& log);
// Waits for a spawned child to exit; returns its exit code (128+signal).
int Reap(pid_t pid, int timeout_ms = 10000);
uint16_t FreePort();
// Sends an admin command and returns the first reply bytes ("" if no server).
std::string Ask(uint16_t port, const std::string& cmd);
// Reads an admin reply up to its terminator.
std::string AskAll(uint16_t port, const std::string& cmd, const std::string& terminator);
bool WaitFor(const std::function<bool()>& cond, int timeout_ms = 10000);
pid_t ReadPid(const std::string& path);
bool Alive(pid_t pid);
std::string MakeTempDir();

}  // namespace testing
}  // namespace geartrain

#endif  // GEARTRAIN_TESTS_DAEMON_PROCESS_H_
