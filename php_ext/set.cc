// Net_Gearman_Set, natively. Contract (net_gearman.md §1.5): public
// $tasksCount, $tasks (uniq => task, insertion order), $handles
// (handle => uniq) and protected $callback are ordinary declared properties,
// so Client code and subclasses manipulate them directly as they do with the
// PHP library. The set callback lives in $callback (GC-visible).
// IteratorAggregate yields an ArrayIterator over $tasks; Countable returns
// $tasksCount, which Client decrements as tasks finish.
#include "errors.h"
#include "object_util.h"
#include "php_geartrain.h"

extern "C" {
#include "ext/spl/spl_array.h"
}

// __construct(array $tasks = []): addTask() for each element, through normal
// method dispatch so a subclass's addTask() override is honoured.
PHP_METHOD(Net_Gearman_Set, __construct) {
  HashTable* tasks = nullptr;
  ZEND_PARSE_PARAMETERS_START(0, 1)
  Z_PARAM_OPTIONAL
  Z_PARAM_ARRAY_HT(tasks)
  ZEND_PARSE_PARAMETERS_END();
  if (tasks == nullptr) return;

  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval* task;
  ZEND_HASH_FOREACH_VAL(tasks, task) {
    zend_call_method_with_1_params(self, self->ce, nullptr, "addtask", nullptr, task);
    if (EG(exception)) RETURN_THROWS();
  }
  ZEND_HASH_FOREACH_END();
}

// addTask(Net_Gearman_Task $task): ignored when $this->tasks[$task->uniq] is
// already set (identical tasks share a uniq); otherwise stored and counted.
PHP_METHOD(Net_Gearman_Set, addTask) {
  zval* task;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_OBJECT_OF_CLASS(task, geartrain_ce_task)
  ZEND_PARSE_PARAMETERS_END();

  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval rv_uniq;
  zval uniq;
  ZVAL_COPY(&uniq, GtReadProp(geartrain_ce_task, Z_OBJ_P(task), "uniq", &rv_uniq));

  // In place (one insertion per call, not a copy of the whole array), unless
  // a subclass intercepts the property; then a read-modify-write copy.
  zval* slot = GtPropPtr(geartrain_ce_set, self, "tasks");
  zval local;
  ZVAL_UNDEF(&local);
  if (slot == nullptr) {
    zval rv_tasks;
    ZVAL_COPY(&local, GtReadProp(geartrain_ce_set, self, "tasks", &rv_tasks));
    slot = &local;
  }
  if (Z_TYPE_P(slot) == IS_NULL) array_init(slot);
  if (Z_TYPE_P(slot) != IS_ARRAY) {
    zval_ptr_dtor(&local);
    zval_ptr_dtor(&uniq);
    zend_throw_error(nullptr, "Cannot use a scalar value as an array");
    RETURN_THROWS();
  }
  if (GtArrayIsset(Z_ARRVAL_P(slot), &uniq) || EG(exception)) {
    zval_ptr_dtor(&local);
    zval_ptr_dtor(&uniq);
    return;
  }
  SEPARATE_ARRAY(slot);
  // array_set_zval_key() applies PHP's key rules, takes its own reference
  // to the task and raises "Illegal offset type" for an unusable uniq.
  zend_result stored = array_set_zval_key(Z_ARRVAL_P(slot), &uniq, task);
  zval_ptr_dtor(&uniq);
  if (slot == &local) {
    if (stored == SUCCESS && !EG(exception)) GtWriteProp(geartrain_ce_set, self, "tasks", &local);
    zval_ptr_dtor(&local);
  }
  if (stored != SUCCESS || EG(exception)) RETURN_THROWS();

  zval* count = GtPropPtr(geartrain_ce_set, self, "tasksCount");
  if (count != nullptr) {
    increment_function(count);
  } else {
    zval rv_count, copy;
    ZVAL_COPY(&copy, GtReadProp(geartrain_ce_set, self, "tasksCount", &rv_count));
    increment_function(&copy);
    GtWriteProp(geartrain_ce_set, self, "tasksCount", &copy);
    zval_ptr_dtor(&copy);
  }
}

// getTask($handle): the task whose job_created handle is $handle.
PHP_METHOD(Net_Gearman_Set, getTask) {
  zval* handle;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(handle)
  ZEND_PARSE_PARAMETERS_END();

  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval rv_handles, rv_tasks;
  zval* handles = GtReadProp(geartrain_ce_set, self, "handles", &rv_handles);
  zval* uniq = Z_TYPE_P(handles) == IS_ARRAY ? GtArrayFind(Z_ARRVAL_P(handles), handle) : nullptr;
  if (EG(exception)) RETURN_THROWS();
  if (uniq != nullptr) ZVAL_DEREF(uniq);
  if (uniq == nullptr || Z_TYPE_P(uniq) == IS_NULL) {
    GeartrainThrow("Unknown handle");
    RETURN_THROWS();
  }
  zval* tasks = GtReadProp(geartrain_ce_set, self, "tasks", &rv_tasks);
  zval* task = Z_TYPE_P(tasks) == IS_ARRAY ? GtArrayFind(Z_ARRVAL_P(tasks), uniq) : nullptr;
  if (EG(exception)) RETURN_THROWS();
  if (task != nullptr) ZVAL_DEREF(task);
  if (task == nullptr || Z_TYPE_P(task) == IS_NULL) {
    GeartrainThrow("No task by that handle");
    RETURN_THROWS();
  }
  RETURN_COPY(task);
}

// finished(): true when $tasksCount == 0. Every call that returns true also
// calls the set callback (if any) with the tasks' results in insertion
// order, as the library does (so it can fire more than once).
PHP_METHOD(Net_Gearman_Set, finished) {
  ZEND_PARSE_PARAMETERS_NONE();
  zend_object* self = Z_OBJ_P(ZEND_THIS);
  zval rv_count, rv_cb, rv_tasks;
  zval zero;
  ZVAL_LONG(&zero, 0);
  if (zend_compare(GtReadProp(geartrain_ce_set, self, "tasksCount", &rv_count), &zero) != 0) {
    RETURN_FALSE;
  }

  zval callback;
  ZVAL_COPY(&callback, GtReadProp(geartrain_ce_set, self, "callback", &rv_cb));
  if (Z_TYPE(callback) != IS_NULL) {
    zval results;
    array_init(&results);
    zval* tasks = GtReadProp(geartrain_ce_set, self, "tasks", &rv_tasks);
    if (Z_TYPE_P(tasks) == IS_ARRAY) {
      zval* task;
      ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(tasks), task) {
        ZVAL_DEREF(task);
        zval result;
        if (Z_TYPE_P(task) == IS_OBJECT) {
          zval rv_result;
          zval* r = zend_read_property(Z_OBJCE_P(task), Z_OBJ_P(task), "result",
                                       sizeof("result") - 1, 0, &rv_result);
          ZVAL_DEREF(r);
          ZVAL_COPY(&result, r);
        } else {
          ZVAL_NULL(&result);
        }
        zend_hash_next_index_insert(Z_ARRVAL(results), &result);
      }
      ZEND_HASH_FOREACH_END();
    }
    GtCallUserFunc(&callback, 1, &results);
    zval_ptr_dtor(&results);
  }
  zval_ptr_dtor(&callback);
  if (EG(exception)) RETURN_THROWS();
  RETURN_TRUE;
}

// attachCallback($callback): one set callback, replacing any earlier one.
PHP_METHOD(Net_Gearman_Set, attachCallback) {
  zval* callback;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_ZVAL(callback)
  ZEND_PARSE_PARAMETERS_END();
  if (!zend_is_callable(callback, 0, nullptr)) {
    GeartrainThrow("Invalid callback specified");
    RETURN_THROWS();
  }
  GtWriteProp(geartrain_ce_set, Z_OBJ_P(ZEND_THIS), "callback", callback);
}

// getIterator(): new ArrayIterator($this->tasks), keyed by uniq.
PHP_METHOD(Net_Gearman_Set, getIterator) {
  ZEND_PARSE_PARAMETERS_NONE();
  zval rv;
  zval tasks;
  ZVAL_COPY(&tasks, GtReadProp(geartrain_ce_set, Z_OBJ_P(ZEND_THIS), "tasks", &rv));
  if (Z_TYPE(tasks) != IS_ARRAY && Z_TYPE(tasks) != IS_OBJECT) {
    zval_ptr_dtor(&tasks);
    array_init(&tasks);
  }
  object_init_ex(return_value, spl_ce_ArrayIterator);
  zend_call_known_instance_method_with_1_params(spl_ce_ArrayIterator->constructor,
                                                Z_OBJ_P(return_value), nullptr, &tasks);
  zval_ptr_dtor(&tasks);
}

// count(): $tasksCount (goes down as the Client finishes tasks).
PHP_METHOD(Net_Gearman_Set, count) {
  ZEND_PARSE_PARAMETERS_NONE();
  zval rv;
  RETURN_LONG(zval_get_long(GtReadProp(geartrain_ce_set, Z_OBJ_P(ZEND_THIS), "tasksCount", &rv)));
}
