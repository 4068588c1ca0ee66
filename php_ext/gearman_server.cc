// Net_Gearman_Server: the job server of geartraind inside php-cli.
//
// Contract:
// - The constructor only checks the options (PHP names, types and values,
//   mapped onto geartraind's flags and checked by the same parser); every
//   error is a Net_Gearman_Exception naming the option. Nothing is bound yet.
// - start() binds and serves from a thread of the core (ServerHost) that
//   never touches the Zend engine, and returns at once; run() does the same
//   and then waits in this thread, in slices of at most 100 ms that run
//   pending pcntl signal handlers, until stop(), an admin `shutdown`, or
//   SIGINT/SIGTERM (handled by run() only while their disposition is the
//   default; a PHP handler the script installed is left to call stop()).
// - stop() ends the loop, closes every connection and the queue store, and
//   waits for that; it is idempotent. The object going away does the same.
// - Safe across pcntl_fork(): the child lets go of the server's sockets at
//   fork time, and its copy of the object releases nothing.
// - The default queue: `sqlite:geartrain-queue-PORT.sqlite` in the current
//   directory for a fixed port, memory for port 0 (a file tied to a random
//   port could never be found again).
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "errors.h"
#include "geartraind/options.h"
#include "geartraind/server_host.h"
#include "object_util.h"
#include "php_geartrain.h"
#include "server_options.h"

extern "C" {
#include "ext/standard/php_filestat.h"
#include "main/php_main.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_signal.h"
}

namespace gc = geartrain::client;

namespace {

// How long stop() waits for the loop to close everything.
constexpr auto kStopWait = std::chrono::seconds(30);
// The longest run() stays in C before signal handlers get a look.
constexpr auto kSlice = std::chrono::milliseconds(100);

struct ServerObject {
  geartrain::DaemonOptions* options;  // checked by the constructor
  geartrain::ServerHost* host;        // after start()/run()
  zend_object std;                    // last, as Zend requires
};

zend_object_handlers g_handlers;

ServerObject* From(zend_object* obj) {
  return reinterpret_cast<ServerObject*>(reinterpret_cast<char*>(obj) -
                                         XtOffsetOf(ServerObject, std));
}

zend_object* CreateObject(zend_class_entry* ce) {
  auto* o = static_cast<ServerObject*>(zend_object_alloc(sizeof(ServerObject), ce));
  zend_object_std_init(&o->std, ce);
  object_properties_init(&o->std, ce);
  o->std.handlers = &g_handlers;
  o->options = nullptr;
  o->host = nullptr;
  return &o->std;
}

void FreeObject(zend_object* obj) {
  ServerObject* o = From(obj);
  // The host's destructor stops and joins (or, in a forked child, lets go).
  CxxFirewall([o] {
    delete o->host;
    delete o->options;
  });
  o->host = nullptr;
  o->options = nullptr;
  zend_object_std_dtor(obj);
}

ServerObject* Checked(zend_object* obj) {
  ServerObject* o = From(obj);
  if (o->options == nullptr) {
    zend_throw_error(nullptr, "Net_Gearman_Server was not constructed");
    return nullptr;
  }
  return o;
}

// Binds and starts the loop thread; false with an exception pending.
bool StartHost(ServerObject* o) {
  if (o->host != nullptr) {
    GeartrainThrow(o->host->running() ? "The server is already running"
                                      : "The server was stopped; make a new Net_Gearman_Server");
    return false;
  }
  std::string error;
  std::unique_ptr<geartrain::ServerHost> host;
  CxxFirewall([&] {
    host = geartrain::ServerHost::Create(*o->options, &error);
    if (host != nullptr && !host->StartThread(&error)) host.reset();
  });
  if (EG(exception)) return false;
  if (host == nullptr) {
    std::string msg = "Cannot start the server: " + error;
    GeartrainThrow(msg.c_str());
    return false;
  }
  o->host = host.release();
  return true;
}

void StopHost(ServerObject* o) {
  if (o->host == nullptr) return;
  CxxFirewall([o] {
    o->host->Stop();
    o->host->Wait(std::chrono::duration_cast<std::chrono::milliseconds>(kStopWait));
  });
}

// SIGINT/SIGTERM while run() waits, when the script has no handler of its own.
volatile sig_atomic_t g_stop_signal = 0;
void OnStopSignal(int sig) { g_stop_signal = sig; }

// Through zend_sigaction(): with Zend signals (the usual build) Zend's own
// handler sits in the kernel table and dispatches to the one registered
// here, the way pcntl_signal() registers too, so "default" means the script
// installed nothing.
struct SignalGuard {
  struct sigaction old_int, old_term;
  bool int_set = false, term_set = false;
  static bool Claim(int signo, struct sigaction* old) {
    struct sigaction sa = {};
    sa.sa_handler = &OnStopSignal;
    sigemptyset(&sa.sa_mask);
    zend_sigaction(signo, nullptr, old);
    if (old->sa_handler != SIG_DFL) return false;
    zend_sigaction(signo, &sa, nullptr);
    return true;
  }
  SignalGuard() {
    g_stop_signal = 0;
    int_set = Claim(SIGINT, &old_int);
    term_set = Claim(SIGTERM, &old_term);
  }
  ~SignalGuard() {
    if (int_set) zend_sigaction(SIGINT, &old_int, nullptr);
    if (term_set) zend_sigaction(SIGTERM, &old_term, nullptr);
  }
};

// Runs pending pcntl handlers when ext/pcntl is loaded; false when one threw
// or a fatal error was caught.
bool DispatchSignals() {
  auto* fn = static_cast<zend_function*>(zend_hash_str_find_ptr(
      EG(function_table), "pcntl_signal_dispatch", sizeof("pcntl_signal_dispatch") - 1));
  if (fn == nullptr) return true;
  zval ret;
  ZVAL_UNDEF(&ret);
  GtGuardBailout([&] { zend_call_known_function(fn, nullptr, nullptr, &ret, 0, nullptr, nullptr); });
  zval_ptr_dtor(&ret);
  return !GtMustStop();
}

}  // namespace

// --- methods ---------------------------------------------------------------------

static void Server_construct(INTERNAL_FUNCTION_PARAMETERS) {
  HashTable* options = nullptr;
  ZEND_PARSE_PARAMETERS_START(0, 1)
  Z_PARAM_OPTIONAL
  Z_PARAM_ARRAY_HT(options)
  ZEND_PARSE_PARAMETERS_END();
  ServerObject* o = From(Z_OBJ_P(ZEND_THIS));
  if (o->options != nullptr) {
    zend_throw_error(nullptr, "Net_Gearman_Server::__construct() cannot be called twice");
    return;
  }
  auto parsed = std::make_unique<geartrain::DaemonOptions>();
  if (!GtServerOptionsParse(options, parsed.get())) return;
  o->options = parsed.release();
}

GT_GUARDED_METHOD(Net_Gearman_Server, __construct, Server_construct)

static void Server_start(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  ServerObject* o = Checked(Z_OBJ_P(ZEND_THIS));
  if (o == nullptr) return;
  StartHost(o);
}

GT_GUARDED_METHOD(Net_Gearman_Server, start, Server_start)

static void Server_run(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  ServerObject* o = Checked(Z_OBJ_P(ZEND_THIS));
  if (o == nullptr) return;
  SignalGuard signals;
  if (!StartHost(o)) return;
  for (;;) {
    bool ended = false;
    CxxFirewall([&] { ended = o->host->Wait(kSlice); });
    if (ended || EG(exception)) break;
    if (g_stop_signal != 0) {
      StopHost(o);
      break;
    }
    if (!DispatchSignals()) {
      // A handler threw (or died): stop serving before the exception leaves.
      StopHost(o);
      break;
    }
    // A handler may have called stop() (the host is then no longer running).
    if (o->host == nullptr || !o->host->running()) break;
  }
}

GT_GUARDED_METHOD(Net_Gearman_Server, run, Server_run)

static void Server_stop(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  ServerObject* o = Checked(Z_OBJ_P(ZEND_THIS));
  if (o == nullptr) return;
  StopHost(o);
}

GT_GUARDED_METHOD(Net_Gearman_Server, stop, Server_stop)

static void Server_isRunning(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  ServerObject* o = Checked(Z_OBJ_P(ZEND_THIS));
  if (o == nullptr) return;
  RETURN_BOOL(o->host != nullptr && o->host->running());
}

GT_GUARDED_METHOD(Net_Gearman_Server, isRunning, Server_isRunning)

static void Server_getPort(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  ServerObject* o = Checked(Z_OBJ_P(ZEND_THIS));
  if (o == nullptr) return;
  if (o->host != nullptr) RETURN_LONG(o->host->port());
  if (o->options->server.port == 0) {
    GeartrainThrow("The port is chosen when the server starts: call start() first");
    return;
  }
  RETURN_LONG(o->options->server.port);
}

GT_GUARDED_METHOD(Net_Gearman_Server, getPort, Server_getPort)

// status(): the admin `status` as Net_Gearman_Manager::status() gives it,
// [func => ['in_queue' => n, 'jobs_running' => n, 'capable_workers' => n]],
// with integers.
static void Server_status(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  ServerObject* o = Checked(Z_OBJ_P(ZEND_THIS));
  if (o == nullptr) return;
  if (o->host == nullptr || !o->host->running()) {
    GeartrainThrow("The server is not running");
    return;
  }
  std::vector<gc::FunctionStatus> rows;
  gc::Status s;
  CxxFirewall([&] { s = o->host->Status(&rows, std::chrono::milliseconds(10000)); });
  if (EG(exception)) return;
  if (!s.ok()) {
    std::string msg = "Cannot read the server's status: " + s.message();
    GeartrainThrow(msg.c_str());
    return;
  }
  array_init_size(return_value, static_cast<uint32_t>(rows.size()));
  for (const gc::FunctionStatus& r : rows) {
    zval row;
    array_init_size(&row, 3);
    add_assoc_long(&row, "in_queue", r.queued_n);
    add_assoc_long(&row, "jobs_running", r.running_n);
    add_assoc_long(&row, "capable_workers", r.workers_n);
    zend_symtable_str_update(Z_ARRVAL_P(return_value), r.name.data(), r.name.size(), &row);
  }
}

GT_GUARDED_METHOD(Net_Gearman_Server, status, Server_status)

// fromCommandLine(array $args): geartraind's flags (as bin/geartrain-server
// takes them) instead of the options array.
static void Server_fromCommandLine(INTERNAL_FUNCTION_PARAMETERS) {
  HashTable* args;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ARRAY_HT(args)
  ZEND_PARSE_PARAMETERS_END();
  auto parsed = std::make_unique<geartrain::DaemonOptions>();
  if (!GtServerOptionsParseArgs(args, parsed.get())) return;
  object_init_ex(return_value, geartrain_ce_server);
  From(Z_OBJ_P(return_value))->options = parsed.release();
}

GT_GUARDED_METHOD(Net_Gearman_Server, fromCommandLine, Server_fromCommandLine)

static void Server_usage(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  std::string text;
  CxxFirewall([&] { text = geartrain::UsageText(); });
  if (EG(exception)) return;
  RETURN_STRINGL(text.data(), text.size());
}

GT_GUARDED_METHOD(Net_Gearman_Server, usage, Server_usage)

void GeartrainServerMinit(zend_class_entry* ce) {
  ce->create_object = CreateObject;
  memcpy(&g_handlers, zend_get_std_object_handlers(), sizeof g_handlers);
  g_handlers.offset = XtOffsetOf(ServerObject, std);
  g_handlers.free_obj = FreeObject;
  g_handlers.clone_obj = nullptr;  // one server per port
}
