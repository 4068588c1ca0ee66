// IoBatch: a batch through io_uring returns exactly what the same calls made
// one by one return (bytes, end of stream, -EAGAIN, -EBADF, -EPIPE), in
// order, for batches larger than the ring, and leaves nothing in flight.
#include "server/io_batch.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string>
#include <vector>

namespace geartrain {
namespace {

struct Pair {
  int a = -1, b = -1;
  Pair() {
    int fds[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0) {
      a = fds[0];
      b = fds[1];
      fcntl(a, F_SETFL, O_NONBLOCK);
      fcntl(b, F_SETFL, O_NONBLOCK);
    }
  }
  ~Pair() {
    if (a >= 0) close(a);
    if (b >= 0) close(b);
  }
};

// Whether this kernel lets the process use io_uring at all (a sysctl, or a
// container's seccomp policy, can refuse it).
bool KernelAllowsIoUring() {
  FILE* f = fopen("/proc/sys/kernel/io_uring_disabled", "r");
  int disabled = 0;
  if (f != nullptr) {
    if (fscanf(f, "%d", &disabled) != 1) disabled = 0;
    fclose(f);
  }
  return disabled == 0;
}

// Runs one scenario on a fresh batch and returns the results.
std::vector<ssize_t> Scenario(bool batched) {
  IoBatch io(batched, /*depth=*/4);
  Pair p1, p2, p3;
  char empty_buf[16];
  char got[64] = {};
  char hello[] = "hello";
  char world[] = "world!";
  // Round 1: nothing to read yet, two sends, a bad descriptor.
  io.Add(IoBatch::Op::kRecv, p1.b, empty_buf, sizeof empty_buf);
  io.Add(IoBatch::Op::kSend, p1.a, hello, 5);
  io.Add(IoBatch::Op::kSend, p2.a, world, 6);
  io.Add(IoBatch::Op::kSend, 1 << 20, hello, 5);
  std::vector<ssize_t> out;
  io.Run(&out);
  EXPECT_EQ(io.size(), 0u);
  // Round 2: read both (one of them in a smaller piece), end of stream, a
  // send to a closed peer (EPIPE, and no SIGPIPE).
  close(p3.b);
  p3.b = -1;
  shutdown(p2.a, SHUT_WR);
  io.Add(IoBatch::Op::kRecv, p1.b, got, sizeof got);
  io.Add(IoBatch::Op::kRecv, p2.b, got + 10, 4);
  io.Add(IoBatch::Op::kSend, p3.a, hello, 5);
  std::vector<ssize_t> r2;
  io.Run(&r2);
  out.insert(out.end(), r2.begin(), r2.end());
  EXPECT_EQ(std::string(got, 5), "hello");
  EXPECT_EQ(std::string(got + 10, 4), "worl");
  io.Add(IoBatch::Op::kRecv, p2.b, got + 20, sizeof got - 20);
  io.Add(IoBatch::Op::kRecv, p1.b, got + 30, 4);
  std::vector<ssize_t> r3;
  io.Run(&r3);
  out.insert(out.end(), r3.begin(), r3.end());
  io.Add(IoBatch::Op::kRecv, p2.b, got + 40, 4);  // a batch of one: direct
  std::vector<ssize_t> r4;
  io.Run(&r4);
  out.insert(out.end(), r4.begin(), r4.end());
  EXPECT_EQ(std::string(got + 20, 2), "d!");
  return out;
}

TEST(IoBatchTest, BatchedCallsReturnWhatDirectCallsReturn) {
  std::vector<ssize_t> expected = {-EAGAIN, 5, 6, -EBADF, 5, 4, -EPIPE, 2, -EAGAIN, 0};
  EXPECT_EQ(Scenario(false), expected);
  IoBatch probe(true);
  if (!probe.batched()) GTEST_SKIP() << "no io_uring here: " << probe.unavailable_reason();
  EXPECT_EQ(Scenario(true), expected);
}

TEST(IoBatchTest, UsesTheRingWhenTheKernelAllowsIt) {
  IoBatch off(false);
  EXPECT_FALSE(off.batched());
  IoBatch on(true);
#ifdef GEARTRAIN_HAVE_LIBURING
  if (KernelAllowsIoUring()) EXPECT_TRUE(on.batched()) << on.unavailable_reason();
#endif
  if (!on.batched()) EXPECT_FALSE(on.unavailable_reason().empty());
}

TEST(IoBatchTest, ABatchLargerThanTheRingKeepsItsOrder) {
  for (bool batched : {false, true}) {
    IoBatch io(batched, /*depth=*/8);
    std::vector<Pair> pairs(50);
    std::vector<std::string> msgs;
    for (size_t i = 0; i < pairs.size(); ++i) msgs.push_back("message " + std::to_string(i));
    for (size_t i = 0; i < pairs.size(); ++i) {
      io.Add(IoBatch::Op::kSend, pairs[i].a, &msgs[i][0], msgs[i].size());
    }
    std::vector<ssize_t> sent;
    io.Run(&sent);
    std::vector<std::string> bufs(pairs.size(), std::string(32, '\0'));
    for (size_t i = 0; i < pairs.size(); ++i) {
      EXPECT_EQ(sent[i], static_cast<ssize_t>(msgs[i].size()));
      io.Add(IoBatch::Op::kRecv, pairs[i].b, &bufs[i][0], bufs[i].size());
    }
    std::vector<ssize_t> got;
    io.Run(&got);
    for (size_t i = 0; i < pairs.size(); ++i) {
      ASSERT_EQ(got[i], static_cast<ssize_t>(msgs[i].size())) << i;
      EXPECT_EQ(bufs[i].substr(0, msgs[i].size()), msgs[i]);
    }
  }
}

TEST(IoBatchTest, AFullSocketGivesAShortSendThenEagain) {
  for (bool batched : {false, true}) {
    IoBatch io(batched);
    Pair p, q;
    int small = 4096;
    setsockopt(p.a, SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
    std::string big(4 << 20, 'x');
    io.Add(IoBatch::Op::kSend, p.a, &big[0], big.size());
    io.Add(IoBatch::Op::kSend, q.a, &big[0], 10);
    std::vector<ssize_t> first;
    io.Run(&first);
    EXPECT_GT(first[0], 0);
    EXPECT_LT(first[0], static_cast<ssize_t>(big.size()));
    EXPECT_EQ(first[1], 10);
    io.Add(IoBatch::Op::kSend, p.a, &big[0], big.size());
    io.Add(IoBatch::Op::kSend, q.a, &big[0], 10);
    std::vector<ssize_t> second;
    io.Run(&second);
    EXPECT_EQ(second[0], -EAGAIN);
    EXPECT_EQ(second[1], 10);
  }
}

}  // namespace
}  // namespace geartrain
