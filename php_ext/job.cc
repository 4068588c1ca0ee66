// Net_Gearman_Job (the factory) and Net_Gearman_Job_Common (the base class of
// user jobs), natively (net_gearman.md §1.8, §1.9; contract in job.h).
//
// - factory() reads NET_GEARMAN_JOB_PATH / NET_GEARMAN_JOB_CLASS_PREFIX when
//   it runs (defaults only while undefined; it never defines them), finds the
//   file as the library does (initParams['path'], else the first
//   `<path>/<job>.php` of the comma-separated list that exists relative to the
//   CWD), include_once's it through the engine's own include_once bookkeeping
//   (EG(included_files), zend_resolve_path, zend_compile_file, so PHP-level
//   include_once of the same file is a no-op and vice versa), then runs
//   `new $class($conn, $handle, $initParams)` with normal constructor dispatch.
//   The file runs in a scope of its own holding $job, $conn, $handle,
//   $initParams and $file, like the library's factory() locals, so its
//   top-level variables never touch the caller's.
// - Job_Common keeps the library's protected $conn/$handle/$initParams and
//   sends every packet through `$this->conn->send(...)` (normal dispatch, so
//   subclasses and mocks of the connection see the calls). complete() encodes
//   with PHP's own JSON encoder. The worker-side additions sendData(),
//   sendWarning(), sendException() and getUniqueId() live here too.
// - Nothing in this file calls C++ code that can throw, so no CxxFirewall is
//   needed; every failure is a pending PHP exception.
#include "job.h"

#include <cstring>

#include "errors.h"
#include "object_util.h"
#include "php_geartrain.h"

extern "C" {
#include "ext/json/php_json.h"
#include "ext/standard/php_filestat.h"
#include "main/fopen_wrappers.h"
#include "zend_exceptions.h"
#include "zend_execute.h"
#include "zend_observer.h"
#include "zend_smart_str.h"
#include "zend_virtual_cwd.h"
}

namespace {

constexpr char kDefaultJobPath[] = "Net/Gearman/Job";
constexpr char kDefaultClassPrefix[] = "Net_Gearman_Job_";

// ---------------------------------------------------------------------------
// Net_Gearman_Job_Common objects

struct JobObject {
  zend_string* unique;  // NULL means ''
  zend_object std;      // last, as Zend requires
};

zend_object_handlers g_handlers;

JobObject* From(zend_object* obj) {
  return reinterpret_cast<JobObject*>(reinterpret_cast<char*>(obj) - XtOffsetOf(JobObject, std));
}

zend_object* CreateObject(zend_class_entry* ce) {
  auto* o = static_cast<JobObject*>(zend_object_alloc(sizeof(JobObject), ce));
  o->unique = nullptr;
  zend_object_std_init(&o->std, ce);
  object_properties_init(&o->std, ce);
  o->std.handlers = &g_handlers;
  return &o->std;
}

void FreeObject(zend_object* obj) {
  JobObject* o = From(obj);
  if (o->unique != nullptr) {
    zend_string_release(o->unique);
    o->unique = nullptr;
  }
  zend_object_std_dtor(obj);
}

// A job is a plain PHP object in the library, so clone works: the copy keeps
// the properties (same connection) and the unique id.
zend_object* CloneObject(zend_object* old) {
  zend_object* copy = CreateObject(old->ce);
  if (From(old)->unique != nullptr) From(copy)->unique = zend_string_copy(From(old)->unique);
  zend_objects_clone_members(copy, old);  // runs __clone, which may read the id
  return copy;
}

// ---------------------------------------------------------------------------
// factory() helpers

// empty($ht[$key]) is false: returns the value, else NULL. A non-array
// $initParams has no usable keys (the library's empty() is silent there too).
zval* NonEmptyParam(zval* init_params, const char* key) {
  if (init_params == nullptr || Z_TYPE_P(init_params) != IS_ARRAY) return nullptr;
  zval* v = zend_hash_str_find(Z_ARRVAL_P(init_params), key, strlen(key));
  if (v == nullptr) return nullptr;
  ZVAL_DEREF(v);
  return zend_is_true(v) ? v : nullptr;
}

// The constant's value as a string, or `fallback` while it is undefined.
// NULL with an exception pending when the value has no string form.
zend_string* ConstantOr(const char* name, const char* fallback) {
  zval* c = zend_get_constant_str(name, strlen(name));
  if (c == nullptr) return zend_string_init(fallback, strlen(fallback), 0);
  return zval_try_get_string(c);
}

// PHP's empty() of a string.
bool EmptyString(zend_string* s) {
  return s == nullptr || ZSTR_LEN(s) == 0 || (ZSTR_LEN(s) == 1 && ZSTR_VAL(s)[0] == '0');
}

bool AlreadyIncluded(const char* resolved);

// file_exists($path): PHP's stat (wrappers, open_basedir, stat cache); a
// file already included counts as present without a syscall.
bool FileExists(zend_string* path) {
  if (ZSTR_LEN(path) == 0 || zend_str_has_nul_byte(path)) return false;
  char resolved[MAXPATHLEN];
  if (VCWD_REALPATH(ZSTR_VAL(path), resolved) != nullptr &&
      php_check_open_basedir_ex(resolved, /*warn=*/0) == 0 &&
      AlreadyIncluded(resolved)) {
    return true;
  }
  zval rv;
  ZVAL_FALSE(&rv);
  php_stat(path, FS_EXISTS, &rv);
  return Z_TYPE(rv) == IS_TRUE;
}

// True when `resolved` was already included: its class is loaded and
// include_once would not read it again, so a worker does not stat it for
// every job (the library checks the disk each time; see docs/compat.md).
bool AlreadyIncluded(const char* resolved) {
  return zend_hash_str_exists(&EG(included_files), resolved, strlen(resolved));
}

// file_exists(realpath($path)): realpath() resolves against the CWD and
// honours open_basedir, as the PHP function does. realpath() itself is
// served by PHP's realpath cache.
bool ExistsViaRealpath(zend_string* path) {
  if (zend_str_has_nul_byte(path)) return false;
  char resolved[MAXPATHLEN];
  if (VCWD_REALPATH(ZSTR_VAL(path), resolved) == nullptr) return false;
  if (php_check_open_basedir(resolved) != 0) return false;
  if (AlreadyIncluded(resolved)) return true;
  zend_string* r = zend_string_init(resolved, strlen(resolved), 0);
  bool exists = FileExists(r);
  zend_string_release(r);
  return exists;
}

// The first `<path>/<job>.php` of the comma-separated path list that exists,
// or NULL (also NULL with an exception pending on a conversion failure).
zend_string* FindJobFile(zval* job) {
  zend_string* paths = ConstantOr("NET_GEARMAN_JOB_PATH", kDefaultJobPath);
  if (paths == nullptr) return nullptr;
  zend_string* name = zval_try_get_string(job);
  if (name == nullptr) {
    zend_string_release(paths);
    return nullptr;
  }
  zend_string* found = nullptr;
  const char* p = ZSTR_VAL(paths);
  const char* end = p + ZSTR_LEN(paths);
  while (found == nullptr) {  // explode(','): "" is one empty element
    const char* comma = static_cast<const char*>(memchr(p, ',', end - p));
    const char* seg_end = comma != nullptr ? comma : end;
    size_t seg_len = seg_end - p;
    zend_string* candidate =
        zend_string_concat3(p, seg_len, "/", 1, ZSTR_VAL(name), ZSTR_LEN(name));
    zend_string* file = zend_string_concat2(ZSTR_VAL(candidate), ZSTR_LEN(candidate), ".php", 4);
    zend_string_release(candidate);
    if (ExistsViaRealpath(file)) {
      found = file;
    } else {
      zend_string_release(file);
    }
    if (comma == nullptr) break;
    p = comma + 1;
  }
  zend_string_release(name);
  zend_string_release(paths);
  return found;
}

// Runs a compiled file as include does, but in a fresh symbol table seeded
// with `vars` (the library includes from inside factory(), whose locals the
// file sees; the caller's variables stay untouched). The called scope is
// Net_Gearman_Job, as in the library's static factory().
void ExecuteInOwnScope(zend_op_array* op_array, HashTable* vars) {
  op_array->scope = geartrain_ce_job;
  zend_array* symbols = zend_array_dup(vars);
  zend_execute_data* frame = zend_vm_stack_push_call_frame(
      ZEND_CALL_TOP_CODE | ZEND_CALL_HAS_SYMBOL_TABLE, reinterpret_cast<zend_function*>(op_array),
      0, geartrain_ce_job);
  frame->symbol_table = symbols;
  zval result;
  ZVAL_UNDEF(&result);
  uint32_t orig_jit_trace_num = EG(jit_trace_num);
  zend_init_code_execute_data(frame, op_array, &result);
  ZEND_OBSERVER_FCALL_BEGIN(frame);
  zend_execute_ex(frame);
  zend_vm_stack_free_call_frame(frame);
  EG(jit_trace_num) = orig_jit_trace_num;
  zval_ptr_dtor(&result);
  zend_array_release(symbols);
}

// include_once $file, with the engine's bookkeeping (see the file comment).
// A file that cannot be opened gets include_once's warning. Returns false
// when an exception is pending.
bool IncludeOnce(zend_string* file, HashTable* vars) {
  zend_string* resolved = zend_resolve_path(file);
  if (resolved != nullptr) {
    if (zend_hash_exists(&EG(included_files), resolved)) {
      zend_string_release(resolved);
      return true;
    }
  } else if (EG(exception)) {
    return false;
  } else {
    resolved = zend_string_copy(file);
  }
  zend_op_array* op_array = nullptr;
  zend_file_handle handle;
  zend_stream_init_filename_ex(&handle, resolved);
  if (zend_stream_open(&handle) == SUCCESS) {
    if (handle.opened_path == nullptr) handle.opened_path = zend_string_copy(resolved);
    if (zend_hash_add_empty_element(&EG(included_files), handle.opened_path) != nullptr) {
      op_array = zend_compile_file(&handle, ZEND_INCLUDE);
    }
  } else if (!EG(exception)) {
    zend_message_dispatcher(ZMSG_FAILED_INCLUDE_FOPEN, ZSTR_VAL(file));
  }
  zend_destroy_file_handle(&handle);
  zend_string_release(resolved);
  if (op_array != nullptr) {
    if (!EG(exception)) ExecuteInOwnScope(op_array, vars);
    zend_destroy_static_vars(op_array);
    destroy_op_array(op_array);
    efree_size(op_array, sizeof(zend_op_array));
  }
  return EG(exception) == nullptr;
}

// Throws Net_Gearman_Job_Exception(message), binary safe. Consumes message.
void ThrowJob(zend_string* message) {
  zval ex;
  object_init_ex(&ex, geartrain_ce_job_exception);
  zend_update_property_str(zend_ce_exception, Z_OBJ(ex), "message", sizeof("message") - 1, message);
  zend_string_release(message);
  zend_throw_exception_object(&ex);
}

// The class name: initParams['class_name'], else prefix . job. NULL with an
// exception pending on failure. Arrays are refused as class_exists() would.
zend_string* JobClassName(zval* job, zval* init_params) {
  if (zval* given = NonEmptyParam(init_params, "class_name")) {
    if (Z_TYPE_P(given) == IS_ARRAY) {
      zend_type_error("class_exists(): Argument #1 ($class) must be of type string, array given");
      return nullptr;
    }
    return zval_try_get_string(given);
  }
  zend_string* prefix = ConstantOr("NET_GEARMAN_JOB_CLASS_PREFIX", kDefaultClassPrefix);
  if (prefix == nullptr) return nullptr;
  zend_string* name = zval_try_get_string(job);
  if (name == nullptr) {
    zend_string_release(prefix);
    return nullptr;
  }
  zend_string* cls =
      zend_string_concat2(ZSTR_VAL(prefix), ZSTR_LEN(prefix), ZSTR_VAL(name), ZSTR_LEN(name));
  zend_string_release(prefix);
  zend_string_release(name);
  return cls;
}

// class_exists($class) (autoloading): a class or enum, not an interface or
// trait.
zend_class_entry* LookupJobClass(zend_string* cls) {
  if (ZSTR_LEN(cls) == 0 || zend_str_has_nul_byte(cls)) return nullptr;
  zend_class_entry* ce = zend_lookup_class(cls);
  if (ce == nullptr || (ce->ce_flags & (ZEND_ACC_INTERFACE | ZEND_ACC_TRAIT)) != 0) return nullptr;
  return ce;
}

// new $ce(...$args) with normal constructor dispatch (visibility checked from
// Net_Gearman_Job's scope). Returns false with an exception pending.
bool Instantiate(zend_class_entry* ce, zval* out, uint32_t argc, zval* argv) {
  if (object_init_ex(out, ce) != SUCCESS) return false;
  zend_object* obj = Z_OBJ_P(out);
  zend_function* ctor = obj->handlers->get_constructor(obj);
  if (ctor == nullptr) {
    if (EG(exception)) {
      zend_object_store_ctor_failed(obj);
      zval_ptr_dtor(out);
      ZVAL_UNDEF(out);
      return false;
    }
    return true;  // no constructor: `new` ignores the arguments
  }
  zend_call_known_instance_method(ctor, obj, nullptr, argc, argv);
  if (EG(exception)) {
    zend_object_store_ctor_failed(obj);
    zval_ptr_dtor(out);
    ZVAL_UNDEF(out);
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Job_Common helpers

// $this->conn->send($command, $params) through normal method dispatch (so
// __call and subclasses of the connection work). `method` names the caller
// in the error for a job whose connection is missing. Consumes `params`.
// The library's methods return nothing, so neither do these (null).
void SendThroughConn(zend_object* self, const char* method, const char* command, zval* params) {
  zval rv;
  zval* conn_prop = GtReadProp(geartrain_ce_job_common, self, "conn", &rv);
  if (EG(exception)) {
    zval_ptr_dtor(params);
    return;
  }
  if (Z_TYPE_P(conn_prop) != IS_OBJECT) {
    zend_throw_exception_ex(geartrain_ce_exception, 0,
                            "Net_Gearman_Job_Common::%s(): $this->conn is %s, not a "
                            "Net_Gearman_Connection (did the job's constructor call "
                            "parent::__construct()?)",
                            method, zend_zval_type_name(conn_prop));
    zval_ptr_dtor(params);
    return;
  }
  zval conn;
  ZVAL_COPY(&conn, conn_prop);  // held: send() may replace $this->conn
  zval args[2];
  ZVAL_STRING(&args[0], command);
  ZVAL_COPY_VALUE(&args[1], params);
  zend_string* name = zend_string_init("send", 4, 0);
  zval ret;
  ZVAL_UNDEF(&ret);
  if (zend_call_method_if_exists(Z_OBJ(conn), name, &ret, 2, args) != SUCCESS && !EG(exception)) {
    zend_throw_error(nullptr, "Call to undefined method %s::send()", ZSTR_VAL(Z_OBJCE(conn)->name));
  }
  zend_string_release(name);
  zval_ptr_dtor(&ret);
  zval_ptr_dtor(&args[0]);
  zval_ptr_dtor(&args[1]);
  zval_ptr_dtor(&conn);
}

// ['handle' => $this->handle] as a fresh array.
void HandleParams(zend_object* self, zval* params) {
  array_init(params);
  zval rv;
  zval* handle = GtReadProp(geartrain_ce_job_common, self, "handle", &rv);
  Z_TRY_ADDREF_P(handle);
  add_assoc_zval(params, "handle", handle);
}

// Shared body of sendData(), sendWarning() and sendException(): the value
// converted to a string (binary safe) as the packet's data field.
void SendStringPacket(zend_object* self, const char* method, const char* command, zval* value) {
  zend_string* data = zval_try_get_string(value);
  if (data == nullptr) return;
  zval params;
  HandleParams(self, &params);
  add_assoc_str(&params, "data", data);
  SendThroughConn(self, method, command, &params);
}

}  // namespace

void GtJobCommonSetUnique(zend_object* job, zend_string* unique) {
  if (job == nullptr || !instanceof_function(job->ce, geartrain_ce_job_common)) return;
  JobObject* o = From(job);
  if (o->unique != nullptr) zend_string_release(o->unique);
  o->unique = unique != nullptr ? zend_string_copy(unique) : nullptr;
}

void GeartrainJobMinit(zend_class_entry* job, zend_class_entry* common) {
  (void)job;  // the factory class has no native state
  common->create_object = CreateObject;
  memcpy(&g_handlers, zend_get_std_object_handlers(), sizeof(g_handlers));
  g_handlers.offset = XtOffsetOf(JobObject, std);
  g_handlers.free_obj = FreeObject;
  g_handlers.clone_obj = CloneObject;
}

PHP_METHOD(Net_Gearman_Job, factory) {
  zval* job;
  zval* conn;
  zval* handle;
  zval* init_params = nullptr;
  ZEND_PARSE_PARAMETERS_START(3, 4)
  Z_PARAM_ZVAL(job)
  Z_PARAM_ZVAL(conn)
  Z_PARAM_ZVAL(handle)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(init_params)
  ZEND_PARSE_PARAMETERS_END();
  zval default_params;
  if (init_params == nullptr) {
    ZVAL_EMPTY_ARRAY(&default_params);
    init_params = &default_params;
  }

  zend_string* file = nullptr;
  if (zval* path = NonEmptyParam(init_params, "path")) {
    file = zval_try_get_string(path);
  } else {
    file = FindJobFile(job);
  }
  if (EG(exception)) {
    if (file != nullptr) zend_string_release(file);
    RETURN_THROWS();
  }
  if (file == nullptr || !FileExists(file)) {
    bool empty = EmptyString(file);
    ThrowJob(zend_string_concat2("Invalid Job class file: ", sizeof("Invalid Job class file: ") - 1,
                                 empty ? "<empty>" : ZSTR_VAL(file),
                                 empty ? sizeof("<empty>") - 1 : ZSTR_LEN(file)));
    if (file != nullptr) zend_string_release(file);
    RETURN_THROWS();
  }

  // The file sees factory()'s arguments, as the library's include does.
  HashTable* vars = zend_new_array(5);
  Z_TRY_ADDREF_P(job);
  zend_hash_str_update(vars, "job", 3, job);
  Z_TRY_ADDREF_P(conn);
  zend_hash_str_update(vars, "conn", 4, conn);
  Z_TRY_ADDREF_P(handle);
  zend_hash_str_update(vars, "handle", 6, handle);
  Z_TRY_ADDREF_P(init_params);
  zend_hash_str_update(vars, "initParams", 10, init_params);
  zval file_zv;
  ZVAL_STR_COPY(&file_zv, file);
  zend_hash_str_update(vars, "file", 4, &file_zv);
  bool included = IncludeOnce(file, vars);
  zend_array_release(vars);
  if (!included) {
    zend_string_release(file);
    RETURN_THROWS();
  }

  zend_string* cls = JobClassName(job, init_params);
  if (cls == nullptr) {
    zend_string_release(file);
    RETURN_THROWS();
  }
  zend_class_entry* ce = LookupJobClass(cls);
  if (ce == nullptr) {
    if (!EG(exception)) {  // an autoloader may have thrown
      bool empty_cls = EmptyString(cls);
      smart_str msg = {nullptr, 0};
      smart_str_appends(&msg, "Invalid Job class: ");
      if (empty_cls) {
        smart_str_appends(&msg, "<empty>");
      } else {
        smart_str_append(&msg, cls);
      }
      smart_str_appends(&msg, " in ");
      smart_str_append(&msg, file);  // never empty here
      ThrowJob(smart_str_extract(&msg));
    }
    zend_string_release(cls);
    zend_string_release(file);
    RETURN_THROWS();
  }
  zend_string_release(cls);
  zend_string_release(file);

  zval args[3];
  ZVAL_COPY_VALUE(&args[0], conn);
  ZVAL_COPY_VALUE(&args[1], handle);
  ZVAL_COPY_VALUE(&args[2], init_params);
  if (!Instantiate(ce, return_value, 3, args)) RETURN_THROWS();
  if (!instanceof_function(Z_OBJCE_P(return_value), geartrain_ce_job_common)) {
    ThrowJob(zend_string_concat2("Job is of invalid type: ", sizeof("Job is of invalid type: ") - 1,
                                 ZSTR_VAL(Z_OBJCE_P(return_value)->name),
                                 ZSTR_LEN(Z_OBJCE_P(return_value)->name)));
    zval_ptr_dtor(return_value);
    ZVAL_UNDEF(return_value);
    RETURN_THROWS();
  }
}

PHP_METHOD(Net_Gearman_Job_Common, __construct) {
  zval* conn;
  zval* handle;
  zval* init_params = nullptr;
  ZEND_PARSE_PARAMETERS_START(2, 3)
  Z_PARAM_OBJECT_OF_CLASS(conn, geartrain_ce_connection)
  Z_PARAM_ZVAL(handle)
  Z_PARAM_OPTIONAL
  Z_PARAM_ARRAY(init_params)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  GtWriteProp(geartrain_ce_job_common, self, "conn", conn);
  if (EG(exception)) RETURN_THROWS();
  GtWriteProp(geartrain_ce_job_common, self, "handle", handle);
  if (EG(exception)) RETURN_THROWS();
  zval empty;
  ZVAL_EMPTY_ARRAY(&empty);
  GtWriteProp(geartrain_ce_job_common, self, "initParams",
              init_params != nullptr ? init_params : &empty);
  if (EG(exception)) RETURN_THROWS();
}

PHP_METHOD(Net_Gearman_Job_Common, status) {
  zval* numerator;
  zval* denominator;
  ZEND_PARSE_PARAMETERS_START(2, 2)
  Z_PARAM_ZVAL(numerator)
  Z_PARAM_ZVAL(denominator)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval params;
  HandleParams(self, &params);
  Z_TRY_ADDREF_P(numerator);
  add_assoc_zval(&params, "numerator", numerator);
  Z_TRY_ADDREF_P(denominator);
  add_assoc_zval(&params, "denominator", denominator);
  SendThroughConn(self, "status", "work_status", &params);
  if (EG(exception)) RETURN_THROWS();
}

PHP_METHOD(Net_Gearman_Job_Common, complete) {
  zval* result;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ARRAY(result)
  ZEND_PARSE_PARAMETERS_END();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  // json_encode($result) with default flags; false (sent as '') on failure.
  smart_str json = {nullptr, 0};
  zend_result encoded = php_json_encode(&json, result, 0);
  if (EG(exception)) {
    smart_str_free(&json);
    RETURN_THROWS();
  }
  zval params;
  HandleParams(self, &params);
  if (encoded == SUCCESS) {
    add_assoc_str(&params, "result", smart_str_extract(&json));
  } else {
    smart_str_free(&json);
    add_assoc_str(&params, "result", ZSTR_EMPTY_ALLOC());
  }
  SendThroughConn(self, "complete", "work_complete", &params);
  if (EG(exception)) RETURN_THROWS();
}

PHP_METHOD(Net_Gearman_Job_Common, fail) {
  ZEND_PARSE_PARAMETERS_NONE();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval params;
  HandleParams(self, &params);
  SendThroughConn(self, "fail", "work_fail", &params);
  if (EG(exception)) RETURN_THROWS();
}

PHP_METHOD(Net_Gearman_Job_Common, sendData) {
  zval* data;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(data)
  ZEND_PARSE_PARAMETERS_END();
  SendStringPacket(Z_OBJ_P(ZEND_THIS), "sendData", "work_data", data);
  if (EG(exception)) RETURN_THROWS();
}

PHP_METHOD(Net_Gearman_Job_Common, sendWarning) {
  zval* warning;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(warning)
  ZEND_PARSE_PARAMETERS_END();
  SendStringPacket(Z_OBJ_P(ZEND_THIS), "sendWarning", "work_warning", warning);
  if (EG(exception)) RETURN_THROWS();
}

PHP_METHOD(Net_Gearman_Job_Common, sendException) {
  zval* message;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(message)
  ZEND_PARSE_PARAMETERS_END();
  SendStringPacket(Z_OBJ_P(ZEND_THIS), "sendException", "work_exception", message);
  if (EG(exception)) RETURN_THROWS();
}

PHP_METHOD(Net_Gearman_Job_Common, getUniqueId) {
  ZEND_PARSE_PARAMETERS_NONE();
  JobObject* o = From(Z_OBJ_P(ZEND_THIS));
  if (o->unique == nullptr) RETURN_EMPTY_STRING();
  RETURN_STR_COPY(o->unique);
}
