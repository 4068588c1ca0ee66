// The Gearman job server: listeners, connections and the event loop.
//
// Contract:
// - Start() binds every listener (port 0 picks a free port; port() tells
//   which) and returns false with a one-line reason on failure. Run() drives
//   the loop on the calling thread until Stop(), a graceful stop completes, or
//   an admin `shutdown`.
// - Stop() and StopGracefully() may be called from any thread or a signal
//   handler context set up by InstallSignalHandlers(); everything else belongs
//   to the loop thread.
// - Per connection: read what is there, parse every complete unit, act, and
//   append replies; all output is written once per loop pass, after every
//   ready connection has been read (corked). Under Run(), the ready
//   connections are read after the pass, in one batch, and the pass's
//   writes go out in one batch (server/io_batch.h); a loop driven another
//   way reads in the callbacks and writes from a low-priority flush event.
// - A connection that breaks the framing gets an ERROR (when one applies) and
//   is closed once that is written; nobody else is affected.
#ifndef GEARTRAIN_CORE_SERVER_SERVER_H_
#define GEARTRAIN_CORE_SERVER_SERVER_H_

#include <event2/event.h>
#include <event2/listener.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "server/admin_commands.h"
#include "server/io_batch.h"
#include "server/scheduler.h"
#include "server/server_config.h"
#include "store/queue_store.h"
#include "util/logger.h"

namespace geartrain {

class Server : public Outbox {
 public:
  // `store` keeps background jobs (null: memory only, gearmand's builtin).
  explicit Server(ServerConfig config, std::unique_ptr<QueueStore> store = nullptr);
  ~Server() override;
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listeners and replays the store's jobs.
  bool Start(std::string* error);
  void Run();
  void Stop();
  void StopGracefully();
  // SIGTERM/SIGINT stop, SIGUSR1 stops gracefully, SIGHUP reopens the log.
  void InstallSignalHandlers();

  uint16_t port() const { return bound_port_; }
  Logger& logger() { return log_; }
  Scheduler& scheduler() { return *scheduler_; }
  const ServerConfig& config() const { return config_; }

  void MarkDirty(Peer* peer) override;

 private:
  struct Connection;

  bool Listen(std::string* error);
  void Accept(evutil_socket_t fd, const struct sockaddr* addr, int socklen);
  void OnReadable(Connection* conn);
  // Too much output waits for this peer: stop reading its requests (true).
  bool PauseIfBacklogged(Connection* conn);
  // Reads up to `budget` bytes with direct recv() calls; true at end of stream.
  bool ReadDirect(Connection* conn, size_t budget);
  // Where the next read goes: room for a chunk, more for a large packet.
  char* PrepareRead(Connection* conn, size_t* room);
  // Handles what one read brought: parse and act, close at end of stream.
  void AfterRead(Connection* conn, bool eof);
  // The connections found readable in this pass, read in one batch.
  void ReadQueued();
  // A send would block: wait for the socket to become writable.
  void AwaitWritable(Connection* conn);
  void OnWritable(Connection* conn);
  // Parses and acts on everything buffered; returns false to close.
  bool ProcessInput(Connection* conn);
  void Flush();
  // Flushes after the current pass (see Run()).
  void ScheduleFlush();
  // After writing: once the output is all out, stop waiting for the socket,
  // read again if reading was paused, and close a connection marked closing.
  void AfterWrite(Connection* conn);
  // Writes what it can (AfterWrite() then updates the connection's state);
  // returns false if the socket failed.
  bool WriteOut(Connection* conn);
  void ResumeReadingIfDrained(Connection* conn);
  void Close(Connection* conn, const char* why);
  void BeginGracefulStop();
  void CloseListeners();

  static void OnAccept(evconnlistener*, evutil_socket_t, struct sockaddr*, int, void*);
  static void OnAcceptError(evconnlistener*, void*);
  static void OnReadEvent(evutil_socket_t, short, void*);
  static void OnWriteEvent(evutil_socket_t, short, void*);
  static void OnFlushEvent(evutil_socket_t, short, void*);
  static void OnControlEvent(evutil_socket_t, short, void*);
  static void OnResumeAccept(evutil_socket_t, short, void*);
  static void OnSignal(evutil_socket_t, short, void*);

  ServerConfig config_;
  Logger log_;
  event_base* base_ = nullptr;
  std::unique_ptr<QueueStore> store_;
  std::unique_ptr<Scheduler> scheduler_;
  std::unique_ptr<AdminCommands> admin_;
  std::vector<evconnlistener*> listeners_;
  uint16_t bound_port_ = 0;
  uint64_t next_peer_id_ = 1;
  size_t connection_count_ = 0;

  IoBatch io_;
  std::vector<Connection*> readable_;  // found readable in this pass (batched reads)
  // One pass's read batch: the connections, the room each read was given,
  // and what each read returned.
  std::vector<Connection*> reading_;
  std::vector<size_t> read_rooms_;
  std::vector<ssize_t> read_results_;
  // One flush round's peers, and its send batch with the results.
  std::vector<Peer*> flushing_;
  std::vector<Connection*> sending_;
  std::vector<ssize_t> send_results_;
  bool in_read_batch_ = false;         // closed connections are not freed yet

  std::vector<Peer*> dirty_;
  std::vector<Connection*> graveyard_;  // closed, freed after the current flush
  event* flush_event_ = nullptr;
  bool flush_pending_ = false;
  bool in_run_ = false;  // Run() drives the loop: it reads and flushes after each pass

  event* control_event_ = nullptr;  // activated from other threads
  std::atomic<int> control_request_{0};
  event* resume_accept_event_ = nullptr;
  std::vector<event*> signal_events_;
  bool graceful_ = false;
};

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_SERVER_SERVER_H_
