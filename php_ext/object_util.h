// Small Zend helpers shared by the class files: property read/write in the
// declaring class's scope (so protected members such as $callback are
// reachable and subclasses that redeclare a property still work), PHP-style
// array-key lookups, and call_user_func() equivalents. Contract: none of these
// throw C++ exceptions; failures are reported as pending PHP exceptions and
// the caller checks EG(exception).
#ifndef GEARTRAIN_PHP_EXT_OBJECT_UTIL_H_
#define GEARTRAIN_PHP_EXT_OBJECT_UTIL_H_

#include "php_geartrain.h"

extern "C" {
#include "zend_exceptions.h"
#include "zend_interfaces.h"
}

// Returns the property (never NULL; may point at `rv` or an uninitialized
// null). The pointer is only valid until the object is modified.
inline zval* GtReadProp(zend_class_entry* scope, zend_object* obj, const char* name, zval* rv) {
  zval* v = zend_read_property(scope, obj, name, strlen(name), /*silent=*/1, rv);
  ZVAL_DEREF(v);
  return v;
}

inline void GtWriteProp(zend_class_entry* scope, zend_object* obj, const char* name, zval* value) {
  zend_update_property(scope, obj, name, strlen(name), value);
}

// A writable pointer to a property, what `$obj->prop[...] = ...` uses, so
// arrays can be changed in place (copy-on-write separation only when shared)
// instead of copied per call. NULL when the class intercepts the property
// (magic methods); callers then fall back to GtReadProp/GtWriteProp.
inline zval* GtPropPtr(zend_class_entry* scope, zend_object* obj, const char* name) {
  zend_class_entry* old = EG(fake_scope);
  EG(fake_scope) = scope;
  zend_string* n = zend_string_init(name, strlen(name), 0);
  zval* p = obj->handlers->get_property_ptr_ptr(obj, n, BP_VAR_RW, nullptr);
  zend_string_release(n);
  EG(fake_scope) = old;
  if (p == nullptr || Z_ISERROR_P(p)) return nullptr;
  ZVAL_DEREF(p);
  return p;
}

// Finds `key` in `ht` the way `$ht[$key]` does for the key types that can
// appear here (string with numeric-string folding, int, null as "", bool,
// float truncated). Returns NULL when absent. Every caller asks isset(), so
// an unusable key type raises isset()'s TypeError, as the library would.
inline zval* GtArrayFind(HashTable* ht, zval* key) {
  ZVAL_DEREF(key);
  switch (Z_TYPE_P(key)) {
    case IS_STRING:
      return zend_symtable_find(ht, Z_STR_P(key));
    case IS_LONG:
      return zend_hash_index_find(ht, Z_LVAL_P(key));
    case IS_NULL:
      return zend_hash_find(ht, ZSTR_EMPTY_ALLOC());
    case IS_FALSE:
      return zend_hash_index_find(ht, 0);
    case IS_TRUE:
      return zend_hash_index_find(ht, 1);
    case IS_DOUBLE:
      return zend_hash_index_find(ht, zend_dval_to_lval(Z_DVAL_P(key)));
    default:
      zend_type_error("Illegal offset type in isset or empty");
      return nullptr;
  }
}

// isset($ht[$key]): present and not null.
inline bool GtArrayIsset(HashTable* ht, zval* key) {
  zval* v = GtArrayFind(ht, key);
  if (v == nullptr) return false;
  ZVAL_DEREF(v);
  return Z_TYPE_P(v) != IS_NULL;
}

// A fatal error inside a PHP call (zend_bailout, a longjmp) must not jump
// over C++ frames that own memory or sockets. Binding code that calls PHP
// while such frames are live runs the call in GtGuardBailout(): a bailout is
// caught there and only remembered; the caller treats it like a pending
// exception (stops, returns, lets C++ destructors run), and the PHP_METHOD
// re-raises it with GtFinishBailout() once nothing C++ is left on the stack.
inline bool& GtBailoutPending() {
  static thread_local bool pending = false;
  return pending;
}

template <typename Fn>
inline void GtGuardBailout(Fn&& fn) {
  zend_try { fn(); }
  zend_catch { GtBailoutPending() = true; }
  zend_end_try();
}

// True when PHP code must not be called any more in this method: an
// exception is pending or a fatal error was caught by GtGuardBailout().
inline bool GtMustStop() { return EG(exception) != nullptr || GtBailoutPending(); }

inline void GtFinishBailout() {
  if (GtBailoutPending()) {
    GtBailoutPending() = false;
    zend_bailout();
  }
}

// Defines PHP_METHOD(cls, name) as `impl` (a static function with the
// method's parameters) followed by GtFinishBailout(), for methods whose C++
// frames are live while PHP code runs.
#define GT_GUARDED_METHOD(cls, name, impl)   \
  PHP_METHOD(cls, name) {                    \
    impl(INTERNAL_FUNCTION_PARAM_PASSTHRU);  \
    GtFinishBailout();                       \
  }

// call_user_func($callable, ...$argv) into *ret (UNDEF when the call could
// not be made). Returns false when a PHP exception is pending afterwards
// (the callable threw, or was not callable), so loops over callbacks stop as
// PHP's would. The caller releases *ret.
inline bool GtCallUserFuncRet(zval* callable, uint32_t argc, zval* argv, zval* ret) {
  ZVAL_UNDEF(ret);
  zend_fcall_info fci;
  zend_fcall_info_cache fcc;
  char* error = nullptr;
  if (zend_fcall_info_init(callable, 0, &fci, &fcc, nullptr, &error) != SUCCESS) {
    zend_type_error("call_user_func(): Argument #1 ($callback) must be a valid callback, %s",
                    error != nullptr ? error : "unknown error");
    if (error != nullptr) efree(error);
    return false;
  }
  if (error != nullptr) efree(error);
  fci.retval = ret;
  fci.params = argv;
  fci.param_count = argc;
  zend_call_function(&fci, &fcc);
  return EG(exception) == nullptr;
}

// The same, discarding the return value.
inline bool GtCallUserFunc(zval* callable, uint32_t argc, zval* argv) {
  zval retval;
  bool ok = GtCallUserFuncRet(callable, argc, argv, &retval);
  zval_ptr_dtor(&retval);
  return ok;
}

// Calls every callable in `list` (an array property value) with argv. The
// array is held by reference count for the duration, like foreach over a
// copy, so callbacks may attach more callbacks without disturbing the loop.
inline void GtCallEach(zval* list, uint32_t argc, zval* argv) {
  if (list == nullptr || Z_TYPE_P(list) != IS_ARRAY) return;
  zval hold;
  ZVAL_COPY(&hold, list);
  zval* cb;
  ZEND_HASH_FOREACH_VAL(Z_ARRVAL(hold), cb) {
    if (!GtCallUserFunc(cb, argc, argv)) break;
  }
  ZEND_HASH_FOREACH_END();
  zval_ptr_dtor(&hold);
}

#endif  // GEARTRAIN_PHP_EXT_OBJECT_UTIL_H_
