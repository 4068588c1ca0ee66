// One loop pass that reads several connections at once (the batched reads of
// Server::Run) and, in the middle of acting on them, flushes: an admin
// `shutdown` writes every pending reply before the later connections of the
// same pass are handled. Each of those must still get exactly the bytes its
// own read returned.
//
// The pass is made deterministic by writing everything before Run() starts:
// the first pass accepts the connections, the second finds all of them
// readable, in the order they connected.
#include <cstdlib>
#include <thread>

#include "harness.h"

namespace geartrain {
namespace testing {
namespace {

using PT = PacketType;

ServerConfig LocalConfig() {
  ServerConfig cfg;
  cfg.listen_host = "127.0.0.1";
  cfg.port = 0;
  cfg.log_file = "none";
  if (const char* direct = getenv("GEARTRAIN_TEST_DIRECT_IO"); direct != nullptr && *direct == '1') {
    cfg.batch_io = false;
  }
  return cfg;
}

TEST(PassBatch, AFlushInsideTheReadBatchLeavesLaterReadsIntact) {
  Server server(LocalConfig());
  std::string error;
  ASSERT_TRUE(server.Start(&error)) << error;

  // Three workers go to sleep while the loop runs on another thread.
  std::vector<std::unique_ptr<Conn>> workers;
  {
    std::thread loop([&] { server.Run(); });
    for (int i = 0; i < 3; ++i) {
      workers.push_back(std::make_unique<Conn>(server.port()));
      workers.back()->CanDo("f");
      workers.back()->Send(PT::kPreSleep, {});
      workers.back()->ExpectQuiet();  // the server has handled both
    }
    server.Stop();
    loop.join();
  }

  // One pass: a client whose three jobs wake the three sleepers, an admin
  // `shutdown` (which flushes five replies at once), then a client whose
  // ECHO must still be read whole.
  Conn submitter(server.port());
  Conn admin(server.port());
  Conn echoer(server.port());
  for (int i = 0; i < 3; ++i) {
    submitter.Send(PT::kSubmitJob, {"f", ""}, "job " + std::to_string(i));
  }
  admin.SendRaw("shutdown\r\n");
  const std::string payload(40, 'e');
  echoer.Send(PT::kEchoReq, {}, payload);

  server.Run();  // returns after the shutdown

  for (int i = 0; i < 3; ++i) submitter.Expect(PT::kJobCreated);
  EXPECT_EQ(admin.ReadText("\n"), "OK\r\n");
  Packet echo = echoer.Expect(PT::kEchoRes);
  EXPECT_EQ(echo.payload, payload);
  for (auto& w : workers) w->Expect(PT::kNoop);
}

}  // namespace
}  // namespace testing
}  // namespace geartrain
