#include "server/io_batch.h"

#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef GEARTRAIN_HAVE_LIBURING
#include <liburing.h>
#endif
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define GEARTRAIN_UNDER_VALGRIND() RUNNING_ON_VALGRIND
#else
#define GEARTRAIN_UNDER_VALGRIND() 0
#endif

namespace geartrain {

#ifdef GEARTRAIN_HAVE_LIBURING
struct IoBatch::Ring {
  io_uring ring;
};
#else
struct IoBatch::Ring {};
#endif

IoBatch::IoBatch(bool enable, unsigned depth) : depth_(depth == 0 ? 1 : depth) {
  if (!enable) return;
  if (GEARTRAIN_UNDER_VALGRIND()) {
    // Valgrind cannot see what the kernel writes through the ring, so every
    // byte received that way would look uninitialised to it.
    unavailable_reason_ = "running under valgrind";
    return;
  }
#ifdef GEARTRAIN_HAVE_LIBURING
  auto ring = std::make_unique<Ring>();
  // SUBMIT_ALL: one failing call must not stop the rest of the batch from
  // being submitted. Older kernels reject the flag; they get a plain ring.
  int rc = io_uring_queue_init(depth_, &ring->ring, IORING_SETUP_SUBMIT_ALL);
  if (rc == -EINVAL) rc = io_uring_queue_init(depth_, &ring->ring, 0);
  if (rc < 0) {
    unavailable_reason_ = std::string("io_uring: ") + strerror(-rc);
    return;
  }
  ring_ = std::move(ring);
#else
  unavailable_reason_ = "built without liburing";
#endif
}

IoBatch::~IoBatch() {
#ifdef GEARTRAIN_HAVE_LIBURING
  if (ring_) io_uring_queue_exit(&ring_->ring);
#endif
}

void IoBatch::Add(Op op, int fd, void* buf, size_t len) { calls_.push_back({op, fd, buf, len}); }

ssize_t IoBatch::Direct(const Call& call) {
  for (;;) {
    ssize_t n = call.op == Op::kRecv ? recv(call.fd, call.buf, call.len, MSG_DONTWAIT)
                                     : send(call.fd, call.buf, call.len, MSG_DONTWAIT | MSG_NOSIGNAL);
    if (n >= 0) return n;
    if (errno != EINTR) return -errno;
  }
}

void IoBatch::Run(std::vector<ssize_t>* results) {
  results->assign(calls_.size(), -EIO);  // overwritten by every call made
  if (!ring_ || calls_.size() == 1) {
    for (size_t i = 0; i < calls_.size(); ++i) (*results)[i] = Direct(calls_[i]);
  } else {
    for (size_t first = 0; first < calls_.size(); first += depth_) {
      RunOnRing(first, std::min<size_t>(depth_, calls_.size() - first), results);
    }
  }
  calls_.clear();
}

void IoBatch::RunOnRing(size_t first, size_t count, std::vector<ssize_t>* results) {
#ifdef GEARTRAIN_HAVE_LIBURING
  io_uring* ring = &ring_->ring;
  for (size_t i = first; i < first + count; ++i) {
    const Call& call = calls_[i];
    io_uring_sqe* sqe = io_uring_get_sqe(ring);
    // MSG_DONTWAIT makes the ring fail a call that is not ready with -EAGAIN
    // instead of parking it; so every call is finished when the submission
    // returns, as the contract promises.
    if (call.op == Op::kRecv) {
      io_uring_prep_recv(sqe, call.fd, call.buf, call.len, MSG_DONTWAIT);
    } else {
      io_uring_prep_send(sqe, call.fd, call.buf, call.len, MSG_DONTWAIT | MSG_NOSIGNAL);
    }
    io_uring_sqe_set_data64(sqe, i);
  }
  int rc;
  do {
    rc = io_uring_submit_and_wait(ring, static_cast<unsigned>(count));
  } while (rc == -EINTR);
  if (rc < 0) {
    // Nothing was submitted, and the prepared entries would go out with the
    // next submission: drop the ring and make the calls directly from now on.
    unavailable_reason_ = std::string("io_uring submission failed: ") + strerror(-rc);
    io_uring_queue_exit(ring);
    ring_.reset();
    for (size_t i = first; i < first + count; ++i) (*results)[i] = Direct(calls_[i]);
    return;
  }
  size_t done = 0;
  while (done < count) {
    io_uring_cqe* cqe;
    unsigned head;
    unsigned seen = 0;
    io_uring_for_each_cqe(ring, head, cqe) {
      (*results)[io_uring_cqe_get_data64(cqe)] = cqe->res;
      ++seen;
    }
    io_uring_cq_advance(ring, seen);
    done += seen;
    if (done < count) {
      // Every call is made with MSG_DONTWAIT and completes inside the
      // submission; this only waits if a kernel ever defers one.
      int wrc = io_uring_wait_cqe(ring, &cqe);
      if (wrc < 0 && wrc != -EINTR && wrc != -EAGAIN) break;
    }
  }
#else
  (void)first;
  (void)count;
  (void)results;
#endif
}

}  // namespace geartrain
