#include "connection.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

#include "clock.h"
#include "protocol/wire.h"

namespace geartrain::bench {
namespace {

// Big reads amortise the syscall over hundreds of small replies (a
// JOB_CREATED is ~25 bytes).
constexpr size_t kReadChunk = 256 * 1024;

}  // namespace

Connection::~Connection() { Close(); }

void Connection::Close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

bool Connection::Connect(const std::string& host, int port, std::string* error) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* res = nullptr;
  std::string service = std::to_string(port);
  int rc = getaddrinfo(host.c_str(), service.c_str(), &hints, &res);
  if (rc != 0) {
    *error = "resolve " + host + ": " + gai_strerror(rc);
    return false;
  }
  int last_errno = 0;
  for (addrinfo* ai = res; ai != nullptr; ai = ai->ai_next) {
    int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
    if (fd < 0) {
      last_errno = errno;
      continue;
    }
    if (::connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) {
      fd_ = fd;
      break;
    }
    last_errno = errno;
    ::close(fd);
  }
  freeaddrinfo(res);
  if (fd_ < 0) {
    *error = "connect " + host + ":" + service + ": " + std::strerror(last_errno);
    return false;
  }
  // Requests are batched by the generator itself; Nagle would only add delay
  // to the synchronous scenarios.
  int one = 1;
  setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
  fcntl(fd_, F_SETFL, fcntl(fd_, F_GETFL) | O_NONBLOCK);
  return true;
}

void Connection::Send(PacketType type, std::initializer_list<std::string_view> fields,
                      std::string_view payload) {
  AppendPacket(this, Magic::kRequest, type, fields, payload);
}

bool Connection::Flush(std::string* error) {
  while (out_sent_ < out_.size()) {
    ssize_t n = ::send(fd_, out_.data() + out_sent_, out_.size() - out_sent_, MSG_NOSIGNAL);
    if (n > 0) {
      out_sent_ += static_cast<size_t>(n);
      bytes_written_ += static_cast<uint64_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
    *error = std::string("write: ") + std::strerror(errno);
    return false;
  }
  if (out_sent_ == out_.size()) {
    out_.clear();
    out_sent_ = 0;
  } else if (out_sent_ > out_.size() / 2) {
    // Keep the buffer from growing while the server lags behind.
    out_.erase(0, out_sent_);
    out_sent_ = 0;
  }
  return true;
}

Connection::ReadStatus Connection::ReadAvailable(FrameHandler* handler, std::string* error) {
  for (;;) {
    size_t room = 0;
    char* dst = parser_.Prepare(kReadChunk, &room);
    ssize_t n = ::read(fd_, dst, room);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) return ReadStatus::kOk;
      *error = std::string("read: ") + std::strerror(errno);
      return ReadStatus::kClosed;
    }
    if (n == 0) {
      *error = "server closed the connection";
      return ReadStatus::kClosed;
    }
    bytes_read_ += static_cast<uint64_t>(n);
    parser_.Commit(static_cast<size_t>(n));
    uint64_t now = NowNs();
    Frame frame;
    for (;;) {
      StreamParser::Result r = parser_.Next(&frame);
      if (r == StreamParser::kNeedMore) break;
      if (r == StreamParser::kError) {
        *error = "unparseable reply stream: " + parser_.error().log;
        return ReadStatus::kProtocolError;
      }
      if (r == StreamParser::kMalformed) {
        *error = "malformed " + std::string(PacketName(frame.type)) + " reply (" +
                 std::to_string(frame.body.size()) + " byte body)";
        return ReadStatus::kProtocolError;
      }
      if (!frame.is_text && frame.magic != Magic::kResponse) {
        *error = "reply " + std::string(PacketName(frame.type)) + " carries request magic";
        return ReadStatus::kProtocolError;
      }
      handler->OnFrame(frame, now);
    }
    // A short read means the socket is drained; skip the EAGAIN syscall.
    if (static_cast<size_t>(n) < room) return ReadStatus::kOk;
  }
}

}  // namespace geartrain::bench
