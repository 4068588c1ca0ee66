// geartraind: a small main() over core/server.
//
// Start-up order: parse options; fork when -d (the parent waits on a pipe for
// the child's verdict, so bind errors still reach the terminal and the exit
// code); raise the descriptor limit; bind; switch user; write the pid file;
// run. Every failure is one line on stderr (or in the log) and exit 1.
#include <fcntl.h>
#include <grp.h>
#include <malloc.h>
#include <pwd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "geartraind/options.h"
#include "geartraind/server_host.h"
#include "server/server.h"

namespace geartrain {
namespace {

int Fail(int notify_fd, const std::string& message) {
  std::string line = "geartraind: " + message + "\n";
  if (notify_fd >= 0) {
    (void)!write(notify_fd, line.data(), line.size());
  } else {
    fputs(line.c_str(), stderr);
  }
  return 1;
}

// Forks; the parent returns only to exit with the child's start-up verdict.
// Returns the write end of the verdict pipe in the child.
int Daemonize(int* parent_exit) {
  int fds[2];
  if (pipe(fds) != 0) {
    *parent_exit = Fail(-1, std::string("pipe: ") + strerror(errno));
    return -1;
  }
  pid_t pid = fork();
  if (pid < 0) {
    *parent_exit = Fail(-1, std::string("fork: ") + strerror(errno));
    return -1;
  }
  if (pid > 0) {
    close(fds[1]);
    std::string verdict;
    char buf[512];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0) verdict.append(buf, static_cast<size_t>(n));
    if (verdict == "ok") {
      *parent_exit = 0;
    } else {
      fputs(verdict.empty() ? "geartraind: failed to start\n" : verdict.c_str(), stderr);
      *parent_exit = 1;
    }
    return -1;
  }
  close(fds[0]);
  setsid();
  int devnull = open("/dev/null", O_RDWR);
  if (devnull >= 0) {
    dup2(devnull, STDIN_FILENO);
    dup2(devnull, STDOUT_FILENO);
    if (devnull > STDERR_FILENO) close(devnull);
  }
  return fds[1];
}

bool SwitchUser(const std::string& user, std::string* error) {
  struct passwd* pw = getpwnam(user.c_str());
  if (pw == nullptr) {
    *error = "-u " + user + ": no such user";
    return false;
  }
  if (getuid() != 0) {
    if (pw->pw_uid == getuid()) return true;
    *error = "-u " + user + ": only root can switch users";
    return false;
  }
  if (initgroups(pw->pw_name, pw->pw_gid) != 0 || setgid(pw->pw_gid) != 0 ||
      setuid(pw->pw_uid) != 0) {
    *error = "-u " + user + ": " + strerror(errno);
    return false;
  }
  return true;
}

int Main(int argc, char** argv) {
  // Large payloads pass through here in buffers of a few MiB. With glibc's
  // defaults each one is a fresh mmap or heap growth that is given back at
  // free, so every job pays page faults again; keep freed memory for reuse
  // instead (the scheduler trims explicitly once a burst has drained).
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  DaemonOptions opt;
  ParseResult parsed = ParseOptions(std::vector<std::string>(argv + 1, argv + argc), &opt);
  if (!parsed.ok) return Fail(-1, parsed.error);
  if (opt.show_help) {
    fputs(UsageText().c_str(), stdout);
    return 0;
  }
  if (opt.show_version) {
    fputs(VersionText().c_str(), stdout);
    return 0;
  }
  if (opt.check_args) return 0;

  int notify_fd = -1;
  if (opt.daemon) {
    int parent_exit = 0;
    notify_fd = Daemonize(&parent_exit);
    if (notify_fd < 0) return parent_exit;
  }
  if (opt.file_descriptors > 0) {
    struct rlimit rl = {static_cast<rlim_t>(opt.file_descriptors),
                        static_cast<rlim_t>(opt.file_descriptors)};
    if (setrlimit(RLIMIT_NOFILE, &rl) != 0) {
      return Fail(notify_fd, "--file-descriptors " + std::to_string(opt.file_descriptors) + ": " +
                                 strerror(errno));
    }
  }

  std::string store_error, notice;
  std::unique_ptr<QueueStore> store = OpenQueueStore(opt, &store_error, &notice);
  if (!store_error.empty()) return Fail(notify_fd, store_error);
  if (!notice.empty()) fprintf(stderr, "geartraind: %s\n", notice.c_str());
  Server server(opt.server, std::move(store));
  std::string error;
  if (!server.Start(&error)) return Fail(notify_fd, error);
  if (!opt.user.empty() && !SwitchUser(opt.user, &error)) return Fail(notify_fd, error);
  if (!opt.pid_file.empty()) {
    FILE* f = fopen(opt.pid_file.c_str(), "w");
    if (f == nullptr) {
      return Fail(notify_fd, "--pid-file " + opt.pid_file + ": " + strerror(errno));
    }
    fprintf(f, "%ld\n", static_cast<long>(getpid()));
    fclose(f);
  }
  server.InstallSignalHandlers();
  if (notify_fd >= 0) {
    (void)!write(notify_fd, "ok", 2);
    close(notify_fd);
    // Detach from the caller's terminal or pipe entirely; the log file is
    // where a daemon speaks from now on.
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) {
      dup2(devnull, STDERR_FILENO);
      if (devnull > STDERR_FILENO) close(devnull);
    }
  }
  server.logger().Log(LogLevel::kNotice,
                      "geartraind ready on port " + std::to_string(server.port()));
  server.Run();
  if (!opt.pid_file.empty()) unlink(opt.pid_file.c_str());
  return 0;
}

}  // namespace
}  // namespace geartrain

int main(int argc, char** argv) { return geartrain::Main(argc, argv); }
