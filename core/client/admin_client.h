// The Gearman text admin protocol ("status", "workers", "version", ...) over
// one dedicated connection: Net_Gearman_Manager without its infinite loops.
//
// Contract:
// - Command() writes "line\r\n" and reads one line (single) or lines up to a
//   "." line (multiline). It never waits past the deadline (kTimeout) and
//   reports EOF as kConnectionReset "Connection was reset"; it never loops.
// - A reply whose first line starts with "ERR" becomes kServerError with
//   Net_Gearman's message: third token + " [error code: " + urldecoded second
//   token + "]" (e.g. "Unknown+server+command [error code: UNKNOWN_COMMAND]").
//   A multiline command answered by a single ERR line stops at that line.
//   last_error_line() keeps that ERR line (without its line end) until the
//   next command, for callers that must tell one ERR from another.
// - A failure after the command was sent (timeout, EOF, socket error) closes
//   the connection: a late or partial reply must never be read as the answer
//   to the next command. kServerError (a whole ERR line) keeps it open.
// - SendLine()/ReadLine() are the raw line primitives behind Net_Gearman's
//   protected sendCommand()/recvCommand(); they share the read buffer with
//   Command(), so the two styles can be mixed on one connection.
// - After a successful Shutdown(), every command fails with "This server has
//   been shut down", as in Net_Gearman.
// - Parse* functions are pure and tolerant: lines they cannot read are skipped.
// Not thread-safe; one owner. Never calls back into user code.
#ifndef GEARTRAIN_CORE_CLIENT_ADMIN_CLIENT_H_
#define GEARTRAIN_CORE_CLIENT_ADMIN_CLIENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "client/connection.h"

namespace geartrain {
namespace client {

// One "status" line. Net_Gearman returns the strings; the numbers are parsed
// too (-1 when a field is not a number).
struct FunctionStatus {
  std::string name;
  std::string queued, running, workers;  // in_queue, jobs_running, capable_workers
  int64_t queued_n = -1, running_n = -1, workers_n = -1;
};

struct PriorityStatusRow {
  std::string name;
  int64_t high = -1, normal = -1, low = -1, workers = -1;
};

struct WorkerInfo {
  std::string fd, ip, id;
  std::vector<std::string> abilities;
};

struct JobInfo {  // one "show jobs" line: handle, retries, ignore_job, job_queued
  std::string handle;
  int64_t retries = -1;
  bool ignored = false;
  bool queued = false;
};

class AdminClient {
 public:
  // On failure the message is Net_Gearman's "Could not connect to host:port";
  // connect_error() then holds the reason, e.g. "(111: Connection refused)".
  Status Connect(const ServerAddress& address, Deadline deadline);
  const std::string& connect_error() const { return connect_error_; }
  void Close() {
    conn_.Close();
    in_.clear();
    peer_closed_ = Status();
  }
  bool connected() const { return conn_.connected(); }
  Connection& connection() { return conn_; }

  // *reply: the single line without its line end, or the lines before the "."
  // line, each ending in "\n".
  Status Command(std::string_view line, bool multiline, Deadline deadline, std::string* reply);
  // The ERR line that failed the last Command() with kServerError, else "".
  const std::string& last_error_line() const { return last_error_line_; }

  // Writes raw + "\r\n" as is (no validation: Net_Gearman's sendCommand).
  Status SendLine(std::string_view raw, Deadline deadline);
  // Reads one line like fgets(): *line ends with its "\n". EOF before a whole
  // line is kConnectionReset; the deadline passing is kTimeout.
  Status ReadLine(Deadline deadline, std::string* line);

  Status Version(Deadline deadline, std::string* version);  // whole trimmed line ("OK 1.1.20")
  // Rows in server order (the binding builds a PHP array from them).
  Status GetStatus(Deadline deadline, std::vector<FunctionStatus>* rows);
  Status Workers(Deadline deadline, std::vector<WorkerInfo>* workers);
  // Net_Gearman checks: 'Invalid function name' unless [A-Za-z0-9_]+.
  Status MaxQueue(std::string_view function, int64_t size, Deadline deadline);
  Status Shutdown(bool graceful, Deadline deadline);
  Status GetPid(Deadline deadline, int64_t* pid);
  Status ShowJobs(Deadline deadline, std::vector<JobInfo>* jobs);
  // One entry per job line, "" for a job without a unique id.
  Status ShowUniqueJobs(Deadline deadline, std::vector<std::string>* uniques);
  Status CancelJob(std::string_view handle, Deadline deadline);
  Status DropFunction(std::string_view function, Deadline deadline);
  Status CreateFunction(std::string_view function, Deadline deadline);
  Status PriorityStatus(Deadline deadline, std::vector<PriorityStatusRow>* rows);
  Status Verbose(Deadline deadline, std::string* level);

  bool shut_down() const { return shut_down_; }

 private:
  Status SimpleOk(std::string_view line, Deadline deadline);
  // Closes the connection after a failure that leaves the reply stream in an
  // unknown state, and returns `s`.
  Status Desync(Status s);
  // Not connected: the reason the peer went away if one was seen.
  Status NotConnected() const;
  // ReadBytes, remembering a read error in peer_closed_.
  Status Read();

  Connection conn_;
  std::string in_;  // bytes read past the last reply
  std::string connect_error_;
  std::string last_error_line_;
  // Why the peer went away (EOF or socket error seen while reading), so a
  // later call reports "Connection was reset" rather than "Not connected".
  Status peer_closed_;
  bool shut_down_ = false;
};

// Pure parsers, exposed for tests and for the binding's parseWorkersResponse().
std::vector<FunctionStatus> ParseStatus(std::string_view text);
std::vector<PriorityStatusRow> ParsePriorityStatus(std::string_view text);
// Net_Gearman's parseWorkersResponse(): each non-empty line, trimmed as PHP's
// trim() does, must match /^(.+?) (.+?) (.+?) :(.*)$/ (other lines are
// skipped); abilities are the trimmed rest exploded on single spaces.
std::vector<WorkerInfo> ParseWorkers(std::string_view text);
std::vector<JobInfo> ParseShowJobs(std::string_view text);
// "ERR CODE text..." → "text [error code: CODE]" with CODE urldecoded.
std::string AdminErrorMessage(std::string_view err_line);

}  // namespace client
}  // namespace geartrain

#endif  // GEARTRAIN_CORE_CLIENT_ADMIN_CLIENT_H_
