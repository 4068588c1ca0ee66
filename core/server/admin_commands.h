// The administrative text protocol, byte-compatible with gearmand 1.1.20.
//
// Contract: Handle() answers one admin line by appending the whole reply to
// the peer's output in one piece (gearadmin stops reading after 5 ms of
// silence, so a reply must never be split across loop passes). Formats and
// terminators are gearmand's exactly (protocol.md §2): `OK`/`ERR` lines end in
// "\r\n", lists and `OK <value>` lines in "\n", lists close with ".\n".
// Deliberate differences are in docs/compat.md. Event-loop thread only.
#ifndef GEARTRAIN_CORE_SERVER_ADMIN_COMMANDS_H_
#define GEARTRAIN_CORE_SERVER_ADMIN_COMMANDS_H_

#include <string>
#include <string_view>

#include "protocol/admin_line.h"
#include "server/scheduler.h"

namespace geartrain {

class AdminCommands {
 public:
  enum class Action { kNone, kClose, kShutdown, kShutdownGraceful };

  explicit AdminCommands(Scheduler* scheduler) : scheduler_(scheduler) {}

  // Answers `line` (without its line terminator) for `peer`.
  Action Handle(Peer* peer, std::string_view line);

  // The reply text for `line` alone; exposed for unit tests.
  std::string Reply(std::string_view line, Action* action);

 private:
  std::string Status() const;
  std::string PriorityStatus() const;
  std::string Workers() const;
  std::string ShowJobs() const;
  std::string ShowUniqueJobs() const;
  std::string MaxQueue(const AdminLine& l);

  Scheduler* scheduler_;
};

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_SERVER_ADMIN_COMMANDS_H_
