#include "client/task_runner.h"

#include <errno.h>
#include <poll.h>

#include "protocol/wire.h"

namespace geartrain {
namespace client {
namespace {

bool IsBackground(PacketType t) {
  return t == PacketType::kSubmitJobBg || t == PacketType::kSubmitJobHighBg ||
         t == PacketType::kSubmitJobLowBg || t == PacketType::kSubmitJobEpoch;
}

bool IsSubmit(PacketType t) {
  return t == PacketType::kSubmitJob || t == PacketType::kSubmitJobHigh ||
         t == PacketType::kSubmitJobLow || IsBackground(t);
}

uint64_t ToU64(const std::string& s) {
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') break;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

Deadline DeadlineFor(int timeout_ms) {
  return timeout_ms < 0 ? Deadline::max() : DeadlineAfterMs(timeout_ms);
}

}  // namespace

TaskRunner::TaskRunner(std::vector<Connection*> connections, Options options) : options_(options) {
  servers_.reserve(connections.size());
  for (Connection* c : connections) servers_.push_back(Server{c, {}, {}, 0});
}

TaskRunner::~TaskRunner() {
  for (Server& s : servers_) {
    if (s.conn != nullptr && !s.waiting.empty()) s.conn->Close();
  }
}

Status TaskRunner::Submit(const Submission& sub, size_t* index) {
  if (sub.server >= servers_.size() || servers_[sub.server].conn == nullptr) {
    return Status(Status::kInvalidArgument, "Invalid server index");
  }
  if (!IsSubmit(sub.type)) return Status(Status::kInvalidArgument, "Invalid submit packet type");
  if (sub.type == PacketType::kSubmitJobEpoch &&
      (sub.epoch.empty() || sub.epoch.find_first_not_of("0123456789") != std::string::npos)) {
    return Status(Status::kInvalidArgument, "Invalid epoch");
  }
  Server& s = servers_[sub.server];
  if (!s.conn->connected()) return Status(Status::kNotConnected, "Not connected");
  if (options_.exceptions && !s.conn->exceptions_enabled()) {
    s.conn->Queue(EncodePacket(Magic::kRequest, PacketType::kOptionReq, {"exceptions"}));
    s.conn->set_exceptions_enabled(true);  // optimistic; an ERROR reply turns it off
    s.waiting.push_back(kOptionMarker);
  }
  if (sub.type == PacketType::kSubmitJobEpoch) {
    s.conn->Queue(EncodePacket(Magic::kRequest, sub.type, {sub.function, sub.unique, sub.epoch},
                               sub.workload));
  } else {
    s.conn->Queue(
        EncodePacket(Magic::kRequest, sub.type, {sub.function, sub.unique}, sub.workload));
  }
  *index = tasks_.size();
  Task t;
  t.server = sub.server;
  t.background = IsBackground(sub.type);
  tasks_.push_back(std::move(t));
  s.waiting.push_back(*index);
  ++s.unfinished;
  ++unfinished_;
  return Status::Ok();
}

void TaskRunner::Finish(size_t task) {
  Task& t = tasks_[task];
  if (t.finished) return;
  t.finished = true;
  --unfinished_;
  --servers_[t.server].unfinished;
}

void TaskRunner::Emit(TaskEvent::Kind kind, size_t task, std::vector<TaskEvent>* events,
                      std::string payload) {
  TaskEvent e;
  e.kind = kind;
  e.task = task;
  e.handle = tasks_[task].handle;
  e.payload = std::move(payload);
  events->push_back(std::move(e));
}

void TaskRunner::FailServer(Server* server, const Status& s, std::vector<TaskEvent>* events) {
  size_t idx = static_cast<size_t>(server - servers_.data());
  for (size_t i = 0; i < tasks_.size() && server->unfinished > 0; ++i) {
    if (tasks_[i].server != idx || tasks_[i].finished) continue;
    Emit(TaskEvent::kError, i, events);
    events->back().status = s;
    Finish(i);
  }
  server->waiting.clear();
  server->by_handle.clear();
}

void TaskRunner::OnServerError(Server* server, const Status& s, std::vector<TaskEvent>* events) {
  // gearmand answers requests in order, so an ERROR answers the oldest one.
  if (server->waiting.empty()) return;
  size_t front = server->waiting.front();
  server->waiting.pop_front();
  if (front == kOptionMarker) {
    server->conn->set_exceptions_enabled(false);
    return;
  }
  Emit(TaskEvent::kError, front, events);
  events->back().status = s;
  Finish(front);
}

void TaskRunner::Dispatch(Server* server, Response* r, std::vector<TaskEvent>* events) {
  switch (r->type) {
    case PacketType::kOptionRes:
      if (!server->waiting.empty() && server->waiting.front() == kOptionMarker) {
        server->waiting.pop_front();
      }
      return;
    case PacketType::kJobCreated: {
      while (!server->waiting.empty() && server->waiting.front() == kOptionMarker) {
        server->waiting.pop_front();  // a server that skipped OPTION_RES
      }
      if (server->waiting.empty()) return;
      size_t i = server->waiting.front();
      server->waiting.pop_front();
      tasks_[i].handle = r->fields[0];
      if (!tasks_[i].background) server->by_handle[r->fields[0]].push_back(i);
      Emit(TaskEvent::kCreated, i, events);
      if (tasks_[i].background) Finish(i);
      return;
    }
    case PacketType::kWorkData:
    case PacketType::kWorkWarning:
    case PacketType::kWorkStatus:
    case PacketType::kWorkComplete:
    case PacketType::kWorkFail:
    case PacketType::kWorkException:
      break;
    default:
      return;  // NOOP, stray ECHO_RES / STATUS_RES: nothing for a task set
  }
  auto it = server->by_handle.find(r->fields[0]);
  if (it == server->by_handle.end()) return;
  bool terminal = r->type == PacketType::kWorkComplete || r->type == PacketType::kWorkFail ||
                  r->type == PacketType::kWorkException;
  // Coalesced submissions (same unique) share a handle: all of them get it.
  for (size_t i : it->second) {
    switch (r->type) {
      case PacketType::kWorkData:
        Emit(TaskEvent::kData, i, events, r->payload);
        break;
      case PacketType::kWorkWarning:
        Emit(TaskEvent::kWarning, i, events, r->payload);
        break;
      case PacketType::kWorkStatus:
        Emit(TaskEvent::kStatus, i, events);
        events->back().numerator = ToU64(r->fields[1]);
        events->back().denominator = ToU64(r->fields[2]);
        break;
      case PacketType::kWorkComplete:
        Emit(TaskEvent::kComplete, i, events, r->payload);
        break;
      case PacketType::kWorkFail:
        Emit(TaskEvent::kFail, i, events);
        break;
      default:
        Emit(TaskEvent::kException, i, events, r->payload);
        break;
    }
    if (terminal) Finish(i);
  }
  if (terminal) server->by_handle.erase(it);
}

Status TaskRunner::Poll(int timeout_ms, std::vector<TaskEvent>* events) {
  const size_t start = events->size();
  const Deadline deadline = DeadlineFor(timeout_ms);
  for (Server& s : servers_) {
    if (s.conn == nullptr || s.unfinished == 0) continue;
    Status st = s.conn->connected() ? s.conn->FlushSome()
                                    : Status(Status::kConnectionReset, "Connection was reset");
    if (!st.ok()) FailServer(&s, st, events);
  }
  std::vector<pollfd> fds;
  std::vector<Server*> owners;
  std::vector<Response> responses;
  for (;;) {
    if (events->size() > start || unfinished_ == 0) return Status::Ok();
    fds.clear();
    owners.clear();
    for (Server& s : servers_) {
      if (s.conn == nullptr || s.unfinished == 0) continue;
      short want = POLLIN;
      if (s.conn->pending_output() > 0) want |= POLLOUT;
      fds.push_back(pollfd{s.conn->fd(), want, 0});
      owners.push_back(&s);
    }
    if (fds.empty()) return Status::Ok();
    int n = poll(fds.data(), fds.size(), RemainingMs(deadline));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status(Status::kIoError, "poll failed");
    if (n == 0) return Status(Status::kTimeout, "Timed out waiting for task results");
    for (size_t k = 0; k < fds.size(); ++k) {
      Server* s = owners[k];
      short rev = fds[k].revents;
      if (rev == 0) continue;
      if (rev & POLLOUT) {
        Status st = s->conn->FlushSome();
        if (!st.ok()) {
          FailServer(s, st, events);
          continue;
        }
      }
      if (!(rev & (POLLIN | POLLHUP | POLLERR))) continue;
      for (;;) {
        responses.clear();
        Status st = s->conn->ReadAvailable(&responses);
        for (Response& r : responses) Dispatch(s, &r, events);
        if (st.ok()) break;
        if (st.code() == Status::kServerError) {
          OnServerError(s, st, events);
          continue;  // the rest of what was read is still buffered
        }
        FailServer(s, st, events);
        break;
      }
    }
  }
}

Status TaskRunner::Run(int timeout_ms, std::vector<TaskEvent>* events) {
  const Deadline deadline = DeadlineFor(timeout_ms);
  while (!done()) {
    int left = timeout_ms < 0 ? -1 : RemainingMs(deadline);
    if (timeout_ms >= 0 && left == 0) {
      return Status(Status::kTimeout, "Timed out waiting for task results");
    }
    Status s = Poll(left, events);
    if (!s.ok() && s.code() != Status::kTimeout) return s;
  }
  return Status::Ok();
}

namespace {

// Sends one request and waits for the first response of `want` accepted by `match`.
template <typename Match>
Status RoundTrip(Connection* conn, const std::string& request, PacketType want, Deadline deadline,
                 Match match) {
  if (!conn->connected()) return Status(Status::kNotConnected, "Not connected");
  conn->Queue(request);
  Status s = conn->Flush(deadline);
  if (!s.ok()) return s;
  std::vector<Response> rs;
  for (;;) {
    s = conn->WaitReadable(deadline);
    if (!s.ok()) return s;
    rs.clear();
    s = conn->ReadAvailable(&rs);
    for (Response& r : rs) {
      if (r.type == want && match(r)) return Status::Ok();
    }
    if (!s.ok()) return s;
  }
}

}  // namespace

Status GetJobStatus(Connection* conn, std::string_view handle, Deadline deadline, JobStatus* out) {
  return RoundTrip(conn, EncodePacket(Magic::kRequest, PacketType::kGetStatus, {handle}),
                   PacketType::kStatusRes, deadline, [&](const Response& r) {
                     if (r.fields[0] != handle) return false;
                     out->known = r.fields[1] == "1";
                     out->running = r.fields[2] == "1";
                     out->numerator = ToU64(r.fields[3]);
                     out->denominator = ToU64(r.fields[4]);
                     return true;
                   });
}

Status GetJobStatusUnique(Connection* conn, std::string_view unique, Deadline deadline,
                          JobStatusUnique* out) {
  return RoundTrip(conn, EncodePacket(Magic::kRequest, PacketType::kGetStatusUnique, {unique}),
                   PacketType::kStatusResUnique, deadline, [&](const Response& r) {
                     if (r.fields[0] != unique) return false;
                     out->known = r.fields[1] == "1";
                     out->running = r.fields[2] == "1";
                     out->numerator = ToU64(r.fields[3]);
                     out->denominator = ToU64(r.fields[4]);
                     out->waiting_clients = ToU64(r.fields[5]);
                     return true;
                   });
}

Status Echo(Connection* conn, std::string_view payload, Deadline deadline, std::string* reply) {
  return RoundTrip(conn, EncodePacket(Magic::kRequest, PacketType::kEchoReq, {}, payload),
                   PacketType::kEchoRes, deadline, [&](const Response& r) {
                     *reply = r.payload;
                     return true;
                   });
}

}  // namespace client
}  // namespace geartrain
