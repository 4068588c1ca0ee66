// A job server assembled from geartraind's options (queue store + Server),
// for geartraind's main() and for embedding (Net_Gearman_Server in php-cli).
//
// Contract:
// - OpenQueueStore() turns the queue options into a store: nullptr with no
//   error for the memory queue (gearmand's builtin), nullptr with `error` set
//   when the SQLite file cannot be opened. `notice` gets a line worth telling
//   the operator (jobs imported from gearmand's table), if any.
// - ServerHost::Create() opens the store, binds every listener (port 0 picks
//   a free port, port() tells which), replays the queue and writes the pid
//   file (--pid-file): when it returns, clients can connect (the kernel
//   queues them until the loop runs).
// - StartThread() runs the event loop on a thread of its own, created with
//   every signal blocked, so signals keep going to the embedding thread (PHP
//   handlers, SIGINT). That thread only runs the core: it calls back into
//   nothing. Stop() (any thread, idempotent) ends it, as does the admin
//   `shutdown`; when the loop ends the thread closes every connection and
//   the store at once. Wait() waits for that end, bounded; the destructor
//   stops and joins. The pid file goes with the loop (or the host).
// - Fork: a child of the process that created the host closes its copies of
//   the server's sockets (listener and accepted connections, found as the
//   sockets bound to the server's port) at fork time, so the port and the
//   connections belong to the parent alone; in the child the host must not
//   be used, and its destructor releases nothing (the loop thread does not
//   exist there, and libevent and SQLite state must not be touched).
// - Status() asks the running server over its own admin port, so it is safe
//   from any thread while the loop runs elsewhere.
#ifndef GEARTRAIN_CORE_GEARTRAIND_SERVER_HOST_H_
#define GEARTRAIN_CORE_GEARTRAIND_SERVER_HOST_H_

#include <sys/types.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "client/admin_client.h"
#include "geartraind/options.h"
#include "server/server.h"
#include "store/queue_store.h"

namespace geartrain {

std::unique_ptr<QueueStore> OpenQueueStore(const DaemonOptions& options, std::string* error,
                                           std::string* notice);

class ServerHost {
 public:
  static std::unique_ptr<ServerHost> Create(const DaemonOptions& options, std::string* error);
  ~ServerHost();
  ServerHost(const ServerHost&) = delete;
  ServerHost& operator=(const ServerHost&) = delete;

  uint16_t port() const { return port_; }

  // Serves from a new thread. False (with `error`) when already started.
  bool StartThread(std::string* error);
  // True once the loop has ended (or never started).
  bool Wait(std::chrono::milliseconds timeout);
  void Stop();
  bool running() const { return running_.load(); }

  client::Status Status(std::vector<client::FunctionStatus>* rows,
                        std::chrono::milliseconds timeout);

 private:
  ServerHost() = default;
  void Serve();
  static void CloseSocketsInChild();

  std::unique_ptr<Server> server_;
  uint16_t port_ = 0;
  std::string admin_host_;  // where Status() connects
  std::string pid_file_;    // written after binding, removed by the owner's destructor
  pid_t owner_pid_ = 0;
  // Pointers so a forked child can let go of them without running their
  // destructors (a joinable std::thread would terminate the process).
  std::unique_ptr<std::thread> thread_;
  std::atomic<bool> running_{false};
  std::mutex mu_;
  std::condition_variable ended_;
  bool loop_ended_ = true;
};

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_GEARTRAIND_SERVER_HOST_H_
