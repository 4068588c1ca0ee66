// A tiny scripted worker for client tests: a harness Conn on its own thread
// that grabs jobs for one function and hands each to a handler, which answers
// with whatever WORK_* packets the test wants.
//
// Contract: Run() processes exactly `jobs` assignments, polling with GRAB_JOB
// (NO_JOB → a 1 ms nap; test code, not production). The destructor joins.
#ifndef GEARTRAIN_TESTS_CLIENT_TEST_WORKER_H_
#define GEARTRAIN_TESTS_CLIENT_TEST_WORKER_H_

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include "harness.h"

namespace geartrain {
namespace testing {

class TestWorker {
 public:
  using Handler = std::function<void(Conn* conn, const Packet& assign)>;

  TestWorker(uint16_t port, std::string function, int jobs, Handler handler) : conn_(port) {
    conn_.CanDo(function);
    thread_ = std::thread([this, jobs, handler] {
      auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
      int done = 0;
      while (done < jobs && !stop_ && std::chrono::steady_clock::now() < give_up) {
        conn_.Send(PacketType::kGrabJob, {});
        Packet p = conn_.Read();
        if (p.type == PacketType::kNoJob) {
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
          continue;
        }
        if (p.type != PacketType::kJobAssign) continue;
        handler(&conn_, p);
        ++done;
      }
      done_ = done;
    });
  }
  ~TestWorker() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }
  void Join() {
    if (thread_.joinable()) thread_.join();
  }
  int done() const { return done_; }

 private:
  Conn conn_;
  std::atomic<bool> stop_{false};
  std::atomic<int> done_{0};
  std::thread thread_;
};

// Completes each job with its workload echoed back.
inline void EchoComplete(Conn* conn, const Packet& assign) {
  conn->Send(PacketType::kWorkComplete, {assign.fields[0]}, assign.payload);
}

}  // namespace testing
}  // namespace geartrain

#endif  // GEARTRAIN_TESTS_CLIENT_TEST_WORKER_H_
