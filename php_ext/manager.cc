// Net_Gearman_Manager, natively: the Gearman admin text protocol client
// (net_gearman.md §1.12) on top of core/client/AdminClient.
//
// Contract:
// - A custom object owning one AdminClient, created by the constructor when
//   it is called with arguments (func_num_args() > 0, as in the library) and
//   deleted in free_obj (destructors are skipped after a fatal error). An
//   object whose constructor never ran (subclass without parent::__construct,
//   unserialize) is safe: parseWorkersResponse() and checkForError() work,
//   every method that needs the server throws Net_Gearman_Exception.
// - Clone is refused (clone_obj = NULL); no zvals live in the C++ part.
// - Every call into core C++ runs inside CxxFirewall; no C++ object is alive
//   while PHP userland runs (the parseWorkersResponse()/checkForError()/
//   disconnect() calls that go through method dispatch).
// - Each command gets the constructor's timeout as its deadline. EOF gives
//   "Connection was reset", a timeout names the timeout, an ERR reply gives
//   Net_Gearman's "<text> [error code: <CODE>]". After a timeout or EOF the
//   connection is closed (a late reply can never answer the next command).
// - The public commands call the core directly: a subclass overriding the
//   protected sendCommand()/recvCommand() does not intercept them. workers()
//   does call $this->parseWorkersResponse() and __destruct() calls
//   $this->disconnect(), as the library does.
// - The protected $shutdown property is the shut-down flag (read before every
//   command, written by shutdown()); $conn stays null (there is no PHP stream).
//
// Additions over the library (docs/compat.md): getPid(), showJobs(),
// showUniqueJobs(), cancelJob(), createFunction(), dropFunction(),
// priorityStatus(), verbose().
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "client/admin_client.h"
#include "client/server_address.h"
#include "errors.h"
#include "object_util.h"
#include "php_geartrain.h"

extern "C" {
#include "ext/standard/file.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
}

namespace gc = geartrain::client;

namespace {

constexpr double kDefaultTimeout = 5.0;                // seconds, as the library
constexpr double kMaxTimeout = 365.0 * 24.0 * 3600.0;  // "no timeout", without overflow

struct ManagerObject {
  gc::AdminClient* admin;  // null until the constructor connects (or tries to)
  double timeout;          // seconds: connect and each command
  zend_object std;         // must be last
};

zend_object_handlers g_manager_handlers;

ManagerObject* FromObj(zend_object* obj) {
  return reinterpret_cast<ManagerObject*>(reinterpret_cast<char*>(obj) -
                                          XtOffsetOf(ManagerObject, std));
}

ManagerObject* FromThis(zval* self) { return FromObj(Z_OBJ_P(self)); }

zend_object* ManagerCreate(zend_class_entry* ce) {
  auto* m = static_cast<ManagerObject*>(zend_object_alloc(sizeof(ManagerObject), ce));
  m->admin = nullptr;
  m->timeout = kDefaultTimeout;
  zend_object_std_init(&m->std, ce);
  object_properties_init(&m->std, ce);
  m->std.handlers = &g_manager_handlers;
  return &m->std;
}

void ManagerFree(zend_object* obj) {
  ManagerObject* m = FromObj(obj);
  delete m->admin;  // closes the socket; never throws
  m->admin = nullptr;
  zend_object_std_dtor(obj);
}

// PHP's trim() with its default characters.
std::string_view PhpTrim(std::string_view s) {
  constexpr std::string_view kWs(" \t\n\r\0\x0B", 6);
  size_t b = s.find_first_not_of(kWs);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(kWs);
  return s.substr(b, e - b + 1);
}

gc::Deadline CommandDeadline(const ManagerObject* m) {
  return gc::Clock::now() +
         std::chrono::duration_cast<gc::Clock::duration>(std::chrono::duration<double>(m->timeout));
}

std::string TimeoutText(double seconds) {
  char buf[64];
  snprintf(buf, sizeof buf, "%g", seconds);
  return buf;
}

void ThrowString(const std::string& message) { GeartrainThrow(message.c_str()); }

// Throws the Net_Gearman_Exception for a failed core call.
void ThrowStatus(const ManagerObject* m, const gc::Status& s) {
  switch (s.code()) {
    case gc::Status::kTimeout:
      ThrowString(s.message() + " (timeout: " + TimeoutText(m->timeout) + " s)");
      return;
    case gc::Status::kNotConnected:
      ThrowString(
          "Net_Gearman_Manager is not connected (disconnected, or a failed command closed the "
          "connection)");
      return;
    default:
      ThrowString(s.message());
  }
}

// Before every command, as the library's sendCommand(): the $shutdown flag
// first, then a connection must have been made. Throws and returns false.
bool Ready(zval* self, const ManagerObject* m) {
  zval rv;
  ZVAL_UNDEF(&rv);
  zval* flag = GtReadProp(geartrain_ce_manager, Z_OBJ_P(self), "shutdown", &rv);
  bool shut = zend_is_true(flag);
  zval_ptr_dtor(&rv);
  if (EG(exception)) return false;
  if (shut) {
    GeartrainThrow("This server has been shut down");
    return false;
  }
  if (m->admin == nullptr) {
    GeartrainThrow(
        "Net_Gearman_Manager is not connected: the constructor was not called with a server");
    return false;
  }
  return true;
}

// Runs one core call behind the firewall; on failure throws and returns false.
template <typename Fn>
bool Run(const ManagerObject* m, Fn&& fn) {
  gc::Status s;
  CxxFirewall([&] { s = fn(); });
  if (EG(exception)) return false;
  if (!s.ok()) {
    ThrowStatus(m, s);
    return false;
  }
  return true;
}

// Errors of the commands the library does not have. gearmand's replies to
// them are not all "ERR CODE text": "ERR function not found" and "ERR there
// are still connected workers ..." are plain text, so those are shown whole.
void ThrowNewCommandError(const ManagerObject* m, const gc::Status& s) {
  if (s.code() != gc::Status::kServerError) {
    ThrowStatus(m, s);
    return;
  }
  std::string_view line(m->admin->last_error_line());
  std::string_view rest = line.size() > 4 ? line.substr(4) : std::string_view();
  std::string_view code = rest.substr(0, rest.find(' '));
  bool code_like = !code.empty();
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) code_like = false;
  }
  std::string msg = code_like ? s.message() : std::string(rest);
  while (!msg.empty() && msg.front() == ' ') msg.erase(0, 1);
  ThrowString(msg);
}

// A bool command: true on OK; false when the last ERR line starts with
// `false_err` (the "not found" answers); any other failure throws.
template <typename Fn>
void RunBoolCommand(zval* self, zval* return_value, const char* false_err, Fn&& fn) {
  ManagerObject* m = FromThis(self);
  if (!Ready(self, m)) return;
  gc::Status s;
  bool is_false = false;
  CxxFirewall([&] {
    s = fn(m);
    if (s.code() == gc::Status::kServerError && false_err != nullptr) {
      is_false = m->admin->last_error_line().rfind(false_err, 0) == 0;
    }
  });
  if (EG(exception)) return;
  if (s.ok() || is_false) {
    RETVAL_BOOL(s.ok());
    return;
  }
  ThrowNewCommandError(m, s);
}

void AddString(zval* arr, const char* key, const std::string& v) {
  add_assoc_stringl_ex(arr, key, strlen(key), v.data(), v.size());
}

void BuildWorkers(zval* return_value, const std::vector<gc::WorkerInfo>& workers) {
  array_init_size(return_value, static_cast<uint32_t>(workers.size()));
  for (const gc::WorkerInfo& w : workers) {
    zval row, abilities;
    array_init_size(&row, 4);
    AddString(&row, "fd", w.fd);
    AddString(&row, "ip", w.ip);
    AddString(&row, "id", w.id);
    array_init_size(&abilities, static_cast<uint32_t>(w.abilities.size()));
    for (const std::string& a : w.abilities) add_next_index_stringl(&abilities, a.data(), a.size());
    add_assoc_zval(&row, "abilities", &abilities);
    add_next_index_zval(return_value, &row);
  }
}

// $arr[$key] = $value with PHP's key folding ("12" becomes int 12).
void SymtableSet(zval* arr, const std::string& key, zval* value) {
  zend_string* k = zend_string_init(key.data(), key.size(), 0);
  zend_symtable_update(Z_ARRVAL_P(arr), k, value);
  zend_string_release(k);
}

// One line from the server as a zend_string, or NULL with an exception.
zend_string* ReadLineZ(ManagerObject* m, gc::Deadline deadline) {
  zend_string* out = nullptr;
  gc::Status s;
  CxxFirewall([&] {
    std::string line;
    s = m->admin->ReadLine(deadline, &line);
    if (s.ok()) out = zend_string_init(line.data(), line.size(), 0);
  });
  if (EG(exception)) {
    if (out != nullptr) zend_string_release(out);
    return nullptr;
  }
  if (!s.ok()) {
    ThrowStatus(m, s);
    return nullptr;
  }
  return out;
}

// Net_Gearman's is_numeric($size) check, giving the integer to send. NAN and
// INF are refused (is_numeric() accepts them; no server can use them).
bool QueueSize(zval* size, zend_long* out) {
  ZVAL_DEREF(size);
  double d;
  switch (Z_TYPE_P(size)) {
    case IS_LONG:
      *out = Z_LVAL_P(size);
      return true;
    case IS_DOUBLE:
      d = Z_DVAL_P(size);
      break;
    case IS_STRING: {
      zend_long l;
      zend_uchar type = is_numeric_string(Z_STRVAL_P(size), Z_STRLEN_P(size), &l, &d, false);
      if (type == IS_LONG) {
        *out = l;
        return true;
      }
      if (type != IS_DOUBLE) return false;
      break;
    }
    default:
      return false;
  }
  if (!std::isfinite(d)) return false;
  if (d >= 9.2e18) {
    *out = ZEND_LONG_MAX;
  } else if (d <= -9.2e18) {
    *out = ZEND_LONG_MIN;
  } else {
    *out = static_cast<zend_long>(d);  // truncates toward zero, as (int)
  }
  return true;
}

// preg_match('/[^a-z0-9_]/i', $function) == 0, and not empty.
bool ValidMaxQueueFunction(const zend_string* f) {
  if (ZSTR_LEN(f) == 0) return false;
  for (size_t i = 0; i < ZSTR_LEN(f); ++i) {
    char c = ZSTR_VAL(f)[i];
    bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

void GeartrainManagerMinit(zend_class_entry* ce) {
  ce->create_object = ManagerCreate;
  memcpy(&g_manager_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
  g_manager_handlers.offset = XtOffsetOf(ManagerObject, std);
  g_manager_handlers.free_obj = ManagerFree;
  g_manager_handlers.clone_obj = nullptr;
}

// __construct($server = null, $timeout = 5): connects only when called with
// arguments. "host", "host:port", "[v6]:port"; the timeout is in seconds.
PHP_METHOD(Net_Gearman_Manager, __construct) {
  zend_string* server = nullptr;
  double timeout = kDefaultTimeout;
  bool timeout_null = false;
  ZEND_PARSE_PARAMETERS_START(0, 2)
  Z_PARAM_OPTIONAL
  Z_PARAM_STR_OR_NULL(server)
  Z_PARAM_DOUBLE_OR_NULL(timeout, timeout_null)
  ZEND_PARSE_PARAMETERS_END();
  if (ZEND_NUM_ARGS() == 0) return;

  if (timeout_null) {  // fsockopen(): null means default_socket_timeout
    timeout = FG(default_socket_timeout) > 0 ? static_cast<double>(FG(default_socket_timeout))
                                             : kMaxTimeout;
  }
  if (std::isnan(timeout) || timeout <= 0) {
    zend_argument_value_error(2, "must be greater than 0");
    RETURN_THROWS();
  }
  if (timeout > kMaxTimeout) timeout = kMaxTimeout;

  ManagerObject* m = FromThis(ZEND_THIS);
  m->timeout = timeout;
  std::string message;
  CxxFirewall([&] {
    std::string text = server != nullptr ? std::string(ZSTR_VAL(server), ZSTR_LEN(server)) : "";
    gc::ServerAddress address;
    gc::Status s = gc::ServerAddress::Parse(text, &address);
    if (!s.ok()) {
      message = "Could not connect to " + (text.empty() ? std::string(":4730") : text) + " (" +
                s.message() + ")";
      if (m->admin != nullptr) m->admin->Close();
      return;
    }
    if (m->admin == nullptr) m->admin = new gc::AdminClient();
    s = m->admin->Connect(address, CommandDeadline(m));
    if (!s.ok()) {
      message = s.message();
      if (!m->admin->connect_error().empty()) message += " " + m->admin->connect_error();
    }
  });
  if (EG(exception)) RETURN_THROWS();
  if (!message.empty()) {
    ThrowString(message);
    RETURN_THROWS();
  }
}

// version(): the whole trimmed reply line ("OK 1.1.20" from gearmand).
PHP_METHOD(Net_Gearman_Manager, version) {
  ZEND_PARSE_PARAMETERS_NONE();
  ManagerObject* m = FromThis(ZEND_THIS);
  if (!Ready(ZEND_THIS, m)) RETURN_THROWS();
  std::string reply;
  if (!Run(m, [&] { return m->admin->Version(CommandDeadline(m), &reply); })) RETURN_THROWS();
  std::string_view v = PhpTrim(reply);
  RETURN_STRINGL(v.data(), v.size());
}

// shutdown($graceful = false): true when the server answers OK; then every
// command throws 'This server has been shut down'.
PHP_METHOD(Net_Gearman_Manager, shutdown) {
  zval* graceful = nullptr;
  ZEND_PARSE_PARAMETERS_START(0, 1)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(graceful)
  ZEND_PARSE_PARAMETERS_END();
  bool is_graceful = graceful != nullptr && zend_is_true(graceful);
  ManagerObject* m = FromThis(ZEND_THIS);
  if (!Ready(ZEND_THIS, m)) RETURN_THROWS();
  bool ok = false;
  if (!Run(m, [&] {
        std::string reply;
        gc::Status s = m->admin->Command(is_graceful ? "shutdown graceful" : "shutdown", false,
                                         CommandDeadline(m), &reply);
        ok = s.ok() && PhpTrim(reply) == "OK";
        return s;
      })) {
    RETURN_THROWS();
  }
  zval flag;
  ZVAL_BOOL(&flag, ok);
  GtWriteProp(geartrain_ce_manager, Z_OBJ_P(ZEND_THIS), "shutdown", &flag);
  if (EG(exception)) RETURN_THROWS();
  RETURN_BOOL(ok);
}

// workers(): $this->parseWorkersResponse() of the raw reply.
PHP_METHOD(Net_Gearman_Manager, workers) {
  ZEND_PARSE_PARAMETERS_NONE();
  ManagerObject* m = FromThis(ZEND_THIS);
  if (!Ready(ZEND_THIS, m)) RETURN_THROWS();
  zend_string* text = nullptr;
  if (!Run(m, [&] {
        std::string reply;
        gc::Status s = m->admin->Command("workers", true, CommandDeadline(m), &reply);
        if (s.ok()) text = zend_string_init(reply.data(), reply.size(), 0);
        return s;
      })) {
    if (text != nullptr) zend_string_release(text);
    RETURN_THROWS();
  }
  zval arg;
  ZVAL_STR(&arg, text);
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zend_call_method_with_1_params(self, self->ce, nullptr, "parseworkersresponse", return_value,
                                 &arg);
  zval_ptr_dtor(&arg);
}

// parseWorkersResponse($res): pure; [['fd','ip','id','abilities'=>[...]], ...].
PHP_METHOD(Net_Gearman_Manager, parseWorkersResponse) {
  zend_string* res;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_STR(res)
  ZEND_PARSE_PARAMETERS_END();
  std::vector<gc::WorkerInfo> workers;
  CxxFirewall([&] { workers = gc::ParseWorkers(std::string_view(ZSTR_VAL(res), ZSTR_LEN(res))); });
  if (EG(exception)) RETURN_THROWS();
  BuildWorkers(return_value, workers);
}

// setMaxQueueSize($function, $size): Net_Gearman's checks, then
// "maxqueue <function> <size as an integer>"; true when the reply is OK.
PHP_METHOD(Net_Gearman_Manager, setMaxQueueSize) {
  zend_string* function;
  zval* size;
  ZEND_PARSE_PARAMETERS_START(2, 2)
  Z_PARAM_STR(function)
  Z_PARAM_ZVAL(size)
  ZEND_PARSE_PARAMETERS_END();
  zend_long n = 0;
  if (!QueueSize(size, &n)) {
    GeartrainThrow("Queue size must be numeric");
    RETURN_THROWS();
  }
  if (!ValidMaxQueueFunction(function)) {
    GeartrainThrow("Invalid function name");
    RETURN_THROWS();
  }
  ManagerObject* m = FromThis(ZEND_THIS);
  if (!Ready(ZEND_THIS, m)) RETURN_THROWS();
  bool ok = false;
  if (!Run(m, [&] {
        std::string line = "maxqueue " + std::string(ZSTR_VAL(function), ZSTR_LEN(function)) + " " +
                           std::to_string(n);
        std::string reply;
        gc::Status s = m->admin->Command(line, false, CommandDeadline(m), &reply);
        ok = s.ok() && PhpTrim(reply) == "OK";
        return s;
      })) {
    RETURN_THROWS();
  }
  RETURN_BOOL(ok);
}

// status(): [func => ['in_queue'=>s, 'jobs_running'=>s, 'capable_workers'=>s]].
PHP_METHOD(Net_Gearman_Manager, status) {
  ZEND_PARSE_PARAMETERS_NONE();
  ManagerObject* m = FromThis(ZEND_THIS);
  if (!Ready(ZEND_THIS, m)) RETURN_THROWS();
  std::vector<gc::FunctionStatus> rows;
  if (!Run(m, [&] { return m->admin->GetStatus(CommandDeadline(m), &rows); })) RETURN_THROWS();
  array_init_size(return_value, static_cast<uint32_t>(rows.size()));
  for (const gc::FunctionStatus& r : rows) {
    zval row;
    array_init_size(&row, 3);
    AddString(&row, "in_queue", r.queued);
    AddString(&row, "jobs_running", r.running);
    AddString(&row, "capable_workers", r.workers);
    SymtableSet(return_value, r.name, &row);
  }
}

// getPid(): the server's process id as an int.
PHP_METHOD(Net_Gearman_Manager, getPid) {
  ZEND_PARSE_PARAMETERS_NONE();
  ManagerObject* m = FromThis(ZEND_THIS);
  if (!Ready(ZEND_THIS, m)) RETURN_THROWS();
  int64_t pid = 0;
  if (!Run(m, [&] { return m->admin->GetPid(CommandDeadline(m), &pid); })) RETURN_THROWS();
  RETURN_LONG(static_cast<zend_long>(pid));
}

// showJobs(): [['handle'=>s, 'retries'=>int, 'ignored'=>bool, 'queued'=>bool], ...].
PHP_METHOD(Net_Gearman_Manager, showJobs) {
  ZEND_PARSE_PARAMETERS_NONE();
  ManagerObject* m = FromThis(ZEND_THIS);
  if (!Ready(ZEND_THIS, m)) RETURN_THROWS();
  std::vector<gc::JobInfo> jobs;
  if (!Run(m, [&] { return m->admin->ShowJobs(CommandDeadline(m), &jobs); })) RETURN_THROWS();
  array_init_size(return_value, static_cast<uint32_t>(jobs.size()));
  for (const gc::JobInfo& j : jobs) {
    zval row;
    array_init_size(&row, 4);
    AddString(&row, "handle", j.handle);
    add_assoc_long(&row, "retries", static_cast<zend_long>(j.retries));
    add_assoc_bool(&row, "ignored", j.ignored);
    add_assoc_bool(&row, "queued", j.queued);
    add_next_index_zval(return_value, &row);
  }
}

// showUniqueJobs(): one string per job ("" for a job without a unique id).
PHP_METHOD(Net_Gearman_Manager, showUniqueJobs) {
  ZEND_PARSE_PARAMETERS_NONE();
  ManagerObject* m = FromThis(ZEND_THIS);
  if (!Ready(ZEND_THIS, m)) RETURN_THROWS();
  std::vector<std::string> uniques;
  if (!Run(m, [&] { return m->admin->ShowUniqueJobs(CommandDeadline(m), &uniques); })) {
    RETURN_THROWS();
  }
  array_init_size(return_value, static_cast<uint32_t>(uniques.size()));
  for (const std::string& u : uniques) add_next_index_stringl(return_value, u.data(), u.size());
}

// cancelJob($handle): true when cancelled, false for an unknown handle.
PHP_METHOD(Net_Gearman_Manager, cancelJob) {
  zend_string* handle;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_STR(handle)
  ZEND_PARSE_PARAMETERS_END();
  RunBoolCommand(ZEND_THIS, return_value, "ERR UNKNOWN_JOB", [&](ManagerObject* m) {
    return m->admin->CancelJob(std::string_view(ZSTR_VAL(handle), ZSTR_LEN(handle)),
                               CommandDeadline(m));
  });
}

// createFunction($function): true on OK.
PHP_METHOD(Net_Gearman_Manager, createFunction) {
  zend_string* function;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_STR(function)
  ZEND_PARSE_PARAMETERS_END();
  RunBoolCommand(ZEND_THIS, return_value, nullptr, [&](ManagerObject* m) {
    return m->admin->CreateFunction(std::string_view(ZSTR_VAL(function), ZSTR_LEN(function)),
                                    CommandDeadline(m));
  });
}

// dropFunction($function): true on OK, false when the server has no such
// function; throws while workers or running jobs still use it.
PHP_METHOD(Net_Gearman_Manager, dropFunction) {
  zend_string* function;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_STR(function)
  ZEND_PARSE_PARAMETERS_END();
  RunBoolCommand(ZEND_THIS, return_value, "ERR function not found", [&](ManagerObject* m) {
    return m->admin->DropFunction(std::string_view(ZSTR_VAL(function), ZSTR_LEN(function)),
                                  CommandDeadline(m));
  });
}

// priorityStatus(): [func => ['high'=>int, 'normal'=>int, 'low'=>int, 'workers'=>int]].
PHP_METHOD(Net_Gearman_Manager, priorityStatus) {
  ZEND_PARSE_PARAMETERS_NONE();
  ManagerObject* m = FromThis(ZEND_THIS);
  if (!Ready(ZEND_THIS, m)) RETURN_THROWS();
  std::vector<gc::PriorityStatusRow> rows;
  if (!Run(m, [&] { return m->admin->PriorityStatus(CommandDeadline(m), &rows); })) {
    RETURN_THROWS();
  }
  array_init_size(return_value, static_cast<uint32_t>(rows.size()));
  for (const gc::PriorityStatusRow& r : rows) {
    zval row;
    array_init_size(&row, 4);
    add_assoc_long(&row, "high", static_cast<zend_long>(r.high));
    add_assoc_long(&row, "normal", static_cast<zend_long>(r.normal));
    add_assoc_long(&row, "low", static_cast<zend_long>(r.low));
    add_assoc_long(&row, "workers", static_cast<zend_long>(r.workers));
    SymtableSet(return_value, r.name, &row);
  }
}

// verbose(): the server's log level name ("ERROR", "INFO", ...).
PHP_METHOD(Net_Gearman_Manager, verbose) {
  ZEND_PARSE_PARAMETERS_NONE();
  ManagerObject* m = FromThis(ZEND_THIS);
  if (!Ready(ZEND_THIS, m)) RETURN_THROWS();
  std::string level;
  if (!Run(m, [&] { return m->admin->Verbose(CommandDeadline(m), &level); })) RETURN_THROWS();
  RETURN_STRINGL(level.data(), level.size());
}

// protected sendCommand($cmd): writes "$cmd\r\n" as is.
PHP_METHOD(Net_Gearman_Manager, sendCommand) {
  zend_string* cmd;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_STR(cmd)
  ZEND_PARSE_PARAMETERS_END();
  ManagerObject* m = FromThis(ZEND_THIS);
  if (!Ready(ZEND_THIS, m)) RETURN_THROWS();
  if (!Run(m, [&] {
        return m->admin->SendLine(std::string_view(ZSTR_VAL(cmd), ZSTR_LEN(cmd)),
                                  CommandDeadline(m));
      })) {
    RETURN_THROWS();
  }
}

// protected recvCommand(): the lines before the "." line, each passed to
// $this->checkForError() first. One timeout for the whole reply; EOF throws.
PHP_METHOD(Net_Gearman_Manager, recvCommand) {
  ZEND_PARSE_PARAMETERS_NONE();
  ManagerObject* m = FromThis(ZEND_THIS);
  if (m->admin == nullptr) {
    GeartrainThrow(
        "Net_Gearman_Manager is not connected: the constructor was not called with a server");
    RETURN_THROWS();
  }
  gc::Deadline deadline = CommandDeadline(m);
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  smart_str out = {nullptr, 0};
  for (;;) {
    zend_string* line = ReadLineZ(m, deadline);
    if (line == nullptr) break;
    zval arg;
    ZVAL_STR(&arg, line);
    zend_call_method_with_1_params(self, self->ce, nullptr, "checkforerror", nullptr, &arg);
    bool end = zend_string_equals_literal(line, ".\n") || zend_string_equals_literal(line, ".\r\n");
    if (!end && !EG(exception)) smart_str_append(&out, line);
    zval_ptr_dtor(&arg);
    if (EG(exception) || end) break;
  }
  if (EG(exception)) {
    smart_str_free(&out);
    RETURN_THROWS();
  }
  if (out.s == nullptr) RETURN_EMPTY_STRING();
  RETURN_STR(smart_str_extract(&out));
}

// protected checkForError($data): throws for a line that starts with "ERR".
PHP_METHOD(Net_Gearman_Manager, checkForError) {
  zend_string* data;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_STR(data)
  ZEND_PARSE_PARAMETERS_END();
  std::string_view line = PhpTrim(std::string_view(ZSTR_VAL(data), ZSTR_LEN(data)));
  if (line.substr(0, 3) != "ERR") return;
  std::string message;
  CxxFirewall([&] { message = gc::AdminErrorMessage(line); });
  if (EG(exception)) RETURN_THROWS();
  ThrowString(message);
  RETURN_THROWS();
}

// disconnect(): closes the connection (commands then throw).
PHP_METHOD(Net_Gearman_Manager, disconnect) {
  ZEND_PARSE_PARAMETERS_NONE();
  ManagerObject* m = FromThis(ZEND_THIS);
  if (m->admin != nullptr) m->admin->Close();
}

// __destruct(): $this->disconnect(), so an override is honoured. free_obj
// releases everything even when destructors are skipped.
PHP_METHOD(Net_Gearman_Manager, __destruct) {
  ZEND_PARSE_PARAMETERS_NONE();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zend_call_method_with_0_params(self, self->ce, nullptr, "disconnect", nullptr);
}
