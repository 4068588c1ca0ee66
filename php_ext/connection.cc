// Net_Gearman_Connection, natively (net_gearman.md §1.3; contract in
// connection.h). The socket, its buffers and the packet parser are the core's
// client::Connection; this file maps the library's methods onto it:
// - send() keeps the library's encoding (the isset() fields of the command
//   table joined by NUL) and waits for the socket with poll(), not a busy loop.
// - read() is binary safe: fixed fields are split, the last field (workload,
//   result) keeps its NUL bytes. It also knows WORK_DATA / WORK_WARNING /
//   WORK_EXCEPTION, OPTION_RES, JOB_ASSIGN_UNIQ/ALL and STATUS_RES_UNIQUE, and
//   EOF in the middle of a packet is "Connection was reset", never a hang.
// - The server version is fetched only when CAN_DO_TIMEOUT needs it.
// - close() and isConnected() are real.
// Differences from the library are listed in docs/compat.md.
#include "connection.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "client/deadline.h"
#include "client/server_address.h"
#include "client/server_version.h"
#include "errors.h"
#include "object_util.h"
#include "protocol/packet_type.h"
#include "protocol/wire.h"

// The header declares the \Socket object layout only under HAVE_SOCKETS, which
// phpize builds of other extensions do not define. Only the struct layout and
// socket_from_obj() are used (no symbol of ext/sockets is linked against), so
// the module loads whatever order the ini files load extensions in.
#ifndef HAVE_SOCKETS
#define HAVE_SOCKETS 1
#endif
extern "C" {
#include "ext/sockets/php_sockets.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
}

namespace gc = geartrain::client;
using geartrain::PacketType;

namespace {

// The library's command table (name => [type, [fields]]) plus the packet
// types it lacks. Field names of the last field of payload types ("arg",
// "result", "text", "data") name the payload.
struct CommandSpec {
  const char* name;
  uint32_t type;
  std::vector<const char*> fields;
};

const std::vector<CommandSpec>& Commands() {
  static const std::vector<CommandSpec> kCommands = {
      {"can_do", 1, {"func"}},
      {"can_do_timeout", 23, {"func", "timeout"}},
      {"cant_do", 2, {"func"}},
      {"reset_abilities", 3, {}},
      {"set_client_id", 22, {"client_id"}},
      {"pre_sleep", 4, {}},
      {"noop", 6, {}},
      {"submit_job", 7, {"func", "uniq", "arg"}},
      {"submit_job_high", 21, {"func", "uniq", "arg"}},
      {"submit_job_bg", 18, {"func", "uniq", "arg"}},
      {"submit_job_high_bg", 32, {"func", "uniq", "arg"}},
      {"submit_job_low", 33, {"func", "uniq", "arg"}},
      {"submit_job_low_bg", 34, {"func", "uniq", "arg"}},
      {"job_created", 8, {"handle"}},
      {"grab_job", 9, {}},
      {"no_job", 10, {}},
      {"job_assign", 11, {"handle", "func", "arg"}},
      {"work_status", 12, {"handle", "numerator", "denominator"}},
      {"work_complete", 13, {"handle", "result"}},
      {"work_fail", 14, {"handle"}},
      {"get_status", 15, {"handle"}},
      {"status_res", 20, {"handle", "known", "running", "numerator", "denominator"}},
      {"echo_req", 16, {"text"}},
      {"echo_res", 17, {"text"}},
      {"error", 19, {"err_code", "err_text"}},
      {"all_yours", 24, {}},
      // Additions (types 25-42 the library does not know).
      {"work_exception", 25, {"handle", "data"}},
      {"option_req", 26, {"option"}},
      {"option_res", 27, {"option"}},
      {"work_data", 28, {"handle", "data"}},
      {"work_warning", 29, {"handle", "data"}},
      {"grab_job_uniq", 30, {}},
      {"job_assign_uniq", 31, {"handle", "func", "uniq", "arg"}},
      {"submit_job_epoch", 36, {"func", "uniq", "epoch", "arg"}},
      {"grab_job_all", 39, {}},
      {"job_assign_all", 40, {"handle", "func", "uniq", "reducer", "arg"}},
      {"get_status_unique", 41, {"uniq"}},
      {"status_res_unique", 42, {"uniq", "known", "running", "numerator", "denominator", "waiting"}},
  };
  return kCommands;
}

const CommandSpec* CommandByName(std::string_view name) {
  for (const CommandSpec& c : Commands()) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

const CommandSpec* CommandByType(uint32_t type) {
  for (const CommandSpec& c : Commands()) {
    if (c.type == type) return &c;
  }
  return nullptr;
}

// [name => [type, [field, ...]], ...], the value of $commands.
void BuildCommandTable(zval* out, bool by_type) {
  array_init_size(out, static_cast<uint32_t>(Commands().size()));
  for (const CommandSpec& c : Commands()) {
    zval fields;
    array_init_size(&fields, static_cast<uint32_t>(c.fields.size()));
    for (const char* f : c.fields) add_next_index_string(&fields, f);
    zval entry;
    array_init_size(&entry, 2);
    if (by_type) {
      // $magic: type => [name, [fields]]
      add_next_index_string(&entry, c.name);
    } else {
      add_next_index_long(&entry, c.type);
    }
    add_next_index_zval(&entry, &fields);
    if (by_type) {
      add_index_zval(out, c.type, &entry);
    } else {
      add_assoc_zval(out, c.name, &entry);
    }
  }
}

struct ConnectionObject {
  GtConnectionState* state;
  std::string* host;  // as given to connect(), for the lazy version fetch
  double timeout_ms;  // connect timeout; also bounds each send
  zend_object std;    // last, as Zend requires
};

zend_object_handlers g_handlers;

ConnectionObject* From(zend_object* obj) {
  return reinterpret_cast<ConnectionObject*>(reinterpret_cast<char*>(obj) -
                                             XtOffsetOf(ConnectionObject, std));
}

zend_object* CreateObject(zend_class_entry* ce) {
  auto* o = static_cast<ConnectionObject*>(zend_object_alloc(sizeof(ConnectionObject), ce));
  zend_object_std_init(&o->std, ce);
  object_properties_init(&o->std, ce);
  o->std.handlers = &g_handlers;
  o->state = new (std::nothrow) GtConnectionState();
  o->host = new (std::nothrow) std::string();
  o->timeout_ms = 250;
  zval table;
  BuildCommandTable(&table, false);
  zend_update_property(geartrain_ce_connection, &o->std, "commands", sizeof("commands") - 1,
                       &table);
  zval_ptr_dtor(&table);
  return &o->std;
}

void FreeObject(zend_object* obj) {
  ConnectionObject* o = From(obj);
  delete o->state;  // closes the core socket
  o->state = nullptr;
  delete o->host;
  o->host = nullptr;
  zend_object_std_dtor(obj);
}

// The state of a live object, or NULL with an Error thrown (only when
// allocation failed at creation).
GtConnectionState* StateOrThrow(zend_object* obj) {
  GtConnectionState* s = From(obj)->state;
  if (s == nullptr) zend_throw_error(nullptr, "Net_Gearman_Connection is not initialized");
  return s;
}

zend_class_entry* SocketClass() {
  return static_cast<zend_class_entry*>(
      zend_hash_str_find_ptr(CG(class_table), "socket", sizeof("socket") - 1));
}

// Closes the \Socket held in $socket (if it is ours to close) and sets the
// property to null.
void CloseSocketProperty(zend_object* obj) {
  zval rv;
  zval* sock = GtReadProp(geartrain_ce_connection, obj, "socket", &rv);
  zend_class_entry* sce = SocketClass();
  if (sce != nullptr && Z_TYPE_P(sock) == IS_OBJECT && Z_OBJCE_P(sock) == sce) {
    php_socket* ps = socket_from_obj(Z_OBJ_P(sock));
    if (ps->bsd_socket >= 0) {
      close(ps->bsd_socket);
      ps->bsd_socket = -1;
    }
  }
  if (Z_TYPE_P(sock) != IS_NULL) {
    zval null;
    ZVAL_NULL(&null);
    GtWriteProp(geartrain_ce_connection, obj, "socket", &null);
  }
}

// Puts a \Socket on a dup() of the core's descriptor into $socket. The dup
// shares the open file (non-blocking, same peer) but has its own number, so
// neither owner can close the other's descriptor.
void PublishSocket(zend_object* obj, int fd) {
  zend_class_entry* sce = SocketClass();
  if (sce == nullptr) return;  // ext/sockets is a declared dependency
  int dupfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (dupfd < 0) return;
  zval zsock;
  object_init_ex(&zsock, sce);
  php_socket* ps = socket_from_obj(Z_OBJ(zsock));
  sockaddr_storage addr;
  socklen_t len = sizeof(addr);
  ps->type = getsockname(dupfd, reinterpret_cast<sockaddr*>(&addr), &len) == 0 ? addr.ss_family
                                                                               : AF_INET;
  ps->bsd_socket = dupfd;
  ps->error = 0;
  ps->blocking = 1;  // the core's descriptor is blocking; its own calls use MSG_DONTWAIT
  GtWriteProp(geartrain_ce_connection, obj, "socket", &zsock);
  zval_ptr_dtor(&zsock);
}

void ThrowStatus(const gc::Status& s) {
  GeartrainThrow(s.message().c_str());
}

double TimeoutMs(zval* timeout) {
  if (timeout == nullptr) return 250;
  double ms = zval_get_double(timeout);
  if (!(ms >= 0)) ms = 0;  // negative or NaN: no wait
  return ms;
}

gc::Deadline DeadlineAfter(double ms) {
  if (ms > 1e12) ms = 1e12;
  return gc::Clock::now() + std::chrono::microseconds(static_cast<long long>(ms * 1000));
}

// Calls a PHP function by name (version_compare, substr) so its semantics are
// PHP's own. Returns false with an exception pending on failure.
bool CallFunction(const char* name, uint32_t argc, zval* argv, zval* retval) {
  zval fn;
  ZVAL_STRING(&fn, name);
  ZVAL_UNDEF(retval);
  zend_result rc = call_user_function(nullptr, nullptr, &fn, retval, argc, argv);
  zval_ptr_dtor(&fn);
  return rc == SUCCESS && EG(exception) == nullptr;
}

// One response as the library returns it:
// ['function' => name, 'type' => int, 'data' => [field => string]].
void ResponseToArray(const gc::Response& r, zval* out) {
  const CommandSpec* spec = CommandByType(static_cast<uint32_t>(r.type));
  const bool has_payload = geartrain::SpecOf(r.type).has_payload;
  std::vector<const std::string*> pieces;
  for (const std::string& f : r.fields) pieces.push_back(&f);
  if (has_payload) pieces.push_back(&r.payload);
  // The library fills 'data' only for a non-empty body.
  bool empty_body = pieces.size() <= 1 && (pieces.empty() || pieces[0]->empty());
  zval data;
  array_init(&data);
  if (!empty_body) {
    for (size_t i = 0; i < pieces.size() && i < spec->fields.size(); ++i) {
      add_assoc_stringl(&data, spec->fields[i], pieces[i]->data(), pieces[i]->size());
    }
  }
  array_init_size(out, 3);
  add_assoc_string(out, "function", spec->name);
  add_assoc_long(out, "type", static_cast<zend_long>(r.type));
  add_assoc_zval(out, "data", &data);
}

// read(): one packet, [] when none is complete yet.
void ReadOne(zend_object* obj, GtConnectionState* st, zval* return_value) {
  if (st->pending.empty() && st->pending_error.ok()) {
    if (!st->core.connected()) {
      GeartrainThrow("Connection was reset");
      return;
    }
    std::vector<gc::Response> got;
    gc::Status s = st->core.ReadAvailable(&got);
    for (gc::Response& r : got) st->pending.push_back(std::move(r));
    if (!s.ok()) st->pending_error = s;
    if (!st->core.connected()) GtConnectionSyncClosed(obj);
  }
  while (!st->pending.empty()) {
    gc::Response r = std::move(st->pending.front());
    st->pending.pop_front();
    if (CommandByType(static_cast<uint32_t>(r.type)) == nullptr) {
      std::string msg = "Invalid response magic returned: " +
                        std::to_string(static_cast<uint32_t>(r.type));
      GeartrainThrow(msg.c_str());
      return;
    }
    ResponseToArray(r, return_value);
    return;
  }
  if (!st->pending_error.ok()) {
    gc::Status s = st->pending_error;
    st->pending_error = gc::Status::Ok();
    ThrowStatus(s);
    return;
  }
  RETURN_EMPTY_ARRAY();
}

}  // namespace

// --- native API for the other binding files ---------------------------------------

GtConnectionState* GtConnectionStateOf(zend_object* obj) {
  if (!instanceof_function(obj->ce, geartrain_ce_connection)) return nullptr;
  return From(obj)->state;
}

bool GtConnectionOpen(zend_object* obj, zend_string* host, double timeout_ms) {
  ConnectionObject* o = From(obj);
  GtConnectionState* st = StateOrThrow(obj);
  if (st == nullptr || o->host == nullptr) return false;
  GtConnectionCloseNative(obj);
  zval magic;
  BuildCommandTable(&magic, true);
  GtWriteProp(geartrain_ce_connection, obj, "magic", &magic);
  zval_ptr_dtor(&magic);

  gc::ServerAddress address;
  gc::Status s = gc::ServerAddress::Parse(std::string_view(ZSTR_VAL(host), ZSTR_LEN(host)),
                                          &address);
  if (s.ok()) {
    CxxFirewall([&] { s = st->core.Connect(address, DeadlineAfter(timeout_ms)); });
    if (EG(exception)) return false;
  }
  if (!s.ok()) {
    std::string msg = s.message();
    if (s.code() == gc::Status::kInvalidArgument) msg = "Can't connect to server (" + msg + ")";
    GeartrainThrow(msg.c_str());
    return false;
  }
  o->host->assign(ZSTR_VAL(host), ZSTR_LEN(host));
  o->timeout_ms = timeout_ms;
  PublishSocket(obj, st->core.fd());
  zval empty, null;
  ZVAL_EMPTY_ARRAY(&empty);
  ZVAL_NULL(&null);
  GtWriteProp(geartrain_ce_connection, obj, "waiting", &empty);
  // Fetched lazily by send('can_do_timeout'), never on connect.
  GtWriteProp(geartrain_ce_connection, obj, "serverVersion", &null);
  return true;
}

void GtConnectionCloseNative(zend_object* obj) {
  GtConnectionState* st = From(obj)->state;
  if (st != nullptr) {
    st->core.Close();
    st->pending.clear();
    st->pending_error = gc::Status::Ok();
    st->grabs_outstanding = 0;
  }
  CloseSocketProperty(obj);
}

bool GtConnectionUsable(zend_object* obj) {
  GtConnectionState* st = From(obj)->state;
  if (st == nullptr || !st->core.connected()) return false;
  if (!st->pending.empty()) return true;
  if (st->core.IsStale()) {
    GtConnectionCloseNative(obj);
    return false;
  }
  return true;
}

void GtConnectionSyncClosed(zend_object* obj) {
  GtConnectionState* st = From(obj)->state;
  if (st != nullptr && !st->core.connected()) CloseSocketProperty(obj);
}

void GeartrainConnectionMinit(zend_class_entry* ce) {
  ce->create_object = CreateObject;
  memcpy(&g_handlers, zend_get_std_object_handlers(), sizeof(g_handlers));
  g_handlers.offset = XtOffsetOf(ConnectionObject, std);
  g_handlers.free_obj = FreeObject;
  g_handlers.clone_obj = nullptr;  // one socket, one owner
}

// --- methods ------------------------------------------------------------------------

// __construct($host = null, $timeout = 250): connects only for a truthy $host.
PHP_METHOD(Net_Gearman_Connection, __construct) {
  zval* host = nullptr;
  zval* timeout = nullptr;
  ZEND_PARSE_PARAMETERS_START(0, 2)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(host)
  Z_PARAM_ZVAL(timeout)
  ZEND_PARSE_PARAMETERS_END();
  if (host == nullptr || !zend_is_true(host)) return;
  zend_string* h = zval_try_get_string(host);
  if (h == nullptr) RETURN_THROWS();
  GtConnectionOpen(Z_OBJ_P(ZEND_THIS), h, TimeoutMs(timeout));
  zend_string_release(h);
}

PHP_METHOD(Net_Gearman_Connection, __destruct) {
  ZEND_PARSE_PARAMETERS_NONE();
  GtConnectionCloseNative(Z_OBJ_P(ZEND_THIS));
}

// connect($host, $timeout = 250): timeout in milliseconds.
PHP_METHOD(Net_Gearman_Connection, connect) {
  zval* host;
  zval* timeout = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 2)
  Z_PARAM_ZVAL(host)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(timeout)
  ZEND_PARSE_PARAMETERS_END();
  zend_string* h = zval_try_get_string(host);
  if (h == nullptr) RETURN_THROWS();
  GtConnectionOpen(Z_OBJ_P(ZEND_THIS), h, TimeoutMs(timeout));
  zend_string_release(h);
}

PHP_METHOD(Net_Gearman_Connection, addWaitingTask) {
  zval* task;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(task)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval rv;
  zval* waiting = GtReadProp(geartrain_ce_connection, self, "waiting", &rv);
  zval copy;
  if (Z_TYPE_P(waiting) == IS_ARRAY) {
    ZVAL_ARR(&copy, zend_array_dup(Z_ARRVAL_P(waiting)));
  } else {
    array_init(&copy);
  }
  Z_TRY_ADDREF_P(task);
  if (zend_hash_next_index_insert(Z_ARRVAL(copy), task) == nullptr) zval_ptr_dtor(task);
  GtWriteProp(geartrain_ce_connection, self, "waiting", &copy);
  zval_ptr_dtor(&copy);
}

// getWaitingTask(): array_shift($this->waiting) (null when empty).
PHP_METHOD(Net_Gearman_Connection, getWaitingTask) {
  ZEND_PARSE_PARAMETERS_NONE();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval rv;
  zval* waiting = GtReadProp(geartrain_ce_connection, self, "waiting", &rv);
  if (Z_TYPE_P(waiting) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(waiting)) == 0) {
    RETURN_NULL();
  }
  zval rest;
  array_init_size(&rest, zend_hash_num_elements(Z_ARRVAL_P(waiting)));
  bool first = true;
  zend_string* key;
  zval* v;
  ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(waiting), key, v) {
    if (first) {
      first = false;
      ZVAL_COPY_DEREF(return_value, v);
      continue;
    }
    Z_TRY_ADDREF_P(v);
    // array_shift keeps string keys and renumbers integer keys.
    if (key != nullptr) {
      zend_hash_update(Z_ARRVAL(rest), key, v);
    } else {
      zend_hash_next_index_insert(Z_ARRVAL(rest), v);
    }
  }
  ZEND_HASH_FOREACH_END();
  GtWriteProp(geartrain_ce_connection, self, "waiting", &rest);
  zval_ptr_dtor(&rest);
}

// send($command, array $params = []): the isset() fields of the command, in
// table order, joined by NUL; written completely or an exception.
PHP_METHOD(Net_Gearman_Connection, send) {
  zval* command;
  HashTable* params_in = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 2)
  Z_PARAM_ZVAL(command)
  Z_PARAM_OPTIONAL
  Z_PARAM_ARRAY_HT(params_in)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  GtConnectionState* st = StateOrThrow(self);
  if (st == nullptr) RETURN_THROWS();

  zend_string* name = zval_try_get_string(command);
  if (name == nullptr) RETURN_THROWS();
  const CommandSpec* spec = CommandByName(std::string_view(ZSTR_VAL(name), ZSTR_LEN(name)));
  if (spec == nullptr) {
    zend_throw_exception_ex(geartrain_ce_exception, 0, "Invalid command: %s", ZSTR_VAL(name));
    zend_string_release(name);
    RETURN_THROWS();
  }
  zend_string_release(name);

  zval params;
  if (params_in != nullptr) {
    ZVAL_ARR(&params, zend_array_dup(params_in));
  } else {
    array_init(&params);
  }
  if (spec->type == static_cast<uint32_t>(PacketType::kCanDoTimeout)) {
    // The unit of the timeout depends on the server version: ask for it only
    // now (the library opens an extra connection on every connect for it).
    zval rv;
    zval* version = GtReadProp(geartrain_ce_connection, self, "serverVersion", &rv);
    if (Z_TYPE_P(version) == IS_NULL) {
      zval host, ret;
      ZVAL_STRINGL(&host, From(self)->host->data(), From(self)->host->size());
      zend_call_method(self, self->ce, nullptr, "setserverversion",
                       sizeof("setserverversion") - 1, &ret, 1, &host, nullptr);
      zval_ptr_dtor(&host);
      zval_ptr_dtor(&ret);
      if (EG(exception)) {
        zval_ptr_dtor(&params);
        RETURN_THROWS();
      }
    }
    zval fixed;
    zend_call_method(self, self->ce, nullptr, "fixtimeout", sizeof("fixtimeout") - 1, &fixed, 1,
                     &params, nullptr);
    zval_ptr_dtor(&params);
    if (EG(exception)) {
      zval_ptr_dtor(&fixed);
      RETURN_THROWS();
    }
    if (Z_TYPE(fixed) != IS_ARRAY) {
      zval_ptr_dtor(&fixed);
      zend_type_error("Net_Gearman_Connection::fixTimeout() must return an array");
      RETURN_THROWS();
    }
    ZVAL_COPY_VALUE(&params, &fixed);
  }

  std::string body;
  bool first = true;
  for (const char* field : spec->fields) {
    zval* v = zend_symtable_str_find(Z_ARRVAL(params), field, strlen(field));
    if (v == nullptr) continue;
    ZVAL_DEREF(v);
    if (Z_TYPE_P(v) == IS_NULL) continue;  // isset(): null fields are dropped
    zend_string* s = zval_try_get_string(v);
    if (s == nullptr) {
      zval_ptr_dtor(&params);
      RETURN_THROWS();
    }
    if (!first) body.push_back('\0');
    first = false;
    body.append(ZSTR_VAL(s), ZSTR_LEN(s));
    zend_string_release(s);
  }
  zval_ptr_dtor(&params);

  if (!st->core.connected()) {
    GeartrainThrow("Could not write command to socket (not connected)");
    RETURN_THROWS();
  }
  gc::Status s;
  CxxFirewall([&] {
    st->core.Queue(geartrain::RawHeader(std::string_view("\0REQ", 4), spec->type,
                                        static_cast<uint32_t>(body.size())));
    st->core.Queue(body);
    s = st->core.Flush(DeadlineAfter(From(self)->timeout_ms));
  });
  if (EG(exception)) RETURN_THROWS();
  if (!s.ok()) {
    GtConnectionSyncClosed(self);
    if (s.code() == gc::Status::kTimeout) {
      GeartrainThrow("Could not write command to socket (11: Resource temporarily unavailable)");
    } else {
      ThrowStatus(s);
    }
    RETURN_THROWS();
  }
}

PHP_METHOD(Net_Gearman_Connection, read) {
  ZEND_PARSE_PARAMETERS_NONE();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  GtConnectionState* st = StateOrThrow(self);
  if (st == nullptr) RETURN_THROWS();
  CxxFirewall([&] { ReadOne(self, st, return_value); });
}

// blockingRead($timeout = 250): waits up to $timeout ms for a whole packet
// (inside recv(), no poll()), then returns it as read() does.
PHP_METHOD(Net_Gearman_Connection, blockingRead) {
  zval* timeout = nullptr;
  ZEND_PARSE_PARAMETERS_START(0, 1)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(timeout)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  GtConnectionState* st = StateOrThrow(self);
  if (st == nullptr) RETURN_THROWS();
  double ms = TimeoutMs(timeout);
  if (st->pending.empty() && st->pending_error.ok()) {
    if (!st->core.connected()) {
      GeartrainThrow("Connection was reset");
      RETURN_THROWS();
    }
    gc::Status s;
    std::vector<gc::Response> got;
    CxxFirewall([&] { s = st->core.ReadWait(&got, DeadlineAfter(ms)); });
    if (EG(exception)) RETURN_THROWS();
    for (gc::Response& r : got) st->pending.push_back(std::move(r));
    if (!got.empty()) {
      if (!s.ok()) st->pending_error = s;  // thrown after the packets before it
      GtConnectionSyncClosed(self);
      CxxFirewall([&] { ReadOne(self, st, return_value); });
      return;
    }
    if (s.code() == gc::Status::kTimeout) {
      double sec = ms >= 1000 ? std::floor(ms / 1000) : 0;
      double usec = ms >= 1000 ? (ms / 1000 - sec) * 1000000 : ms * 1000;
      zend_throw_exception_ex(geartrain_ce_exception, 0, "Socket timeout (%.4fs, %.4f\xCE\xBCs): (%s)",
                              sec, usec, "Success");
      RETURN_THROWS();
    }
    if (!s.ok()) {
      GtConnectionSyncClosed(self);
      ThrowStatus(s);
      RETURN_THROWS();
    }
  }
  CxxFirewall([&] { ReadOne(self, st, return_value); });
}

PHP_METHOD(Net_Gearman_Connection, close) {
  ZEND_PARSE_PARAMETERS_NONE();
  GtConnectionCloseNative(Z_OBJ_P(ZEND_THIS));
}

PHP_METHOD(Net_Gearman_Connection, isConnected) {
  ZEND_PARSE_PARAMETERS_NONE();
  bool usable = false;
  CxxFirewall([&] { usable = GtConnectionUsable(Z_OBJ_P(ZEND_THIS)); });
  RETURN_BOOL(usable);
}

// calculateTimeout($milliseconds): [sec, usec] for socket_select(); floats
// from 1000 ms up, as in the library.
PHP_METHOD(Net_Gearman_Connection, calculateTimeout) {
  zval* ms;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(ms)
  ZEND_PARSE_PARAMETERS_END();
  zval thousand;
  ZVAL_LONG(&thousand, 1000);
  array_init_size(return_value, 2);
  if (zend_compare(ms, &thousand) >= 0) {
    double seconds = zval_get_double(ms) / 1000;
    double whole = std::floor(seconds);
    add_next_index_double(return_value, whole);
    add_next_index_double(return_value, (seconds - whole) * 1000000);
  } else {
    zval usec;
    if (mul_function(&usec, ms, &thousand) != SUCCESS) {
      zval_ptr_dtor(return_value);
      RETURN_THROWS();
    }
    add_next_index_long(return_value, 0);
    add_next_index_zval(return_value, &usec);
  }
}

PHP_METHOD(Net_Gearman_Connection, stringLength) {
  zval* value;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(value)
  ZEND_PARSE_PARAMETERS_END();
  zval ret;
  if (!CallFunction("strlen", 1, value, &ret)) {
    zval_ptr_dtor(&ret);
    RETURN_THROWS();
  }
  RETURN_COPY_VALUE(&ret);
}

PHP_METHOD(Net_Gearman_Connection, subString) {
  zval* args;
  uint32_t argc = 0;
  ZEND_PARSE_PARAMETERS_START(3, 3)
  Z_PARAM_VARIADIC('+', args, argc)
  ZEND_PARSE_PARAMETERS_END();
  zval ret;
  if (!CallFunction("substr", argc, args, &ret)) {
    zval_ptr_dtor(&ret);
    RETURN_THROWS();
  }
  RETURN_COPY_VALUE(&ret);
}

// setServerVersion($host, $manager = null): $manager->version() when a
// manager is given (the library's tests pass a mock); otherwise one admin
// "version" round trip to $host, without building a Net_Gearman_Manager.
PHP_METHOD(Net_Gearman_Connection, setServerVersion) {
  zval* host;
  zval* manager = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 2)
  Z_PARAM_ZVAL(host)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(manager)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval version;
  if (manager != nullptr && zend_is_true(manager)) {
    if (Z_TYPE_P(manager) != IS_OBJECT) {
      zend_type_error("setServerVersion(): Argument #2 ($manager) must be an object");
      RETURN_THROWS();
    }
    zend_call_method(Z_OBJ_P(manager), Z_OBJCE_P(manager), nullptr, "version",
                     sizeof("version") - 1, &version, 0, nullptr, nullptr);
    if (EG(exception)) {
      zval_ptr_dtor(&version);
      RETURN_THROWS();
    }
  } else {
    zend_string* h = zval_try_get_string(host);
    if (h == nullptr) RETURN_THROWS();
    gc::ServerAddress address;
    gc::Status s = gc::ServerAddress::Parse(std::string_view(ZSTR_VAL(h), ZSTR_LEN(h)), &address);
    zend_string_release(h);
    std::string text;
    if (s.ok()) {
      CxxFirewall([&] {
        gc::VersionCache cache;
        s = cache.Get(address, gc::DeadlineAfterMs(5000), &text);
      });
      if (EG(exception)) RETURN_THROWS();
    }
    if (!s.ok()) {
      ThrowStatus(s);
      RETURN_THROWS();
    }
    ZVAL_STRINGL(&version, text.data(), text.size());
  }
  GtWriteProp(geartrain_ce_connection, self, "serverVersion", &version);
  zval_ptr_dtor(&version);
}

// fixTimeout($params): CAN_DO_TIMEOUT's value * 1000 unless
// version_compare('1.1.18', $this->serverVersion) is 0, as the library does.
PHP_METHOD(Net_Gearman_Connection, fixTimeout) {
  zval* params;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(params)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval rv;
  zval args[2];
  ZVAL_STRING(&args[0], "1.1.18");
  ZVAL_COPY(&args[1], GtReadProp(self->ce, self, "serverVersion", &rv));
  zval cmp;
  bool ok = CallFunction("version_compare", 2, args, &cmp);
  zval_ptr_dtor(&args[0]);
  zval_ptr_dtor(&args[1]);
  if (!ok) {
    zval_ptr_dtor(&cmp);
    RETURN_THROWS();
  }
  bool differs = zend_is_true(&cmp);
  zval_ptr_dtor(&cmp);
  ZVAL_COPY(return_value, params);
  if (!differs) return;
  if (Z_TYPE_P(return_value) != IS_ARRAY) {
    zend_throw_error(nullptr, "Cannot use a scalar value as an array");
    RETURN_THROWS();
  }
  SEPARATE_ARRAY(return_value);
  zval* t = zend_hash_str_find(Z_ARRVAL_P(return_value), "timeout", sizeof("timeout") - 1);
  zval thousand, product, null;
  ZVAL_LONG(&thousand, 1000);
  ZVAL_NULL(&null);
  if (t == nullptr) {
    zend_error(E_WARNING, "Undefined array key \"timeout\"");
    t = &null;
  }
  ZVAL_DEREF(t);
  if (mul_function(&product, t, &thousand) != SUCCESS) RETURN_THROWS();
  zend_hash_str_update(Z_ARRVAL_P(return_value), "timeout", sizeof("timeout") - 1, &product);
}
