// Net_Gearman_Worker, natively: a drop-in for Net_Gearman 2.x's Worker.
//
// Contract:
// - State lives in the library's protected properties ($conn: server =>
//   Net_Gearman_Connection, $retryConn, $failedConn, $stats, $abilities,
//   $initParams, $callback, ...), so subclasses and callers see what they
//   saw before. The C++ side keeps only the setReportExceptions() and
//   setPrefetch() flags (and, per connection, whether a prefetched GRAB is
//   in flight).
// - Packets and waiting are core/client/worker_protocol: this file runs the
//   PHP callbacks, maps data (JSON rules of Net_Gearman) and keeps the
//   library's control flow, messages and monitor call pattern. Nothing of
//   C++ is held across a PHP call, and every PHP call is guarded
//   (GtGuardBailout): an exception or a caught fatal error stops the work,
//   C++ unwinds, and the method re-raises the fatal error at its end.
// - Protected methods the library calls on $this (retryConnections,
//   askForWork, doWork, waitQuietly, deepSleep, addAbilities, close,
//   retryTime, start/complete/fail/status) are reached through normal
//   dispatch, so a subclass overriding one still takes part; the callback
//   runners go native when they are not overridden.
// - Differences from the library (net_gearman.md §5.2): GRAB_JOB_UNIQ (jobs
//   get their unique id), the GRAB reply awaited up to max(10 s,
//   socket_timeout) instead of 250 ms, one poll over all servers while idle
//   (cut at the next reconnect time, slices of <= 100 ms running pending
//   pcntl signal handlers), the back-off count reset after a good connect,
//   WORK_FAIL when the job cannot be made, and setReportExceptions(true).
// - setPrefetch(true) (off by default): right after a job is assigned, and
//   before it runs, the next GRAB_JOB_UNIQ goes out on that connection, so
//   the server's answer travels while the job runs and the worker does not
//   wait a round trip per job. The price, why it is opt-in: each connection
//   may hold one job it has not started (admin status counts it as running;
//   another idle worker cannot take it; a worker that dies gives it back
//   through the server's requeue, which --job-retries counts). It is never
//   used while an ability has a CAN_DO_TIMEOUT (the server's timer would
//   run while the job waits), and beginWork() runs a job it still holds
//   before it returns, so stopping never strands one.
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <vector>

#include "client/worker_protocol.h"
#include "connection.h"
#include "errors.h"
#include "object_util.h"
#include "php_geartrain.h"

extern "C" {
#include "ext/json/php_json.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
}

#include "job.h"

namespace gc = geartrain::client;

namespace {

constexpr zend_long kJobStart = 1;
constexpr zend_long kJobComplete = 2;
constexpr zend_long kJobFail = 3;
constexpr zend_long kWorkerStatus = 4;

// The longest one idle wait stays in C before signal handlers and the clock
// get a look.
constexpr int kSliceMs = 100;
// The least time the reply to GRAB_JOB_UNIQ is awaited (the library: 250 ms).
constexpr long long kGrabReplyMinMs = 10000;

struct WorkerObject {
  bool report_exceptions;
  bool prefetch;
  // beginWork() is running the jobs prefetched before it was asked to stop.
  bool draining;
  zend_object std;  // last, as Zend requires
};

zend_object_handlers g_handlers;

WorkerObject* From(zend_object* obj) {
  return reinterpret_cast<WorkerObject*>(reinterpret_cast<char*>(obj) -
                                         XtOffsetOf(WorkerObject, std));
}

void InstallCallbackDefault(zend_object* obj) {
  zval cbs, empty;
  array_init_size(&cbs, 4);
  for (zend_long t = kJobStart; t <= kWorkerStatus; ++t) {
    ZVAL_EMPTY_ARRAY(&empty);
    zend_hash_index_add_new(Z_ARRVAL(cbs), t, &empty);
  }
  zend_update_property(geartrain_ce_worker, obj, "callback", sizeof("callback") - 1, &cbs);
  zval_ptr_dtor(&cbs);
}

zend_object* CreateObject(zend_class_entry* ce) {
  auto* o = static_cast<WorkerObject*>(zend_object_alloc(sizeof(WorkerObject), ce));
  zend_object_std_init(&o->std, ce);
  object_properties_init(&o->std, ce);
  o->std.handlers = &g_handlers;
  o->report_exceptions = false;
  o->prefetch = false;
  o->draining = false;
  InstallCallbackDefault(&o->std);
  return &o->std;
}

zend_object* CloneObject(zend_object* old) {
  zend_object* copy = CreateObject(old->ce);
  zend_objects_clone_members(copy, old);
  From(copy)->report_exceptions = From(old)->report_exceptions;
  From(copy)->prefetch = From(old)->prefetch;
  return copy;
}

// --- small Zend helpers ------------------------------------------------------------

// The current value of a property (never NULL).
// An array key as the zval PHP's foreach would give: the string, or the
// integer index.
void KeyToZval(zval* out, zend_string* key, zend_ulong idx) {
  if (key != nullptr) {
    ZVAL_STR_COPY(out, key);
  } else {
    ZVAL_LONG(out, static_cast<zend_long>(idx));
  }
}

zval* Prop(zend_object* self, const char* name, zval* rv) {
  return GtReadProp(geartrain_ce_worker, self, name, rv);
}

// A writable, separated array property (a non-array value becomes []).
// Only valid until the next PHP call.
HashTable* PropArray(zend_object* self, const char* name) {
  zval* p = GtPropPtr(geartrain_ce_worker, self, name);
  if (p == nullptr) {
    zend_throw_error(nullptr, "Cannot modify Net_Gearman_Worker::$%s", name);
    return nullptr;
  }
  if (Z_TYPE_P(p) != IS_ARRAY) {
    zval_ptr_dtor(p);
    array_init(p);
  }
  SEPARATE_ARRAY(p);
  return Z_ARRVAL_P(p);
}

// A copy of an array property (refcounted; an empty array for non-arrays),
// to iterate like PHP's foreach by value.
void PropArrayCopy(zend_object* self, const char* name, zval* out) {
  zval rv;
  zval* v = Prop(self, name, &rv);
  if (Z_TYPE_P(v) == IS_ARRAY) {
    ZVAL_COPY(out, v);
  } else {
    ZVAL_EMPTY_ARRAY(out);
  }
  if (v == &rv) zval_ptr_dtor(&rv);
}

size_t PropCount(zend_object* self, const char* name) {
  zval rv;
  zval* v = Prop(self, name, &rv);
  return Z_TYPE_P(v) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(v)) : 0;
}

zend_long PropLong(zend_object* self, const char* name) {
  zval rv;
  return zval_get_long(Prop(self, name, &rv));
}

void ArraySet(HashTable* ht, zval* key, zval* value) {
  // array_set_zval_key adds a reference to `value`.
  array_set_zval_key(ht, key, value);
}

void ArrayUnset(HashTable* ht, zval* key) {
  ZVAL_DEREF(key);
  if (Z_TYPE_P(key) == IS_LONG) {
    zend_hash_index_del(ht, Z_LVAL_P(key));
  } else if (Z_TYPE_P(key) == IS_STRING) {
    zend_symtable_del(ht, Z_STR_P(key));
  } else {
    zend_string* s = zval_get_string(key);
    zend_symtable_del(ht, s);
    zend_string_release(s);
  }
}

// $this->$name[$key] when set, else NULL. Only valid until the next PHP call.
zval* PropFind(zend_object* self, const char* name, zval* key) {
  zval rv;
  zval* arr = Prop(self, name, &rv);
  if (Z_TYPE_P(arr) != IS_ARRAY) return nullptr;
  zval* v = GtArrayFind(Z_ARRVAL_P(arr), key);
  if (v != nullptr) ZVAL_DEREF(v);
  return v;
}

zend_function* FindMethod(zend_class_entry* ce, const char* lcname) {
  return static_cast<zend_function*>(
      zend_hash_str_find_ptr(&ce->function_table, lcname, strlen(lcname)));
}

// $obj->name(...argv) through normal dispatch (visibility is not checked:
// the library calls its own protected methods). `ret` is always set.
bool CallMethod(zend_object* obj, const char* lcname, uint32_t argc, zval* argv, zval* ret) {
  ZVAL_UNDEF(ret);
  zend_function* fn = FindMethod(obj->ce, lcname);
  if (fn == nullptr) {
    zend_throw_error(nullptr, "Call to undefined method %s::%s()", ZSTR_VAL(obj->ce->name),
                     lcname);
    return false;
  }
  if (GtBailoutPending()) return false;
  GtGuardBailout([&] { zend_call_known_instance_method(fn, obj, ret, argc, argv); });
  return !GtMustStop();
}

bool CallMethodVoid(zend_object* obj, const char* lcname, uint32_t argc, zval* argv) {
  zval ret;
  bool ok = CallMethod(obj, lcname, argc, argv, &ret);
  zval_ptr_dtor(&ret);
  return ok;
}

// True when a subclass replaced the library method `lcname`.
bool Overridden(zend_object* self, const char* lcname) {
  if (self->ce == geartrain_ce_worker) return false;
  zend_function* fn = FindMethod(self->ce, lcname);
  return fn != nullptr && fn->common.scope != geartrain_ce_worker;
}

// call_user_func($callable, ...argv) keeping the return value.
bool CallCallable(zval* callable, uint32_t argc, zval* argv, zval* ret) {
  ZVAL_UNDEF(ret);
  if (GtBailoutPending()) return false;
  GtGuardBailout([&] { GtCallUserFuncRet(callable, argc, argv, ret); });
  return !GtMustStop();
}

// A PHP function by name (shuffle, uniqid, pcntl_signal_dispatch).
bool CallFunction(const char* name, uint32_t argc, zval* argv, zval* ret) {
  ZVAL_UNDEF(ret);
  auto* fn = static_cast<zend_function*>(
      zend_hash_str_find_ptr(EG(function_table), name, strlen(name)));
  if (fn == nullptr) {
    zend_throw_error(nullptr, "Call to undefined function %s()", name);
    return false;
  }
  if (GtBailoutPending()) return false;
  GtGuardBailout([&] { zend_call_known_function(fn, nullptr, nullptr, ret, argc, argv, nullptr); });
  return !GtMustStop();
}

// shuffle($array) on the zval in place, with PHP's own randomness.
bool Shuffle(zval* array) {
  zval ref, ret;
  ZVAL_NEW_REF(&ref, array);
  bool ok = CallFunction("shuffle", 1, &ref, &ret);
  zval_ptr_dtor(&ret);
  ZVAL_COPY(array, Z_REFVAL(ref));
  zval_ptr_dtor(&ref);
  return ok;
}

// Runs pending pcntl signal handlers when ext/pcntl is loaded.
bool DispatchSignals() {
  if (zend_hash_str_find_ptr(EG(function_table), "pcntl_signal_dispatch",
                             sizeof("pcntl_signal_dispatch") - 1) == nullptr) {
    return true;
  }
  zval ret;
  bool ok = CallFunction("pcntl_signal_dispatch", 0, nullptr, &ret);
  zval_ptr_dtor(&ret);
  return ok;
}

bool PendingIs(zend_class_entry* ce) {
  return EG(exception) != nullptr && instanceof_function(EG(exception)->ce, ce);
}

// True for exit() and similar unwinds, which are never caught.
bool PendingIsUnwind() {
  return EG(exception) != nullptr &&
         (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)));
}

// Takes the pending exception (the caller releases `out`).
void TakeException(zval* out) {
  zend_object* ex = EG(exception);
  GC_ADDREF(ex);
  zend_clear_exception();
  ZVAL_OBJ(out, ex);
}

zend_string* ExceptionMessage(zval* ex) {
  zval rv;
  zval* m = zend_read_property_ex(zend_get_exception_base(Z_OBJ_P(ex)), Z_OBJ_P(ex),
                                  ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
  return zval_get_string(m);
}

double SocketTimeoutMs(zend_object* self) {
  zend_long ms = PropLong(self, "socket_timeout");
  return ms < 0 ? 0 : static_cast<double>(ms);
}

gc::Deadline DeadlineAfterMs(double ms) {
  if (ms > 1e12) ms = 1e12;
  return gc::Clock::now() + std::chrono::microseconds(static_cast<long long>(ms * 1000));
}

// Write deadline for the worker's own packets.
gc::Deadline WriteDeadline(zend_object* self) {
  return DeadlineAfterMs(std::max(1000.0, SocketTimeoutMs(self)));
}

void ThrowStatus(const gc::Status& s) { GeartrainThrow(s.message().c_str()); }

// --- callbacks ---------------------------------------------------------------------

// The native status($message, $server = null).
void StatusNative(zend_object* self, zval* message, zval* server) {
  zval rv;
  zval* all = Prop(self, "callback", &rv);
  if (Z_TYPE_P(all) != IS_ARRAY) return;
  zval* list = zend_hash_index_find(Z_ARRVAL_P(all), kWorkerStatus);
  if (list == nullptr) return;
  ZVAL_DEREF(list);
  if (Z_TYPE_P(list) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(list)) == 0) return;
  zval args[4];
  ZVAL_COPY(&args[0], message);
  if (server != nullptr && zend_is_true(server)) {
    ZVAL_COPY(&args[1], server);
    zval* failed = PropFind(self, "failedConn", server);
    if (failed != nullptr && Z_TYPE_P(failed) != IS_NULL) {
      ZVAL_COPY(&args[3], failed);
    } else {
      ZVAL_LONG(&args[3], 0);
    }
    bool connected = false;
    zval* conn = PropFind(self, "conn", server);
    if (conn != nullptr && Z_TYPE_P(conn) == IS_OBJECT) {
      zval hold, ret;
      ZVAL_UNDEF(&ret);
      ZVAL_COPY(&hold, conn);
      if (GtConnectionStateOf(Z_OBJ(hold)) != nullptr && FindMethod(Z_OBJCE(hold), "isconnected")
                                                                 ->common.scope ==
                                                             geartrain_ce_connection) {
        CxxFirewall([&] { connected = GtConnectionUsable(Z_OBJ(hold)); });
      } else if (CallMethod(Z_OBJ(hold), "isconnected", 0, nullptr, &ret)) {
        connected = zend_is_true(&ret);
      }
      zval_ptr_dtor(&ret);
      zval_ptr_dtor(&hold);
      if (GtMustStop()) {
        for (zval& a : args) zval_ptr_dtor(&a);
        return;
      }
    }
    ZVAL_BOOL(&args[2], connected);
  } else {
    ZVAL_NULL(&args[1]);
    ZVAL_NULL(&args[2]);
    ZVAL_NULL(&args[3]);
  }
  zval hold;
  ZVAL_COPY(&hold, list);
  GtCallEach(&hold, 4, args);
  zval_ptr_dtor(&hold);
  for (zval& a : args) zval_ptr_dtor(&a);
}

// $this->status($message, $server); false with an exception pending.
bool Status(zend_object* self, zend_string* message, zval* server) {
  zval msg;
  ZVAL_STR_COPY(&msg, message);
  if (Overridden(self, "status")) {
    zval args[2];
    ZVAL_COPY_VALUE(&args[0], &msg);
    if (server != nullptr) {
      ZVAL_COPY(&args[1], server);
    } else {
      ZVAL_NULL(&args[1]);
    }
    CallMethodVoid(self, "status", 2, args);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
  } else {
    StatusNative(self, &msg, server);
    zval_ptr_dtor(&msg);
  }
  return !GtMustStop();
}

// True when status() would do nothing: not overridden and no WORKER_STATUS
// callbacks, so the message need not even be built.
bool StatusIsSilent(zend_object* self) {
  if (Overridden(self, "status")) return false;
  zval rv;
  zval* all = Prop(self, "callback", &rv);
  if (Z_TYPE_P(all) != IS_ARRAY) return true;
  zval* list = zend_hash_index_find(Z_ARRVAL_P(all), kWorkerStatus);
  if (list == nullptr) return true;
  ZVAL_DEREF(list);
  return Z_TYPE_P(list) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(list)) == 0;
}

bool StatusStr(zend_object* self, const std::string& message, zval* server) {
  zend_string* m = zend_string_init(message.data(), message.size(), 0);
  bool ok = Status(self, m, server);
  zend_string_release(m);
  return ok;
}

std::string ServerText(zval* server) {
  zend_string* s = zval_get_string(server);
  std::string out(ZSTR_VAL(s), ZSTR_LEN(s));
  zend_string_release(s);
  return out;
}

// Runs the callbacks of `type` (start/complete/fail), or the subclass's method.
void RunCallbacks(zend_object* self, zend_long type, const char* method, zval* args) {
  if (Overridden(self, method)) {
    CallMethodVoid(self, method, 3, args);
    return;
  }
  zval rv;
  zval* all = Prop(self, "callback", &rv);
  if (Z_TYPE_P(all) != IS_ARRAY) return;
  zval* list = zend_hash_index_find(Z_ARRVAL_P(all), type);
  if (list == nullptr) return;
  ZVAL_DEREF(list);
  if (Z_TYPE_P(list) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(list)) == 0) return;
  zval hold;
  ZVAL_COPY(&hold, list);
  GtCallEach(&hold, 3, args);
  zval_ptr_dtor(&hold);
}

void FailCallbacks(zend_object* self, zend_string* handle, zend_string* name, zval* ex) {
  zval args[3];
  ZVAL_STR_COPY(&args[0], handle);
  ZVAL_STR_COPY(&args[1], name);
  ZVAL_COPY(&args[2], ex);
  RunCallbacks(self, kJobFail, "fail", args);
  for (zval& a : args) zval_ptr_dtor(&a);
}

// --- connections ---------------------------------------------------------------------

// close($server): RESET_ABILITIES (errors ignored), close, forget.
void CloseNative(zend_object* self, zval* server) {
  zval* conn = PropFind(self, "conn", server);
  if (conn == nullptr || Z_TYPE_P(conn) == IS_NULL) return;
  zval hold;
  ZVAL_COPY(&hold, conn);
  if (Z_TYPE(hold) == IS_OBJECT) {
    GtConnectionState* st = GtConnectionStateOf(Z_OBJ(hold));
    if (st != nullptr) {
      CxxFirewall([&] {
        if (st->core.connected()) {
          gc::ResetAbilities(&st->core, gc::DeadlineAfterMs(250));
        }
      });
      GtConnectionCloseNative(Z_OBJ(hold));
    } else {
      zval args[1];
      ZVAL_STRING(&args[0], "reset_abilities");
      CallMethodVoid(Z_OBJ(hold), "send", 1, args);
      zval_ptr_dtor(&args[0]);
      if (PendingIs(geartrain_ce_exception)) zend_clear_exception();
      if (!GtMustStop()) CallMethodVoid(Z_OBJ(hold), "close", 0, nullptr);
    }
  }
  zval_ptr_dtor(&hold);
  if (GtMustStop()) return;
  HashTable* ht = PropArray(self, "conn");
  if (ht != nullptr) ArrayUnset(ht, server);
}

void Close(zend_object* self, zval* server) {
  if (Overridden(self, "close")) {
    CallMethodVoid(self, "close", 1, server);
  } else {
    CloseNative(self, server);
  }
}

// min(array_values($this->retryConn)) - time(), or null when empty.
void UpdateMinRetry(zend_object* self) {
  zval rv;
  zval* retry = Prop(self, "retryConn", &rv);
  zval value;
  ZVAL_NULL(&value);
  if (Z_TYPE_P(retry) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(retry)) > 0) {
    zend_long min = 0;
    bool first = true;
    zval* v;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(retry), v) {
      zend_long t = zval_get_long(v);
      if (first || t < min) min = t;
      first = false;
    }
    ZEND_HASH_FOREACH_END();
    ZVAL_LONG(&value, min - static_cast<zend_long>(time(nullptr)));
  }
  GtWriteProp(geartrain_ce_worker, self, "minCurrentRetryTime", &value);
}

// private sleepConnection($server).
bool SleepConnection(zend_object* self, zval* server) {
  zval* conn = PropFind(self, "conn", server);
  if (conn != nullptr) {
    Close(self, server);
    if (GtMustStop()) return false;
  }
  HashTable* failed = PropArray(self, "failedConn");
  if (failed == nullptr) return false;
  zval* cur = GtArrayFind(failed, server);
  zend_long n = (cur != nullptr && zend_is_true(cur)) ? zval_get_long(cur) + 1 : 1;
  zval count;
  ZVAL_LONG(&count, n);
  ArraySet(failed, server, &count);

  zend_long wait;
  if (Overridden(self, "retrytime")) {
    zval ret;
    if (!CallMethod(self, "retrytime", 1, &count, &ret)) {
      zval_ptr_dtor(&ret);
      return false;
    }
    wait = zval_get_long(&ret);
    zval_ptr_dtor(&ret);
  } else {
    wait = static_cast<zend_long>(gc::RetryDelaySeconds(PropLong(self, "retryTime"),
                                                        PropLong(self, "maxRetryTime"), n));
  }
  zval at;
  ZVAL_LONG(&at, static_cast<zend_long>(time(nullptr)) + wait);
  HashTable* retry = PropArray(self, "retryConn");
  if (retry == nullptr) return false;
  ArraySet(retry, server, &at);
  zval rv;
  if (Z_TYPE_P(Prop(self, "minCurrentRetryTime", &rv)) == IS_NULL) {
    zval w;
    ZVAL_LONG(&w, wait);
    GtWriteProp(geartrain_ce_worker, self, "minCurrentRetryTime", &w);
  } else {
    UpdateMinRetry(self);
  }
  return StatusStr(self,
                   "Putting " + ServerText(server) + " connection to sleep for " +
                       std::to_string(wait) + " seconds",
                   server);
}

// private connect($server): true when connected and announced. A
// Net_Gearman_Exception puts the server to sleep; other exceptions stay
// pending (returns false).
bool Connect(zend_object* self, zval* server) {
  if (PropFind(self, "conn", server) != nullptr) {
    Close(self, server);
    if (GtMustStop()) return false;
  }
  bool ok = false;
  do {
    zend_string* host = zval_try_get_string(server);
    if (host == nullptr) return false;
    zval zc;
    object_init_ex(&zc, geartrain_ce_connection);
    bool opened = GtConnectionOpen(Z_OBJ(zc), host, SocketTimeoutMs(self));
    zend_string_release(host);
    if (!opened) {
      zval_ptr_dtor(&zc);
      break;
    }
    HashTable* conns = PropArray(self, "conn");
    if (conns == nullptr) {
      zval_ptr_dtor(&zc);
      return false;
    }
    ArraySet(conns, server, &zc);
    GtConnectionState* st = GtConnectionStateOf(Z_OBJ(zc));
    zval rv;
    zend_string* id = zval_get_string(Prop(self, "id", &rv));
    gc::Status s;
    CxxFirewall([&] {
      s = gc::SetClientId(&st->core, std::string_view(ZSTR_VAL(id), ZSTR_LEN(id)),
                          WriteDeadline(self));
    });
    zend_string_release(id);
    if (!GtMustStop() && !s.ok()) {
      GtConnectionSyncClosed(Z_OBJ(zc));
      ThrowStatus(s);
    }
    if (!GtMustStop()) CallMethodVoid(self, "addabilities", 1, &zc);
    zval_ptr_dtor(&zc);
    if (GtMustStop()) break;
    HashTable* retry = PropArray(self, "retryConn");
    if (retry == nullptr) return false;
    if (GtArrayFind(retry, server) != nullptr) {
      ArrayUnset(retry, server);
      if (!StatusStr(self, "Removing server from the retry list.", server)) break;
    }
    if (!StatusStr(self, "Connected to " + ServerText(server), server)) break;
    // Fix: a good connect starts the back-off from the beginning again.
    HashTable* failed = PropArray(self, "failedConn");
    if (failed == nullptr) return false;
    ArrayUnset(failed, server);
    ok = true;
  } while (false);
  if (ok) return true;
  if (!PendingIs(geartrain_ce_exception)) return false;
  zend_clear_exception();
  if (!SleepConnection(self, server)) return false;
  StatusStr(self, "Connection failed", server);
  return false;
}

// The connected core connections in $conn, in order (NULL for non-native).
void CoreConnections(zend_object* self, std::vector<gc::Connection*>* out) {
  out->clear();
  zval rv;
  zval* conns = Prop(self, "conn", &rv);
  if (Z_TYPE_P(conns) != IS_ARRAY) return;
  zval* c;
  ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(conns), c) {
    ZVAL_DEREF(c);
    GtConnectionState* st =
        Z_TYPE_P(c) == IS_OBJECT ? GtConnectionStateOf(Z_OBJ_P(c)) : nullptr;
    out->push_back(st != nullptr && st->core.connected() ? &st->core : nullptr);
  }
  ZEND_HASH_FOREACH_END();
}

// --- the loop ----------------------------------------------------------------------

bool CallMonitor(zval* monitor, bool idle, zval* last, bool* stop) {
  zval args[2], ret;
  ZVAL_BOOL(&args[0], idle);
  ZVAL_COPY(&args[1], last);
  bool ok = CallCallable(monitor, 2, args, &ret);
  zval_ptr_dtor(&args[1]);
  *stop = ok && zend_is_true(&ret);
  zval_ptr_dtor(&ret);
  return ok;
}

// retryConnections(): reconnects servers whose time has come.
bool RetryConnections(zend_object* self, bool* any) {
  *any = false;
  if (PropCount(self, "retryConn") == 0) return true;
  zend_long now = static_cast<zend_long>(time(nullptr));
  zval copy;
  PropArrayCopy(self, "retryConn", &copy);
  zend_ulong idx;
  zend_string* key;
  zval* at;
  bool ok = true;
  ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL(copy), idx, key, at) {
    if (zval_get_long(at) > now) continue;
    zval server;
    KeyToZval(&server, key, idx);
    ok = StatusStr(self, "Attempting to reconnect to " + ServerText(&server), &server);
    if (ok && Connect(self, &server)) *any = true;
    zval_ptr_dtor(&server);
    if (GtMustStop()) {
      ok = false;
      break;
    }
  }
  ZEND_HASH_FOREACH_END();
  zval_ptr_dtor(&copy);
  if (!ok) return false;
  if (PropCount(self, "retryConn") == 0) {
    zval null;
    ZVAL_NULL(&null);
    GtWriteProp(geartrain_ce_worker, self, "minCurrentRetryTime", &null);
  } else {
    UpdateMinRetry(self);
  }
  return true;
}

// Seconds (fractional) until the earliest reconnect time; < 0 when none.
double SecondsToNextRetry(zend_object* self) {
  zval rv;
  zval* retry = Prop(self, "retryConn", &rv);
  if (Z_TYPE_P(retry) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(retry)) == 0) return -1;
  double min = 0;
  bool first = true;
  zval* v;
  ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(retry), v) {
    double t = static_cast<double>(zval_get_long(v));
    if (first || t < min) min = t;
    first = false;
  }
  ZEND_HASH_FOREACH_END();
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  double left = min - (static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9);
  return left < 0 ? 0 : left;
}

// Prefetch is on, beginWork() is not draining, and no ability has a
// CAN_DO_TIMEOUT (its timer starts at assignment, not when the job runs).
bool PrefetchAllowed(zend_object* self) {
  WorkerObject* o = From(self);
  if (!o->prefetch || o->draining) return false;
  zval rv;
  zval* abilities = Prop(self, "abilities", &rv);
  if (Z_TYPE_P(abilities) != IS_ARRAY) return true;
  zval* timeout;
  ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(abilities), timeout) {
    ZVAL_DEREF(timeout);
    if (Z_TYPE_P(timeout) == IS_LONG && Z_LVAL_P(timeout) > 0) return false;
  }
  ZEND_HASH_FOREACH_END();
  return true;
}

// doWork($conn): one GRAB_JOB_UNIQ and, when assigned, the job. Returns
// false with an exception pending on failure; *worked tells whether a job
// was attempted.
bool DoWork(zend_object* self, zval* conn, bool* worked) {
  *worked = false;
  GtConnectionState* st = Z_TYPE_P(conn) == IS_OBJECT ? GtConnectionStateOf(Z_OBJ_P(conn)) : nullptr;
  if (st == nullptr) {
    zend_type_error("Net_Gearman_Worker::doWork(): Argument #1 ($conn) must be a Net_Gearman_Connection");
    return false;
  }
  // Without a prefetched GRAB in flight, packets a read() left behind can
  // only be wake-up NOOPs; with one, they may hold its answer.
  int outstanding = st->grabs_outstanding;
  if (outstanding == 0) st->pending.clear();
  st->pending_error = gc::Status::Ok();
  gc::AssignedJob job;
  bool assigned = false;
  gc::Status s;
  double wait_ms = std::max(static_cast<double>(kGrabReplyMinMs), SocketTimeoutMs(self));
  CxxFirewall([&] {
    gc::Deadline deadline = DeadlineAfterMs(wait_ms);
    if (outstanding == 0) {
      s = gc::SendGrabJob(&st->core, deadline);
      outstanding = 1;
    } else if (st->core.pending_output() > 0) {
      s = st->core.Flush(deadline);  // a queued GRAB that no write carried
    }
    // NO_JOB while later GRABs are in flight: their answers decide, so the
    // worker never goes to sleep with one unanswered.
    while (s.ok() && !assigned && outstanding > 0) {
      s = gc::AwaitGrabReply(&st->core, deadline, &st->pending, &job, &assigned);
      --outstanding;
    }
  });
  st->grabs_outstanding = s.ok() ? outstanding : 0;
  if (GtMustStop()) return false;
  if (!s.ok()) {
    // A late reply would be misread as the answer to the next request.
    if (s.code() == gc::Status::kTimeout) GtConnectionCloseNative(Z_OBJ_P(conn));
    GtConnectionSyncClosed(Z_OBJ_P(conn));
    ThrowStatus(s);
    return false;
  }
  if (assigned && PrefetchAllowed(self)) {
    // Keep one GRAB travelling while this job runs, and queue the next one
    // to ride on this job's WORK_COMPLETE (one write for both); at most two
    // are in flight. A failed send closed the connection (count reset); this
    // job's own replies report it.
    CxxFirewall([&] {
      if (st->grabs_outstanding == 0 && gc::SendGrabJob(&st->core, WriteDeadline(self)).ok()) {
        st->grabs_outstanding = 1;
      }
      if (st->grabs_outstanding == 1) {
        gc::QueueGrabJob(&st->core);
        st->grabs_outstanding = 2;
      }
    });
  }
  if (!assigned) return true;
  *worked = true;

  zend_string* name = zend_string_init(job.function.data(), job.function.size(), 0);
  zend_string* handle = zend_string_init(job.handle.data(), job.handle.size(), 0);
  zend_string* unique = zend_string_init(job.unique.data(), job.unique.size(), 0);
  zval arg;
  if (job.workload.empty()) {
    ZVAL_EMPTY_ARRAY(&arg);
  } else if (php_json_decode_ex(&arg, job.workload.data(), job.workload.size(),
                                PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) !=
                 SUCCESS ||
             Z_TYPE(arg) == IS_NULL) {
    zval_ptr_dtor(&arg);
    ZVAL_STRINGL(&arg, job.workload.data(), job.workload.size());
  }
  std::string().swap(job.workload);

  zval name_key;
  ZVAL_STR_COPY(&name_key, name);
  zval params;
  zval* existing = PropFind(self, "initParams", &name_key);
  if (existing != nullptr && zend_is_true(existing)) {
    ZVAL_COPY(&params, existing);
  } else {
    HashTable* ip = PropArray(self, "initParams");
    ZVAL_EMPTY_ARRAY(&params);
    if (ip != nullptr) ArraySet(ip, &name_key, &params);
  }
  zval_ptr_dtor(&name_key);

  zval job_obj, ex;
  ZVAL_UNDEF(&job_obj);
  ZVAL_UNDEF(&ex);
  bool ok = !GtMustStop();
  bool in_run = false;  // the exception came from making or running the job
  if (ok) {
    zval args[4];
    ZVAL_STR_COPY(&args[0], name);
    ZVAL_COPY(&args[1], conn);
    ZVAL_STR_COPY(&args[2], handle);
    ZVAL_COPY_VALUE(&args[3], &params);
    zend_function* factory = FindMethod(geartrain_ce_job, "factory");
    if (factory == nullptr) {
      zend_throw_error(nullptr, "Call to undefined method Net_Gearman_Job::factory()");
    } else {
      GtGuardBailout([&] {
        zend_call_known_function(factory, nullptr, geartrain_ce_job, &job_obj, 4, args, nullptr);
      });
    }
    for (zval& a : args) zval_ptr_dtor(&a);
    in_run = true;
    ok = !GtMustStop();
  } else {
    zval_ptr_dtor(&params);
  }
  if (ok && Z_TYPE(job_obj) != IS_OBJECT) {
    zend_throw_error(nullptr, "Net_Gearman_Job::factory() did not return an object");
    ok = false;
  }
  if (ok && instanceof_function(Z_OBJCE(job_obj), geartrain_ce_job_common)) {
    GtJobCommonSetUnique(Z_OBJ(job_obj), unique);
  }
  zval result;
  ZVAL_UNDEF(&result);
  if (ok) {
    zval args[3];
    ZVAL_STR_COPY(&args[0], handle);
    ZVAL_STR_COPY(&args[1], name);
    ZVAL_COPY(&args[2], &arg);
    RunCallbacks(self, kJobStart, "start", args);
    for (zval& a : args) zval_ptr_dtor(&a);
    ok = !GtMustStop() && CallMethod(Z_OBJ(job_obj), "run", 1, &arg, &result);
  }
  if (ok) {
    in_run = false;
    if (Z_TYPE(result) != IS_ARRAY) {
      zval wrapped;
      array_init_size(&wrapped, 1);
      add_assoc_zval(&wrapped, "result", &result);
      ZVAL_COPY_VALUE(&result, &wrapped);
    }
    ok = CallMethodVoid(Z_OBJ(job_obj), "complete", 1, &result);
  }
  if (ok) {
    zval args[3];
    ZVAL_STR_COPY(&args[0], handle);
    ZVAL_STR_COPY(&args[1], name);
    ZVAL_COPY(&args[2], &result);
    RunCallbacks(self, kJobComplete, "complete", args);
    for (zval& a : args) zval_ptr_dtor(&a);
    ok = !GtMustStop();
  }
  zval_ptr_dtor(&result);
  zval_ptr_dtor(&arg);

  if (!ok && !PendingIsUnwind() && !GtBailoutPending()) {
    bool made = Z_TYPE(job_obj) == IS_OBJECT;
    if (PendingIs(geartrain_ce_job_exception)) {
      TakeException(&ex);
      if (made && instanceof_function(Z_OBJCE(job_obj), geartrain_ce_job_common)) {
        CallMethodVoid(Z_OBJ(job_obj), "fail", 0, nullptr);
      } else {
        // Fix: the library sends nothing here and the job stays assigned.
        CxxFirewall([&] {
          s = st->core.connected() ? gc::WorkFail(&st->core, job.handle, WriteDeadline(self))
                                   : gc::Status(gc::Status::kNotConnected, "Connection was reset");
        });
        if (!GtMustStop() && !s.ok()) {
          GtConnectionSyncClosed(Z_OBJ_P(conn));
          ThrowStatus(s);
        }
      }
      if (!GtMustStop()) FailCallbacks(self, handle, name, &ex);
    } else if (in_run && From(self)->report_exceptions) {
      TakeException(&ex);
      zend_string* msg = ExceptionMessage(&ex);
      CxxFirewall([&] {
        s = st->core.connected()
                ? gc::WorkException(&st->core, job.handle,
                                    std::string_view(ZSTR_VAL(msg), ZSTR_LEN(msg)),
                                    WriteDeadline(self))
                : gc::Status(gc::Status::kNotConnected, "Connection was reset");
        if (s.ok()) s = gc::WorkFail(&st->core, job.handle, WriteDeadline(self));
      });
      zend_string_release(msg);
      if (!GtMustStop() && !s.ok()) {
        GtConnectionSyncClosed(Z_OBJ_P(conn));
        ThrowStatus(s);
      }
      if (!GtMustStop()) FailCallbacks(self, handle, name, &ex);
    }
  }
  zval_ptr_dtor(&ex);
  // The job object goes now, so its destructor runs before the next grab.
  zval_ptr_dtor(&job_obj);
  zend_string_release(name);
  zend_string_release(handle);
  zend_string_release(unique);
  if (!GtMustStop() && st->grabs_outstanding > 0 && st->core.pending_output() > 0) {
    // The queued GRAB found no WORK_COMPLETE to ride on: send it now. A
    // failure closed the connection; the next doWork() reports it.
    CxxFirewall([&] { st->core.Flush(WriteDeadline(self)); });
  }
  return !GtMustStop();
}

// The pending Net_Gearman_Exception from one server's doWork(), handled as
// the library's askForWork() does: reported to WORKER_STATUS, and that
// server put to sleep until its retry time.
bool PutServerToSleep(zend_object* self, zval* server) {
  zval ex;
  TakeException(&ex);
  zend_string* msg = ExceptionMessage(&ex);
  std::string text = "Exception caught while doing work: ";
  text.append(ZSTR_VAL(msg), ZSTR_LEN(msg));
  zend_string_release(msg);
  zval_ptr_dtor(&ex);
  return StatusStr(self, text, server) && SleepConnection(self, server);
}

// $this->doWork($conn): a subclass's override when there is one, else the
// native step; *worked is its (truthy) result.
bool DoWorkStep(zend_object* self, zval* conn, bool* worked) {
  *worked = false;
  if (!Overridden(self, "dowork")) return DoWork(self, conn, worked);
  zval ret;
  bool ok = CallMethod(self, "dowork", 1, conn, &ret);
  *worked = ok && zend_is_true(&ret);
  zval_ptr_dtor(&ret);
  return ok;
}

// askForWork($monitor, $lastJobTime).
bool AskForWork(zend_object* self, zval* monitor, zval* last, bool* work_done) {
  *work_done = false;
  zval servers;
  array_init(&servers);
  {
    zval rv;
    zval* conns = Prop(self, "conn", &rv);
    if (Z_TYPE_P(conns) == IS_ARRAY) {
      zend_ulong idx;
      zend_string* key;
      ZEND_HASH_FOREACH_KEY(Z_ARRVAL_P(conns), idx, key) {
        if (key != nullptr) {
          add_next_index_str(&servers, zend_string_copy(key));
        } else {
          add_next_index_long(&servers, static_cast<zend_long>(idx));
        }
      }
      ZEND_HASH_FOREACH_END();
    }
  }
  if (zend_hash_num_elements(Z_ARRVAL(servers)) > 1 && !Shuffle(&servers)) {
    zval_ptr_dtor(&servers);
    return false;
  }
  bool ok = true;
  zval* server;
  ZEND_HASH_FOREACH_VAL(Z_ARRVAL(servers), server) {
    zval* c = PropFind(self, "conn", server);
    if (c == nullptr) continue;
    zval conn;
    ZVAL_COPY(&conn, c);
    bool step = StatusIsSilent(self) ||
                StatusStr(self, "Asking " + ServerText(server) + " for work", server);
    bool worked = false;
    if (step) step = DoWorkStep(self, &conn, &worked);
    zval_ptr_dtor(&conn);
    if (step && worked) {
      *work_done = true;
      HashTable* stats = PropArray(self, "stats");
      if (stats != nullptr) {
        zval* cur = GtArrayFind(stats, server);
        zval n;
        ZVAL_LONG(&n, (cur != nullptr && zend_is_true(cur) ? zval_get_long(cur) : 0) + 1);
        ArraySet(stats, server, &n);
      }
    }
    if (!step) {
      if (!PendingIs(geartrain_ce_exception) || !PutServerToSleep(self, server)) {
        ok = false;
        break;
      }
    }
    if (monitor != nullptr && zend_is_true(monitor)) {
      bool stop = false;
      if (!CallMonitor(monitor, true, last, &stop)) {
        ok = false;
        break;
      }
      if (stop) break;
    }
  }
  ZEND_HASH_FOREACH_END();
  zval_ptr_dtor(&servers);
  return ok;
}

// Runs the jobs prefetched on any connection before beginWork() was asked
// to stop (no new prefetch meanwhile), so a stopped worker never holds an
// unstarted job. A server failure here is handled as askForWork() does.
bool DrainPrefetched(zend_object* self) {
  WorkerObject* o = From(self);
  o->draining = true;
  bool ok = true;
  zval copy;
  PropArrayCopy(self, "conn", &copy);
  zend_ulong idx;
  zend_string* key;
  zval* c;
  ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL(copy), idx, key, c) {
    ZVAL_DEREF(c);
    if (Z_TYPE_P(c) != IS_OBJECT) continue;
    GtConnectionState* st = GtConnectionStateOf(Z_OBJ_P(c));
    if (st == nullptr || st->grabs_outstanding == 0) continue;
    zval server, conn;
    KeyToZval(&server, key, idx);
    ZVAL_COPY(&conn, c);  // keeps `st` alive
    bool step = true;
    while (step && st->grabs_outstanding > 0) {
      bool worked = false;
      step = DoWorkStep(self, &conn, &worked);
    }
    zval_ptr_dtor(&conn);
    if (!step && PendingIs(geartrain_ce_exception)) step = PutServerToSleep(self, &server);
    zval_ptr_dtor(&server);
    if (!step) {
      ok = false;
      break;
    }
  }
  ZEND_HASH_FOREACH_END();
  zval_ptr_dtor(&copy);
  o->draining = false;
  return ok;
}

// waitQuietly($monitor, $lastJobTime): PRE_SLEEP everywhere, then one poll
// over all servers until a wake-up, sleepTime, or the next reconnect time.
bool WaitQuietly(zend_object* self, zval* monitor, zval* last, bool* woke) {
  *woke = false;
  {
    zval copy;
    PropArrayCopy(self, "conn", &copy);
    zend_ulong idx;
    zend_string* key;
    zval* c;
    bool ok = true;
    ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL(copy), idx, key, c) {
      GtConnectionState* st = Z_TYPE_P(c) == IS_OBJECT ? GtConnectionStateOf(Z_OBJ_P(c)) : nullptr;
      gc::Status s = gc::Status(gc::Status::kNotConnected, "Not connected");
      if (st != nullptr && st->core.connected()) {
        CxxFirewall([&] { s = gc::PreSleep(&st->core, WriteDeadline(self)); });
        if (GtMustStop()) {
          ok = false;
          break;
        }
      }
      if (!s.ok()) {
        if (st != nullptr) GtConnectionSyncClosed(Z_OBJ_P(c));
        zval server;
        KeyToZval(&server, key, idx);
        ok = SleepConnection(self, &server);
        zval_ptr_dtor(&server);
        if (!ok) break;
      }
    }
    ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&copy);
    if (!ok) return false;
  }
  zend_long sleep_time = PropLong(self, "sleepTime");
  if (!StatusStr(self, "Worker going quiet for " + std::to_string(sleep_time) + " seconds",
                 nullptr)) {
    return false;
  }
  gc::Deadline wake = gc::Clock::now() + std::chrono::seconds(std::max<zend_long>(0, sleep_time));
  double to_retry = SecondsToNextRetry(self);
  if (to_retry >= 0) wake = std::min(wake, DeadlineAfterMs(to_retry * 1000));
  const double monitor_ms = SocketTimeoutMs(self);
  gc::Deadline next_monitor = DeadlineAfterMs(monitor_ms);
  std::vector<gc::Connection*> conns;
  while (gc::Clock::now() < wake) {
    CoreConnections(self, &conns);
    if (conns.empty()) break;
    gc::Deadline slice = std::min({DeadlineAfterMs(kSliceMs), wake, next_monitor});
    gc::WakeResult r;
    gc::Status s;
    CxxFirewall([&] { s = gc::WaitForWake(conns, slice, &r); });
    if (GtMustStop()) return false;
    if (!s.ok()) {
      if (!StatusStr(self, "Error while listening for wake up; " + s.message(), nullptr)) {
        return false;
      }
      break;
    }
    if (!DispatchSignals()) return false;
    if (r.any) *woke = true;
    if (r.any || r.interrupted || gc::Clock::now() >= next_monitor) {
      bool stop = false;
      if (!CallMonitor(monitor, true, last, &stop)) return false;
      if (stop) break;
      next_monitor = DeadlineAfterMs(monitor_ms);
    }
    if (*woke) break;
  }
  return true;
}

// deepSleep($monitor, $lastJobTime): no connection at all; wait for the
// earliest reconnect, the monitor asked about every second.
bool DeepSleep(zend_object* self, zval* monitor, zval* last) {
  zval rv;
  zval* min = Prop(self, "minCurrentRetryTime", &rv);
  zval retry;
  if (zend_is_true(min)) {
    ZVAL_COPY(&retry, min);
  } else {
    ZVAL_COPY(&retry, Prop(self, "retryTime", &rv));
  }
  zend_string* rs = zval_get_string(&retry);
  std::string text = "No open connections. Sleeping for ";
  text.append(ZSTR_VAL(rs), ZSTR_LEN(rs));
  text += " seconds";
  zend_string_release(rs);
  double seconds = zval_get_double(&retry);
  zval_ptr_dtor(&retry);
  if (!StatusStr(self, text, nullptr)) return false;
  auto start = gc::Clock::now();
  gc::Deadline next_monitor = start + std::chrono::seconds(1);
  for (;;) {
    gc::WakeResult r;
    gc::Status s;
    gc::Deadline slice = std::min(DeadlineAfterMs(kSliceMs), next_monitor);
    CxxFirewall([&] { s = gc::WaitForWake({}, slice, &r); });
    if (GtMustStop()) return false;
    if (!DispatchSignals()) return false;
    if (r.interrupted || gc::Clock::now() >= next_monitor) {
      bool stop = false;
      if (!CallMonitor(monitor, true, last, &stop)) return false;
      if (stop) break;
      if (!r.interrupted) next_monitor += std::chrono::seconds(1);
      std::chrono::duration<double> elapsed = gc::Clock::now() - start;
      if (elapsed.count() >= seconds) break;
    }
  }
  return true;
}

bool IsNumeric(zval* v) {
  ZVAL_DEREF(v);
  switch (Z_TYPE_P(v)) {
    case IS_LONG:
    case IS_DOUBLE:
      return true;
    case IS_STRING:
      return is_numeric_string(Z_STRVAL_P(v), Z_STRLEN_P(v), nullptr, nullptr, true) != 0;
    default:
      return false;
  }
}

}  // namespace

void GeartrainWorkerMinit(zend_class_entry* ce) {
  ce->create_object = CreateObject;
  memcpy(&g_handlers, zend_get_std_object_handlers(), sizeof(g_handlers));
  g_handlers.offset = XtOffsetOf(WorkerObject, std);
  g_handlers.clone_obj = CloneObject;
}

// --- methods ------------------------------------------------------------------------

static void Worker_construct(INTERNAL_FUNCTION_PARAMETERS) {
  zval* servers_in;
  zval* id = nullptr;
  zval* socket_timeout = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 3)
  Z_PARAM_ZVAL(servers_in)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(id)
  Z_PARAM_ZVAL(socket_timeout)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);

  zval servers;
  if (Z_TYPE_P(servers_in) != IS_ARRAY) {
    zend_string* s = zval_try_get_string(servers_in);
    if (s == nullptr) RETURN_THROWS();
    if (ZSTR_LEN(s) > 0) {
      array_init(&servers);
      add_next_index_zval(&servers, servers_in);
      Z_TRY_ADDREF_P(servers_in);
    } else {
      ZVAL_COPY(&servers, servers_in);
    }
    zend_string_release(s);
  } else if (zend_hash_num_elements(Z_ARRVAL_P(servers_in)) == 0) {
    GeartrainThrow("Invalid servers specified");
    RETURN_THROWS();
  } else {
    ZVAL_COPY(&servers, servers_in);
  }

  zval idv;
  if (id == nullptr || !zend_is_true(id)) {
    zval args[2], uniq;
    ZVAL_EMPTY_STRING(&args[0]);
    ZVAL_FALSE(&args[1]);
    if (!CallFunction("uniqid", 0, args, &uniq)) {
      zval_ptr_dtor(&uniq);
      zval_ptr_dtor(&servers);
      RETURN_THROWS();
    }
    zend_string* u = zval_get_string(&uniq);
    ZVAL_STR(&idv, zend_strpprintf(0, "pid_%ld_%s", static_cast<long>(getpid()), ZSTR_VAL(u)));
    zend_string_release(u);
    zval_ptr_dtor(&uniq);
  } else {
    ZVAL_COPY(&idv, id);
  }
  GtWriteProp(geartrain_ce_worker, self, "id", &idv);
  zval_ptr_dtor(&idv);

  if (socket_timeout != nullptr && Z_TYPE_P(socket_timeout) != IS_NULL) {
    if (!IsNumeric(socket_timeout)) {
      zval_ptr_dtor(&servers);
      GeartrainThrow("Invalid valid for socket timeout");
      RETURN_THROWS();
    }
    zval t;
    ZVAL_LONG(&t, zval_get_long(socket_timeout));
    GtWriteProp(geartrain_ce_worker, self, "socket_timeout", &t);
  }

  if (!Shuffle(&servers)) {
    zval_ptr_dtor(&servers);
    RETURN_THROWS();
  }
  if (Z_TYPE(servers) == IS_ARRAY) {
    zval* s;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(servers), s) {
      Connect(self, s);
      if (GtMustStop()) break;
    }
    ZEND_HASH_FOREACH_END();
  }
  zval_ptr_dtor(&servers);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, __construct, Worker_construct)

static void Worker_connection_status(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval servers, conn, retry, stats;
  array_init(&servers);
  PropArrayCopy(self, "conn", &conn);
  PropArrayCopy(self, "retryConn", &retry);
  zend_ulong idx;
  zend_string* key;
  zval t, f;
  ZVAL_TRUE(&t);
  ZVAL_FALSE(&f);
  ZEND_HASH_FOREACH_KEY(Z_ARRVAL(conn), idx, key) {
    if (key) zend_hash_update(Z_ARRVAL(servers), key, &t); else zend_hash_index_update(Z_ARRVAL(servers), idx, &t);
  }
  ZEND_HASH_FOREACH_END();
  ZEND_HASH_FOREACH_KEY(Z_ARRVAL(retry), idx, key) {
    if (key) zend_hash_update(Z_ARRVAL(servers), key, &f); else zend_hash_index_update(Z_ARRVAL(servers), idx, &f);
  }
  ZEND_HASH_FOREACH_END();
  array_init_size(return_value, 4);
  add_assoc_long(return_value, "connected", zend_hash_num_elements(Z_ARRVAL(conn)));
  add_assoc_long(return_value, "disconnected", zend_hash_num_elements(Z_ARRVAL(retry)));
  add_assoc_zval(return_value, "servers", &servers);
  zval rv;
  ZVAL_COPY(&stats, Prop(self, "stats", &rv));
  add_assoc_zval(return_value, "stats", &stats);
  zval_ptr_dtor(&conn);
  zval_ptr_dtor(&retry);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, connection_status, Worker_connection_status)

static void Worker_addAbility(INTERNAL_FUNCTION_PARAMETERS) {
  zval* ability;
  zval* timeout = nullptr;
  zval* init_params = nullptr;
  zval* conn = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 4)
  Z_PARAM_ZVAL(ability)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(timeout)
  Z_PARAM_ZVAL(init_params)
  Z_PARAM_ZVAL(conn)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval null_timeout, empty_params;
  ZVAL_NULL(&null_timeout);
  ZVAL_EMPTY_ARRAY(&empty_params);
  if (timeout == nullptr) timeout = &null_timeout;
  if (init_params == nullptr) init_params = &empty_params;

  bool timed = Z_TYPE_P(timeout) == IS_LONG && Z_LVAL_P(timeout) > 0;
  zval call, params;
  ZVAL_STRING(&call, timed ? "can_do_timeout" : "can_do");
  array_init(&params);
  Z_TRY_ADDREF_P(ability);
  add_assoc_zval(&params, "func", ability);
  if (timed) add_assoc_long(&params, "timeout", Z_LVAL_P(timeout));

  HashTable* ip = PropArray(self, "initParams");
  if (ip != nullptr) ArraySet(ip, ability, init_params);
  HashTable* ab = GtMustStop() ? nullptr : PropArray(self, "abilities");
  if (ab != nullptr) ArraySet(ab, ability, timeout);

  zval args[2];
  ZVAL_COPY_VALUE(&args[0], &call);
  ZVAL_COPY_VALUE(&args[1], &params);
  if (GtMustStop()) {
    // nothing is sent
  } else if (conn != nullptr && zend_is_true(conn)) {
    if (Z_TYPE_P(conn) != IS_OBJECT) {
      zend_throw_error(nullptr, "Call to a member function send() on %s", zend_zval_type_name(conn));
    } else {
      CallMethodVoid(Z_OBJ_P(conn), "send", 2, args);
    }
  } else {
    zval copy;
    PropArrayCopy(self, "conn", &copy);
    zval* c;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(copy), c) {
      ZVAL_DEREF(c);
      if (Z_TYPE_P(c) != IS_OBJECT) {
        zend_throw_error(nullptr, "Call to a member function send() on %s", zend_zval_type_name(c));
        break;
      }
      if (!CallMethodVoid(Z_OBJ_P(c), "send", 2, args)) break;
    }
    ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&copy);
  }
  zval_ptr_dtor(&call);
  zval_ptr_dtor(&params);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, addAbility, Worker_addAbility)

static void Worker_addAbilities(INTERNAL_FUNCTION_PARAMETERS) {
  zval* conn = nullptr;
  ZEND_PARSE_PARAMETERS_START(0, 1)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(conn)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval abilities;
  PropArrayCopy(self, "abilities", &abilities);
  zend_ulong idx;
  zend_string* key;
  zval* timeout;
  ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL(abilities), idx, key, timeout) {
    zval args[4];
    KeyToZval(&args[0], key, idx);
    ZVAL_COPY(&args[1], timeout);
    zval* p = PropFind(self, "initParams", &args[0]);
    if (p != nullptr) {
      ZVAL_COPY(&args[2], p);
    } else {
      zend_error(E_WARNING, "Undefined array key \"%s\"", key ? ZSTR_VAL(key) : "");
      ZVAL_NULL(&args[2]);
    }
    if (conn != nullptr) {
      ZVAL_COPY(&args[3], conn);
    } else {
      ZVAL_NULL(&args[3]);
    }
    bool ok = CallMethodVoid(self, "addability", 4, args);
    for (zval& a : args) zval_ptr_dtor(&a);
    if (!ok) break;
  }
  ZEND_HASH_FOREACH_END();
  zval_ptr_dtor(&abilities);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, addAbilities, Worker_addAbilities)

static void Worker_beginWork(INTERNAL_FUNCTION_PARAMETERS) {
  zval* monitor_in = nullptr;
  ZEND_PARSE_PARAMETERS_START(0, 1)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(monitor_in)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval monitor;
  if (monitor_in != nullptr && zend_is_callable(monitor_in, 0, nullptr)) {
    ZVAL_COPY(&monitor, monitor_in);
  } else {
    array_init_size(&monitor, 2);
    GC_ADDREF(self);
    add_next_index_object(&monitor, self);
    add_next_index_string(&monitor, "stopWork");
  }
  zval last;
  ZVAL_LONG(&last, static_cast<zend_long>(time(nullptr)));
  bool keep = true;
  // The library's protected steps, natively unless a subclass replaced one.
  auto retry = [&](bool* any) {
    if (!Overridden(self, "retryconnections")) return RetryConnections(self, any);
    zval ret;
    bool ok = CallMethod(self, "retryconnections", 0, nullptr, &ret);
    *any = ok && zend_is_true(&ret);
    zval_ptr_dtor(&ret);
    return ok;
  };
  while (keep) {
    bool worked = false;
    bool reconnected = false;
    if (!retry(&reconnected)) break;
    if (PropCount(self, "conn") > 0) {
      zval null;
      ZVAL_NULL(&null);
      if (Overridden(self, "askforwork")) {
        zval ret;
        if (!CallMethod(self, "askforwork", 1, &monitor, &ret)) break;
        worked = zend_is_true(&ret);
        zval_ptr_dtor(&ret);
      } else if (!AskForWork(self, &monitor, &null, &worked)) {
        break;
      }
      if (worked) ZVAL_LONG(&last, static_cast<zend_long>(time(nullptr)));
    }
    if (!retry(&reconnected)) break;
    bool sleep = reconnected ? false : !worked;
    zval args[2];
    ZVAL_COPY_VALUE(&args[0], &monitor);
    ZVAL_COPY_VALUE(&args[1], &last);
    if (sleep && PropCount(self, "conn") > 0) {
      bool woke = false;
      if (Overridden(self, "waitquietly") ? !CallMethodVoid(self, "waitquietly", 2, args)
                                           : !WaitQuietly(self, &monitor, &last, &woke)) {
        break;
      }
    }
    if (PropCount(self, "conn") == 0) {
      if (Overridden(self, "deepsleep") ? !CallMethodVoid(self, "deepsleep", 2, args)
                                         : !DeepSleep(self, &monitor, &last)) {
        break;
      }
    }
    bool stop = false;
    if (!CallMonitor(&monitor, !worked, &last, &stop)) break;
    keep = !stop;
  }
  if (!EG(exception) && !GtMustStop()) DrainPrefetched(self);
  zval_ptr_dtor(&monitor);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, beginWork, Worker_beginWork)

static void Worker_waitQuietly(INTERNAL_FUNCTION_PARAMETERS) {
  zval* monitor;
  zval* last;
  ZEND_PARSE_PARAMETERS_START(2, 2)
  Z_PARAM_ZVAL(monitor)
  Z_PARAM_ZVAL(last)
  ZEND_PARSE_PARAMETERS_END();
  bool woke = false;
  if (!WaitQuietly(Z_OBJ_P(ZEND_THIS), monitor, last, &woke)) RETURN_THROWS();
  RETURN_BOOL(woke);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, waitQuietly, Worker_waitQuietly)

static void Worker_deepSleep(INTERNAL_FUNCTION_PARAMETERS) {
  zval* monitor;
  zval* last;
  ZEND_PARSE_PARAMETERS_START(2, 2)
  Z_PARAM_ZVAL(monitor)
  Z_PARAM_ZVAL(last)
  ZEND_PARSE_PARAMETERS_END();
  if (!DeepSleep(Z_OBJ_P(ZEND_THIS), monitor, last)) RETURN_THROWS();
}

GT_GUARDED_METHOD(Net_Gearman_Worker, deepSleep, Worker_deepSleep)

static void Worker_askForWork(INTERNAL_FUNCTION_PARAMETERS) {
  zval* monitor = nullptr;
  zval* last = nullptr;
  ZEND_PARSE_PARAMETERS_START(0, 2)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(monitor)
  Z_PARAM_ZVAL(last)
  ZEND_PARSE_PARAMETERS_END();
  zval null;
  ZVAL_NULL(&null);
  bool done = false;
  if (!AskForWork(Z_OBJ_P(ZEND_THIS), monitor, last != nullptr ? last : &null, &done)) {
    RETURN_THROWS();
  }
  RETURN_BOOL(done);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, askForWork, Worker_askForWork)

static void Worker_retryConnections(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  bool any = false;
  if (!RetryConnections(Z_OBJ_P(ZEND_THIS), &any)) RETURN_THROWS();
  RETURN_BOOL(any);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, retryConnections, Worker_retryConnections)

static void Worker_doWork(INTERNAL_FUNCTION_PARAMETERS) {
  zval* conn;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(conn)
  ZEND_PARSE_PARAMETERS_END();
  bool worked = false;
  if (!DoWork(Z_OBJ_P(ZEND_THIS), conn, &worked)) RETURN_THROWS();
  RETURN_BOOL(worked);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, doWork, Worker_doWork)

static void Worker_retryTime(INTERNAL_FUNCTION_PARAMETERS) {
  zval* count;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(count)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  RETURN_LONG(static_cast<zend_long>(gc::RetryDelaySeconds(
      PropLong(self, "retryTime"), PropLong(self, "maxRetryTime"), zval_get_long(count))));
}

GT_GUARDED_METHOD(Net_Gearman_Worker, retryTime, Worker_retryTime)

static void Worker_attachCallback(INTERNAL_FUNCTION_PARAMETERS) {
  zval* callback;
  zval* type = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 2)
  Z_PARAM_ZVAL(callback)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(type)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval default_type;
  ZVAL_LONG(&default_type, kJobComplete);
  if (type == nullptr) type = &default_type;
  if (!zend_is_callable(callback, 0, nullptr)) {
    GeartrainThrow("Invalid callback specified");
    RETURN_THROWS();
  }
  HashTable* all = PropArray(self, "callback");
  if (all == nullptr) RETURN_THROWS();
  if (!GtArrayIsset(all, type)) {
    if (!GtMustStop()) GeartrainThrow("Invalid callback type specified.");
    RETURN_THROWS();
  }
  zval* list = GtArrayFind(all, type);
  ZVAL_DEREF(list);
  if (Z_TYPE_P(list) != IS_ARRAY) {
    zval_ptr_dtor(list);
    array_init(list);
  }
  SEPARATE_ARRAY(list);
  Z_TRY_ADDREF_P(callback);
  zend_hash_next_index_insert(Z_ARRVAL_P(list), callback);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, attachCallback, Worker_attachCallback)

static void Worker_endWork(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval copy;
  PropArrayCopy(self, "conn", &copy);
  zend_ulong idx;
  zend_string* key;
  ZEND_HASH_FOREACH_KEY(Z_ARRVAL(copy), idx, key) {
    zval server;
    KeyToZval(&server, key, idx);
    Close(self, &server);
    zval_ptr_dtor(&server);
    if (GtMustStop()) break;
  }
  ZEND_HASH_FOREACH_END();
  zval_ptr_dtor(&copy);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, endWork, Worker_endWork)

static void Worker_destruct(INTERNAL_FUNCTION_PARAMETERS) {
  ZEND_PARSE_PARAMETERS_NONE();
  CallMethodVoid(Z_OBJ_P(ZEND_THIS), "endwork", 0, nullptr);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, __destruct, Worker_destruct)

// Also the default monitor, so it takes (and ignores) the monitor's
// arguments as the library's user-level method does.
static void Worker_stopWork(INTERNAL_FUNCTION_PARAMETERS) {
  RETURN_FALSE;
}

GT_GUARDED_METHOD(Net_Gearman_Worker, stopWork, Worker_stopWork)

namespace {
void CallbackMethod(INTERNAL_FUNCTION_PARAMETERS, zend_long type) {
  zval* handle;
  zval* job;
  zval* third;
  ZEND_PARSE_PARAMETERS_START(3, 3)
  Z_PARAM_ZVAL(handle)
  Z_PARAM_ZVAL(job)
  Z_PARAM_ZVAL(third)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval rv;
  zval* all = Prop(self, "callback", &rv);
  if (Z_TYPE_P(all) != IS_ARRAY) return;
  zval* list = zend_hash_index_find(Z_ARRVAL_P(all), type);
  if (list == nullptr) return;
  zval args[3], hold;
  ZVAL_COPY_VALUE(&args[0], handle);
  ZVAL_COPY_VALUE(&args[1], job);
  ZVAL_COPY_VALUE(&args[2], third);
  ZVAL_COPY(&hold, list);
  ZVAL_DEREF(list);
  GtCallEach(Z_ISREF(hold) ? Z_REFVAL(hold) : &hold, 3, args);
  zval_ptr_dtor(&hold);
}
}  // namespace

static void Worker_start(INTERNAL_FUNCTION_PARAMETERS) { CallbackMethod(INTERNAL_FUNCTION_PARAM_PASSTHRU, kJobStart); }
static void Worker_complete(INTERNAL_FUNCTION_PARAMETERS) {
  CallbackMethod(INTERNAL_FUNCTION_PARAM_PASSTHRU, kJobComplete);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, complete, Worker_complete)

GT_GUARDED_METHOD(Net_Gearman_Worker, start, Worker_start)
static void Worker_fail(INTERNAL_FUNCTION_PARAMETERS) { CallbackMethod(INTERNAL_FUNCTION_PARAM_PASSTHRU, kJobFail); }

static void Worker_status(INTERNAL_FUNCTION_PARAMETERS) {
  zval* message;
  zval* server = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 2)
  Z_PARAM_ZVAL(message)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(server)
  ZEND_PARSE_PARAMETERS_END();
  StatusNative(Z_OBJ_P(ZEND_THIS), message, server);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, status, Worker_status)

GT_GUARDED_METHOD(Net_Gearman_Worker, fail, Worker_fail)

static void Worker_close(INTERNAL_FUNCTION_PARAMETERS) {
  zval* server;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(server)
  ZEND_PARSE_PARAMETERS_END();
  CloseNative(Z_OBJ_P(ZEND_THIS), server);
}

GT_GUARDED_METHOD(Net_Gearman_Worker, close, Worker_close)

static void Worker_setReportExceptions(INTERNAL_FUNCTION_PARAMETERS) {
  bool report;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_BOOL(report)
  ZEND_PARSE_PARAMETERS_END();
  From(Z_OBJ_P(ZEND_THIS))->report_exceptions = report;
}

GT_GUARDED_METHOD(Net_Gearman_Worker, setReportExceptions, Worker_setReportExceptions)

static void Worker_setPrefetch(INTERNAL_FUNCTION_PARAMETERS) {
  bool prefetch;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_BOOL(prefetch)
  ZEND_PARSE_PARAMETERS_END();
  From(Z_OBJ_P(ZEND_THIS))->prefetch = prefetch;
}

GT_GUARDED_METHOD(Net_Gearman_Worker, setPrefetch, Worker_setPrefetch)
