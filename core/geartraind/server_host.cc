#include "geartraind/server_host.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "client/deadline.h"
#include "client/server_address.h"
#include "store/sqlite_store.h"

namespace geartrain {

std::unique_ptr<QueueStore> OpenQueueStore(const DaemonOptions& options, std::string* error,
                                           std::string* notice) {
  error->clear();
  notice->clear();
  if (options.queue_type != "libsqlite3") return nullptr;
  SqliteStoreOptions so;
  so.path = options.sqlite_db;
  so.table = options.sqlite_table;
  so.max_pages = options.sqlite_max_pages;
  if (options.store_on_shutdown) so.mode = StoreMode::kShutdownOnly;
  if (!options.store_mode.empty()) ParseStoreMode(options.store_mode, &so.mode);
  std::unique_ptr<SqliteStore> sqlite = SqliteStore::Open(so, error);
  if (sqlite == nullptr) return nullptr;
  if (sqlite->imported_from_gearmand() > 0) {
    *notice = "imported " + std::to_string(sqlite->imported_from_gearmand()) +
              " queued jobs from gearmand's table " + so.table;
  }
  return sqlite;
}

namespace {

// Ports of the live hosts of this process, read by the fork handler. Plain
// atomics: the handler runs in the child, where no lock may be taken.
constexpr int kMaxHosts = 16;
std::atomic<uint16_t> g_host_ports[kMaxHosts];

void RegisterPort(uint16_t port) {
  for (auto& slot : g_host_ports) {
    uint16_t expected = 0;
    if (slot.compare_exchange_strong(expected, port)) return;
  }
  // More than kMaxHosts servers in one process: the extra ones keep their
  // sockets open in forked children (documented limit, not a failure).
}

void UnregisterPort(uint16_t port) {
  for (auto& slot : g_host_ports) {
    uint16_t expected = port;
    if (slot.compare_exchange_strong(expected, 0)) return;
  }
}

uint16_t LocalPort(int fd) {
  sockaddr_storage ss;
  socklen_t len = sizeof ss;
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len) != 0) return 0;
  if (ss.ss_family == AF_INET) return ntohs(reinterpret_cast<sockaddr_in*>(&ss)->sin_port);
  if (ss.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6*>(&ss)->sin6_port);
  return 0;
}

bool IsHostPort(uint16_t port) {
  if (port == 0) return false;
  for (auto& slot : g_host_ports) {
    if (slot.load() == port) return true;
  }
  return false;
}

}  // namespace

// Every socket whose local port is a host's port is that server's listener or
// one of its accepted connections (a client in this process connected to it
// has an ephemeral local port instead).
void ServerHost::CloseSocketsInChild() {
  bool any = false;
  for (auto& slot : g_host_ports) any = any || slot.load() != 0;
  if (!any) return;
  DIR* dir = opendir("/proc/self/fd");
  if (dir == nullptr) return;
  std::vector<int> doomed;
  int dir_fd = dirfd(dir);
  while (dirent* e = readdir(dir)) {
    int fd = atoi(e->d_name);
    if (e->d_name[0] == '.' || fd == dir_fd) continue;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode)) continue;
    if (IsHostPort(LocalPort(fd))) doomed.push_back(fd);
  }
  closedir(dir);
  for (int fd : doomed) close(fd);
  for (auto& slot : g_host_ports) slot.store(0);
}

std::unique_ptr<ServerHost> ServerHost::Create(const DaemonOptions& options, std::string* error) {
  static std::once_flag fork_handler;
  std::call_once(fork_handler,
                 [] { pthread_atfork(nullptr, nullptr, &ServerHost::CloseSocketsInChild); });
  std::string notice;
  std::unique_ptr<QueueStore> store = OpenQueueStore(options, error, &notice);
  if (!error->empty()) return nullptr;
  std::unique_ptr<ServerHost> host(new ServerHost());
  host->server_ = std::make_unique<Server>(options.server, std::move(store));
  if (!notice.empty()) host->server_->logger().Log(LogLevel::kNotice, notice);
  if (!host->server_->Start(error)) return nullptr;
  host->port_ = host->server_->port();
  host->owner_pid_ = getpid();
  const std::string& listen = options.server.listen_host;
  host->admin_host_ = listen.empty() || listen == "0.0.0.0" ? "127.0.0.1"
                      : listen == "::"                      ? "::1"
                                                            : listen;
  if (!options.pid_file.empty()) {
    FILE* f = fopen(options.pid_file.c_str(), "w");
    if (f == nullptr) {
      *error = "--pid-file " + options.pid_file + ": " + strerror(errno);
      return nullptr;
    }
    fprintf(f, "%ld\n", static_cast<long>(getpid()));
    fclose(f);
    host->pid_file_ = options.pid_file;
  }
  RegisterPort(host->port_);
  return host;
}

ServerHost::~ServerHost() {
  if (owner_pid_ != 0 && getpid() != owner_pid_) {
    // A forked child: the loop thread, libevent's and SQLite's state are the
    // parent's. Let go without touching them.
    (void)thread_.release();
    (void)server_.release();
    return;
  }
  Stop();
  if (thread_ != nullptr && thread_->joinable()) thread_->join();
  UnregisterPort(port_);
  server_.reset();  // never started: closes the listeners and the store
  if (!pid_file_.empty()) unlink(pid_file_.c_str());
}

bool ServerHost::StartThread(std::string* error) {
  if (thread_ != nullptr) {
    *error = "the server was already started";
    return false;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    loop_ended_ = false;
  }
  running_ = true;
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &old);
  thread_ = std::make_unique<std::thread>([this] { Serve(); });
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return true;
}

void ServerHost::Serve() {
  server_->Run();
  // The loop has ended: close every connection and the store now, so peers
  // see EOF at once rather than when the host object goes.
  std::lock_guard<std::mutex> lock(mu_);
  running_ = false;
  server_.reset();
  if (!pid_file_.empty()) unlink(pid_file_.c_str());
  pid_file_.clear();
  loop_ended_ = true;
  ended_.notify_all();
}

bool ServerHost::Wait(std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(mu_);
  return ended_.wait_for(lock, timeout, [this] { return loop_ended_; });
}

void ServerHost::Stop() {
  std::lock_guard<std::mutex> lock(mu_);
  if (running_.load() && server_ != nullptr) server_->Stop();
}

client::Status ServerHost::Status(std::vector<client::FunctionStatus>* rows,
                                  std::chrono::milliseconds timeout) {
  if (!running_.load()) return client::Status(client::Status::kNotConnected, "the server is not running");
  client::AdminClient admin;
  client::Deadline deadline = client::Clock::now() + timeout;
  client::Status s = admin.Connect(client::ServerAddress{admin_host_, port_}, deadline);
  if (!s.ok()) return s;
  return admin.GetStatus(deadline, rows);
}

}  // namespace geartrain
