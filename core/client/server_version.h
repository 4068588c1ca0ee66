// Server versions, fetched lazily and cached per server, and the one decision
// Net_Gearman makes with them: the unit of CAN_DO_TIMEOUT.
//
// Contract: Net_Gearman opens a second (admin) connection on every connect
// just to read "version"; VersionCache fetches it only when asked (i.e. when a
// worker sends CAN_DO_TIMEOUT) and remembers it per "host:port". A failed
// fetch is not cached, so the next call tries again. CanDoTimeoutValue() is
// Net_Gearman's fixTimeout(): seconds * 1000 unless PHP's
// version_compare('1.1.18', version) is 0. Not thread-safe; one owner.
#ifndef GEARTRAIN_CORE_CLIENT_SERVER_VERSION_H_
#define GEARTRAIN_CORE_CLIENT_SERVER_VERSION_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "client/deadline.h"
#include "client/server_address.h"
#include "client/status.h"

namespace geartrain {
namespace client {

class VersionCache {
 public:
  // The whole trimmed "version" reply ("OK 1.1.20" from gearmand).
  Status Get(const ServerAddress& address, Deadline deadline, std::string* version);
  void Forget(const ServerAddress& address) { versions_.erase(address.ToString()); }
  // Test hook and for callers that learned the version another way.
  void Put(const ServerAddress& address, std::string version) {
    versions_[address.ToString()] = std::move(version);
  }

 private:
  std::map<std::string, std::string> versions_;
};

// True when PHP's version_compare('1.1.18', version) would return 0.
bool VersionEquals1118(std::string_view version);
// The number to put in CAN_DO_TIMEOUT for `timeout` seconds.
int64_t CanDoTimeoutValue(std::string_view version, int64_t timeout);

}  // namespace client
}  // namespace geartrain

#endif  // GEARTRAIN_CORE_CLIENT_SERVER_VERSION_H_
