// The worker's side of the Gearman protocol over borrowed client::Connection
// objects, plus the reconnect schedule. The PHP binding (php_ext/worker.cc)
// only runs callbacks and maps data; packets and waiting live here.
//
// Contract:
// - Connections are borrowed: nothing here owns, opens or closes a socket,
//   except that a failed read or write closes it (Connection's own rule), so
//   connected() tells the caller to put that server to sleep.
// - GrabJob() sends GRAB_JOB_UNIQ and waits (up to the deadline) for the
//   answer, skipping NOOPs: NO_JOB, or JOB_ASSIGN_UNIQ (also JOB_ASSIGN from
//   servers that answer the plain form), binary safe. SendGrabJob() and
//   AwaitGrabReply() are its two halves (QueueGrabJob() a SendGrabJob() that
//   rides on the next write), for a worker that asks for its next job before
//   it runs the current one (prefetch): the server answers while the job
//   runs, and the answer is collected afterwards. The protocol allows several
//   GRABs in flight on one connection; the answers come in order.
// - WaitForWake() is ONE poll() over every connection: it returns when any
//   socket is readable (a NOOP after PRE_SLEEP, EOF or an error), when the
//   deadline passes, or at once on EINTR (`interrupted`), so the caller can
//   run signal handlers. Bytes are never consumed: the next GrabJob() skips
//   the NOOP.
// - RetryDelaySeconds() is Net_Gearman's back-off: min(max, base << (n-1)).
// Not thread-safe; never calls back into user code.
#ifndef GEARTRAIN_CORE_CLIENT_WORKER_PROTOCOL_H_
#define GEARTRAIN_CORE_CLIENT_WORKER_PROTOCOL_H_

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "client/connection.h"
#include "client/deadline.h"
#include "client/status.h"

namespace geartrain {
namespace client {

struct AssignedJob {
  std::string handle;
  std::string function;
  std::string unique;  // empty when the server sent plain JOB_ASSIGN
  std::string workload;
};

// Sends GRAB_JOB_UNIQ; *assigned is false on NO_JOB. A failure closes the
// connection when it is a socket or protocol failure; kTimeout leaves it open
// but the caller should not reuse it (a late reply would be misread).
Status GrabJob(Connection* conn, Deadline deadline, AssignedJob* job, bool* assigned);

// Sends GRAB_JOB_UNIQ and returns without waiting for the answer.
Status SendGrabJob(Connection* conn, Deadline deadline);

// Appends GRAB_JOB_UNIQ to the connection's output without writing it: the
// next Flush() (say, of the WORK_COMPLETE that follows) carries both in one
// write.
void QueueGrabJob(Connection* conn);

// Collects the answer to the oldest GRAB_JOB_UNIQ in flight. `pending` holds
// packets already read off this connection and not yet looked at; they are
// consumed up to and including the answer, and whatever is read after the
// answer (the answers to later GRABs) stays in `pending` for the next call.
// Same results as GrabJob().
Status AwaitGrabReply(Connection* conn, Deadline deadline, std::deque<Response>* pending,
                      AssignedJob* job, bool* assigned);

// Fire-and-flush senders for the worker's one-way packets.
Status SetClientId(Connection* conn, std::string_view id, Deadline deadline);
Status PreSleep(Connection* conn, Deadline deadline);
Status ResetAbilities(Connection* conn, Deadline deadline);
Status CanDo(Connection* conn, std::string_view function, Deadline deadline);
Status WorkFail(Connection* conn, std::string_view handle, Deadline deadline);
// WORK_EXCEPTION(handle, message).
Status WorkException(Connection* conn, std::string_view handle, std::string_view message,
                     Deadline deadline);

struct WakeResult {
  std::vector<bool> woken;  // per connection: readable, EOF or error
  bool any = false;
  bool interrupted = false;  // poll() returned EINTR: a signal is pending
};

// REQUIRES: every connection is connected(); NULL entries are skipped.
// With no connections it is a plain interruptible sleep until the deadline.
Status WaitForWake(const std::vector<Connection*>& conns, Deadline deadline, WakeResult* out);

// min(max_seconds, base_seconds << (failures - 1)); failures < 1 counts as 1.
long long RetryDelaySeconds(long long base_seconds, long long max_seconds, long long failures);

}  // namespace client
}  // namespace geartrain

#endif  // GEARTRAIN_CORE_CLIENT_WORKER_PROTOCOL_H_
