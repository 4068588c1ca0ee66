#include "server/admin_commands.h"

#include <unistd.h>

#include "protocol/admin_line.h"

namespace geartrain {
namespace {

constexpr const char* kVersionReply = "OK 1.1.20\n";  // clients read CAN_DO_TIMEOUT units from it

std::string InvalidArguments(std::string_view command) {
  return "ERR INVALID_ARGUMENTS An+incomplete+set+of+arguments+was+sent+to+this+command+" +
         std::string(command) + "\r\n";
}

std::string UnknownCommand(std::string_view raw) {
  return "ERR UNKNOWN_COMMAND Unknown+server+command" + std::string(raw) + "\r\n";
}

// A maxqueue number: decimal, optionally negative (<= 0 means unlimited).
bool ParseLimit(std::string_view s, uint32_t* out) {
  if (s.empty() || s.size() > 11) return false;
  size_t i = s[0] == '-' ? 1 : 0;
  if (i == s.size()) return false;
  int64_t v = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = (s[0] == '-' || v > UINT32_MAX) ? (s[0] == '-' ? 0 : UINT32_MAX) : static_cast<uint32_t>(v);
  return true;
}

}  // namespace

AdminCommands::Action AdminCommands::Handle(Peer* peer, std::string_view line) {
  Action action = Action::kNone;
  std::string reply = Reply(line, &action);
  if (!reply.empty()) evbuffer_add(peer->tail(), reply.data(), reply.size());
  return action;
}

std::string AdminCommands::Reply(std::string_view line, Action* action) {
  *action = Action::kNone;
  AdminLine l = SplitAdminLine(line);
  if (l.too_many) {
    *action = Action::kClose;  // gearmand closes on a sixth word
    return {};
  }
  const std::string& c = l.command;
  if (c == "status") return Status();
  if (c == "prioritystatus") return PriorityStatus();
  if (c == "workers") return Workers();
  if (c == "version") return kVersionReply;
  if (c == "getpid") return "OK " + std::to_string(getpid()) + "\n";
  if (c == "verbose") {
    return "OK " + std::string(LogLevelName(scheduler_->log()->level())) + "\n";
  }
  if (c == "maxqueue") return MaxQueue(l);
  if (c == "show") {
    if (l.argc == 0) return UnknownCommand(l.command_raw);
    if (l.argc == 1 && EqualsIgnoreCase(l.arg[0], "jobs")) return ShowJobs();
    if (l.argc == 2 && EqualsIgnoreCase(l.arg[0], "unique") && EqualsIgnoreCase(l.arg[1], "jobs")) {
      return ShowUniqueJobs();
    }
    return "ERR UNKNOWN_SHOW_ARGUMENTS\r\n";
  }
  if (c == "cancel") {
    if (l.argc == 0) return UnknownCommand(l.command_raw);
    if (!EqualsIgnoreCase(l.arg[0], "job")) return "ERR UNKNOWN_ERROR\r\n";
    if (l.argc != 2) return InvalidArguments("cancel");
    return scheduler_->CancelJob(l.arg[1]) ? "OK\r\n" : "ERR UNKNOWN_JOB\r\n";
  }
  if (c == "create") {
    if (l.argc != 2 || !EqualsIgnoreCase(l.arg[0], "function")) return InvalidArguments("create");
    scheduler_->GetOrCreateFunction(l.arg[1]);  // the whole name (gearmand cuts 2 bytes)
    return "OK\r\n";
  }
  if (c == "drop") {
    if (l.argc != 2 || !EqualsIgnoreCase(l.arg[0], "function")) return InvalidArguments("drop");
    Function* f = scheduler_->FindFunctionIgnoreCase(l.arg[1]);
    if (f == nullptr) return "ERR function not found\r\n";
    std::string why;
    if (!scheduler_->DropFunction(f, &why)) return "ERR " + why + "\r\n";
    return "OK\r\n";
  }
  if (c == "shutdown" && scheduler_->config().admin_shutdown) {
    if (l.argc == 0) {
      *action = Action::kShutdown;
      return "OK\r\n";
    }
    if (l.argc == 1 && EqualsIgnoreCase(l.arg[0], "graceful")) {
      *action = Action::kShutdownGraceful;
      return "OK\r\n";
    }
    return InvalidArguments("shutdown");
  }
  return UnknownCommand(l.command_raw);
}

std::string AdminCommands::Status() const {
  std::string out;
  for (const Function* f : scheduler_->functions()) {
    out += f->name;
    out += '\t';
    out += std::to_string(f->total());
    out += '\t';
    out += std::to_string(f->running);
    out += '\t';
    out += std::to_string(f->workers.size());
    out += '\n';
  }
  out += ".\n";
  return out;
}

std::string AdminCommands::PriorityStatus() const {
  std::string out;
  for (const Function* f : scheduler_->functions()) {
    out += f->name;
    for (int p = 0; p < kPriorityCount; ++p) {
      out += '\t';
      out += std::to_string(f->queue[p].size() + f->delayed[p]);
    }
    out += '\t';
    out += std::to_string(f->workers.size());
    out += '\n';
  }
  out += ".\n";
  return out;
}

std::string AdminCommands::Workers() const {
  std::string out;
  for (const Peer* p : scheduler_->peers()) {
    out += std::to_string(p->fd);
    out += ' ';
    out += p->address;
    out += ' ';
    out += p->client_id;
    out += " :";
    for (const Ability& a : p->abilities) {
      out += ' ';
      out += a.function->name;
    }
    out += '\n';
  }
  out += ".\n";
  return out;
}

std::string AdminCommands::ShowJobs() const {
  std::string out;
  scheduler_->ForEachJob([&](const Job* job) {
    out += scheduler_->HandleOf(job);
    out += '\t';
    out += std::to_string(job->retries);
    out += job->cancelled ? "\t1\t" : "\t0\t";
    out += job->stored ? "1\n" : "0\n";
  });
  out += ".\n";
  return out;
}

std::string AdminCommands::ShowUniqueJobs() const {
  std::string out;
  scheduler_->ForEachJob([&](const Job* job) {
    out += job->unique();
    out += '\n';
  });
  out += ".\n";
  return out;
}

std::string AdminCommands::MaxQueue(const AdminLine& l) {
  if (l.argc == 0) return InvalidArguments("maxqueue");
  uint32_t limits[kPriorityCount] = {0, 0, 0};
  for (int i = 1; i < l.argc; ++i) {
    if (!ParseLimit(l.arg[i], &limits[i - 1])) return InvalidArguments("maxqueue");
  }
  if (l.argc == 2) limits[1] = limits[2] = limits[0];  // one number: all three priorities
  // gearmand ignores unknown functions (while answering OK); a limit set
  // before the first submission is what an operator means, so create it.
  Function* f = scheduler_->GetOrCreateFunction(l.arg[0]);
  for (int p = 0; p < kPriorityCount; ++p) f->max_queue[p] = limits[p];
  return "OK\r\n";
}

}  // namespace geartrain
