// A poll() loop over the load generator's connections.
//
// Contract:
// - A Peer owns one Connection and reacts to frames (OnFrame) by queueing
//   requests. After all frames of one read are handled, OnReadBatch() lets it
//   refill a window in one go; the loop then flushes once. So a read of 500
//   JOB_CREATED costs one read(), 500 parses and one write().
// - Run() returns when `done()` holds (checked after every poll round), on a
//   protocol or socket error, or when `deadline_ns` passes; *error says which.
//   A server that stops answering therefore ends the run with a message
//   instead of hanging the benchmark.
// - A peer can record a fatal error with Fail(); the loop stops at the end of
//   the round.
// Single-threaded; peers are not owned by the loop.
#ifndef GEARTRAIN_BENCH_EVENT_LOOP_H_
#define GEARTRAIN_BENCH_EVENT_LOOP_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "connection.h"

namespace geartrain::bench {

class Peer : public Connection::FrameHandler {
 public:
  ~Peer() override = default;

  Connection& conn() { return conn_; }
  const Connection& conn() const { return conn_; }
  // Queues the peer's first requests (registration, first window).
  virtual void OnStart(uint64_t now_ns) = 0;
  // Called once after every batch of frames read from this peer.
  virtual void OnReadBatch(uint64_t /*now_ns*/) {}
  // A one-line account of where the peer is, for error messages.
  virtual std::string Describe() const = 0;

  const std::string& failure() const { return failure_; }

 protected:
  void Fail(std::string why) {
    if (failure_.empty()) failure_ = std::move(why);
  }

 private:
  Connection conn_;
  std::string failure_;
};

class EventLoop {
 public:
  void Add(Peer* peer) { peers_.push_back(peer); }
  const std::vector<Peer*>& peers() const { return peers_; }

  // Calls OnStart on every peer added since the last Start() and flushes;
  // *start_ns is the time their first requests were queued. Returns false if a
  // connection is already dead. Lets a scenario bring workers up first and
  // start the clock only when the clients start.
  bool Start(uint64_t* start_ns, std::string* error);
  // See the contract above. Returns true when done() held.
  bool Run(const std::function<bool()>& done, uint64_t deadline_ns, std::string* error);

  // The time the most recent read completed (the end of a run).
  uint64_t last_read_ns() const { return last_read_ns_; }

 private:
  bool FlushAll(std::string* error);

  std::vector<Peer*> peers_;
  size_t started_ = 0;  // peers_[0, started_) have had OnStart
  uint64_t last_read_ns_ = 0;
};

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_EVENT_LOOP_H_
