// kill -9 during a burst of durable background submissions: every job the
// client saw JOB_CREATED for is delivered after a restart (0 lost), and a job
// is delivered twice only if it had just been handed to a worker when the
// server died (its completion fell inside the last commit window).
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "process.h"
#include "protocol/stream_parser.h"
#include "protocol/wire.h"

namespace geartrain {
namespace testing {
namespace {

using PT = PacketType;

int Connect(uint16_t port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a = {};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    close(fd);
    return -1;
  }
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

bool SendAll(int fd, const std::string& s) {
  size_t off = 0;
  while (off < s.size()) {
    ssize_t n = send(fd, s.data() + off, s.size() - off, MSG_NOSIGNAL);
    if (n <= 0) return false;
    off += static_cast<size_t>(n);
  }
  return true;
}

// Reads into the parser; false on EOF/error or after `timeout_ms` of silence.
bool Fill(int fd, StreamParser* p, int timeout_ms) {
  pollfd pfd = {fd, POLLIN, 0};
  if (poll(&pfd, 1, timeout_ms) <= 0) return false;
  size_t room;
  char* dst = p->Prepare(65536, &room);
  ssize_t n = recv(fd, dst, room, 0);
  if (n <= 0) return false;
  p->Commit(static_cast<size_t>(n));
  return true;
}

struct Deliveries {
  std::mutex mu;
  std::map<std::string, int> count;                          // payload -> deliveries
  std::map<std::string, Clock::time_point> first_phase_time;  // phase-1 assignment time
};

// A worker: GRAB_JOB, record, WORK_COMPLETE; PRE_SLEEP when idle. Runs until
// the connection breaks or `stop` is set while idle.
void Worker(uint16_t port, bool phase1, Deliveries* d, std::atomic<bool>* stop) {
  int fd = Connect(port);
  if (fd < 0) return;
  StreamParser parser;
  SendAll(fd, EncodePacket(Magic::kRequest, PT::kCanDo, {"crash"}));
  bool ok = SendAll(fd, EncodePacket(Magic::kRequest, PT::kGrabJob, {}));
  while (ok) {
    Frame f;
    StreamParser::Result r = parser.Next(&f);
    if (r == StreamParser::kNeedMore) {
      if (!Fill(fd, &parser, 100)) {
        if (stop->load()) break;
        // Silence while asleep: nudge with a GRAB in case a NOOP was missed.
        ok = SendAll(fd, EncodePacket(Magic::kRequest, PT::kGrabJob, {}));
      }
      continue;
    }
    if (r != StreamParser::kFrame) break;
    if (f.type == PT::kJobAssign) {
      std::string handle(f.field[0]);
      {
        std::lock_guard<std::mutex> lock(d->mu);
        std::string payload(f.payload);
        ++d->count[payload];
        if (phase1) d->first_phase_time.emplace(payload, Clock::now());
      }
      ok = SendAll(fd, EncodePacket(Magic::kRequest, PT::kWorkComplete, {handle}, "") +
                           EncodePacket(Magic::kRequest, PT::kGrabJob, {}));
    } else if (f.type == PT::kNoJob) {
      if (stop->load()) break;
      ok = SendAll(fd, EncodePacket(Magic::kRequest, PT::kPreSleep, {}));
    } else if (f.type == PT::kNoop) {
      ok = SendAll(fd, EncodePacket(Magic::kRequest, PT::kGrabJob, {}));
    }
  }
  close(fd);
}

TEST(Crash, Kill9DuringDurableSubmitsLosesNothing) {
  const int kTotal = 50000;
  const int kKillAfter = 20000;
  std::string dir = MakeTempDir();
  std::string db = dir + "/queue.db";
  uint16_t port = FreePort();
  std::vector<std::string> args = {"--port=" + std::to_string(port), "--listen=127.0.0.1",
                                   "--sqlite=" + db, "--log-file=" + dir + "/log",
                                   "--verbose=NOTICE"};
  pid_t pid = Spawn(args, dir + "/out");
  ASSERT_TRUE(WaitFor([&] { return Ask(port, "version") == "OK 1.1.20\n"; }));

  Deliveries d;
  std::atomic<bool> stop{false};
  std::vector<std::thread> workers;
  for (int i = 0; i < 2; ++i) workers.emplace_back(Worker, port, true, &d, &stop);

  // The client pipelines submissions and counts JOB_CREATED in order.
  std::vector<std::string> acked;
  std::atomic<size_t> acked_count{0};
  Clock::time_point kill_time;
  std::thread client([&] {
    int fd = Connect(port);
    ASSERT_GE(fd, 0);
    StreamParser parser;
    std::deque<std::string> in_flight;
    int next = 0;
    for (;;) {
      std::string batch;
      while (in_flight.size() < 512 && next < kTotal) {
        char payload[32];
        snprintf(payload, sizeof payload, "job-%06d", next++);
        batch += EncodePacket(Magic::kRequest, PT::kSubmitJobBg, {"crash", ""}, payload);
        in_flight.push_back(payload);
      }
      if (!batch.empty() && !SendAll(fd, batch)) break;
      if (in_flight.empty()) break;
      Frame f;
      StreamParser::Result r;
      while ((r = parser.Next(&f)) == StreamParser::kNeedMore) {
        if (!Fill(fd, &parser, 5000)) break;
      }
      if (r != StreamParser::kFrame) break;
      if (f.type == PT::kJobCreated) {
        acked.push_back(in_flight.front());
        acked_count = acked.size();
      }
      in_flight.pop_front();
    }
    close(fd);
  });

  ASSERT_TRUE(WaitFor([&] { return acked_count.load() >= kKillAfter; }, 60000));
  kill_time = Clock::now();
  kill(pid, SIGKILL);
  Reap(pid);
  client.join();
  stop = true;
  for (auto& t : workers) t.join();
  size_t phase1_deliveries = d.count.size();

  // Restart on the same file and drain.
  uint16_t port2 = FreePort();
  args[0] = "--port=" + std::to_string(port2);
  pid = Spawn(args, dir + "/out");
  ASSERT_TRUE(WaitFor([&] { return Ask(port2, "version") == "OK 1.1.20\n"; }));
  stop = false;
  workers.clear();
  for (int i = 0; i < 2; ++i) workers.emplace_back(Worker, port2, false, &d, &stop);
  bool drained = WaitFor(
      [&] {
        std::string s = AskAll(port2, "status", ".\n");
        return s == ".\n" || s == "crash\t0\t0\t2\n.\n";
      },
      60000);
  stop = true;
  for (auto& t : workers) t.join();
  kill(pid, SIGTERM);
  Reap(pid);
  ASSERT_TRUE(drained);

  size_t lost = 0, redelivered = 0, late = 0;
  for (const std::string& p : acked) {
    if (d.count[p] == 0) ++lost;
  }
  for (const auto& [payload, n] : d.count) {
    if (n < 2) continue;
    redelivered += static_cast<size_t>(n - 1);
    // Only a job handed out just before the kill may come back.
    auto it = d.first_phase_time.find(payload);
    if (it == d.first_phase_time.end() || kill_time - it->second > std::chrono::seconds(2)) ++late;
  }
  printf("crash test: %zu acknowledged before kill -9, %zu delivered before, %zu lost, "
         "%zu redelivered\n",
         acked.size(), phase1_deliveries, lost, redelivered);
  EXPECT_GE(acked.size(), static_cast<size_t>(kKillAfter));
  EXPECT_EQ(lost, 0u);
  EXPECT_EQ(late, 0u) << "jobs completed well before the kill were delivered again";
  (void)!system(("rm -rf " + dir).c_str());
}

}  // namespace
}  // namespace testing
}  // namespace geartrain
