// One TCP connection from a client or worker to one Gearman server.
//
// Contract:
// - Every operation is non-blocking (MSG_DONTWAIT; the descriptor itself is
//   blocking once connected) and every wait is bounded by a Deadline: a
//   poll(), or for ReadWait() a recv() under SO_RCVTIMEO. Nothing spins and
//   nothing blocks past its budget.
// - Connect() resolves with getaddrinfo (IPv4, IPv6, host names), tries every
//   address until one answers, and sets TCP_NODELAY and SO_KEEPALIVE.
// - Output is buffered: Queue() appends encoded packets, FlushSome() writes
//   what the kernel takes now, Flush() waits until all is written.
// - ReadAvailable() reads everything available without blocking and returns
//   every complete packet, binary safe (fields split by type, payload intact).
//   EOF is kConnectionReset even in the middle of a packet (no hang); an ERROR
//   packet stops the read with kServerError "(CODE): text" and the packets
//   after it stay buffered for the next call.
// - Any kConnectionReset / kIoError / kProtocolError closes the socket, so
//   connected() tells the binding when to reconnect.
// Not thread-safe; one owner. Never calls back into user code.
#ifndef GEARTRAIN_CORE_CLIENT_CONNECTION_H_
#define GEARTRAIN_CORE_CLIENT_CONNECTION_H_

#include <string>
#include <string_view>
#include <vector>

#include "client/deadline.h"
#include "client/server_address.h"
#include "client/status.h"
#include "protocol/packet_type.h"
#include "protocol/stream_parser.h"

namespace geartrain {
namespace client {

// One packet from the server, owning its bytes.
struct Response {
  PacketType type = PacketType::kNoop;
  std::vector<std::string> fields;  // SpecOf(type).fields entries
  std::string payload;              // only for types with a payload
};

class Connection {
 public:
  Connection() = default;
  ~Connection() { Close(); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Closes any current socket first. On failure the message is Net_Gearman's
  // "Can't connect to server (errno: text)"; kTimeout when the deadline passed.
  Status Connect(const ServerAddress& address, Deadline deadline);
  // Really closes the fd and forgets buffered bytes in both directions.
  void Close();

  int fd() const { return fd_; }
  bool connected() const { return fd_ >= 0; }
  const ServerAddress& address() const { return address_; }

  // True when the socket is closed or the peer has closed its side (EOF or an
  // error is pending and no data precedes it). Cheap: one poll(0) and at most
  // one recv(MSG_PEEK). Use before reusing a cached connection.
  bool IsStale();

  // REQUIRES: connected().
  void Queue(std::string_view bytes) { out_.append(bytes.data(), bytes.size()); }
  size_t pending_output() const { return out_.size() - out_sent_; }
  // Writes what the socket accepts now; never waits.
  Status FlushSome();
  // Writes everything, waiting for POLLOUT up to the deadline.
  Status Flush(Deadline deadline);

  // Appends every complete packet that can be read without blocking.
  Status ReadAvailable(std::vector<Response>* out);
  // Waits (inside recv, bounded by the deadline) until at least one whole
  // packet has arrived and appends every whole packet read; otherwise as
  // ReadAvailable(). kTimeout when none came in time.
  Status ReadWait(std::vector<Response>* out, Deadline deadline);
  // Appends raw bytes available now (for the text admin protocol).
  Status ReadBytes(std::string* out);
  // kOk once the socket is readable (data, EOF or error), kTimeout otherwise.
  // Returns at once when whole packets are already buffered.
  Status WaitReadable(Deadline deadline);
  // True when complete or partial bytes are buffered in the parser.
  bool has_buffered_input() const { return parser_.buffered() > 0; }

  // Per-connection protocol state the task runner keeps (reset on Connect).
  bool exceptions_enabled() const { return exceptions_enabled_; }
  void set_exceptions_enabled(bool on) { exceptions_enabled_ = on; }

 private:
  Status ConnectOne(const void* addrinfo, Deadline deadline, int* err);
  // Fails and closes: the socket cannot be used after this.
  Status Fail(Status status);
  // Decodes buffered packets; stops after an ERROR packet.
  Status DrainParser(std::vector<Response>* out, bool* stop);

  int fd_ = -1;
  ServerAddress address_;
  std::string out_;
  size_t out_sent_ = 0;
  StreamParser parser_;
  bool exceptions_enabled_ = false;
  bool resume_ = false;  // a read stopped at an ERROR packet with bytes left
  int rcv_timeout_ms_ = -1;  // SO_RCVTIMEO now set on fd_ (-1: never set)
};

}  // namespace client
}  // namespace geartrain

#endif  // GEARTRAIN_CORE_CLIENT_CONNECTION_H_
