#include "event_loop.h"

#include <errno.h>
#include <poll.h>

#include <cstring>

#include "clock.h"

namespace geartrain::bench {
namespace {

// Bounded so `done()` and the deadline are re-checked even when idle.
constexpr int kPollTimeoutMs = 50;

}  // namespace

bool EventLoop::FlushAll(std::string* error) {
  for (Peer* p : peers_) {
    if (!p->conn().wants_write()) continue;
    std::string why;
    if (!p->conn().Flush(&why)) {
      *error = p->Describe() + ": " + why;
      return false;
    }
  }
  return true;
}

bool EventLoop::Start(uint64_t* start_ns, std::string* error) {
  *start_ns = NowNs();
  for (; started_ < peers_.size(); ++started_) peers_[started_]->OnStart(*start_ns);
  return FlushAll(error);
}

bool EventLoop::Run(const std::function<bool()>& done, uint64_t deadline_ns, std::string* error) {
  std::vector<pollfd> fds(peers_.size());
  for (;;) {
    if (done()) return true;
    if (NowNs() > deadline_ns) {
      *error = "timed out";
      return false;
    }
    for (size_t i = 0; i < peers_.size(); ++i) {
      fds[i].fd = peers_[i]->conn().fd();
      fds[i].events = static_cast<short>(POLLIN | (peers_[i]->conn().wants_write() ? POLLOUT : 0));
      fds[i].revents = 0;
    }
    int n = ::poll(fds.data(), fds.size(), kPollTimeoutMs);
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = std::string("poll: ") + std::strerror(errno);
      return false;
    }
    for (size_t i = 0; i < peers_.size() && n > 0; ++i) {
      if (fds[i].revents == 0) continue;
      --n;
      Peer* p = peers_[i];
      if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
        std::string why;
        Connection::ReadStatus st = p->conn().ReadAvailable(p, &why);
        if (st != Connection::ReadStatus::kOk) {
          *error = p->Describe() + ": " + why;
          return false;
        }
        last_read_ns_ = NowNs();
        p->OnReadBatch(last_read_ns_);
        if (!p->failure().empty()) {
          *error = p->Describe() + ": " + p->failure();
          return false;
        }
      }
      // Write right away rather than waiting for the next round's POLLOUT:
      // the socket almost always has room, and this saves a poll per batch.
      if (p->conn().wants_write()) {
        std::string why;
        if (!p->conn().Flush(&why)) {
          *error = p->Describe() + ": " + why;
          return false;
        }
      }
    }
  }
}

}  // namespace geartrain::bench
