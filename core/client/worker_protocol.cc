#include "client/worker_protocol.h"

#include <errno.h>
#include <poll.h>
#include <string.h>

#include "protocol/wire.h"

namespace geartrain {
namespace client {

namespace {

Status SendOne(Connection* conn, const std::string& packet, Deadline deadline) {
  if (!conn->connected()) return Status(Status::kNotConnected, "Not connected");
  conn->Queue(packet);
  return conn->Flush(deadline);
}

}  // namespace

namespace {

enum class GrabAnswer { kNone, kNoJob, kAssigned, kUnexpected };

// One packet read while a GRAB is in flight: only NOOPs (wake-ups from an
// earlier PRE_SLEEP) may come before the answer.
GrabAnswer TakeGrabAnswer(Response* r, AssignedJob* job) {
  switch (r->type) {
    case PacketType::kNoop:
      return GrabAnswer::kNone;
    case PacketType::kNoJob:
      return GrabAnswer::kNoJob;
    case PacketType::kJobAssignUniq:
      job->handle = std::move(r->fields[0]);
      job->function = std::move(r->fields[1]);
      job->unique = std::move(r->fields[2]);
      job->workload = std::move(r->payload);
      return GrabAnswer::kAssigned;
    case PacketType::kJobAssign:
      job->handle = std::move(r->fields[0]);
      job->function = std::move(r->fields[1]);
      job->unique.clear();
      job->workload = std::move(r->payload);
      return GrabAnswer::kAssigned;
    default:
      return GrabAnswer::kUnexpected;
  }
}

const char kUnexpectedReply[] = "Holy Cow! What are you doing?!";

}  // namespace

Status GrabJob(Connection* conn, Deadline deadline, AssignedJob* job, bool* assigned) {
  *assigned = false;
  Status s = SendGrabJob(conn, deadline);
  if (!s.ok()) return s;
  std::deque<Response> pending;  // only NOOPs can follow the answer; dropped
  return AwaitGrabReply(conn, deadline, &pending, job, assigned);
}

Status SendGrabJob(Connection* conn, Deadline deadline) {
  return SendOne(conn, EncodePacket(Magic::kRequest, PacketType::kGrabJobUniq, {}), deadline);
}

void QueueGrabJob(Connection* conn) {
  conn->Queue(EncodePacket(Magic::kRequest, PacketType::kGrabJobUniq, {}));
}

Status AwaitGrabReply(Connection* conn, Deadline deadline, std::deque<Response>* pending,
                      AssignedJob* job, bool* assigned) {
  *assigned = false;
  std::vector<Response> rs;
  for (;;) {
    while (!pending->empty()) {
      Response r = std::move(pending->front());
      pending->pop_front();
      switch (TakeGrabAnswer(&r, job)) {
        case GrabAnswer::kNone:
          break;
        case GrabAnswer::kNoJob:
          return Status::Ok();
        case GrabAnswer::kAssigned:
          *assigned = true;
          return Status::Ok();
        case GrabAnswer::kUnexpected:
          return Status(Status::kProtocolError, kUnexpectedReply);
      }
    }
    rs.clear();
    Status s = conn->ReadWait(&rs, deadline);
    for (Response& r : rs) pending->push_back(std::move(r));
    if (!s.ok() && pending->empty()) return s;
  }
}

Status SetClientId(Connection* conn, std::string_view id, Deadline deadline) {
  return SendOne(conn, EncodePacket(Magic::kRequest, PacketType::kSetClientId, {id}), deadline);
}

Status PreSleep(Connection* conn, Deadline deadline) {
  return SendOne(conn, EncodePacket(Magic::kRequest, PacketType::kPreSleep, {}), deadline);
}

Status ResetAbilities(Connection* conn, Deadline deadline) {
  return SendOne(conn, EncodePacket(Magic::kRequest, PacketType::kResetAbilities, {}), deadline);
}

Status CanDo(Connection* conn, std::string_view function, Deadline deadline) {
  return SendOne(conn, EncodePacket(Magic::kRequest, PacketType::kCanDo, {function}), deadline);
}

Status WorkFail(Connection* conn, std::string_view handle, Deadline deadline) {
  return SendOne(conn, EncodePacket(Magic::kRequest, PacketType::kWorkFail, {handle}), deadline);
}

Status WorkException(Connection* conn, std::string_view handle, std::string_view message,
                     Deadline deadline) {
  return SendOne(conn, EncodePacket(Magic::kRequest, PacketType::kWorkException, {handle}, message),
                 deadline);
}

Status WaitForWake(const std::vector<Connection*>& conns, Deadline deadline, WakeResult* out) {
  out->woken.assign(conns.size(), false);
  out->any = false;
  out->interrupted = false;
  std::vector<pollfd> fds;
  std::vector<size_t> index;
  fds.reserve(conns.size());
  for (size_t i = 0; i < conns.size(); ++i) {
    Connection* c = conns[i];
    if (c == nullptr) continue;
    if (!c->connected() || c->has_buffered_input()) {
      // Closed under us, or bytes already read (a NOOP): wake now.
      out->woken[i] = out->any = true;
      continue;
    }
    fds.push_back(pollfd{c->fd(), POLLIN, 0});
    index.push_back(i);
  }
  if (out->any) return Status::Ok();
  int n = poll(fds.empty() ? nullptr : fds.data(), fds.size(), RemainingMs(deadline));
  if (n < 0) {
    if (errno == EINTR) {
      out->interrupted = true;
      return Status::Ok();
    }
    int err = errno;
    return Status(Status::kIoError,
                  "Socket error (" + std::to_string(err) + "): " + strerror(err));
  }
  for (size_t k = 0; k < fds.size() && n > 0; ++k) {
    if (fds[k].revents != 0) {
      out->woken[index[k]] = out->any = true;
    }
  }
  return Status::Ok();
}

long long RetryDelaySeconds(long long base_seconds, long long max_seconds, long long failures) {
  if (failures < 1) failures = 1;
  long long shift = failures - 1;
  // Past 62 bits the shift overflows; the cap applies long before that.
  long long wait = shift >= 62 || base_seconds > (0x7fffffffffffffffLL >> shift)
                       ? max_seconds
                       : base_seconds << shift;
  return wait < max_seconds ? wait : max_seconds;
}

}  // namespace client
}  // namespace geartrain
