// What other binding files need from Net_Gearman_Job / Net_Gearman_Job_Common
// (php_ext/job.cc).
//
// Contract:
// - Every Net_Gearman_Job_Common object (user subclasses included: they
//   inherit create_object) carries a native unique id, '' until the worker
//   sets it. GtJobCommonSetUnique() replaces it (the string is copied by
//   reference count; NULL means ''); objects of other classes are ignored.
//   getUniqueId() returns it. It is released in free_obj and copied by clone.
// - Nothing here throws C++ exceptions.
#ifndef GEARTRAIN_PHP_EXT_JOB_H_
#define GEARTRAIN_PHP_EXT_JOB_H_

#include "php_geartrain.h"

void GtJobCommonSetUnique(zend_object* job, zend_string* unique);

#endif  // GEARTRAIN_PHP_EXT_JOB_H_
