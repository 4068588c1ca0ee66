#include "client/connection.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "protocol/frame.h"

namespace geartrain {
namespace client {
namespace {

std::string ErrnoText(int err) { return std::to_string(err) + ": " + strerror(err); }

Status ConnectError(int err) {
  return Status(err == ETIMEDOUT ? Status::kTimeout : Status::kConnectFailed,
                "Can't connect to server (" + ErrnoText(err) + ")");
}

// poll() one fd until `events` or the deadline; EINTR restarts with the time left.
int PollOne(int fd, short events, Deadline deadline, short* revents) {
  for (;;) {
    pollfd p{fd, events, 0};
    int n = poll(&p, 1, RemainingMs(deadline));
    if (n < 0 && errno == EINTR) continue;
    *revents = p.revents;
    return n;
  }
}

}  // namespace

void Connection::Close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  out_.clear();
  out_sent_ = 0;
  parser_ = StreamParser();
  exceptions_enabled_ = false;
  resume_ = false;
}

Status Connection::Fail(Status status) {
  Close();
  return status;
}

Status Connection::ConnectOne(const void* ai_ptr, Deadline deadline, int* err) {
  const addrinfo* ai = static_cast<const addrinfo*>(ai_ptr);
  int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
  if (fd < 0) {
    *err = errno;
    return ConnectError(*err);
  }
  int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
  if (rc < 0 && errno != EINPROGRESS) {
    *err = errno;
    ::close(fd);
    return ConnectError(*err);
  }
  if (rc < 0) {
    short revents = 0;
    int n = PollOne(fd, POLLOUT, deadline, &revents);
    if (n == 0) {
      ::close(fd);
      *err = ETIMEDOUT;
      return ConnectError(ETIMEDOUT);
    }
    int so_error = 0;
    socklen_t len = sizeof(so_error);
    if (n < 0) {
      so_error = errno;
    } else if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &so_error, &len) < 0) {
      so_error = errno;
    }
    if (so_error != 0) {
      ::close(fd);
      *err = so_error;
      return ConnectError(so_error);
    }
  }
  // From here on the descriptor is blocking and every non-blocking call says
  // MSG_DONTWAIT: that lets ReadWait() wait inside recv() itself (bounded by
  // SO_RCVTIMEO) instead of poll() then recv(), one syscall less per reply.
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  int one = 1;
  // Requests are small and latency-bound; Nagle would hold each one back.
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
  // Long-lived cached connections should notice a vanished peer eventually.
  setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one));
  fd_ = fd;
  rcv_timeout_ms_ = -1;
  return Status::Ok();
}

Status Connection::Connect(const ServerAddress& address, Deadline deadline) {
  Close();
  address_ = address;
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_ADDRCONFIG;
  addrinfo* list = nullptr;
  std::string port = std::to_string(address.port);
  int gai = getaddrinfo(address.host.c_str(), port.c_str(), &hints, &list);
  if (gai != 0) {
    // AI_ADDRCONFIG hides ::1 on hosts with only loopback IPv6; retry without it.
    hints.ai_flags = 0;
    gai = getaddrinfo(address.host.c_str(), port.c_str(), &hints, &list);
  }
  if (gai != 0) {
    return Status(Status::kConnectFailed,
                  "Can't connect to server (" + std::string(gai_strerror(gai)) + ")");
  }
  Status last(Status::kConnectFailed, "Can't connect to server (no address)");
  for (addrinfo* ai = list; ai != nullptr; ai = ai->ai_next) {
    int err = 0;
    last = ConnectOne(ai, deadline, &err);
    if (last.ok() || err == ETIMEDOUT) break;  // a timeout used up the budget
  }
  freeaddrinfo(list);
  return last;
}

bool Connection::IsStale() {
  if (fd_ < 0) return true;
  pollfd p{fd_, POLLIN, 0};
  int n = poll(&p, 1, 0);
  if (n <= 0) return false;  // nothing pending: the peer is (as far as we know) there
  if (p.revents & (POLLERR | POLLNVAL)) return true;
  char c;
  ssize_t r = recv(fd_, &c, 1, MSG_PEEK | MSG_DONTWAIT);
  if (r > 0) return false;  // unread data first; EOF (if any) shows on a later read
  if (r == 0) return true;
  return errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR;
}

Status Connection::FlushSome() {
  if (fd_ < 0) return Status(Status::kNotConnected, "Not connected");
  while (out_sent_ < out_.size()) {
    ssize_t n =
        send(fd_, out_.data() + out_sent_, out_.size() - out_sent_, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      out_sent_ += static_cast<size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
    int err = errno;
    return Fail(
        Status(err == EPIPE || err == ECONNRESET ? Status::kConnectionReset : Status::kIoError,
               "Could not write command to socket (" + ErrnoText(err) + ")"));
  }
  if (out_sent_ == out_.size()) {
    out_.clear();
    out_sent_ = 0;
  } else if (out_sent_ > (1u << 20) && out_sent_ * 2 > out_.size()) {
    out_.erase(0, out_sent_);  // keep the buffer from growing without bound
    out_sent_ = 0;
  }
  return Status::Ok();
}

Status Connection::Flush(Deadline deadline) {
  for (;;) {
    Status s = FlushSome();
    if (!s.ok() || pending_output() == 0) return s;
    short revents = 0;
    int n = PollOne(fd_, POLLOUT, deadline, &revents);
    if (n == 0) return Status(Status::kTimeout, "Timed out writing to " + address_.ToString());
    if (n < 0) return Fail(Status(Status::kIoError, "Socket error: (" + ErrnoText(errno) + ")"));
  }
}

Status Connection::DrainParser(std::vector<Response>* out, bool* stop) {
  Frame f;
  for (;;) {
    StreamParser::Result r = parser_.Next(&f);
    if (r == StreamParser::kNeedMore) return Status::Ok();
    if (r == StreamParser::kError) {
      const std::string& log = parser_.error().log;
      static constexpr std::string_view kUnknownType = "unknown packet type ";
      if (log.compare(0, kUnknownType.size(), kUnknownType) == 0) {
        // Net_Gearman's wording for a type it does not know.
        return Fail(Status(Status::kProtocolError,
                           "Invalid response magic returned: " + log.substr(kUnknownType.size())));
      }
      return Fail(Status(Status::kProtocolError, "Invalid response from server: " + log));
    }
    if (r == StreamParser::kMalformed || f.is_text) {
      return Fail(Status(Status::kProtocolError, f.is_text
                                                     ? "Invalid response from server: text line"
                                                     : "Invalid response from server: malformed " +
                                                           std::string(PacketName(f.type))));
    }
    if (f.type == PacketType::kError) {
      std::string text(f.field[1]);
      if (text.empty()) text = "Unknown error; see error code.";
      *stop = true;
      resume_ = true;
      return Status(Status::kServerError, "(" + std::string(f.field[0]) + "): " + text);
    }
    Response resp;
    resp.type = f.type;
    resp.fields.reserve(f.field_count);
    for (int i = 0; i < f.field_count; ++i) resp.fields.emplace_back(f.field[i]);
    if (SpecOf(f.type).has_payload) resp.payload.assign(f.payload);
    out->push_back(std::move(resp));
  }
}

Status Connection::ReadAvailable(std::vector<Response>* out) {
  if (fd_ < 0) return Status(Status::kNotConnected, "Not connected");
  bool stop = false;
  resume_ = false;
  Status s = DrainParser(out, &stop);  // leftovers from a read stopped by ERROR
  if (!s.ok() || stop) return s;
  for (;;) {
    size_t room = 0;
    char* p = parser_.Prepare(64 * 1024, &room);
    ssize_t n = recv(fd_, p, room, MSG_DONTWAIT);
    if (n > 0) {
      parser_.Commit(static_cast<size_t>(n));
      s = DrainParser(out, &stop);
      if (!s.ok() || stop) return s;
      // A short read emptied the socket buffer: asking again would only
      // cost a syscall to learn EAGAIN (EOF, if any, shows on the next call).
      if (static_cast<size_t>(n) < room) return Status::Ok();
      continue;
    }
    if (n == 0) return Fail(Status(Status::kConnectionReset, "Connection was reset"));
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) return Status::Ok();
    int err = errno;
    if (err == ECONNRESET) return Fail(Status(Status::kConnectionReset, "Connection was reset"));
    return Fail(Status(Status::kIoError, "Socket error: (" + ErrnoText(err) + ")"));
  }
}

Status Connection::ReadWait(std::vector<Response>* out, Deadline deadline) {
  if (fd_ < 0) return Status(Status::kNotConnected, "Not connected");
  const size_t before = out->size();
  bool stop = false;
  resume_ = false;
  Status s = DrainParser(out, &stop);  // whole packets may already be buffered
  if (!s.ok() || stop || out->size() > before) return s;
  for (;;) {
    int left = RemainingMs(deadline);
    if (left == 0) return Status(Status::kTimeout, "Socket timeout reading from " + address_.ToString());
    // The receive timeout is only ever lowered to the time left, so a wait
    // never outlasts the deadline; an unchanged deadline costs no syscall.
    if (rcv_timeout_ms_ < 0 || rcv_timeout_ms_ > left) {
      timeval tv{left / 1000, (left % 1000) * 1000};
      if (setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)) != 0) {
        return Fail(Status(Status::kIoError, "Socket error: (" + ErrnoText(errno) + ")"));
      }
      rcv_timeout_ms_ = left;
    }
    size_t room = 0;
    char* p = parser_.Prepare(64 * 1024, &room);
    ssize_t n = recv(fd_, p, room, 0);
    if (n > 0) {
      parser_.Commit(static_cast<size_t>(n));
      s = DrainParser(out, &stop);
      if (!s.ok() || stop || out->size() > before) return s;
      continue;  // part of a packet: wait for the rest
    }
    if (n == 0) return Fail(Status(Status::kConnectionReset, "Connection was reset"));
    if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) continue;  // re-check the deadline
    int err = errno;
    if (err == ECONNRESET) return Fail(Status(Status::kConnectionReset, "Connection was reset"));
    return Fail(Status(Status::kIoError, "Socket error: (" + ErrnoText(err) + ")"));
  }
}

Status Connection::ReadBytes(std::string* out) {
  if (fd_ < 0) return Status(Status::kNotConnected, "Not connected");
  char buf[16 * 1024];
  for (;;) {
    ssize_t n = recv(fd_, buf, sizeof(buf), MSG_DONTWAIT);
    if (n > 0) {
      out->append(buf, static_cast<size_t>(n));
      continue;
    }
    if (n == 0) return Fail(Status(Status::kConnectionReset, "Connection was reset"));
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) return Status::Ok();
    int err = errno;
    if (err == ECONNRESET) return Fail(Status(Status::kConnectionReset, "Connection was reset"));
    return Fail(Status(Status::kIoError, "Socket error: (" + ErrnoText(err) + ")"));
  }
}

Status Connection::WaitReadable(Deadline deadline) {
  if (fd_ < 0) return Status(Status::kNotConnected, "Not connected");
  if (resume_) return Status::Ok();
  short revents = 0;
  int n = PollOne(fd_, POLLIN, deadline, &revents);
  if (n == 0) return Status(Status::kTimeout, "Socket timeout reading from " + address_.ToString());
  if (n < 0) return Fail(Status(Status::kIoError, "Socket error: (" + ErrnoText(errno) + ")"));
  return Status::Ok();
}

}  // namespace client
}  // namespace geartrain
