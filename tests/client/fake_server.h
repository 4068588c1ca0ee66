// A one-shot fake server for failure tests: listens on 127.0.0.1:0, accepts
// one connection on a thread, reads `read_first` bytes (if any), sends a
// scripted byte string and then closes (or keeps the socket open and silent
// until destroyed, when `stay_open`).
#ifndef GEARTRAIN_TESTS_CLIENT_FAKE_SERVER_H_
#define GEARTRAIN_TESTS_CLIENT_FAKE_SERVER_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <string>
#include <thread>

namespace geartrain {
namespace testing {

class FakeServer {
 public:
  FakeServer(std::string script, size_t read_first = 0, bool stay_open = false) {
    listen_fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr = {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    listen(listen_fd_, 4);
    socklen_t len = sizeof addr;
    getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this, script, read_first, stay_open] {
      pollfd p{listen_fd_, POLLIN, 0};
      if (poll(&p, 1, 5000) <= 0) return;
      int fd = accept(listen_fd_, nullptr, nullptr);
      if (fd < 0) return;
      size_t got = 0;
      char buf[4096];
      while (got < read_first) {
        pollfd q{fd, POLLIN, 0};
        if (poll(&q, 1, 5000) <= 0) break;
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        got += static_cast<size_t>(n);
      }
      if (!script.empty()) send(fd, script.data(), script.size(), MSG_NOSIGNAL);
      while (stay_open && !stop_) {
        poll(nullptr, 0, 10);  // silent: never reads, never answers
      }
      close(fd);
    });
  }
  ~FakeServer() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    close(listen_fd_);
  }
  uint16_t port() const { return port_; }

 private:
  int listen_fd_ = -1;
  uint16_t port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace testing
}  // namespace geartrain

#endif  // GEARTRAIN_TESTS_CLIENT_FAKE_SERVER_H_
