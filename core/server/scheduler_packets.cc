// Binary request handlers: what each packet type does to the scheduler and
// what it answers (protocol.md §1.3, with the fixes of §9.3).
#include <cctype>
#include <climits>
#include <cstdlib>

#include "protocol/admin_line.h"
#include "server/scheduler.h"

namespace geartrain {
namespace {

// gearmand keeps handles and uniques in 64-byte buffers (NUL included for
// handles); clients do the same, so longer values cannot be real.
constexpr size_t kMaxHandle = 63;
constexpr size_t kMaxUnique = 64;
constexpr size_t kMaxClientId = 127;

// Strict decimal integer (optional leading '-'); false on junk or overflow.
bool ParseInt64(std::string_view s, int64_t* out) {
  if (s.empty() || s.size() > 20) return false;
  size_t i = 0;
  bool neg = false;
  if (s[0] == '-') {
    neg = true;
    i = 1;
    if (s.size() == 1) return false;
  }
  int64_t v = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    int d = s[i] - '0';
    if (v > (INT64_MAX - d) / 10) return false;
    v = v * 10 + d;
  }
  *out = neg ? -v : v;
  return true;
}

// atoi() semantics on a view that is not NUL-terminated, as gearmand parses
// WORK_STATUS numbers: leading spaces, a sign, digits, then anything.
int32_t AtoiLike(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  bool neg = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  int64_t v = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    v = v * 10 + (s[i] - '0');
    if (v > INT32_MAX) v = INT32_MAX;
  }
  return static_cast<int32_t>(neg ? -v : v);
}

}  // namespace

bool Scheduler::HandlePacket(Peer* peer, const Frame& f) {
  if (f.magic != Magic::kRequest) {
    SendError(peer, "INVALID_MAGIC", "Request magic expected");
    return true;
  }
  if (log_->Enabled(LogLevel::kDebug)) {
    log_->Log(LogLevel::kDebug, "received " + std::string(PacketName(f.type)) + " from " +
                                    peer->address + " (" + std::to_string(f.body.size()) +
                                    " bytes)");
  }
  switch (f.type) {
    case PacketType::kSubmitJob:
      Submit(peer, f, Priority::kNormal, false);
      break;
    case PacketType::kSubmitJobBg:
      Submit(peer, f, Priority::kNormal, true);
      break;
    case PacketType::kSubmitJobHigh:
      Submit(peer, f, Priority::kHigh, false);
      break;
    case PacketType::kSubmitJobHighBg:
      Submit(peer, f, Priority::kHigh, true);
      break;
    case PacketType::kSubmitJobLow:
      Submit(peer, f, Priority::kLow, false);
      break;
    case PacketType::kSubmitJobLowBg:
      Submit(peer, f, Priority::kLow, true);
      break;
    case PacketType::kSubmitReduceJob:
      Submit(peer, f, Priority::kNormal, false);
      break;
    case PacketType::kSubmitReduceJobBackground:
      Submit(peer, f, Priority::kNormal, true);
      break;
    case PacketType::kSubmitJobEpoch:
      SubmitEpoch(peer, f);
      break;
    case PacketType::kSubmitJobSched:
      // Answered, never silently dropped: one reply per SUBMIT keeps
      // libgearman's reply counting in step.
      SendError(peer, "INVALID_COMMAND",
                "SUBMIT_JOB_SCHED is not supported; use SUBMIT_JOB_EPOCH");
      break;
    case PacketType::kCanDo:
      CanDo(peer, f.field[0], 0);
      break;
    case PacketType::kCanDoTimeout: {
      int64_t ms = 0;
      if (!ParseInt64(f.field[1], &ms)) {
        SendError(peer, "INVALID_ARGUMENT",
                  "CAN_DO_TIMEOUT needs a timeout in milliseconds, got '" +
                      std::string(f.field[1].substr(0, 32)) + "'");
        break;
      }
      // gearmand: 0 or negative means no timeout; otherwise at least 1000 ms.
      uint32_t timeout = ms <= 0 ? 0 : static_cast<uint32_t>(std::min<int64_t>(
                                              std::max<int64_t>(ms, 1000), UINT32_MAX));
      CanDo(peer, f.field[0], timeout);
      break;
    }
    case PacketType::kCantDo:
      CantDo(peer, f.field[0]);
      break;
    case PacketType::kResetAbilities:
      ResetAbilities(peer);
      break;
    case PacketType::kPreSleep:
      PreSleep(peer);
      break;
    case PacketType::kGrabJob:
    case PacketType::kGrabJobUniq:
    case PacketType::kGrabJobAll:
      Grab(peer, f.type);
      break;
    case PacketType::kWorkStatus:
    case PacketType::kWorkData:
    case PacketType::kWorkWarning:
      WorkUpdate(peer, f);
      break;
    case PacketType::kWorkComplete:
    case PacketType::kWorkFail:
    case PacketType::kWorkException:
      WorkEnd(peer, f);
      break;
    case PacketType::kGetStatus:
      GetStatus(peer, f.field[0]);
      break;
    case PacketType::kGetStatusUnique:
      GetStatusUnique(peer, f.field[0]);
      break;
    case PacketType::kEchoReq:
      Send(peer, PacketType::kEchoRes, {}, f.payload);
      break;
    case PacketType::kSetClientId:
      peer->client_id = std::string(f.field[0].substr(0, kMaxClientId));
      break;
    case PacketType::kOptionReq:
      OptionReq(peer, f.field[0]);
      break;
    default:
      // Response types sent to the server, type 5 and ALL_YOURS.
      SendError(peer, "INVALID_COMMAND", "Command not expected");
      break;
  }
  return true;
}

void Scheduler::HandleMalformed(Peer* peer, const Frame& f) {
  const PacketSpec& spec = SpecOf(f.type);
  int needed = spec.has_payload ? spec.fields : spec.fields - 1;
  SendError(peer, "INVALID_PACKET",
            std::string(spec.name) + " needs " + std::to_string(needed) +
                " NUL-terminated fields in its body");
}

void Scheduler::Submit(Peer* peer, const Frame& f, Priority priority, bool background) {
  std::string_view unique = f.field[1];
  if (unique.size() > kMaxUnique) {
    SendError(peer, "ARGUMENT_TOO_LARGE", "Unique value too large");
    return;
  }
  std::string_view reducer;
  if (f.type == PacketType::kSubmitReduceJob || f.type == PacketType::kSubmitReduceJobBackground) {
    reducer = f.field[2];  // field[3], the aggregator, is ignored as gearmand does
  }
  CreateJob(peer, GetOrCreateFunction(f.field[0]), unique, reducer, f.payload, priority,
            background, 0);
}

void Scheduler::SubmitEpoch(Peer* peer, const Frame& f) {
  std::string_view unique = f.field[1];
  if (unique.size() > kMaxUnique) {
    SendError(peer, "ARGUMENT_TOO_LARGE", "Unique value too large");
    return;
  }
  int64_t when = 0;
  if (!f.field[2].empty() && !ParseInt64(f.field[2], &when)) {
    SendError(peer, "INVALID_ARGUMENT",
              "SUBMIT_JOB_EPOCH needs a Unix time in seconds, got '" +
                  std::string(f.field[2].substr(0, 32)) + "'");
    return;
  }
  CreateJob(peer, GetOrCreateFunction(f.field[0]), unique, {}, f.payload, Priority::kNormal,
            true, when < 0 ? 0 : when);
}

void Scheduler::CanDo(Peer* peer, std::string_view name, uint32_t timeout_ms) {
  Function* fn = GetOrCreateFunction(name);
  peer->abilities.push_back(Ability{fn, timeout_ms});
  fn->workers.push_back(peer);
  if (fn->queued() > 0) ++peer->runnable_abilities;
  if (peer->sleeping && !peer->noop_sent) {
    if (fn->queued() > 0) {
      peer->noop_sent = true;
      Send(peer, PacketType::kNoop, {});
    } else {
      fn->sleepers.push_back(SleeperEntry{peer->id, peer->sleep_generation});
    }
  }
}

void Scheduler::CantDo(Peer* peer, std::string_view name) {
  Function* fn = FindFunction(name);
  if (fn == nullptr) return;
  auto& abilities = peer->abilities;
  for (size_t i = 0; i < abilities.size();) {
    if (abilities[i].function == fn) {
      abilities.erase(abilities.begin() + static_cast<long>(i));
      SwapRemove(&fn->workers, peer);
      if (fn->queued() > 0) --peer->runnable_abilities;
    } else {
      ++i;
    }
  }
  // gearmand requeues the jobs of F this worker was running.
  std::vector<Job*> running = peer->running;
  for (Job* job : running) {
    if (job->function == fn) Requeue(job, "worker sent CANT_DO");
  }
}

void Scheduler::ResetAbilities(Peer* peer) {
  for (const Ability& a : peer->abilities) SwapRemove(&a.function->workers, peer);
  peer->abilities.clear();
  peer->runnable_abilities = 0;
  std::vector<Job*> running = peer->running;
  for (Job* job : running) Requeue(job, "worker sent RESET_ABILITIES");
}

void Scheduler::PreSleep(Peer* peer) {
  peer->sleeping = true;
  if (peer->runnable_abilities > 0) {
    // Work arrived between NO_JOB and PRE_SLEEP: wake at once (closes the race).
    peer->noop_sent = true;
    Send(peer, PacketType::kNoop, {});
    return;
  }
  peer->noop_sent = false;
  ++peer->sleep_generation;
  for (const Ability& a : peer->abilities) {
    auto& sleepers = a.function->sleepers;
    // Entries of workers that woke through another function go stale here;
    // compact once they outnumber the registrations so memory stays bounded.
    if (sleepers.size() > 2 * a.function->workers.size() + 8) {
      std::deque<SleeperEntry> live;
      for (const SleeperEntry& e : sleepers) {
        Peer* p = FindPeer(e.peer_id);
        if (p != nullptr && p->sleeping && !p->noop_sent &&
            p->sleep_generation == e.sleep_generation) {
          live.push_back(e);
        }
      }
      sleepers.swap(live);
    }
    sleepers.push_back(SleeperEntry{peer->id, peer->sleep_generation});
  }
}

void Scheduler::Grab(Peer* peer, PacketType variant) {
  peer->sleeping = false;
  peer->noop_sent = false;
  if (peer->runnable_abilities > 0) {
    auto& abilities = peer->abilities;
    for (size_t i = 0; i < abilities.size(); ++i) {
      Function* fn = abilities[i].function;
      if (fn->queued() == 0) continue;
      Job* job = nullptr;
      for (JobList& list : fn->queue) {
        if (!list.empty()) {
          job = list.front();
          break;
        }
      }
      uint32_t timeout = abilities[i].timeout_ms;
      if (config_.round_robin) {
        // The function that supplied a job goes to the back of the line.
        Ability a = abilities[i];
        abilities.erase(abilities.begin() + static_cast<long>(i));
        abilities.push_back(a);
      }
      Dequeue(job);
      Assign(peer, job, variant);
      if (timeout > 0) ArmTimeout(job, timeout);
      return;
    }
  }
  Send(peer, PacketType::kNoJob, {});
}

void Scheduler::WorkUpdate(Peer* peer, const Frame& f) {
  Job* job = FindJob(f.field[0]);
  if (job == nullptr || job->worker != peer) {
    SendError(peer, "JOB_NOT_FOUND",
              f.type == PacketType::kWorkStatus ? "Job given in work result not found"
                                                : "Job does not exist on server");
    return;
  }
  if (f.type == PacketType::kWorkStatus) {
    job->numerator = AtoiLike(f.field[1]);
    job->denominator = AtoiLike(f.field[2]);
  }
  for (Peer* c : job->clients) Forward(c, f.type, f.body);
}

void Scheduler::WorkEnd(Peer* peer, const Frame& f) {
  Job* job = FindJob(f.field[0]);
  if (job == nullptr || job->worker != peer) {
    if (f.type == PacketType::kWorkFail && !peer->ended_by_exception.empty() &&
        f.field[0] == peer->ended_by_exception) {
      peer->ended_by_exception.clear();  // the exception already ended it
      return;
    }
    if (f.type == PacketType::kWorkFail && f.field[0].size() > kMaxHandle) {
      SendError(peer, "ARGUMENT_TOO_LARGE", "Job handle too large");
    } else {
      SendError(peer, "JOB_NOT_FOUND",
                f.type == PacketType::kWorkException
                    ? "An exception was received for a job that does not exist"
                    : "Job given in work result not found");
    }
    return;
  }
  if (f.type == PacketType::kWorkException) {
    peer->ended_by_exception.assign(f.field[0]);
  } else {
    peer->ended_by_exception.clear();
  }
  for (Peer* c : job->clients) {
    if (f.type == PacketType::kWorkException && !c->exceptions) {
      // gearmand appends a NUL here, which libgearman and Perl cannot match;
      // a plain WORK_FAIL is what every client understands.
      Send(c, PacketType::kWorkFail, {f.field[0]});
    } else {
      Forward(c, f.type, f.body);
    }
  }
  FinishJob(job);
}

void Scheduler::GetStatus(Peer* peer, std::string_view handle) {
  if (handle.size() > kMaxHandle) {
    SendError(peer, "ARGUMENT_TOO_LARGE", "Job handle too large");
    return;
  }
  Job* job = FindJob(handle);
  if (job == nullptr) {
    Send(peer, PacketType::kStatusRes, {handle, "0", "0", "0", "0"});
    return;
  }
  Send(peer, PacketType::kStatusRes,
       {handle, "1", job->state == JobState::kRunning ? "1" : "0",
        std::to_string(job->numerator), std::to_string(job->denominator)});
}

void Scheduler::GetStatusUnique(Peer* peer, std::string_view unique) {
  if (unique.size() > kMaxUnique) {
    SendError(peer, "ARGUMENT_TOO_LARGE", "Unique value too large");
    return;
  }
  Job* job = nullptr;
  for (Function* fn : function_order_) {
    auto it = uniques_.find(UniqueKey{fn, unique, false});
    if (it != uniques_.end()) {
      job = it->second;
      break;
    }
  }
  if (job == nullptr) {
    Send(peer, PacketType::kStatusResUnique, {unique, "0", "0", "0", "0", "0"});
    return;
  }
  Send(peer, PacketType::kStatusResUnique,
       {unique, "1", job->state == JobState::kRunning ? "1" : "0",
        std::to_string(job->numerator), std::to_string(job->denominator),
        std::to_string(job->clients.size())});
}

void Scheduler::OptionReq(Peer* peer, std::string_view name) {
  if (EqualsIgnoreCase(name, "exceptions")) {
    peer->exceptions = true;
    Send(peer, PacketType::kOptionRes, {name});
    return;
  }
  SendError(peer, "UNKNOWN_OPTION", "Server does not recognize given option");
}

}  // namespace geartrain
