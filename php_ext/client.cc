// Net_Gearman_Client, natively (net_gearman.md §1.6, §5.1, §5.2).
//
// Contract:
// - A plain PHP object: its state is the library's protected properties
//   ($conn server => Net_Gearman_Connection, $servers, $timeout, $callback),
//   so subclasses and var_dump() see what the library shows.
// - Server choice and fail-over are the library's getConnection():
//   ord(last hex digit of md5(uniq)) % count, remove-and-rehash on failure,
//   connection callbacks (server, false, timeout, elapsed, exception) only for
//   failed attempts, and the same "Failed to connect..." message. A cached
//   connection is reused only while the peer is still there (poll), so a
//   client reconnects after a server restart.
// - runSet() pipelines: every submission of the set is written at once (the
//   core TaskRunner), then every packet each readable socket holds is
//   handled between polls; PHP callbacks run only here, never inside core
//   calls. The library's rules stay: timeout in seconds, silent return on
//   timeout, background tasks finished (and tasksCount lowered) at submit,
//   results json_decode()d, handles filled from JOB_CREATED. WORK_DATA,
//   WORK_WARNING and WORK_EXCEPTION reach Task::data()/warning()/exception()
//   (OPTION_REQ "exceptions" is sent once per connection); an exception is
//   also a failure (fail() callbacks run).
// - __call() submits one background job and returns its handle.
// Differences from the library are listed in docs/compat.md.
#include <algorithm>
#include <chrono>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "client/task_runner.h"
#include "protocol/wire.h"
#include "connection.h"
#include "errors.h"
#include "object_util.h"
#include "php_geartrain.h"
#include "task.h"

extern "C" {
#include "ext/json/php_json.h"
#include "ext/standard/md5.h"
#include "ext/standard/php_rand.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
}

namespace gc = geartrain::client;
using geartrain::PacketType;

namespace {

// The library's select() timeout: the longest runSet waits without news.
constexpr int kPollCapMs = 10000;

PacketType SubmitTypeFor(zend_long type) {
  switch (type) {
    case kGtJobLow: return PacketType::kSubmitJobLow;
    case kGtJobLowBackground: return PacketType::kSubmitJobLowBg;
    case kGtJobHighBackground: return PacketType::kSubmitJobHighBg;
    case kGtJobBackground: return PacketType::kSubmitJobBg;
    case kGtJobHigh: return PacketType::kSubmitJobHigh;
    default: return PacketType::kSubmitJob;
  }
}

const char* SubmitCommandFor(zend_long type) {
  switch (type) {
    case kGtJobLow: return "submit_job_low";
    case kGtJobLowBackground: return "submit_job_low_bg";
    case kGtJobHighBackground: return "submit_job_high_bg";
    case kGtJobBackground: return "submit_job_bg";
    case kGtJobHigh: return "submit_job_high";
    default: return "submit_job";
  }
}

bool IsBackground(zend_long type) {
  return type == kGtJobBackground || type == kGtJobHighBackground || type == kGtJobLowBackground;
}

zval* PropPtr(zend_class_entry* scope, zend_object* obj, const char* name) {
  return GtPropPtr(scope, obj, name);
}

// $obj->name--, with PHP's decrement semantics.
void DecrementProp(zend_class_entry* scope, zend_object* obj, const char* name) {
  zval* p = PropPtr(scope, obj, name);
  if (p != nullptr) {
    decrement_function(p);
    return;
  }
  zval rv, copy;
  ZVAL_COPY(&copy, GtReadProp(scope, obj, name, &rv));
  decrement_function(&copy);
  GtWriteProp(scope, obj, name, &copy);
  zval_ptr_dtor(&copy);
}

// $obj->name[$key] = $value (string key, symtable semantics).
void SetArrayPropEntry(zend_class_entry* scope, zend_object* obj, const char* name,
                       zend_string* key, zval* value) {
  zval* p = PropPtr(scope, obj, name);
  zval local;
  bool in_place = p != nullptr;
  if (!in_place) {
    zval rv;
    ZVAL_COPY(&local, GtReadProp(scope, obj, name, &rv));
    p = &local;
  }
  if (Z_TYPE_P(p) != IS_ARRAY) {
    zval_ptr_dtor(p);
    array_init(p);
  }
  SEPARATE_ARRAY(p);
  Z_TRY_ADDREF_P(value);
  zend_symtable_update(Z_ARRVAL_P(p), key, value);
  if (!in_place) {
    GtWriteProp(scope, obj, name, &local);
    zval_ptr_dtor(&local);
  }
}

void SetBoolProp(zend_object* obj, const char* name, bool v) {
  zval z;
  ZVAL_BOOL(&z, v);
  GtWriteProp(obj->ce, obj, name, &z);
}

void SetStringProp(zend_object* obj, const char* name, const std::string& v) {
  zval z;
  ZVAL_STRINGL(&z, v.data(), v.size());
  GtWriteProp(obj->ce, obj, name, &z);
  zval_ptr_dtor(&z);
}

// $obj->method(...$args) with normal dispatch (subclasses may override).
// Guarded: a fatal error in it is caught (see GtGuardBailout).
void CallMethod(zend_object* obj, const char* method, uint32_t argc, zval* argv) {
  if (GtBailoutPending()) return;
  zval ret;
  ZVAL_UNDEF(&ret);
  GtGuardBailout([&] {
    zend_call_method(obj, obj->ce, nullptr, method, strlen(method), &ret, argc,
                     argc > 0 ? &argv[0] : nullptr, argc > 1 ? &argv[1] : nullptr);
  });
  zval_ptr_dtor(&ret);
}

// The workload as the library sends it: json_encode() for anything not
// scalar (a failed encode sends ""), PHP's string conversion for scalars.
bool EncodeWorkload(zval* arg, std::string* out) {
  ZVAL_DEREF(arg);
  switch (Z_TYPE_P(arg)) {
    case IS_LONG:
    case IS_DOUBLE:
    case IS_STRING:
    case IS_TRUE:
    case IS_FALSE: {
      zend_string* s = zval_try_get_string(arg);
      if (s == nullptr) return false;
      out->assign(ZSTR_VAL(s), ZSTR_LEN(s));
      zend_string_release(s);
      return true;
    }
    default: {
      smart_str buf = {nullptr, 0};
      if (php_json_encode(&buf, arg, 0) == SUCCESS && buf.s != nullptr) {
        out->assign(ZSTR_VAL(buf.s), ZSTR_LEN(buf.s));
      } else {
        out->clear();
      }
      smart_str_free(&buf);
      return EG(exception) == nullptr;
    }
  }
}

// json_decode($s, true): null for anything that is not JSON.
void JsonDecode(const std::string& s, zval* out) {
  if (php_json_decode_ex(out, s.data(), s.size(), PHP_JSON_OBJECT_AS_ARRAY,
                         PHP_JSON_PARSER_DEFAULT_DEPTH) != SUCCESS) {
    ZVAL_NULL(out);
  }
}

// md5() as PHP prints it: 32 lowercase hex digits and a NUL.
void Md5Hex(const char* data, size_t len, char hex[33]) {
  PHP_MD5_CTX ctx;
  unsigned char digest[16];
  PHP_MD5Init(&ctx);
  PHP_MD5Update(&ctx, data, len);
  PHP_MD5Final(digest, &ctx);
  make_digest_ex(hex, digest, 16);
}

// ord(substr(md5($uniq), -1)) % $count.
size_t HashIndex(zend_string* uniq, size_t count) {
  char hex[33];
  Md5Hex(ZSTR_VAL(uniq), ZSTR_LEN(uniq), hex);
  return static_cast<unsigned char>(hex[31]) % count;
}

double ClientTimeoutMs(zend_object* self) {
  zval rv;
  return zval_get_double(GtReadProp(geartrain_ce_client, self, "timeout", &rv));
}

double NowSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Connections already checked during one runSet(): a server is probed (poll)
// or connected once per run, not once per task.
struct RunCache {
  std::unordered_map<std::string, zend_object*> usable;  // referenced (GC_ADDREF)
  ~RunCache() {
    for (auto& kv : usable) OBJ_RELEASE(kv.second);
  }
};

// Calls each connection callback with (server, false, timeout, elapsed, e).
void NotifyConnectFailure(zend_object* self, zend_string* server, double elapsed,
                          zend_object* exception) {
  zval rv;
  zval* callbacks = GtReadProp(geartrain_ce_client, self, "callback", &rv);
  if (Z_TYPE_P(callbacks) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(callbacks)) == 0) {
    return;
  }
  zval args[5];
  ZVAL_STR_COPY(&args[0], server);
  ZVAL_FALSE(&args[1]);
  ZVAL_COPY(&args[2], GtReadProp(geartrain_ce_client, self, "timeout", &rv));
  ZVAL_DOUBLE(&args[3], elapsed);
  if (exception != nullptr) {
    ZVAL_OBJ_COPY(&args[4], exception);
  } else {
    ZVAL_NULL(&args[4]);
  }
  zval rv2;
  zval* list = GtReadProp(geartrain_ce_client, self, "callback", &rv2);
  GtGuardBailout([&] { GtCallEach(list, 5, args); });
  for (zval& a : args) zval_ptr_dtor(&a);
}

// The library's getConnection(): returns a borrowed connection object (held
// by $this->conn, and by `cache` if given) or NULL with an exception pending.
//
// probe_idle=false skips the poll() that checks a cached connection's peer is
// still there; the caller must then retry once on a fresh connection if the
// reused one turns out dead (*reused tells it whether it was a cached one).
zend_object* GetConnection(zend_object* self, zend_string* uniq, HashTable* servers_in,
                           RunCache* cache, bool probe_idle = true, bool* reused = nullptr) {
  if (reused != nullptr) *reused = false;
  std::vector<zend_string*> servers;
  {
    HashTable* src = servers_in;
    zval rv;
    if (src == nullptr) {
      zval* prop = GtReadProp(geartrain_ce_client, self, "servers", &rv);
      if (Z_TYPE_P(prop) == IS_ARRAY) src = Z_ARRVAL_P(prop);
    }
    if (src != nullptr) {
      zval* v;
      ZEND_HASH_FOREACH_VAL(src, v) {
        zend_string* s = zval_try_get_string(v);
        if (s == nullptr) {
          for (zend_string* x : servers) zend_string_release(x);
          return nullptr;
        }
        servers.push_back(s);
      }
      ZEND_HASH_FOREACH_END();
    }
  }
  std::vector<zend_string*> all = servers;  // for the error message
  std::vector<zend_string*> tried;
  zend_object* found = nullptr;
  const double timeout_ms = ClientTimeoutMs(self);

  while (found == nullptr && !servers.empty() && !GtMustStop()) {
    size_t key;
    if (servers.size() == 1) {
      key = 0;
    } else if (uniq == nullptr) {
      key = static_cast<size_t>(php_mt_rand_range(0, static_cast<zend_long>(servers.size()) - 1));
    } else {
      key = HashIndex(uniq, servers.size());
    }
    zend_string* server = servers[key];
    tried.push_back(server);
    std::string server_key(ZSTR_VAL(server), ZSTR_LEN(server));
    if (cache != nullptr) {
      auto it = cache->usable.find(server_key);
      if (it != cache->usable.end()) {
        found = it->second;
        break;
      }
    }
    zval rv;
    zval* conns = GtReadProp(geartrain_ce_client, self, "conn", &rv);
    zval* existing = Z_TYPE_P(conns) == IS_ARRAY ? zend_symtable_find(Z_ARRVAL_P(conns), server)
                                                 : nullptr;
    if (existing != nullptr) ZVAL_DEREF(existing);
    bool reuse = false;
    if (existing != nullptr && Z_TYPE_P(existing) == IS_OBJECT &&
        GtConnectionStateOf(Z_OBJ_P(existing)) != nullptr) {
      if (probe_idle) {
        CxxFirewall([&] { reuse = GtConnectionUsable(Z_OBJ_P(existing)); });
      } else {
        reuse = GtConnectionStateOf(Z_OBJ_P(existing))->core.connected();
      }
    }
    if (reuse) {
      found = Z_OBJ_P(existing);
      if (reused != nullptr) *reused = true;
    } else {
      double start = NowSeconds();
      zval conn;
      object_init_ex(&conn, geartrain_ce_connection);
      zend_object* exception = nullptr;
      if (GtConnectionOpen(Z_OBJ(conn), server, timeout_ms)) {
        SetArrayPropEntry(geartrain_ce_client, self, "conn", server, &conn);
        found = Z_OBJ(conn);
        zval_ptr_dtor(&conn);  // $this->conn holds it now
        break;
      }
      zval_ptr_dtor(&conn);
      if (EG(exception) != nullptr && instanceof_function(EG(exception)->ce,
                                                          geartrain_ce_exception)) {
        exception = EG(exception);
        GC_ADDREF(exception);
        zend_clear_exception();
      }
      if (EG(exception) != nullptr) break;
      servers.erase(servers.begin() + static_cast<std::ptrdiff_t>(key));
      NotifyConnectFailure(self, server, NowSeconds() - start, exception);
      if (exception != nullptr) OBJ_RELEASE(exception);
    }
  }

  if (found != nullptr && cache != nullptr) {
    std::string k(ZSTR_VAL(tried.back()), ZSTR_LEN(tried.back()));
    if (cache->usable.emplace(k, found).second) GC_ADDREF(found);
  }
  if (found == nullptr && !GtMustStop()) {
    std::string msg = "Failed to connect to a Gearman server. Attempted to connect to ";
    for (size_t i = 0; i < tried.size(); ++i) {
      if (i > 0) msg += ",";
      msg.append(ZSTR_VAL(tried[i]), ZSTR_LEN(tried[i]));
    }
    msg += ".";
    if (tried.size() != all.size()) {
      msg += " Not all servers were tried. Full server list is ";
      for (size_t i = 0; i < all.size(); ++i) {
        if (i > 0) msg += ",";
        msg.append(ZSTR_VAL(all[i]), ZSTR_LEN(all[i]));
      }
      msg += ".";
    }
    GeartrainThrow(msg.c_str());
  }
  for (zend_string* s : all) zend_string_release(s);
  return found;
}

// Interned property names, made once in MINIT, so the per-call fast path
// allocates no name strings.
zend_string* g_name_servers = nullptr;
zend_string* g_name_conn = nullptr;

// __call's common case: no per-task server list, and the connection of the
// server the uniq hashes to is cached and open (no liveness probe: __call
// retries once on a dead one). NULL means "take GetConnection()".
zend_object* CachedConnection(zend_object* self, zend_string* uniq) {
  zval rv;
  zval* servers = zend_read_property_ex(geartrain_ce_client, self, g_name_servers, 1, &rv);
  ZVAL_DEREF(servers);
  if (Z_TYPE_P(servers) != IS_ARRAY) return nullptr;
  uint32_t n = zend_hash_num_elements(Z_ARRVAL_P(servers));
  if (n == 0) return nullptr;
  // array_values() made the list 0..n-1; anything else takes the full path.
  zval* server = zend_hash_index_find(Z_ARRVAL_P(servers), n == 1 ? 0 : HashIndex(uniq, n));
  if (server == nullptr) return nullptr;
  ZVAL_DEREF(server);
  if (Z_TYPE_P(server) != IS_STRING) return nullptr;
  zval rv2;
  zval* conns = zend_read_property_ex(geartrain_ce_client, self, g_name_conn, 1, &rv2);
  ZVAL_DEREF(conns);
  if (Z_TYPE_P(conns) != IS_ARRAY) return nullptr;
  zval* conn = zend_symtable_find(Z_ARRVAL_P(conns), Z_STR_P(server));
  if (conn == nullptr) return nullptr;
  ZVAL_DEREF(conn);
  if (Z_TYPE_P(conn) != IS_OBJECT) return nullptr;
  GtConnectionState* st = GtConnectionStateOf(Z_OBJ_P(conn));
  if (st == nullptr || !st->core.connected()) return nullptr;
  return Z_OBJ_P(conn);
}

// One task of a set, as runSet() submits it.
struct PlannedTask {
  zend_object* task;  // kept alive by the caller
  zend_string* uniq;  // owned
  zend_long type;
};

// What a task's result packet does, as the library's handleResponse():
// complete (JSON-decoded result) and fail lower the set's tasksCount first;
// status passes ints; data/warning pass the payload. Additions: an
// exception calls exception() and then fails the task (the library only
// ever sees WORK_FAIL). Used for the core's events and for handleResponse().
void ApplyResult(zend_object* set, zend_object* task, gc::TaskEvent::Kind kind, zval* payload,
                 zend_long numerator, zend_long denominator) {
  switch (kind) {
    case gc::TaskEvent::kComplete: {
      DecrementProp(set->ce, set, "tasksCount");
      zend_string* text = zval_get_string(payload);
      zval result;
      JsonDecode(std::string(ZSTR_VAL(text), ZSTR_LEN(text)), &result);
      zend_string_release(text);
      CallMethod(task, "complete", 1, &result);
      zval_ptr_dtor(&result);
      break;
    }
    case gc::TaskEvent::kStatus: {
      zval args[2];
      ZVAL_LONG(&args[0], numerator);
      ZVAL_LONG(&args[1], denominator);
      CallMethod(task, "status", 2, args);
      break;
    }
    case gc::TaskEvent::kFail:
      DecrementProp(set->ce, set, "tasksCount");
      CallMethod(task, "fail", 0, nullptr);
      break;
    case gc::TaskEvent::kData:
    case gc::TaskEvent::kWarning:
      CallMethod(task, kind == gc::TaskEvent::kData ? "data" : "warning", 1, payload);
      break;
    case gc::TaskEvent::kException:
      CallMethod(task, "exception", 1, payload);
      if (GtMustStop()) return;
      DecrementProp(set->ce, set, "tasksCount");
      CallMethod(task, "fail", 0, nullptr);
      break;
    default:
      break;
  }
}

// Applies one core event to the PHP objects (may run user callbacks).
// Returns false when runSet must stop (a PHP exception is pending).
bool ApplyEvent(zend_object* set, const PlannedTask& t, const gc::TaskEvent& ev) {
  zend_object* task = t.task;
  switch (ev.kind) {
    case gc::TaskEvent::kCreated: {
      SetStringProp(task, "handle", ev.handle);
      if (t.type == kGtJobBackground) SetBoolProp(task, "finished", true);
      zend_string* h = zend_string_init(ev.handle.data(), ev.handle.size(), 0);
      zval uniq;
      ZVAL_STR_COPY(&uniq, t.uniq);
      SetArrayPropEntry(set->ce, set, "handles", h, &uniq);
      zval_ptr_dtor(&uniq);
      zend_string_release(h);
      break;
    }
    case gc::TaskEvent::kError:
      GeartrainThrow(ev.status.message().c_str());
      return false;
    default: {
      zval payload;
      ZVAL_STRINGL(&payload, ev.payload.data(), ev.payload.size());
      ApplyResult(set, task, ev.kind, &payload, static_cast<zend_long>(ev.numerator),
                  static_cast<zend_long>(ev.denominator));
      zval_ptr_dtor(&payload);
      break;
    }
  }
  return !GtMustStop();
}

// The shared body of runSet() and __call(): submits `planned` pipelined and
// handles replies until the set is finished, the timeout passes, or (for
// background-only work) every handle is known. timeout_s < 0: none.
void RunPlanned(zend_object* self, zend_object* set, std::vector<PlannedTask>* planned,
                std::vector<zend_object*>* conn_objects, std::vector<size_t>* conn_of_task,
                double timeout_s) {
  std::vector<gc::Connection*> conns;
  for (zend_object* o : *conn_objects) conns.push_back(&GtConnectionStateOf(o)->core);
  gc::TaskRunnerOptions options;
  options.exceptions = true;
  std::unique_ptr<gc::TaskRunner> runner;
  std::vector<gc::TaskEvent> events;
  bool ok = true;
  CxxFirewall([&] {
    runner = std::make_unique<gc::TaskRunner>(conns, options);
    for (size_t i = 0; i < planned->size() && ok; ++i) {
      // Submission indexes equal positions in `planned`.
      gc::Submission sub;
      sub.server = (*conn_of_task)[i];
      sub.type = SubmitTypeFor((*planned)[i].type);
      zval rv;
      zend_object* task = (*planned)[i].task;
      zend_string* func = zval_get_string(GtReadProp(task->ce, task, "func", &rv));
      sub.function.assign(ZSTR_VAL(func), ZSTR_LEN(func));
      zend_string_release(func);
      sub.unique.assign(ZSTR_VAL((*planned)[i].uniq), ZSTR_LEN((*planned)[i].uniq));
      zval rv2;
      if (!EncodeWorkload(GtReadProp(task->ce, task, "arg", &rv2), &sub.workload)) {
        ok = false;
        break;
      }
      size_t index = 0;
      gc::Status s = runner->Submit(sub, &index);
      if (!s.ok()) {
        GeartrainThrow(s.message().c_str());
        ok = false;
      }
    }
  });
  if (!ok || EG(exception)) return;

  const double start = NowSeconds();
  double handles_deadline = -1;  // set once the set itself is finished
  bool set_finished = false;
  for (;;) {
    zval rv;
    if (!set_finished && zval_get_long(GtReadProp(set->ce, set, "tasksCount", &rv)) <= 0) {
      set_finished = true;
      handles_deadline = NowSeconds() + kPollCapMs / 1000.0;
    }
    if (set_finished && runner->done()) break;
    double now = NowSeconds();
    int wait_ms = kPollCapMs;
    if (timeout_s >= 0) {
      double left = start + timeout_s - now;
      if (left <= 0) break;  // the library returns silently on timeout
      wait_ms = static_cast<int>(std::min<double>(wait_ms, left * 1000 + 1));
    }
    if (set_finished) {
      double left = handles_deadline - now;
      if (left <= 0) break;
      wait_ms = static_cast<int>(std::min<double>(wait_ms, left * 1000 + 1));
    }
    events.clear();
    gc::Status s;
    CxxFirewall([&] { s = runner->Poll(wait_ms, &events); });
    if (EG(exception)) break;
    for (zend_object* o : *conn_objects) GtConnectionSyncClosed(o);
    bool stop = false;
    for (const gc::TaskEvent& ev : events) {
      if (!ApplyEvent(set, (*planned)[ev.task], ev)) {
        stop = true;
        break;
      }
    }
    if (stop) break;
  }
  CxxFirewall([&] { runner.reset(); });  // closes connections still owed a reply
  for (zend_object* o : *conn_objects) GtConnectionSyncClosed(o);
}

// Picks the connection for each planned task and fills the run's tables.
bool PlanConnections(zend_object* self, std::vector<PlannedTask>* planned, RunCache* cache,
                     std::vector<zend_object*>* conn_objects, std::vector<size_t>* conn_of_task) {
  std::unordered_map<zend_object*, size_t> index_of;
  for (PlannedTask& t : *planned) {
    zval rv;
    zval* servers = GtReadProp(t.task->ce, t.task, "servers", &rv);
    HashTable* list = (Z_TYPE_P(servers) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(servers)))
                          ? Z_ARRVAL_P(servers)
                          : nullptr;
    zend_object* conn = GetConnection(self, t.uniq, list, cache);
    if (conn == nullptr) return false;
    auto it = index_of.find(conn);
    if (it == index_of.end()) {
      it = index_of.emplace(conn, conn_objects->size()).first;
      conn_objects->push_back(conn);
    }
    conn_of_task->push_back(it->second);
  }
  return true;
}

}  // namespace

void GeartrainClientMinit(zend_class_entry*) {
  g_name_servers = zend_string_init_interned("servers", sizeof("servers") - 1, 1);
  g_name_conn = zend_string_init_interned("conn", sizeof("conn") - 1, 1);
}

// __construct($servers, $timeout = 1000)
PHP_METHOD(Net_Gearman_Client, __construct) {
  zval* servers;
  zval* timeout = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 2)
  Z_PARAM_ZVAL(servers)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(timeout)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval list;
  if (Z_TYPE_P(servers) != IS_ARRAY) {
    zend_string* s = zval_try_get_string(servers);
    if (s == nullptr) RETURN_THROWS();
    if (ZSTR_LEN(s) == 0) {
      zend_string_release(s);
      zend_type_error("array_values(): Argument #1 ($array) must be of type array, %s given",
                      zend_zval_type_name(servers));
      RETURN_THROWS();
    }
    array_init_size(&list, 1);
    add_next_index_str(&list, s);
  } else {
    if (zend_hash_num_elements(Z_ARRVAL_P(servers)) == 0) {
      GeartrainThrow("Invalid servers specified");
      RETURN_THROWS();
    }
    array_init_size(&list, zend_hash_num_elements(Z_ARRVAL_P(servers)));
    zval* v;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(servers), v) {
      Z_TRY_ADDREF_P(v);
      zend_hash_next_index_insert(Z_ARRVAL(list), v);
    }
    ZEND_HASH_FOREACH_END();
  }
  GtWriteProp(geartrain_ce_client, self, "servers", &list);
  zval_ptr_dtor(&list);
  if (timeout != nullptr) {
    GtWriteProp(geartrain_ce_client, self, "timeout", timeout);
  } else {
    zval t;
    ZVAL_LONG(&t, 1000);
    GtWriteProp(geartrain_ce_client, self, "timeout", &t);
  }
}

// getInstance($servers, $timeout = 1000): one client per
// md5(json_encode($servers)); the timeout is not part of the key.
static void Client_getInstance(INTERNAL_FUNCTION_PARAMETERS) {
  zval* servers;
  zval* timeout = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 2)
  Z_PARAM_ZVAL(servers)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(timeout)
  ZEND_PARSE_PARAMETERS_END();
  smart_str json = {nullptr, 0};
  php_json_encode(&json, servers, 0);
  char hex[33];
  Md5Hex(json.s != nullptr ? ZSTR_VAL(json.s) : "", json.s != nullptr ? ZSTR_LEN(json.s) : 0, hex);
  smart_str_free(&json);

  zval* instances = zend_read_static_property(geartrain_ce_client, "instances",
                                              sizeof("instances") - 1, 0);
  if (instances == nullptr) RETURN_THROWS();
  ZVAL_DEREF(instances);
  if (Z_TYPE_P(instances) == IS_ARRAY) {
    zval* found = zend_hash_str_find(Z_ARRVAL_P(instances), hex, 32);
    if (found != nullptr) RETURN_COPY_DEREF(found);
  }
  zval client;
  object_init_ex(&client, geartrain_ce_client);
  zval args[2];
  ZVAL_COPY(&args[0], servers);
  if (timeout != nullptr) {
    ZVAL_COPY(&args[1], timeout);
  } else {
    ZVAL_LONG(&args[1], 1000);
  }
  CallMethod(Z_OBJ(client), "__construct", 2, args);
  zval_ptr_dtor(&args[0]);
  zval_ptr_dtor(&args[1]);
  if (EG(exception)) {
    zval_ptr_dtor(&client);
    RETURN_THROWS();
  }
  zval updated;
  if (Z_TYPE_P(instances) == IS_ARRAY) {
    ZVAL_ARR(&updated, zend_array_dup(Z_ARRVAL_P(instances)));
  } else {
    array_init(&updated);
  }
  Z_ADDREF(client);
  zend_hash_str_update(Z_ARRVAL(updated), hex, 32, &client);
  zend_update_static_property(geartrain_ce_client, "instances", sizeof("instances") - 1, &updated);
  zval_ptr_dtor(&updated);
  RETURN_COPY_VALUE(&client);
}

GT_GUARDED_METHOD(Net_Gearman_Client, getInstance, Client_getInstance)

PHP_METHOD(Net_Gearman_Client, attachCallback) {
  zval* callback;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(callback)
  ZEND_PARSE_PARAMETERS_END();
  if (!zend_is_callable(callback, 0, nullptr)) {
    GeartrainThrow("Invalid callback specified");
    RETURN_THROWS();
  }
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval* p = PropPtr(geartrain_ce_client, self, "callback");
  if (p == nullptr) RETURN_THROWS();
  if (Z_TYPE_P(p) != IS_ARRAY) {
    zval_ptr_dtor(p);
    array_init(p);
  }
  SEPARATE_ARRAY(p);
  Z_TRY_ADDREF_P(callback);
  zend_hash_next_index_insert(Z_ARRVAL_P(p), callback);
}

namespace {

// Writes one SUBMIT_JOB_BG and waits for its JOB_CREATED (or an ERROR).
// Other packets (late replies for earlier jobs on a cached connection) are
// skipped. kTimeout when no answer came before the deadline.
gc::Status SubmitBackground(gc::Connection* core, const std::string& packet, gc::Deadline deadline,
                            std::string* handle) {
  core->Queue(packet);
  gc::Status s = core->Flush(deadline);
  std::vector<gc::Response> got;
  while (s.ok()) {
    got.clear();
    s = core->ReadWait(&got, deadline);  // waits inside recv(): no poll()
    for (const gc::Response& r : got) {
      if (r.type == PacketType::kJobCreated && !r.fields.empty()) {
        *handle = r.fields[0];
        return gc::Status::Ok();
      }
    }
  }
  return s;
}

}  // namespace

// __call($func, $args): a background job named after the method; the first
// argument (if set and not empty) is the workload, unique id
// md5($func . serialize($workload) . 1) as the library's Task computes it.
// Returns the handle ('' if JOB_CREATED did not come within the library's
// 10 s select period). The cached connection is used without a liveness
// probe; if it turns out dead (server restarted), the job is sent once more
// on a new connection: a peer that had closed cannot have received it, and
// if a server read it and then died, the resend carries the same unique id,
// which a durable server coalesces with the stored job.
static void Client_call(INTERNAL_FUNCTION_PARAMETERS) {
  zval* func;
  HashTable* args = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 2)
  Z_PARAM_ZVAL(func)
  Z_PARAM_OPTIONAL
  Z_PARAM_ARRAY_HT(args)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);

  zval send;
  ZVAL_EMPTY_STRING(&send);
  zval* first = args != nullptr ? zend_hash_index_find(args, 0) : nullptr;
  if (first != nullptr) {
    ZVAL_DEREF(first);
    if (Z_TYPE_P(first) != IS_NULL && zend_is_true(first)) ZVAL_COPY(&send, first);
  }
  zval normal;
  ZVAL_LONG(&normal, kGtJobNormal);  // the library's Task is built as JOB_NORMAL
  zend_string* uniq = GtTaskDefaultUniq(func, &send, &normal);
  std::string workload;
  zend_string* name = uniq != nullptr ? zval_try_get_string(func) : nullptr;
  bool ok = name != nullptr && EncodeWorkload(&send, &workload);
  zval_ptr_dtor(&send);
  if (!ok) {
    if (uniq != nullptr) zend_string_release(uniq);
    if (name != nullptr) zend_string_release(name);
    RETURN_THROWS();
  }
  std::string packet;
  CxxFirewall([&] {
    packet = geartrain::EncodePacket(
        geartrain::Magic::kRequest, PacketType::kSubmitJobBg,
        {std::string_view(ZSTR_VAL(name), ZSTR_LEN(name)),
         std::string_view(ZSTR_VAL(uniq), ZSTR_LEN(uniq))},
        workload);
  });
  zend_string_release(name);

  std::string handle;
  gc::Status s;
  for (int attempt = 0; attempt < 2 && !EG(exception); ++attempt) {
    bool reused = attempt == 0;
    zend_object* conn = attempt == 0 ? CachedConnection(self, uniq) : nullptr;
    if (conn == nullptr) {
      conn = GetConnection(self, uniq, nullptr, nullptr, /*probe_idle=*/false, &reused);
    }
    if (conn == nullptr) break;
    GtConnectionState* st = GtConnectionStateOf(conn);
    CxxFirewall([&] {
      s = SubmitBackground(&st->core, packet, gc::DeadlineAfterMs(kPollCapMs), &handle);
    });
    GtConnectionSyncClosed(conn);
    bool dead = s.code() == gc::Status::kConnectionReset || s.code() == gc::Status::kIoError ||
                s.code() == gc::Status::kNotConnected;
    if (!(dead && reused)) break;
    GtConnectionCloseNative(conn);  // retry on a new connection
  }
  zend_string_release(uniq);
  if (EG(exception)) RETURN_THROWS();
  if (!s.ok() && s.code() != gc::Status::kTimeout) {
    GeartrainThrow(s.message().c_str());
    RETURN_THROWS();
  }
  RETURN_STRINGL(handle.data(), handle.size());
}

GT_GUARDED_METHOD(Net_Gearman_Client, __call, Client_call)

// getConnection($uniq = null, $servers = null)
static void Client_getConnection(INTERNAL_FUNCTION_PARAMETERS) {
  zval* uniq = nullptr;
  zval* servers = nullptr;
  ZEND_PARSE_PARAMETERS_START(0, 2)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(uniq)
  Z_PARAM_ZVAL(servers)
  ZEND_PARSE_PARAMETERS_END();
  zend_string* u = nullptr;
  if (uniq != nullptr && Z_TYPE_P(uniq) != IS_NULL) {
    u = zval_try_get_string(uniq);
    if (u == nullptr) RETURN_THROWS();
  }
  HashTable* list = nullptr;
  if (servers != nullptr && Z_TYPE_P(servers) != IS_NULL) {
    if (Z_TYPE_P(servers) != IS_ARRAY) {
      if (u != nullptr) zend_string_release(u);
      zend_argument_type_error(2, "must be of type ?array, %s given",
                               zend_zval_type_name(servers));
      RETURN_THROWS();
    }
    list = Z_ARRVAL_P(servers);
  }
  zend_object* conn = GetConnection(Z_OBJ_P(ZEND_THIS), u, list, nullptr);
  if (u != nullptr) zend_string_release(u);
  if (conn == nullptr) RETURN_THROWS();
  RETURN_OBJ_COPY(conn);
}

GT_GUARDED_METHOD(Net_Gearman_Client, getConnection, Client_getConnection)

// submitTask(Net_Gearman_Task $task): the library's one-task send, for
// subclasses (runSet() itself pipelines natively).
static void Client_submitTask(INTERNAL_FUNCTION_PARAMETERS) {
  zval* task;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_OBJECT_OF_CLASS(task, geartrain_ce_task)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* t = Z_OBJ_P(task);
  zval rv;
  zend_long type = zval_get_long(GtReadProp(t->ce, t, "type", &rv));
  zval params;
  array_init_size(&params, 3);
  zval v;
  ZVAL_COPY(&v, GtReadProp(t->ce, t, "func", &rv));
  add_assoc_zval(&params, "func", &v);
  ZVAL_COPY(&v, GtReadProp(t->ce, t, "uniq", &rv));
  add_assoc_zval(&params, "uniq", &v);
  std::string workload;
  if (!EncodeWorkload(GtReadProp(t->ce, t, "arg", &rv), &workload)) {
    zval_ptr_dtor(&params);
    RETURN_THROWS();
  }
  add_assoc_stringl(&params, "arg", workload.data(), workload.size());

  zval* servers = GtReadProp(t->ce, t, "servers", &rv);
  HashTable* list = (Z_TYPE_P(servers) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(servers)))
                        ? Z_ARRVAL_P(servers)
                        : nullptr;
  zval rv2;
  zend_string* uniq = zval_get_string(GtReadProp(t->ce, t, "uniq", &rv2));
  zend_object* conn = GetConnection(Z_OBJ_P(ZEND_THIS), uniq, list, nullptr);
  zend_string_release(uniq);
  if (conn == nullptr) {
    zval_ptr_dtor(&params);
    RETURN_THROWS();
  }
  GC_ADDREF(conn);
  zval args[2];
  ZVAL_STRING(&args[0], SubmitCommandFor(type));
  ZVAL_COPY_VALUE(&args[1], &params);
  CallMethod(conn, "send", 2, args);
  zval_ptr_dtor(&args[0]);
  zval_ptr_dtor(&params);
  if (!EG(exception)) CallMethod(conn, "addWaitingTask", 1, task);
  OBJ_RELEASE(conn);
}

GT_GUARDED_METHOD(Net_Gearman_Client, submitTask, Client_submitTask)

// runSet(Net_Gearman_Set $set, $timeout = null): timeout in seconds.
static void Client_runSet(INTERNAL_FUNCTION_PARAMETERS) {
  zval* set_zv;
  zval* timeout = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 2)
  Z_PARAM_OBJECT_OF_CLASS(set_zv, geartrain_ce_set)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(timeout)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zend_object* set = Z_OBJ_P(set_zv);
  double timeout_s = -1;
  if (timeout != nullptr && Z_TYPE_P(timeout) != IS_NULL) {
    timeout_s = zval_get_double(timeout);
    if (timeout_s < 0) timeout_s = 0;
  }

  // The first tasksCount tasks of $set->tasks, as the library submits them.
  zval rv;
  zend_long total = zval_get_long(GtReadProp(set->ce, set, "tasksCount", &rv));
  zval tasks_copy;
  ZVAL_COPY(&tasks_copy, GtReadProp(set->ce, set, "tasks", &rv));
  std::vector<PlannedTask> planned;
  bool ok = true;
  if (Z_TYPE(tasks_copy) == IS_ARRAY && total > 0) {
    zval* v;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(tasks_copy), v) {
      if (static_cast<zend_long>(planned.size()) >= total) break;
      ZVAL_DEREF(v);
      if (Z_TYPE_P(v) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(v), geartrain_ce_task)) {
        GeartrainThrow("Set holds something that is not a Net_Gearman_Task");
        ok = false;
        break;
      }
      zend_object* t = Z_OBJ_P(v);
      zval trv;
      zend_string* uniq = zval_try_get_string(GtReadProp(t->ce, t, "uniq", &trv));
      if (uniq == nullptr) {
        ok = false;
        break;
      }
      zend_long type = zval_get_long(GtReadProp(t->ce, t, "type", &trv));
      // No reference of our own: tasks_copy keeps the array, and so every
      // task, alive (one addref/release per task would make each a GC root
      // candidate and trigger collection runs in big sets).
      planned.push_back(PlannedTask{t, uniq, type});
    }
    ZEND_HASH_FOREACH_END();
  }

  {
    RunCache cache;
    std::vector<zend_object*> conn_objects;
    std::vector<size_t> conn_of_task;
    if (ok && !planned.empty()) {
      ok = PlanConnections(self, &planned, &cache, &conn_objects, &conn_of_task);
    }
    if (ok && !planned.empty()) {
      zend_long background = 0;
      for (const PlannedTask& t : planned) {
        if (IsBackground(t.type)) {
          SetBoolProp(t.task, "finished", true);
          ++background;
        }
      }
      if (background > 0) {
        zval* count = PropPtr(set->ce, set, "tasksCount");
        if (count != nullptr) {
          zval n, result;
          ZVAL_LONG(&n, background);
          sub_function(&result, count, &n);
          zval_ptr_dtor(count);
          ZVAL_COPY_VALUE(count, &result);
        }
      }
      if (!EG(exception)) {
        RunPlanned(self, set, &planned, &conn_objects, &conn_of_task, timeout_s);
      }
    }
  }
  for (PlannedTask& t : planned) zend_string_release(t.uniq);
  zval_ptr_dtor(&tasks_copy);
  if (EG(exception)) RETURN_THROWS();
  // The library's loop ends on a true finished(), which fires the set's
  // callback; an unfinished set (timeout) returns silently.
  zval count_rv;
  if (zval_get_long(GtReadProp(set->ce, set, "tasksCount", &count_rv)) <= 0) {
    CallMethod(set, "finished", 0, nullptr);
    if (EG(exception)) RETURN_THROWS();
  }
}

GT_GUARDED_METHOD(Net_Gearman_Client, runSet, Client_runSet)

// handleResponse($resp, $conn, Net_Gearman_Set $tasks): the library's
// per-packet step, for subclasses that drive read() themselves.
static void Client_handleResponse(INTERNAL_FUNCTION_PARAMETERS) {
  zval* resp;
  zval* conn;
  zval* tasks;
  ZEND_PARSE_PARAMETERS_START(3, 3)
  Z_PARAM_ARRAY(resp)
  Z_PARAM_ZVAL(conn)
  Z_PARAM_OBJECT_OF_CLASS(tasks, geartrain_ce_set)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* set = Z_OBJ_P(tasks);
  zval* fn = zend_hash_str_find(Z_ARRVAL_P(resp), "function", sizeof("function") - 1);
  zval* data = zend_hash_str_find(Z_ARRVAL_P(resp), "data", sizeof("data") - 1);
  if (fn == nullptr) {
    zend_error(E_WARNING, "Undefined array key \"function\"");
  }
  zend_string* name = fn != nullptr ? zval_get_string(fn) : ZSTR_EMPTY_ALLOC();
  std::string function(ZSTR_VAL(name), ZSTR_LEN(name));
  zend_string_release(name);
  auto field = [&](const char* key) -> zval* {
    if (data == nullptr || Z_TYPE_P(data) != IS_ARRAY) return nullptr;
    zval* v = zend_hash_str_find(Z_ARRVAL_P(data), key, strlen(key));
    if (v != nullptr) ZVAL_DEREF(v);
    return v;
  };
  zval task;
  ZVAL_UNDEF(&task);
  zval* handle = field("handle");
  if (handle != nullptr && Z_TYPE_P(handle) != IS_NULL && function != "job_created") {
    GtGuardBailout([&] {
      zend_call_method(set, set->ce, nullptr, "gettask", sizeof("gettask") - 1, &task, 1, handle,
                       nullptr);
    });
    if (GtMustStop()) {
      zval_ptr_dtor(&task);
      RETURN_THROWS();
    }
  }
  auto need_task = [&]() -> zend_object* {
    if (Z_TYPE(task) == IS_OBJECT) return Z_OBJ(task);
    zend_throw_error(nullptr, "Call to a member function on null");
    return nullptr;
  };
  auto payload = [&](const char* key, zval* out) {
    zval* v = field(key);
    if (v == nullptr) {
      ZVAL_NULL(out);
    } else {
      ZVAL_COPY(out, v);
    }
  };
  static const struct {
    const char* name;
    gc::TaskEvent::Kind kind;
    const char* payload;  // the data field passed on
  } kResults[] = {
      {"work_complete", gc::TaskEvent::kComplete, "result"},
      {"work_status", gc::TaskEvent::kStatus, nullptr},
      {"work_fail", gc::TaskEvent::kFail, nullptr},
      {"work_data", gc::TaskEvent::kData, "data"},
      {"work_warning", gc::TaskEvent::kWarning, "data"},
      {"work_exception", gc::TaskEvent::kException, "data"},
  };
  const auto* result = std::find_if(std::begin(kResults), std::end(kResults),
                                    [&](const auto& r) { return function == r.name; });
  if (result != std::end(kResults)) {
    // The library lowers tasksCount before it touches the task.
    bool counts = result->kind == gc::TaskEvent::kComplete || result->kind == gc::TaskEvent::kFail;
    if (zend_object* t = Z_TYPE(task) == IS_OBJECT ? Z_OBJ(task) : nullptr) {
      zval p;
      payload(result->payload != nullptr ? result->payload : "", &p);
      zval* n = field("numerator");
      zval* d = field("denominator");
      ApplyResult(set, t, result->kind, &p, n != nullptr ? zval_get_long(n) : 0,
                  d != nullptr ? zval_get_long(d) : 0);
      zval_ptr_dtor(&p);
    } else {
      if (counts) DecrementProp(set->ce, set, "tasksCount");
      need_task();
    }
  } else if (function == "job_created") {
    if (Z_TYPE_P(conn) != IS_OBJECT) {
      zend_throw_error(nullptr, "Call to a member function getWaitingTask() on %s",
                       zend_zval_type_name(conn));
    } else {
      zval_ptr_dtor(&task);
      GtGuardBailout([&] {
        zend_call_method(Z_OBJ_P(conn), Z_OBJCE_P(conn), nullptr, "getwaitingtask",
                         sizeof("getwaitingtask") - 1, &task, 0, nullptr, nullptr);
      });
      if (!GtMustStop()) {
        if (zend_object* t = need_task()) {
          zval h;
          payload("handle", &h);
          GtWriteProp(t->ce, t, "handle", &h);
          zval rv;
          if (zval_get_long(GtReadProp(t->ce, t, "type", &rv)) == kGtJobBackground) {
            SetBoolProp(t, "finished", true);
          }
          zend_string* hs = zval_get_string(&h);
          zval uniq;
          ZVAL_COPY(&uniq, GtReadProp(t->ce, t, "uniq", &rv));
          SetArrayPropEntry(set->ce, set, "handles", hs, &uniq);
          zval_ptr_dtor(&uniq);
          zend_string_release(hs);
          zval_ptr_dtor(&h);
        }
      }
    }
  } else if (function == "error") {
    GeartrainThrow("An error occurred");
  } else {
    std::string msg = "Invalid function " + function;
    GeartrainThrow(msg.c_str());
  }
  zval_ptr_dtor(&task);
  if (EG(exception)) RETURN_THROWS();
}

GT_GUARDED_METHOD(Net_Gearman_Client, handleResponse, Client_handleResponse)

// jobStatus($handle, $server = null): GET_STATUS on $server, or on each
// server in turn until one knows the handle. Returns ['handle', 'known',
// 'running', 'numerator', 'denominator'].
static void Client_jobStatus(INTERNAL_FUNCTION_PARAMETERS) {
  zval* handle;
  zval* server = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 2)
  Z_PARAM_ZVAL(handle)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(server)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zend_string* h = zval_try_get_string(handle);
  if (h == nullptr) RETURN_THROWS();
  std::vector<zend_string*> servers;
  zval rv;
  if (server != nullptr && Z_TYPE_P(server) != IS_NULL) {
    zend_string* s = zval_try_get_string(server);
    if (s == nullptr) {
      zend_string_release(h);
      RETURN_THROWS();
    }
    servers.push_back(s);
  } else {
    zval* list = GtReadProp(geartrain_ce_client, self, "servers", &rv);
    if (Z_TYPE_P(list) == IS_ARRAY) {
      zval* v;
      ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), v) { servers.push_back(zval_get_string(v)); }
      ZEND_HASH_FOREACH_END();
    }
  }
  gc::JobStatus status;
  bool asked = false;
  std::string last_error = "No server to ask";
  const double timeout_ms = std::max(ClientTimeoutMs(self), 1000.0);
  for (zend_string* s : servers) {
    zval one;
    array_init_size(&one, 1);
    zval sv;
    ZVAL_STR_COPY(&sv, s);
    zend_hash_next_index_insert(Z_ARRVAL(one), &sv);
    zend_object* conn = GetConnection(self, nullptr, Z_ARRVAL(one), nullptr);
    zval_ptr_dtor(&one);
    if (conn == nullptr) {
      if (servers.size() > 1 && EG(exception) &&
          instanceof_function(EG(exception)->ce, geartrain_ce_exception)) {
        zend_clear_exception();  // try the next server
        continue;
      }
      break;
    }
    gc::JobStatus st;
    gc::Status rc;
    GtConnectionState* cs = GtConnectionStateOf(conn);
    CxxFirewall([&] {
      rc = gc::GetJobStatus(&cs->core, std::string_view(ZSTR_VAL(h), ZSTR_LEN(h)),
                            gc::DeadlineAfterMs(static_cast<long long>(timeout_ms)), &st);
    });
    GtConnectionSyncClosed(conn);
    if (EG(exception)) break;
    if (!rc.ok()) {
      last_error = rc.message();
      continue;
    }
    asked = true;
    status = st;
    if (st.known) break;
  }
  for (zend_string* s : servers) zend_string_release(s);
  if (EG(exception)) {
    zend_string_release(h);
    RETURN_THROWS();
  }
  if (!asked) {
    zend_string_release(h);
    GeartrainThrow(last_error.c_str());
    RETURN_THROWS();
  }
  array_init_size(return_value, 5);
  add_assoc_str(return_value, "handle", h);
  add_assoc_bool(return_value, "known", status.known);
  add_assoc_bool(return_value, "running", status.running);
  add_assoc_long(return_value, "numerator", static_cast<zend_long>(status.numerator));
  add_assoc_long(return_value, "denominator", static_cast<zend_long>(status.denominator));
}

GT_GUARDED_METHOD(Net_Gearman_Client, jobStatus, Client_jobStatus)

// disconnect(): closes every cached connection and forgets them.
static void Client_disconnect(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval rv;
  zval conns;
  ZVAL_COPY(&conns, GtReadProp(geartrain_ce_client, self, "conn", &rv));
  if (Z_TYPE(conns) == IS_ARRAY) {
    zval* c;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(conns), c) {
      ZVAL_DEREF(c);
      if (Z_TYPE_P(c) != IS_OBJECT) continue;
      if (GtConnectionStateOf(Z_OBJ_P(c)) != nullptr) {
        GtConnectionCloseNative(Z_OBJ_P(c));
      } else if (zend_hash_str_exists(&Z_OBJCE_P(c)->function_table, "close", 5)) {
        CallMethod(Z_OBJ_P(c), "close", 0, nullptr);
        if (EG(exception)) break;
      }
    }
    ZEND_HASH_FOREACH_END();
  }
  zval_ptr_dtor(&conns);
  if (EG(exception)) RETURN_THROWS();
  zval empty;
  ZVAL_EMPTY_ARRAY(&empty);
  GtWriteProp(geartrain_ce_client, self, "conn", &empty);
}

GT_GUARDED_METHOD(Net_Gearman_Client, disconnect, Client_disconnect)

static void Client_destruct(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  zval ret;
  zend_call_method(Z_OBJ_P(ZEND_THIS), Z_OBJCE_P(ZEND_THIS), nullptr, "disconnect",
                   sizeof("disconnect") - 1, &ret, 0, nullptr, nullptr);
  zval_ptr_dtor(&ret);
}

GT_GUARDED_METHOD(Net_Gearman_Client, __destruct, Client_destruct)
