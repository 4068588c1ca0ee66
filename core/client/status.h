// Result of a fallible client operation: a code plus a human-readable message.
//
// Contract: the core never throws across its API; every fallible call returns
// a Status (LevelDB style) and writes its outputs through pointer parameters.
// Where Net_Gearman has a message for the same failure, `message` is that text
// exactly ("Connection was reset", "Can't connect to server (111: Connection
// refused)", "(QUEUE_ERROR): text", "Unknown+server+command [error code:
// UNKNOWN_COMMAND]"), so the PHP binding can throw it verbatim. Value type;
// safe to copy between threads.
#ifndef GEARTRAIN_CORE_CLIENT_STATUS_H_
#define GEARTRAIN_CORE_CLIENT_STATUS_H_

#include <string>
#include <utility>

namespace geartrain {
namespace client {

class Status {
 public:
  enum Code {
    kOk = 0,
    kConnectFailed,    // resolve or connect failed (or no address answered)
    kTimeout,          // a deadline passed first
    kConnectionReset,  // the peer closed (EOF, EPIPE, ECONNRESET)
    kServerError,      // an ERROR packet or an admin "ERR" line
    kProtocolError,    // bytes that are not a valid response stream
    kInvalidArgument,  // rejected before anything was sent
    kIoError,          // any other socket error
    kNotConnected,     // the operation needs a connected socket
  };

  Status() = default;
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK" or "<CodeName>: message", for logs and test failures.
  std::string ToString() const {
    static const char* const kNames[] = {
        "OK",          "ConnectFailed", "Timeout",         "ConnectionReset",
        "ServerError", "ProtocolError", "InvalidArgument", "IoError",
        "NotConnected"};
    if (ok()) return "OK";
    return std::string(kNames[code_]) + ": " + message_;
  }

 private:
  Code code_ = kOk;
  std::string message_;
};

}  // namespace client
}  // namespace geartrain

#endif  // GEARTRAIN_CORE_CLIENT_STATUS_H_
