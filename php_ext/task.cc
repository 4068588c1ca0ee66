// Net_Gearman_Task, natively. Contract (net_gearman.md §1.4): a plain PHP
// object whose state lives in its declared properties (func, arg, type,
// handle, servers, server, uniq, finished, result, protected callback), so
// subclasses, var_dump() and the GC see exactly what the PHP library exposes.
// Methods only read and write those properties; callbacks are stored in the
// protected $callback array, never in C, so cycles through them are
// collectable without a custom get_gc.
//
// Additions over the library (docs/compat.md): TASK_DATA, TASK_WARNING and
// TASK_EXCEPTION callback types with data()/warning()/exception().
#include <cstring>

#include "errors.h"
#include "object_util.h"
#include "php_geartrain.h"
#include "task.h"

extern "C" {
#include "ext/standard/md5.h"
#include "ext/standard/php_var.h"
#include "zend_smart_str.h"
}

namespace {

constexpr zend_long kTaskComplete = 1;
constexpr zend_long kTaskFail = 2;
constexpr zend_long kTaskStatus = 3;
constexpr zend_long kTaskData = 4;
constexpr zend_long kTaskWarning = 5;
constexpr zend_long kTaskException = 6;

// Default value of the protected $callback property, [1 => [], 2 => [],
// 3 => []]: persistent and immutable so every object shares it until its
// first attachCallback() separates it (copy on write).
HashTable* g_callback_default = nullptr;

// Returns the first value in [lo, hi] that `v` loosely equals (PHP `==`), or
// 0. This is in_array($v, [lo..hi]) as the library uses it; the matched
// constant is also the array key PHP would use for $v (true -> 1, "2" -> 2).
zend_long LooseMatch(zval* v, zend_long lo, zend_long hi) {
  for (zend_long i = lo; i <= hi; ++i) {
    zval candidate;
    ZVAL_LONG(&candidate, i);
    if (zend_compare(v, &candidate) == 0) return i;
  }
  return 0;
}

}  // namespace

zend_string* GtTaskDefaultUniq(zval* func, zval* arg, zval* type) {
  smart_str serialized = {nullptr, 0};
  php_serialize_data_t var_hash;
  PHP_VAR_SERIALIZE_INIT(var_hash);
  php_var_serialize(&serialized, arg, &var_hash);
  PHP_VAR_SERIALIZE_DESTROY(var_hash);
  if (EG(exception)) {
    smart_str_free(&serialized);
    return nullptr;
  }
  smart_str_0(&serialized);

  zend_string* func_str = zval_try_get_string(func);
  if (func_str == nullptr) {
    smart_str_free(&serialized);
    return nullptr;
  }
  zend_string* type_str = zval_try_get_string(type);
  if (type_str == nullptr) {
    zend_string_release(func_str);
    smart_str_free(&serialized);
    return nullptr;
  }

  PHP_MD5_CTX ctx;
  unsigned char digest[16];
  char hex[33];
  PHP_MD5Init(&ctx);
  PHP_MD5Update(&ctx, ZSTR_VAL(func_str), ZSTR_LEN(func_str));
  if (serialized.s != nullptr) {
    PHP_MD5Update(&ctx, ZSTR_VAL(serialized.s), ZSTR_LEN(serialized.s));
  }
  PHP_MD5Update(&ctx, ZSTR_VAL(type_str), ZSTR_LEN(type_str));
  PHP_MD5Final(digest, &ctx);
  make_digest_ex(hex, digest, 16);

  zend_string_release(func_str);
  zend_string_release(type_str);
  smart_str_free(&serialized);
  return zend_string_init(hex, 32, 0);
}

namespace {

// Calls every callback registered under `type` with argv. A missing list
// (types 4-6 before their first attachCallback) means no callbacks.
void FireCallbacks(zend_object* self, zend_long type, uint32_t argc, zval* argv) {
  zval rv;
  zval* all = GtReadProp(geartrain_ce_task, self, "callback", &rv);
  if (Z_TYPE_P(all) != IS_ARRAY) return;
  zval* list = zend_hash_index_find(Z_ARRVAL_P(all), type);
  if (list == nullptr) return;
  ZVAL_DEREF(list);
  GtCallEach(list, argc, argv);
}

// Shared body of data(), warning() and exception(): callbacks get
// (func, handle, data, uniq), the same shape as complete().
void FireWithData(zend_object* self, zend_long type, zval* data) {
  zval rv_func, rv_handle, rv_uniq;
  zval args[4];
  ZVAL_COPY(&args[0], GtReadProp(geartrain_ce_task, self, "func", &rv_func));
  ZVAL_COPY(&args[1], GtReadProp(geartrain_ce_task, self, "handle", &rv_handle));
  ZVAL_COPY(&args[2], data);
  ZVAL_COPY(&args[3], GtReadProp(geartrain_ce_task, self, "uniq", &rv_uniq));
  FireCallbacks(self, type, 4, args);
  for (zval& a : args) zval_ptr_dtor(&a);
}

}  // namespace

void GeartrainTaskMinit(zend_class_entry* ce) {
  auto* ht = static_cast<HashTable*>(pemalloc(sizeof(HashTable), 1));
  zend_hash_init(ht, 8, nullptr, nullptr, 1);
  zval empty;
  ZVAL_EMPTY_ARRAY(&empty);
  for (zend_long type = kTaskComplete; type <= kTaskStatus; ++type) {
    zend_hash_index_add_new(ht, type, &empty);
  }
  // Refcount 2 + immutable: engine code separates it before any write and
  // never frees it (the same trick as zend_empty_array).
  GC_SET_REFCOUNT(ht, 2);
  GC_ADD_FLAGS(ht, IS_ARRAY_IMMUTABLE);
  g_callback_default = ht;

  auto* info = static_cast<zend_property_info*>(
      zend_hash_str_find_ptr(&ce->properties_info, "callback", sizeof("callback") - 1));
  if (info != nullptr) {
    zval* def = &ce->default_properties_table[OBJ_PROP_TO_NUM(info->offset)];
    Z_ARR_P(def) = ht;
    Z_TYPE_INFO_P(def) = IS_ARRAY;  // not IS_ARRAY_EX: internal defaults must not be refcounted
  }
}

void GeartrainTaskMshutdown() {
  if (g_callback_default == nullptr) return;
  auto* info = static_cast<zend_property_info*>(zend_hash_str_find_ptr(
      &geartrain_ce_task->properties_info, "callback", sizeof("callback") - 1));
  if (info != nullptr) {
    ZVAL_NULL(&geartrain_ce_task->default_properties_table[OBJ_PROP_TO_NUM(info->offset)]);
  }
  zend_hash_destroy(g_callback_default);
  pefree(g_callback_default, 1);
  g_callback_default = nullptr;
}

// __construct($func, $arg, $uniq = null, $type = JOB_NORMAL, array $servers = [])
// Properties are assigned first and the type is validated last, as in the
// library, so a caught "Unknown job type" leaves a populated object.
PHP_METHOD(Net_Gearman_Task, __construct) {
  zval* func;
  zval* arg;
  zval* uniq = nullptr;
  zval* type = nullptr;
  zval* servers = nullptr;
  ZEND_PARSE_PARAMETERS_START(2, 5)
  Z_PARAM_ZVAL(func)
  Z_PARAM_ZVAL(arg)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(uniq)
  Z_PARAM_ZVAL(type)
  Z_PARAM_ARRAY(servers)
  ZEND_PARSE_PARAMETERS_END();

  zval default_type;
  ZVAL_LONG(&default_type, kGtJobNormal);
  if (type == nullptr) type = &default_type;

  zend_object* self = Z_OBJ_P(ZEND_THIS);
  GtWriteProp(geartrain_ce_task, self, "func", func);
  GtWriteProp(geartrain_ce_task, self, "arg", arg);

  if (uniq == nullptr || Z_TYPE_P(uniq) == IS_NULL) {
    zend_string* computed = GtTaskDefaultUniq(func, arg, type);
    if (computed == nullptr) RETURN_THROWS();
    zval zuniq;
    ZVAL_STR(&zuniq, computed);
    GtWriteProp(geartrain_ce_task, self, "uniq", &zuniq);
    zval_ptr_dtor(&zuniq);
  } else {
    // Kept as given, including '' (an explicit empty unique id).
    GtWriteProp(geartrain_ce_task, self, "uniq", uniq);
  }

  GtWriteProp(geartrain_ce_task, self, "type", type);

  // Passed as the zval (not re-wrapped) so an immutable literal array keeps
  // its type info and is never refcounted by us.
  if (servers != nullptr && zend_hash_num_elements(Z_ARRVAL_P(servers)) > 0) {
    GtWriteProp(geartrain_ce_task, self, "servers", servers);
  }
  if (EG(exception)) RETURN_THROWS();

  if (LooseMatch(type, kGtJobNormal, kGtJobLowBackground) == 0) {
    zend_string* type_str = zval_try_get_string(type);
    if (type_str == nullptr) RETURN_THROWS();
    zend_throw_exception_ex(geartrain_ce_exception, 0,
                            "Unknown job type: %s. Please see Net_Gearman_Task::JOB_* constants.",
                            ZSTR_VAL(type_str));
    zend_string_release(type_str);
    RETURN_THROWS();
  }
}

// attachCallback($callback, $type = TASK_COMPLETE): appends to
// $this->callback[$type] and returns $this.
PHP_METHOD(Net_Gearman_Task, attachCallback) {
  zval* callback;
  zval* type = nullptr;
  ZEND_PARSE_PARAMETERS_START(1, 2)
  Z_PARAM_ZVAL(callback)
  Z_PARAM_OPTIONAL
  Z_PARAM_ZVAL(type)
  ZEND_PARSE_PARAMETERS_END();

  if (!zend_is_callable(callback, 0, nullptr)) {
    GeartrainThrow("Invalid callback specified");
    RETURN_THROWS();
  }
  zend_long key = kTaskComplete;
  if (type != nullptr) {
    key = LooseMatch(type, kTaskComplete, kTaskException);
    if (key == 0) {
      GeartrainThrow("Invalid callback type specified");
      RETURN_THROWS();
    }
  }

  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval rv;
  zval all;
  ZVAL_COPY(&all, GtReadProp(geartrain_ce_task, self, "callback", &rv));
  if (Z_TYPE(all) == IS_NULL) {
    array_init(&all);  // $this->callback[..][] auto-vivifies a null property
  } else if (Z_TYPE(all) != IS_ARRAY) {
    zval_ptr_dtor(&all);
    zend_throw_error(nullptr, "Cannot use a scalar value as an array");
    RETURN_THROWS();
  }
  SEPARATE_ARRAY(&all);
  zval* list = zend_hash_index_find(Z_ARRVAL(all), key);
  if (list == nullptr) {
    zval fresh;
    array_init(&fresh);
    list = zend_hash_index_add_new(Z_ARRVAL(all), key, &fresh);
  }
  ZVAL_DEREF(list);
  if (Z_TYPE_P(list) == IS_NULL) array_init(list);
  if (Z_TYPE_P(list) != IS_ARRAY) {
    zval_ptr_dtor(&all);
    zend_throw_error(nullptr, "Cannot use a scalar value as an array");
    RETURN_THROWS();
  }
  SEPARATE_ARRAY(list);
  Z_TRY_ADDREF_P(callback);
  zend_hash_next_index_insert(Z_ARRVAL_P(list), callback);

  GtWriteProp(geartrain_ce_task, self, "callback", &all);
  zval_ptr_dtor(&all);
  RETURN_OBJ_COPY(self);
}

PHP_METHOD(Net_Gearman_Task, getCallbacks) {
  ZEND_PARSE_PARAMETERS_NONE();
  zval rv;
  RETURN_COPY(GtReadProp(geartrain_ce_task, Z_OBJ_P(ZEND_THIS), "callback", &rv));
}

// complete($result): finished = true, result = $result, then each complete
// callback gets (func, handle, result, uniq).
PHP_METHOD(Net_Gearman_Task, complete) {
  zval* result;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(result)
  ZEND_PARSE_PARAMETERS_END();

  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval finished;
  ZVAL_TRUE(&finished);
  GtWriteProp(geartrain_ce_task, self, "finished", &finished);
  GtWriteProp(geartrain_ce_task, self, "result", result);
  if (EG(exception)) RETURN_THROWS();
  FireWithData(self, kTaskComplete, result);
}

// fail(): finished = true, then each fail callback gets the task itself.
PHP_METHOD(Net_Gearman_Task, fail) {
  ZEND_PARSE_PARAMETERS_NONE();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval finished;
  ZVAL_TRUE(&finished);
  GtWriteProp(geartrain_ce_task, self, "finished", &finished);
  if (EG(exception)) RETURN_THROWS();
  zval arg;
  ZVAL_OBJ_COPY(&arg, self);
  FireCallbacks(self, kTaskFail, 1, &arg);
  zval_ptr_dtor(&arg);
}

// status($numerator, $denominator): callbacks get (func, handle, n, d);
// finished is untouched.
PHP_METHOD(Net_Gearman_Task, status) {
  zval* numerator;
  zval* denominator;
  ZEND_PARSE_PARAMETERS_START(2, 2)
  Z_PARAM_ZVAL(numerator)
  Z_PARAM_ZVAL(denominator)
  ZEND_PARSE_PARAMETERS_END();

  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval rv_func, rv_handle;
  zval args[4];
  ZVAL_COPY(&args[0], GtReadProp(geartrain_ce_task, self, "func", &rv_func));
  ZVAL_COPY(&args[1], GtReadProp(geartrain_ce_task, self, "handle", &rv_handle));
  ZVAL_COPY(&args[2], numerator);
  ZVAL_COPY(&args[3], denominator);
  FireCallbacks(self, kTaskStatus, 4, args);
  for (zval& a : args) zval_ptr_dtor(&a);
}

// Additions: WORK_DATA / WORK_WARNING / WORK_EXCEPTION payloads, which the
// library cannot receive at all (it throws on packet types 25, 28, 29).
PHP_METHOD(Net_Gearman_Task, data) {
  zval* data;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(data)
  ZEND_PARSE_PARAMETERS_END();
  FireWithData(Z_OBJ_P(ZEND_THIS), kTaskData, data);
}

PHP_METHOD(Net_Gearman_Task, warning) {
  zval* data;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(data)
  ZEND_PARSE_PARAMETERS_END();
  FireWithData(Z_OBJ_P(ZEND_THIS), kTaskWarning, data);
}

PHP_METHOD(Net_Gearman_Task, exception) {
  zval* data;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(data)
  ZEND_PARSE_PARAMETERS_END();
  FireWithData(Z_OBJ_P(ZEND_THIS), kTaskException, data);
}
