// A Gearman server address as users write it: "host", "host:port", "[v6]",
// "[v6]:port" (default port 4730).
//
// Contract: Parse() accepts host names, IPv4 literals and bracketed IPv6
// literals; a bare IPv6 literal with several colons ("::1") is accepted as a
// host without a port, since no port split can be meant. Errors come back as
// kInvalidArgument. ToString() gives a string Parse() maps back to the same
// address (brackets around any host containing ':'). Value type.
#ifndef GEARTRAIN_CORE_CLIENT_SERVER_ADDRESS_H_
#define GEARTRAIN_CORE_CLIENT_SERVER_ADDRESS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "client/status.h"

namespace geartrain {
namespace client {

constexpr uint16_t kDefaultPort = 4730;

struct ServerAddress {
  std::string host;  // without brackets
  uint16_t port = kDefaultPort;

  static Status Parse(std::string_view text, ServerAddress* out);
  std::string ToString() const;
};

}  // namespace client
}  // namespace geartrain

#endif  // GEARTRAIN_CORE_CLIENT_SERVER_ADDRESS_H_
