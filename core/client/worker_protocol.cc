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

Status GrabJob(Connection* conn, Deadline deadline, AssignedJob* job, bool* assigned) {
  *assigned = false;
  Status s = SendOne(conn, EncodePacket(Magic::kRequest, PacketType::kGrabJobUniq, {}), deadline);
  if (!s.ok()) return s;
  std::vector<Response> rs;
  for (;;) {
    rs.clear();
    s = conn->ReadWait(&rs, deadline);
    bool answered = false;
    for (Response& r : rs) {
      if (answered) continue;  // only NOOPs can follow; they are dropped
      switch (r.type) {
        case PacketType::kNoop:
          break;
        case PacketType::kNoJob:
          answered = true;
          break;
        case PacketType::kJobAssignUniq:
          job->handle = std::move(r.fields[0]);
          job->function = std::move(r.fields[1]);
          job->unique = std::move(r.fields[2]);
          job->workload = std::move(r.payload);
          *assigned = answered = true;
          break;
        case PacketType::kJobAssign:
          job->handle = std::move(r.fields[0]);
          job->function = std::move(r.fields[1]);
          job->unique.clear();
          job->workload = std::move(r.payload);
          *assigned = answered = true;
          break;
        default:
          return Status(Status::kProtocolError, "Holy Cow! What are you doing?!");
      }
    }
    if (answered) return Status::Ok();
    if (!s.ok()) return s;
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
