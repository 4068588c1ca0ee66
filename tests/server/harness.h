// Scripted-conversation harness: a real Server on 127.0.0.1, port 0, running
// on its own thread, and blocking test connections that send bytes and expect
// packets back.
//
// Contract: every Expect* waits for a condition (bytes arriving) with a
// deadline, never a fixed sleep. "Nothing else was sent" is checked by
// ExpectQuiet(), which round-trips an ECHO and requires the echo to be the very
// next packet: the server answers in order, so anything sent before it shows.
#ifndef GEARTRAIN_TESTS_SERVER_HARNESS_H_
#define GEARTRAIN_TESTS_SERVER_HARNESS_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "protocol/stream_parser.h"
#include "protocol/wire.h"
#include "server/server.h"

namespace geartrain {
namespace testing {

class TestServer {
 public:
  explicit TestServer(ServerConfig config = {}, std::unique_ptr<QueueStore> store = nullptr);
  ~TestServer();
  uint16_t port() const { return server_->port(); }
  Server& server() { return *server_; }
  // Waits (bounded) for the loop thread to end, e.g. after an admin shutdown.
  bool WaitStopped(int timeout_ms);

 private:
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::atomic<bool> stopped_{false};
};

// A decoded packet or admin line, owning its bytes.
struct Packet {
  PacketType type = PacketType::kEchoRes;
  std::vector<std::string> fields;
  std::string payload;
  std::string body;
};

class Conn {
 public:
  explicit Conn(uint16_t port);
  ~Conn();
  Conn(const Conn&) = delete;

  void SendRaw(const std::string& bytes);
  void Send(PacketType type, std::initializer_list<std::string_view> fields,
            std::string_view payload = {});
  // Next packet within the deadline; fails the test otherwise.
  Packet Read(int timeout_ms = 5000);
  // Next packet, which must have this type (and first field, when given).
  Packet Expect(PacketType type, int timeout_ms = 5000);
  // Reads admin text until `terminator` has been seen at the end of the data.
  std::string ReadText(const std::string& terminator, int timeout_ms = 5000);
  std::string Admin(const std::string& command, const std::string& terminator);
  // No packet arrives before the answer to an ECHO sent now.
  void ExpectQuiet();
  // The server closed the connection (reads EOF) within the deadline.
  bool ExpectClosed(int timeout_ms = 5000);
  void Close();

  // Convenience for common conversations.
  std::string Submit(PacketType type, const std::string& fn, const std::string& unique,
                     const std::string& payload);  // returns the handle
  void CanDo(const std::string& fn) { Send(PacketType::kCanDo, {fn}); }
  Packet Grab(PacketType variant = PacketType::kGrabJob);  // expects an assignment

 private:
  bool Fill(int timeout_ms);
  int fd_ = -1;
  StreamParser parser_;
  std::string text_;
};

}  // namespace testing
}  // namespace geartrain

#endif  // GEARTRAIN_TESTS_SERVER_HARNESS_H_
