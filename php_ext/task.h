// What other binding files need from Net_Gearman_Task (php_ext/task.cc).
// Contract: the JOB_* type values; GtTaskDefaultUniq() is md5($func . serialize($arg) . $type) with
// PHP's own serializer and string conversions, byte-identical to the
// library's default unique id (it decides gearmand's job coalescing and the
// client's server choice). Returns a new string, or NULL with a pending PHP
// exception.
#ifndef GEARTRAIN_PHP_EXT_TASK_H_
#define GEARTRAIN_PHP_EXT_TASK_H_

#include "php_geartrain.h"

// Net_Gearman_Task::JOB_* (the class constants the stub declares).
constexpr zend_long kGtJobNormal = 1;
constexpr zend_long kGtJobBackground = 2;
constexpr zend_long kGtJobHigh = 3;
constexpr zend_long kGtJobHighBackground = 4;
constexpr zend_long kGtJobLow = 5;
constexpr zend_long kGtJobLowBackground = 6;

zend_string* GtTaskDefaultUniq(zval* func, zval* arg, zval* type);

#endif  // GEARTRAIN_PHP_EXT_TASK_H_
