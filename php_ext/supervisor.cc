// Net_Gearman_Supervisor: GearmanManager's job, natively.
//
// Contract:
// - The parent side is core/supervisor (plan, process care, log); this file
//   loads the configuration (PHP's parse_ini_file, or a .php file setting
//   $gearman_config), checks each worker file in a forked throw-away child
//   (so a broken file neither hangs nor poisons anything: it is logged and
//   its function left out), and runs the child side in PHP: one
//   Net_Gearman_Worker per child with the slot's abilities (timeout and the
//   function's settings as initParams, as GearmanManager's PEAR bridge does)
//   and this object's monitor and callbacks.
// - run() returns the exit code in the parent (0 after a stop). In a child it
//   never returns: the child ends through PHP's exit() once beginWork()
//   returns, and an exception from a job class leaves it as an uncaught
//   exception (exit 255), which the parent reports and restarts with
//   back-off, as GearmanManager relies on.
// - A child stops after its current job on SIGTERM (the monitor runs at
//   least every 250 ms while idle), when its lifetime (max_worker_lifetime
//   plus a random splay) has passed, or after max_runs_per_worker jobs.
// - SIGHUP re-reads the configuration (a bad one is logged and the old one
//   kept) and restarts every child as it finishes its job; with auto_update,
//   new, changed and removed worker files are re-checked and only the
//   children running those functions are restarted.
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "errors.h"
#include "object_util.h"
#include "php_geartrain.h"
#include "supervisor/plan.h"
#include "supervisor/process_supervisor.h"
#include "supervisor/supervisor_log.h"
#include "supervisor_config.h"

extern "C" {
#include "ext/json/php_json.h"
#include "ext/random/php_random.h"
#include "ext/standard/php_string.h"
#include "zend_smart_str.h"
#include "zend_exceptions.h"
#include "zend_signal.h"
}

namespace sv = geartrain::supervisor;

namespace {

constexpr zend_long kJobStart = 1, kJobComplete = 2, kJobFail = 3, kWorkerStatus = 4;
// The worker's socket timeout in a child: the monitor runs at least this
// often while idle, so a SIGTERM is noticed that fast (GearmanManager: 250).
constexpr zend_long kChildSocketTimeoutMs = 250;

struct SupervisorObject {
  sv::SupervisorConfig* config;
  std::string* config_file;                       // re-read on SIGHUP
  std::map<std::string, std::string>* overrides;  // command-line values
  zval source;                                    // the array given to the constructor
  sv::SupervisorLog* log;
  // The child's state (after the fork).
  bool in_child;
  long long runs;
  long long lifetime;
  std::chrono::steady_clock::time_point started;
  bool stop_logged;
  zend_object std;
};

zend_object_handlers g_handlers;
volatile sig_atomic_t g_child_stop = 0;
void OnChildTerm(int) { g_child_stop = 1; }

SupervisorObject* From(zend_object* obj) {
  return reinterpret_cast<SupervisorObject*>(reinterpret_cast<char*>(obj) -
                                             XtOffsetOf(SupervisorObject, std));
}

zend_object* CreateObject(zend_class_entry* ce) {
  auto* o = static_cast<SupervisorObject*>(zend_object_alloc(sizeof(SupervisorObject), ce));
  zend_object_std_init(&o->std, ce);
  object_properties_init(&o->std, ce);
  o->std.handlers = &g_handlers;
  o->config = nullptr;
  o->config_file = new std::string();
  o->overrides = new std::map<std::string, std::string>();
  ZVAL_UNDEF(&o->source);
  o->log = nullptr;
  o->in_child = false;
  o->runs = 0;
  o->lifetime = 0;
  o->stop_logged = false;
  return &o->std;
}

void FreeObject(zend_object* obj) {
  SupervisorObject* o = From(obj);
  delete o->config;
  delete o->config_file;
  delete o->overrides;
  delete o->log;
  zval_ptr_dtor(&o->source);
  zend_object_std_dtor(obj);
}

HashTable* GetGc(zend_object* obj, zval** table, int* n) {
  SupervisorObject* o = From(obj);
  *table = Z_TYPE(o->source) == IS_UNDEF ? nullptr : &o->source;
  *n = *table != nullptr ? 1 : 0;
  return zend_std_get_properties(obj);
}

void Log(SupervisorObject* o, sv::Verbosity level, const std::string& message) {
  if (o->log != nullptr) o->log->Log(level, message);
}

// Reads the configuration again from where it came from.
bool LoadConfig(SupervisorObject* o, sv::SupervisorConfig* out) {
  zval file_config;
  ZVAL_UNDEF(&file_config);
  HashTable* ht = Z_TYPE(o->source) == IS_ARRAY ? Z_ARRVAL(o->source) : nullptr;
  if (!o->config_file->empty()) {
    if (!GtSupervisorLoadFile(*o->config_file, &file_config)) return false;
    ht = Z_ARRVAL(file_config);
  }
  bool ok = GtSupervisorNormalize(ht, *o->overrides, out);
  zval_ptr_dtor(&file_config);
  return ok;
}

SupervisorObject* Checked(zend_object* obj) {
  SupervisorObject* o = From(obj);
  if (o->config == nullptr) {
    zend_throw_error(nullptr, "Net_Gearman_Supervisor was not constructed");
    return nullptr;
  }
  return o;
}

std::string JobPath(const sv::SupervisorConfig& c) { return sv::JoinNames(c.worker_dirs); }

// The class a worker file must define: NET_GEARMAN_JOB_CLASS_PREFIX (the
// library's default while undefined) + the function name.
std::string ClassFor(const std::string& function) {
  zval* c = zend_get_constant_str("NET_GEARMAN_JOB_CLASS_PREFIX",
                                  sizeof("NET_GEARMAN_JOB_CLASS_PREFIX") - 1);
  std::string prefix = "Net_Gearman_Job_";
  if (c != nullptr && Z_TYPE_P(c) == IS_STRING) prefix.assign(Z_STRVAL_P(c), Z_STRLEN_P(c));
  return prefix + function;
}

// Loads one worker file in a throw-away child: exit 0 when it defines its
// Net_Gearman_Job_Common class; anything else is reported and the function
// left out. The child never returns into PHP's request.
bool ValidateFile(SupervisorObject* o, const sv::WorkerFunction& f) {
  int fds[2];
  if (pipe(fds) != 0) return true;  // cannot check: let the worker report it
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return true;
  }
  if (pid == 0) {
    close(fds[0]);
    sv::ProcessSupervisor::UnblockSignals();
    std::string why;
    std::string cls = ClassFor(f.name);
    zend_string* raw = zend_string_init(f.path.data(), f.path.size(), 0);
    zend_string* quoted = php_addslashes(raw);
    // An expression: zend_eval_stringl() makes it "return ...;".
    std::string code = "require_once '" + std::string(ZSTR_VAL(quoted)) + "'";
    zend_string_release(quoted);
    zend_string_release(raw);
    GtGuardBailout([&] {
      zval ret;
      ZVAL_UNDEF(&ret);
      if (zend_eval_stringl(code.data(), code.size(), &ret, "worker file check") != SUCCESS ||
          EG(exception)) {
        why = "loading it failed";
        if (EG(exception)) {
          zval rv;
          zval* m = zend_read_property(EG(exception)->ce, EG(exception), "message", 7, 1, &rv);
          why = std::string(ZSTR_VAL(EG(exception)->ce->name)) + ": " +
                (Z_TYPE_P(m) == IS_STRING ? Z_STRVAL_P(m) : "?");
        }
        return;
      }
      zval_ptr_dtor(&ret);
      zend_string* name = zend_string_init(cls.data(), cls.size(), 0);
      zend_class_entry* ce = zend_lookup_class(name);
      zend_string_release(name);
      if (ce == nullptr) {
        why = "it does not define class " + cls;
      } else if (!instanceof_function(ce, geartrain_ce_job_common)) {
        why = "class " + cls + " does not extend Net_Gearman_Job_Common";
      }
    });
    if (GtBailoutPending()) why = "a fatal error while loading it (see the message above)";
    (void)!write(fds[1], why.data(), why.size());
    fflush(stdout);
    _exit(why.empty() ? 0 : 1);
  }
  close(fds[1]);
  std::string why;
  char buf[512];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) != 0) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    why.append(buf, static_cast<size_t>(n));
  }
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return true;
  if (why.empty()) why = sv::DescribeExit(status) + " while loading it";
  Log(o, sv::Verbosity::kError, "Worker file " + f.path + " is left out: " + why);
  return false;
}

// Discovers, checks (all files, or only `recheck` when given) and plans.
bool Plan(SupervisorObject* o, const sv::SupervisorConfig& c, const std::set<std::string>* recheck,
          std::set<std::string>* broken, std::vector<sv::WorkerSlot>* plan) {
  std::vector<sv::WorkerFunction> found, good;
  std::string error;
  if (!sv::DiscoverFunctions(c, &found, &error)) {
    Log(o, sv::Verbosity::kError, error);
    return false;
  }
  for (const sv::WorkerFunction& f : found) {
    bool check = recheck == nullptr || recheck->count(f.name) != 0;
    bool ok = check ? ValidateFile(o, f) : broken->count(f.name) == 0;
    if (ok) {
      broken->erase(f.name);
      good.push_back(f);
    } else {
      broken->insert(f.name);
    }
  }
  if (good.empty()) {
    Log(o, sv::Verbosity::kError, "No usable worker files in " + JobPath(c));
    return false;
  }
  if (!sv::BuildPlan(c, good, plan, &error)) {
    Log(o, sv::Verbosity::kError, error);
    return false;
  }
  std::string names;
  for (const auto& f : good) names += (names.empty() ? "" : ", ") + f.name;
  Log(o, sv::Verbosity::kInfo, "Loaded " + std::to_string(good.size()) + " function(s): " + names +
                                   "; " + std::to_string(plan->size()) + " worker process(es)");
  return true;
}

bool Daemonize(std::string* error) {
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    *error = std::string("fork: ") + strerror(errno);
    return false;
  }
  if (pid > 0) _exit(0);  // the launcher: nothing of PHP's to finish
  setsid();
  pid = fork();  // never a session leader again: no controlling terminal
  if (pid < 0) {
    *error = std::string("fork: ") + strerror(errno);
    return false;
  }
  if (pid > 0) _exit(0);
  umask(022);
  int null = open("/dev/null", O_RDWR);
  if (null >= 0) {
    dup2(null, 0);
    dup2(null, 1);
    dup2(null, 2);
    if (null > 2) close(null);
  }
  return true;
}

bool SwitchUser(const sv::SupervisorConfig& c, std::string* error) {
  struct passwd* pw = getpwnam(c.user.c_str());
  if (pw == nullptr) {
    *error = "user " + c.user + ": no such user";
    return false;
  }
  if (getuid() == pw->pw_uid) return true;
  for (const std::string& f : {c.pid_file, c.log_file}) {
    if (!f.empty() && f != "syslog") (void)!chown(f.c_str(), pw->pw_uid, pw->pw_gid);
  }
  if (setgid(pw->pw_gid) != 0 || initgroups(pw->pw_name, pw->pw_gid) != 0 ||
      setuid(pw->pw_uid) != 0) {
    *error = "user " + c.user + ": " + strerror(errno);
    return false;
  }
  return true;
}

// --- the child ---------------------------------------------------------------

bool CallMethod(zval* obj, const char* name, uint32_t argc, zval* argv) {
  zval fn, ret;
  ZVAL_STRING(&fn, name);
  ZVAL_UNDEF(&ret);
  GtGuardBailout([&] { call_user_function(nullptr, obj, &fn, &ret, argc, argv); });
  zval_ptr_dtor(&fn);
  zval_ptr_dtor(&ret);
  return !GtMustStop();
}

void Callback(zval* self, const char* method, zval* out) {
  array_init_size(out, 2);
  Z_ADDREF_P(self);
  add_next_index_zval(out, self);
  add_next_index_string(out, method);
}

// Servers the new worker could not reach, as GearmanManager's bridge logs
// them: at ERROR, so an unreachable job server is never silent. The worker
// keeps retrying them on its schedule.
void LogUnreachable(SupervisorObject* o, zval* worker) {
  zval fn, ret;
  ZVAL_STRING(&fn, "connection_status");
  ZVAL_UNDEF(&ret);
  GtGuardBailout([&] { call_user_function(nullptr, worker, &fn, &ret, 0, nullptr); });
  zval_ptr_dtor(&fn);
  if (!GtMustStop() && Z_TYPE(ret) == IS_ARRAY) {
    zval* servers = zend_hash_str_find(Z_ARRVAL(ret), "servers", sizeof("servers") - 1);
    if (servers != nullptr && Z_TYPE_P(servers) == IS_ARRAY) {
      zend_string* key;
      zval* up;
      ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(servers), key, up) {
        if (key != nullptr && Z_TYPE_P(up) == IS_FALSE) {
          Log(o, sv::Verbosity::kError,
              std::string("Could not connect to job server ") + ZSTR_VAL(key) + "; retrying");
        }
      }
      ZEND_HASH_FOREACH_END();
    }
  }
  zval_ptr_dtor(&ret);
}

// Runs the worker of one slot; returns when it stopped (or with an
// exception pending).
void RunChild(zval* self, SupervisorObject* o, const sv::WorkerSlot& slot) {
  struct sigaction sa = {};
  sa.sa_handler = &OnChildTerm;
  sigemptyset(&sa.sa_mask);
  zend_sigaction(SIGTERM, &sa, nullptr);
  struct sigaction dfl = {};
  dfl.sa_handler = SIG_DFL;
  zend_sigaction(SIGINT, &dfl, nullptr);
  zend_sigaction(SIGHUP, &dfl, nullptr);
  sv::ProcessSupervisor::UnblockSignals();
  const sv::SupervisorConfig& c = *o->config;
  o->in_child = true;
  o->runs = 0;
  o->started = std::chrono::steady_clock::now();
  o->lifetime = c.max_worker_lifetime + (c.worker_restart_splay > 0
                                             ? php_mt_rand_range(0, c.worker_restart_splay)
                                             : 0);
  std::string functions = sv::JoinNames(slot.functions);
  Log(o, sv::Verbosity::kProc, "Worker started for " + functions + " (lifetime " +
                                   std::to_string(o->lifetime) + " s)");
  if (zend_get_constant_str("NET_GEARMAN_JOB_PATH", sizeof("NET_GEARMAN_JOB_PATH") - 1) == nullptr) {
    std::string path = JobPath(c);
    zend_register_string_constant("NET_GEARMAN_JOB_PATH", sizeof("NET_GEARMAN_JOB_PATH") - 1,
                                  path.c_str(), CONST_CS, 0);
  }
  // The functions' settings, as GearmanManager passes them (initParams).
  std::vector<sv::WorkerFunction> found;
  std::string error;
  sv::DiscoverFunctions(c, &found, &error);

  zval worker, servers, args[3];
  array_init(&servers);
  for (const std::string& h : c.hosts) add_next_index_stringl(&servers, h.data(), h.size());
  object_init_ex(&worker, geartrain_ce_worker);
  ZVAL_COPY_VALUE(&args[0], &servers);
  ZVAL_EMPTY_STRING(&args[1]);
  ZVAL_LONG(&args[2], kChildSocketTimeoutMs);
  bool ok = CallMethod(&worker, "__construct", 3, args);
  zval_ptr_dtor(&args[0]);
  if (ok) LogUnreachable(o, &worker);
  for (const std::string& name : slot.functions) {
    if (!ok) break;
    const sv::WorkerFunction* fn = nullptr;
    for (const auto& f : found) {
      if (f.name == name) fn = &f;
    }
    zval a[3];
    ZVAL_STRINGL(&a[0], name.data(), name.size());
    int timeout = fn != nullptr ? fn->timeout : c.timeout;
    if (timeout > 0) {
      ZVAL_LONG(&a[1], timeout);
    } else {
      ZVAL_NULL(&a[1]);
    }
    array_init(&a[2]);
    add_assoc_stringl(&a[2], "name", name.data(), name.size());
    if (fn != nullptr) {
      add_assoc_stringl(&a[2], "path", fn->path.data(), fn->path.size());
      add_assoc_long(&a[2], "priority", fn->settings.priority);
      if (fn->settings.count >= 0) add_assoc_long(&a[2], "count", fn->settings.count);
      if (fn->settings.dedicated_only) add_assoc_bool(&a[2], "dedicated_only", true);
    }
    ok = CallMethod(&worker, "addAbility", 3, a);
    for (zval& z : a) zval_ptr_dtor(&z);
  }
  const std::pair<zend_long, const char*> hooks[] = {
      {kJobStart, "onJobStart"}, {kJobComplete, "onJobComplete"}, {kJobFail, "onJobFail"},
      {kWorkerStatus, "onWorkerStatus"}};
  // JOB_START counts the runs; the others only log, and a WORKER_STATUS
  // listener makes the worker build a message per job: attach them only when
  // their lines would be written.
  bool logging = o->log != nullptr && o->log->Enabled(sv::Verbosity::kWorker);
  for (const auto& [type, method] : hooks) {
    if (!ok) break;
    if (type != kJobStart && !logging) continue;
    zval a[2];
    Callback(self, method, &a[0]);
    ZVAL_LONG(&a[1], type);
    ok = CallMethod(&worker, "attachCallback", 2, a);
    zval_ptr_dtor(&a[0]);
  }
  if (ok) {
    zval monitor;
    Callback(self, "monitor", &monitor);
    ok = CallMethod(&worker, "beginWork", 1, &monitor);
    zval_ptr_dtor(&monitor);
  }
  if (ok) Log(o, sv::Verbosity::kProc, "Worker for " + functions + " exiting after " +
                                           std::to_string(o->runs) + " job(s)");
  zval_ptr_dtor(&worker);
}

}  // namespace

// --- methods ---------------------------------------------------------------------

static void Supervisor_construct(INTERNAL_FUNCTION_PARAMETERS) {
  HashTable* config = nullptr;
  ZEND_PARSE_PARAMETERS_START(0, 1)
  Z_PARAM_OPTIONAL
  Z_PARAM_ARRAY_HT(config)
  ZEND_PARSE_PARAMETERS_END();
  SupervisorObject* o = From(Z_OBJ_P(ZEND_THIS));
  if (o->config != nullptr) {
    zend_throw_error(nullptr, "Net_Gearman_Supervisor::__construct() cannot be called twice");
    return;
  }
  if (config != nullptr) ZVAL_ARR(&o->source, zend_array_dup(config));
  auto c = std::make_unique<sv::SupervisorConfig>();
  if (!LoadConfig(o, c.get())) return;
  o->config = c.release();
}

GT_GUARDED_METHOD(Net_Gearman_Supervisor, __construct, Supervisor_construct)

static void Supervisor_fromCommandLine(INTERNAL_FUNCTION_PARAMETERS) {
  HashTable* args;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ARRAY_HT(args)
  ZEND_PARSE_PARAMETERS_END();
  GtSupervisorFlags flags;
  if (!GtSupervisorParseFlags(args, &flags)) return;
  if (flags.help) {
    GeartrainThrow("Net_Gearman_Supervisor: -H asks for the help text (see usage())");
    return;
  }
  object_init_ex(return_value, geartrain_ce_supervisor);
  SupervisorObject* o = From(Z_OBJ_P(return_value));
  *o->config_file = flags.config_file;
  *o->overrides = flags.overrides;
  auto c = std::make_unique<sv::SupervisorConfig>();
  if (!LoadConfig(o, c.get())) return;
  o->config = c.release();
}

GT_GUARDED_METHOD(Net_Gearman_Supervisor, fromCommandLine, Supervisor_fromCommandLine)

static void Supervisor_usage(INTERNAL_FUNCTION_PARAMETERS) {
  zend_string* program = nullptr;
  ZEND_PARSE_PARAMETERS_START(0, 1)
  Z_PARAM_OPTIONAL
  Z_PARAM_STR(program)
  ZEND_PARSE_PARAMETERS_END();
  std::string text =
      GtSupervisorUsage(program != nullptr ? ZSTR_VAL(program) : "geartrain-supervisor");
  RETURN_STRINGL(text.data(), text.size());
}

GT_GUARDED_METHOD(Net_Gearman_Supervisor, usage, Supervisor_usage)

static void Supervisor_getConfig(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  SupervisorObject* o = Checked(Z_OBJ_P(ZEND_THIS));
  if (o == nullptr) return;
  const sv::SupervisorConfig& c = *o->config;
  auto list = [](const std::vector<std::string>& v) { return sv::JoinNames(v); };
  zval g;
  array_init(&g);
  add_assoc_string(&g, "worker_dir", list(c.worker_dirs).c_str());
  add_assoc_string(&g, "include", c.include.empty() ? "*" : list(c.include).c_str());
  add_assoc_string(&g, "exclude", list(c.exclude).c_str());
  add_assoc_long(&g, "count", c.count);
  if (c.dedicated_count >= 0) add_assoc_long(&g, "dedicated_count", c.dedicated_count);
  add_assoc_long(&g, "max_worker_lifetime", c.max_worker_lifetime);
  add_assoc_long(&g, "worker_restart_splay", c.worker_restart_splay);
  add_assoc_long(&g, "max_runs_per_worker", c.max_runs_per_worker);
  if (c.timeout >= 0) add_assoc_long(&g, "timeout", c.timeout);
  add_assoc_string(&g, "host", list(c.hosts).c_str());
  add_assoc_bool(&g, "auto_update", c.auto_update);
  add_assoc_string(&g, "log_file", c.log_file.c_str());
  add_assoc_string(&g, "pid_file", c.pid_file.c_str());
  add_assoc_string(&g, "user", c.user.c_str());
  add_assoc_bool(&g, "daemon", c.daemon);
  add_assoc_long(&g, "verbose", c.verbose);
  add_assoc_long(&g, "graceful_shutdown_wait_time", c.graceful_shutdown_wait_time);
  add_assoc_long(&g, "worker_initial_spawn_splay", c.worker_initial_spawn_splay_us);
  add_assoc_long(&g, "worker_memory_limit", c.worker_memory_limit);
  add_assoc_string(&g, "prefix", c.prefix.c_str());
  array_init(return_value);
  add_assoc_zval(return_value, "GearmanManager", &g);
  for (const auto& [name, f] : c.functions) {
    zval s;
    array_init(&s);
    if (f.count >= 0) add_assoc_long(&s, "count", f.count);
    if (f.dedicated_count >= 0) add_assoc_long(&s, "dedicated_count", f.dedicated_count);
    if (f.dedicated_only) add_assoc_bool(&s, "dedicated_only", true);
    if (f.timeout >= 0) add_assoc_long(&s, "timeout", f.timeout);
    if (f.priority != 0) add_assoc_long(&s, "priority", f.priority);
    add_assoc_zval_ex(return_value, name.data(), name.size(), &s);
  }
}

GT_GUARDED_METHOD(Net_Gearman_Supervisor, getConfig, Supervisor_getConfig)

// plan(): the worker processes the configuration asks for (discovery and the
// count formula; worker files are not loaded): [['functions' => [...],
// 'do_all' => bool], ...].
static void Supervisor_plan(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  SupervisorObject* o = Checked(Z_OBJ_P(ZEND_THIS));
  if (o == nullptr) return;
  std::vector<sv::WorkerFunction> found;
  std::vector<sv::WorkerSlot> plan;
  std::string error;
  if (!sv::DiscoverFunctions(*o->config, &found, &error) ||
      !sv::BuildPlan(*o->config, found, &plan, &error)) {
    std::string msg = "Net_Gearman_Supervisor: " + error;
    GeartrainThrow(msg.c_str());
    return;
  }
  array_init(return_value);
  for (const auto& slot : plan) {
    zval row, fns;
    array_init(&row);
    array_init(&fns);
    for (const auto& f : slot.functions) add_next_index_stringl(&fns, f.data(), f.size());
    add_assoc_zval(&row, "functions", &fns);
    add_assoc_bool(&row, "do_all", slot.do_all);
    add_next_index_zval(return_value, &row);
  }
}

GT_GUARDED_METHOD(Net_Gearman_Supervisor, plan, Supervisor_plan)

static void Supervisor_run(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  zval* self = ZEND_THIS;
  SupervisorObject* o = Checked(Z_OBJ_P(self));
  if (o == nullptr) return;
  if (o->in_child) {
    GeartrainThrow("Net_Gearman_Supervisor::run() cannot be called inside a worker");
    return;
  }
  sv::SupervisorConfig& c = *o->config;
  std::string error;
  delete o->log;
  o->log = new sv::SupervisorLog();
  if (!o->log->Open(c.log_file, c.verbose, &error)) {
    std::string msg = "Net_Gearman_Supervisor: " + error;
    GeartrainThrow(msg.c_str());
    return;
  }
  if (c.daemon && !Daemonize(&error)) {
    std::string msg = "Net_Gearman_Supervisor: " + error;
    GeartrainThrow(msg.c_str());
    return;
  }
  pid_t me = getpid();
  if (!c.pid_file.empty()) {
    FILE* f = fopen(c.pid_file.c_str(), "w");
    if (f == nullptr) {
      std::string msg = "Net_Gearman_Supervisor: pid_file " + c.pid_file + ": " + strerror(errno);
      GeartrainThrow(msg.c_str());
      return;
    }
    fprintf(f, "%ld\n", static_cast<long>(me));
    fclose(f);
  }
  if (!c.user.empty() && !SwitchUser(c, &error)) {
    Log(o, sv::Verbosity::kError, error);
    std::string msg = "Net_Gearman_Supervisor: " + error;
    GeartrainThrow(msg.c_str());
    return;
  }
  Log(o, sv::Verbosity::kInfo, "Started with pid " + std::to_string(me));
  std::set<std::string> broken;
  std::vector<sv::WorkerSlot> plan;
  if (!Plan(o, c, nullptr, &broken, &plan)) {
    if (!c.pid_file.empty()) unlink(c.pid_file.c_str());
    GeartrainThrow("Net_Gearman_Supervisor: no worker to run (see the log)");
    return;
  }
  sv::ProcessSupervisor supervisor(c, o->log);
  supervisor.SetPlan(plan, {}, false);
  zend_long exit_code = 0;
  for (;;) {
    sv::WorkerSlot assignment;
    std::set<std::string> changed;
    sv::ProcessSupervisor::Outcome outcome = sv::ProcessSupervisor::Outcome::kStopped;
    CxxFirewall([&] { outcome = supervisor.Run(&assignment, &changed); });
    if (EG(exception)) break;
    if (outcome == sv::ProcessSupervisor::Outcome::kChild) {
      RunChild(self, o, assignment);
      if (GtMustStop()) return;  // an uncaught exception ends the child (exit 255)
      EG(exit_status) = 0;
      zend_throw_unwind_exit();  // the child ends here, through PHP's exit()
      return;
    }
    if (outcome == sv::ProcessSupervisor::Outcome::kStopped) break;
    // kReload: SIGHUP (nothing changed on disk as far as we know) or auto_update.
    if (changed.empty()) {
      sv::SupervisorConfig fresh;
      if (LoadConfig(o, &fresh)) {
        c = fresh;
        o->log->Log(sv::Verbosity::kInfo, "Configuration reloaded");
      } else {
        zend_object* ex = EG(exception);
        GC_ADDREF(ex);
        zend_clear_exception();
        zval rv;
        zval* msg = zend_read_property(zend_ce_exception, ex, "message", 7, 1, &rv);
        o->log->Log(sv::Verbosity::kError, std::string("Keeping the old configuration: ") +
                                                (Z_TYPE_P(msg) == IS_STRING ? Z_STRVAL_P(msg) : "?"));
        OBJ_RELEASE(ex);
      }
      supervisor.SetConfig(c);
      if (Plan(o, c, nullptr, &broken, &plan)) supervisor.SetPlan(plan, {}, true);
    } else {
      if (Plan(o, c, &changed, &broken, &plan)) supervisor.SetPlan(plan, changed, false);
    }
  }
  if (!c.pid_file.empty() && getpid() == me) unlink(c.pid_file.c_str());
  RETURN_LONG(exit_code);
}

GT_GUARDED_METHOD(Net_Gearman_Supervisor, run, Supervisor_run)

// --- the child's hooks (called by its Net_Gearman_Worker) ------------------------

static void Supervisor_monitor(INTERNAL_FUNCTION_PARAMETERS) {
  zval* idle = nullptr;
  zval* last = nullptr;
  ZEND_PARSE_PARAMETERS_START(0, 2)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(idle)
  Z_PARAM_ZVAL(last)
  ZEND_PARSE_PARAMETERS_END();
  SupervisorObject* o = Checked(Z_OBJ_P(ZEND_THIS));
  if (o == nullptr) return;
  const sv::SupervisorConfig& c = *o->config;
  std::string why;
  auto lived = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() -
                                                                o->started)
                   .count();
  if (g_child_stop) {
    why = "SIGTERM";
  } else if (o->in_child && lived >= o->lifetime) {
    why = "its lifetime of " + std::to_string(o->lifetime) + " s has passed";
  } else if (c.max_runs_per_worker > 0 && o->runs >= c.max_runs_per_worker) {
    why = "it ran " + std::to_string(o->runs) + " job(s) (max_runs_per_worker)";
  }
  if (!why.empty() && !o->stop_logged) {
    Log(o, sv::Verbosity::kProc, "Worker stopping: " + why);
    o->stop_logged = true;
  }
  RETURN_BOOL(!why.empty());
}

GT_GUARDED_METHOD(Net_Gearman_Supervisor, monitor, Supervisor_monitor)

namespace {
void JobHook(INTERNAL_FUNCTION_PARAMETERS, zend_long type) {
  zval* handle;
  zval* job;
  zval* third;
  ZEND_PARSE_PARAMETERS_START(3, 3)
  Z_PARAM_ZVAL(handle)
  Z_PARAM_ZVAL(job)
  Z_PARAM_ZVAL(third)
  ZEND_PARSE_PARAMETERS_END();
  SupervisorObject* o = Checked(Z_OBJ_P(ZEND_THIS));
  if (o == nullptr) return;
  if (type == kJobStart) ++o->runs;
  // Nothing to build per job unless someone reads it.
  if (o->log == nullptr || !o->log->Enabled(sv::Verbosity::kWorker)) return;
  zend_string* h = zval_get_string(handle);
  zend_string* j = zval_get_string(job);
  std::string head = std::string("(") + ZSTR_VAL(h) + ") ";
  if (type == kJobStart) {
    Log(o, sv::Verbosity::kWorker, head + "Starting Job: " + ZSTR_VAL(j));
  } else if (type == kJobComplete) {
    Log(o, sv::Verbosity::kWorker, head + "Completed Job: " + ZSTR_VAL(j));
  } else {
    std::string msg = "?";
    if (Z_TYPE_P(third) == IS_OBJECT && instanceof_function(Z_OBJCE_P(third), zend_ce_throwable)) {
      zval rv;
      zval* m = zend_read_property(Z_OBJCE_P(third), Z_OBJ_P(third), "message", 7, 1, &rv);
      if (Z_TYPE_P(m) == IS_STRING) msg.assign(Z_STRVAL_P(m), Z_STRLEN_P(m));
    }
    Log(o, sv::Verbosity::kWorker, head + "Failed Job: " + ZSTR_VAL(j) + ": " + msg);
  }
  if (o->log->Enabled(sv::Verbosity::kDebug) && type != kJobFail) {
    smart_str buf = {};
    if (php_json_encode(&buf, third, 0) == SUCCESS && buf.s != nullptr) {
      std::string data(ZSTR_VAL(buf.s), std::min<size_t>(ZSTR_LEN(buf.s), 256));
      Log(o, sv::Verbosity::kDebug, head + (type == kJobStart ? "Workload: " : "Result: ") + data);
    }
    smart_str_free(&buf);
  }
  zend_string_release(h);
  zend_string_release(j);
}
}  // namespace

static void Supervisor_onJobStart(INTERNAL_FUNCTION_PARAMETERS) {
  JobHook(INTERNAL_FUNCTION_PARAM_PASSTHRU, kJobStart);
}
GT_GUARDED_METHOD(Net_Gearman_Supervisor, onJobStart, Supervisor_onJobStart)

static void Supervisor_onJobComplete(INTERNAL_FUNCTION_PARAMETERS) {
  JobHook(INTERNAL_FUNCTION_PARAM_PASSTHRU, kJobComplete);
}
GT_GUARDED_METHOD(Net_Gearman_Supervisor, onJobComplete, Supervisor_onJobComplete)

static void Supervisor_onJobFail(INTERNAL_FUNCTION_PARAMETERS) {
  JobHook(INTERNAL_FUNCTION_PARAM_PASSTHRU, kJobFail);
}
GT_GUARDED_METHOD(Net_Gearman_Supervisor, onJobFail, Supervisor_onJobFail)

static void Supervisor_onWorkerStatus(INTERNAL_FUNCTION_PARAMETERS) {
  zval* message;
  zval* server = nullptr;
  zval* connected = nullptr;
  zval* failures = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 4)
  Z_PARAM_ZVAL(message)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(server)
  Z_PARAM_ZVAL(connected)
  Z_PARAM_ZVAL(failures)
  ZEND_PARSE_PARAMETERS_END();
  SupervisorObject* o = Checked(Z_OBJ_P(ZEND_THIS));
  if (o == nullptr) return;
  zend_string* m = zval_get_string(message);
  // A server problem is worth more than DEBUG (GearmanManager: WORKER).
  bool trouble = failures != nullptr && zval_get_long(failures) > 0;
  Log(o, trouble ? sv::Verbosity::kWorker : sv::Verbosity::kDebug, ZSTR_VAL(m));
  zend_string_release(m);
}
GT_GUARDED_METHOD(Net_Gearman_Supervisor, onWorkerStatus, Supervisor_onWorkerStatus)

void GeartrainSupervisorMinit(zend_class_entry* ce) {
  ce->create_object = CreateObject;
  memcpy(&g_handlers, zend_get_std_object_handlers(), sizeof g_handlers);
  g_handlers.offset = XtOffsetOf(SupervisorObject, std);
  g_handlers.free_obj = FreeObject;
  g_handlers.get_gc = GetGc;
  g_handlers.clone_obj = nullptr;
}
