// version: the readiness probe bench/run.sh uses. Connects (retrying while the
// port refuses), sends the admin line "version", and prints the reply. A server
// counts as up only once it answers, not merely once it listens.
#include <time.h>

#include <cstdio>

#include "clock.h"
#include "scenarios.h"

namespace geartrain::bench {
namespace {

class AdminPeer : public Peer {
 public:
  void OnStart(uint64_t /*now_ns*/) override { conn().SendRaw("version\n"); }
  void OnFrame(const Frame& frame, uint64_t /*now_ns*/) override {
    if (!frame.is_text) {
      Fail("binary " + std::string(PacketName(frame.type)) + " in reply to `version`");
      return;
    }
    reply_.assign(frame.line.data(), frame.line.size());
    answered_ = true;
  }
  std::string Describe() const override { return "admin connection"; }

  bool answered() const { return answered_; }
  const std::string& reply() const { return reply_; }

 private:
  bool answered_ = false;
  std::string reply_;
};

}  // namespace

int RunVersion(const Options& options) {
  uint64_t deadline = DeadlineFrom(options, NowNs());
  AdminPeer admin;
  std::string error;
  // Poll the port until it accepts: the server may still be starting.
  while (!admin.conn().Connect(options.host, options.port, &error)) {
    if (NowNs() > deadline) {
      std::fprintf(stderr, "geartrain-loadgen: %s\n", error.c_str());
      ResultLine line("version");
      line.Add("status", "failed");
      line.Add("error", error);
      line.Print();
      return 1;
    }
    timespec pause{0, 20 * 1000 * 1000};
    nanosleep(&pause, nullptr);
  }
  EventLoop loop;
  loop.Add(&admin);
  uint64_t start = 0;
  if (!loop.Start(&start, &error) ||
      !loop.Run([&] { return admin.answered(); }, deadline, &error)) {
    return ReportFailure("version", error, loop, "no reply yet");
  }
  ResultLine line("version");
  line.Add("reply", admin.reply());
  line.AddFixed("secs", static_cast<double>(loop.last_read_ns() - start) / 1e9, 6);
  line.Print();
  return 0;
}

}  // namespace geartrain::bench
