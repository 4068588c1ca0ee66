#include "harness.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>

namespace geartrain {
namespace testing {

TestServer::TestServer(ServerConfig config, std::unique_ptr<QueueStore> store) {
  config.listen_host = "127.0.0.1";
  config.port = 0;
  if (config.log_file == "stderr") config.log_file = "none";
  // ctest runs the server suites twice: with the socket calls batched through
  // io_uring (the default) and, with this variable set, made one by one.
  if (const char* direct = getenv("GEARTRAIN_TEST_DIRECT_IO"); direct != nullptr && *direct == '1') {
    config.batch_io = false;
  }
  server_ = std::make_unique<Server>(config, std::move(store));
  std::string error;
  if (!server_->Start(&error)) {
    ADD_FAILURE() << "server did not start: " << error;
    return;
  }
  thread_ = std::thread([this] {
    server_->Run();
    stopped_ = true;
  });
}

TestServer::~TestServer() {
  server_->Stop();
  if (thread_.joinable()) thread_.join();
}

bool TestServer::WaitStopped(int timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (!stopped_) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::yield();
  }
  return true;
}

Conn::Conn(uint16_t port) {
  fd_ = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr = {};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ADD_FAILURE() << "connect failed";
  }
  int one = 1;
  setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

Conn::~Conn() { Close(); }

void Conn::Close() {
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
}

void Conn::SendRaw(const std::string& bytes) {
  size_t off = 0;
  while (off < bytes.size()) {
    ssize_t n = send(fd_, bytes.data() + off, bytes.size() - off, MSG_NOSIGNAL);
    if (n <= 0) {
      ADD_FAILURE() << "send failed";
      return;
    }
    off += static_cast<size_t>(n);
  }
}

void Conn::Send(PacketType type, std::initializer_list<std::string_view> fields,
                std::string_view payload) {
  std::string out;
  StringSink sink{&out};
  AppendPacket(&sink, Magic::kRequest, type, fields, payload);
  SendRaw(out);
}

bool Conn::Fill(int timeout_ms) {
  pollfd p = {fd_, POLLIN, 0};
  if (poll(&p, 1, timeout_ms) <= 0) return false;
  size_t room;
  char* dst = parser_.Prepare(65536, &room);
  ssize_t n = recv(fd_, dst, room, 0);
  if (n <= 0) return false;
  parser_.Commit(static_cast<size_t>(n));
  return true;
}

Packet Conn::Read(int timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  Frame f;
  for (;;) {
    StreamParser::Result r = parser_.Next(&f);
    if (r == StreamParser::kFrame) {
      Packet p;
      if (f.is_text) {
        p.type = PacketType::kUnused5;  // marks a text line
        p.body = std::string(f.line);
        return p;
      }
      EXPECT_EQ(f.magic, Magic::kResponse);
      p.type = f.type;
      for (int i = 0; i < f.field_count; ++i) p.fields.emplace_back(f.field[i]);
      p.payload = std::string(f.payload);
      p.body = std::string(f.body);
      return p;
    }
    if (r != StreamParser::kNeedMore) {
      ADD_FAILURE() << "unparseable reply from server";
      return {};
    }
    int left = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                    deadline - std::chrono::steady_clock::now())
                                    .count());
    if (left <= 0 || !Fill(left)) {
      ADD_FAILURE() << "no packet from server within " << timeout_ms << " ms";
      Packet none;
      none.type = PacketType::kUnused5;
      none.body = "<timeout>";
      return none;
    }
  }
}

Packet Conn::Expect(PacketType type, int timeout_ms) {
  Packet p = Read(timeout_ms);
  EXPECT_EQ(PacketName(p.type), PacketName(type)) << "body: " << p.body;
  return p;
}

std::string Conn::ReadText(const std::string& terminator, int timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (text_.size() < terminator.size() ||
         text_.compare(text_.size() - terminator.size(), terminator.size(), terminator) != 0) {
    int left = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                    deadline - std::chrono::steady_clock::now())
                                    .count());
    pollfd p = {fd_, POLLIN, 0};
    if (left <= 0 || poll(&p, 1, left) <= 0) {
      ADD_FAILURE() << "admin reply incomplete: '" << text_ << "'";
      break;
    }
    char buf[65536];
    ssize_t n = recv(fd_, buf, sizeof buf, 0);
    if (n <= 0) break;
    text_.append(buf, static_cast<size_t>(n));
  }
  std::string out;
  out.swap(text_);
  return out;
}

std::string Conn::Admin(const std::string& command, const std::string& terminator) {
  SendRaw(command + "\r\n");
  return ReadText(terminator);
}

void Conn::ExpectQuiet() {
  Send(PacketType::kEchoReq, {}, "quiet?");
  Packet p = Read();
  EXPECT_EQ(PacketName(p.type), "ECHO_RES") << "unexpected packet before the echo: " << p.body;
}

bool Conn::ExpectClosed(int timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  for (;;) {
    int left = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                    deadline - std::chrono::steady_clock::now())
                                    .count());
    pollfd p = {fd_, POLLIN, 0};
    if (left <= 0 || poll(&p, 1, left) <= 0) return false;
    char buf[4096];
    ssize_t n = recv(fd_, buf, sizeof buf, 0);
    if (n == 0) return true;
    if (n < 0) return errno == ECONNRESET;
  }
}

std::string Conn::Submit(PacketType type, const std::string& fn, const std::string& unique,
                         const std::string& payload) {
  Send(type, {fn, unique}, payload);
  Packet p = Expect(PacketType::kJobCreated);
  return p.fields.empty() ? "" : p.fields[0];
}

Packet Conn::Grab(PacketType variant) {
  Send(variant, {});
  Packet p = Read();
  EXPECT_TRUE(p.type == PacketType::kJobAssign || p.type == PacketType::kJobAssignUniq ||
              p.type == PacketType::kJobAssignAll)
      << "expected an assignment, got " << PacketName(p.type);
  return p;
}

}  // namespace testing
}  // namespace geartrain
