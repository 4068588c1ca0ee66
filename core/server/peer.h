// What the scheduler knows about one connection, whatever role it plays.
//
// Contract: a Peer is a client, a worker, an admin session, or all at once.
// The scheduler appends replies to `out` and marks the peer dirty through its
// Outbox; the server's I/O layer writes `out` to the socket once per loop
// pass. Everything here is owned by the event-loop thread.
#ifndef GEARTRAIN_CORE_SERVER_PEER_H_
#define GEARTRAIN_CORE_SERVER_PEER_H_

#include <event2/buffer.h>

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace geartrain {

struct Function;
struct Job;

struct Ability {
  Function* function;
  uint32_t timeout_ms;  // CAN_DO_TIMEOUT; 0 = none
};

// A reply that must wait for the queue store: JOB_CREATED (or ERROR) for a
// background job not yet durable. Everything sent to the peer after it waits
// in `after`, so replies keep their order.
struct HeldReply {
  uint64_t job_id;
  bool resolved = false;
  std::string reply;         // the encoded JOB_CREATED or ERROR, once known
  evbuffer* after = nullptr; // output queued behind it
};

struct Peer {
  uint64_t id = 0;          // unique for the server's life, never reused
  int fd = -1;
  std::string address;      // peer IP, for `workers`
  std::string client_id = "-";
  evbuffer* out = nullptr;  // pending output

  bool exceptions = false;  // OPTION_REQ exceptions (or --exceptions)
  bool sleeping = false;    // said PRE_SLEEP and has not grabbed since
  bool noop_sent = false;   // was woken and has not grabbed since
  bool dirty = false;       // `out` has data the server has not tried to write
  bool closing = false;     // will be closed once its output is flushed

  uint64_t sleep_generation = 0;
  std::vector<Ability> abilities;  // registration order (rotated under -R)
  uint32_t runnable_abilities = 0;  // abilities whose function has queued jobs
  std::vector<Job*> running;       // jobs assigned to this worker
  std::vector<Job*> waiting_on;    // foreground jobs this client waits for
  // The handle of the last job this worker ended with WORK_EXCEPTION. Perl
  // Gearman::Worker and python-gearman follow an exception with WORK_FAIL for
  // the same job; that one is accepted silently (an ERROR kills Perl workers).
  std::string ended_by_exception;
  std::deque<HeldReply> held;      // replies waiting for the store, in order

  // Where output for this peer goes now: behind the last held reply, if any.
  evbuffer* tail() const { return held.empty() ? out : held.back().after; }
};

// Appends bytes to a peer's output, for AppendPacket.
struct PeerSink {
  evbuffer* out;
  void Append(const void* data, size_t n) { evbuffer_add(out, data, n); }
};

// Removes one occurrence of `value` from `v` (order not kept). Returns whether
// it was there.
template <typename T>
bool SwapRemove(std::vector<T>* v, const T& value) {
  for (size_t i = 0; i < v->size(); ++i) {
    if ((*v)[i] == value) {
      (*v)[i] = v->back();
      v->pop_back();
      return true;
    }
  }
  return false;
}

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_SERVER_PEER_H_
