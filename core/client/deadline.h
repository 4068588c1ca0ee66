// Deadlines for blocking-with-timeout calls.
//
// Contract: every wait in core/client takes an absolute Deadline (monotonic
// clock) rather than a duration, so a sequence of waits (connect, write, read)
// shares one budget and never restarts it. Pure; safe from any thread.
#ifndef GEARTRAIN_CORE_CLIENT_DEADLINE_H_
#define GEARTRAIN_CORE_CLIENT_DEADLINE_H_

#include <chrono>

namespace geartrain {
namespace client {

using Clock = std::chrono::steady_clock;
using Deadline = Clock::time_point;

inline Deadline DeadlineAfterMs(long long ms) {
  return Clock::now() + std::chrono::milliseconds(ms);
}

// Milliseconds left for poll(): rounded up so a wait never ends just before
// the deadline and then spins with 0 ms polls; 0 once passed.
inline int RemainingMs(Deadline deadline) {
  auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
  if (left <= 0) return 0;
  return left > 0x7fffffff ? 0x7fffffff : static_cast<int>(left);
}

}  // namespace client
}  // namespace geartrain

#endif  // GEARTRAIN_CORE_CLIENT_DEADLINE_H_
