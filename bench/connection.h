// One non-blocking TCP connection to a Gearman server, as the load generator
// uses it.
//
// Contract:
// - Connect() is blocking (localhost, once per run); afterwards the socket is
//   non-blocking with TCP_NODELAY, so nothing below ever waits.
// - Outgoing packets are appended to an in-memory buffer (the connection is a
//   sink for AppendPacket in core/protocol/wire.h) and leave in as few write()
//   calls as possible when Flush() is called: callers queue a whole window of
//   requests, then flush once. This is what keeps the generator cheap per job.
// - ReadAvailable() reads until the socket would block and hands every complete
//   frame to the callback; frame views are valid only inside the callback.
// Not thread-safe; one owner.
#ifndef GEARTRAIN_BENCH_CONNECTION_H_
#define GEARTRAIN_BENCH_CONNECTION_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "protocol/frame.h"
#include "protocol/stream_parser.h"

namespace geartrain::bench {

class Connection {
 public:
  // What ReadAvailable() saw. kClosed and kProtocolError are final.
  enum class ReadStatus { kOk, kClosed, kProtocolError };

  // Receives each frame and the time (NowNs) its bytes were read.
  class FrameHandler {
   public:
    virtual ~FrameHandler() = default;
    virtual void OnFrame(const Frame& frame, uint64_t now_ns) = 0;
  };

  Connection() = default;
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Returns false and sets *error when the server cannot be reached.
  bool Connect(const std::string& host, int port, std::string* error);
  void Close();

  int fd() const { return fd_; }

  // Queues one request packet (magic \0REQ).
  void Send(PacketType type, std::initializer_list<std::string_view> fields,
            std::string_view payload = {});
  // Queues raw bytes (admin text lines).
  void SendRaw(std::string_view bytes) { Append(bytes.data(), bytes.size()); }
  // Sink interface for AppendPacket.
  void Append(const void* data, size_t n) { out_.append(static_cast<const char*>(data), n); }

  bool wants_write() const { return out_sent_ < out_.size(); }
  // Writes as much of the queued output as the socket takes. Returns false on
  // a write error (the peer went away); *error says why.
  bool Flush(std::string* error);

  // Reads until EAGAIN, dispatching frames. On kProtocolError / kClosed,
  // *error says why.
  ReadStatus ReadAvailable(FrameHandler* handler, std::string* error);

  uint64_t bytes_written() const { return bytes_written_; }
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  int fd_ = -1;
  std::string out_;
  size_t out_sent_ = 0;  // bytes of out_ already written
  StreamParser parser_;
  uint64_t bytes_written_ = 0;
  uint64_t bytes_read_ = 0;
};

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_CONNECTION_H_
