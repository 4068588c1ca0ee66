// Shared declarations of the geartrain PHP extension (the Zend binding of the
// Geartrain core). Contract: every php_ext/*.cc includes this header; it
// declares the module entry, the class entries the classes share (set in
// MINIT, read-only afterwards) and the per-class MINIT hooks. PHP headers are
// wrapped in extern "C" because the binding is compiled as C++17.
#ifndef GEARTRAIN_PHP_EXT_PHP_GEARTRAIN_H_
#define GEARTRAIN_PHP_EXT_PHP_GEARTRAIN_H_

extern "C" {
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#include "php.h"
}

#define PHP_GEARTRAIN_VERSION "0.1.0"

extern zend_module_entry geartrain_module_entry;
#define phpext_geartrain_ptr &geartrain_module_entry

#if defined(ZTS) && defined(COMPILE_DL_GEARTRAIN)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

// Class entries, registered once in MINIT from the generated arginfo.
extern zend_class_entry* geartrain_ce_exception;      // Net_Gearman_Exception
extern zend_class_entry* geartrain_ce_job_exception;  // Net_Gearman_Job_Exception
extern zend_class_entry* geartrain_ce_task;           // Net_Gearman_Task
extern zend_class_entry* geartrain_ce_set;            // Net_Gearman_Set
extern zend_class_entry* geartrain_ce_connection;     // Net_Gearman_Connection
extern zend_class_entry* geartrain_ce_client;         // Net_Gearman_Client
extern zend_class_entry* geartrain_ce_manager;        // Net_Gearman_Manager
extern zend_class_entry* geartrain_ce_job;            // Net_Gearman_Job
extern zend_class_entry* geartrain_ce_job_common;     // Net_Gearman_Job_Common
extern zend_class_entry* geartrain_ce_worker;         // Net_Gearman_Worker
extern zend_class_entry* geartrain_ce_server;         // Net_Gearman_Server
extern zend_class_entry* geartrain_ce_supervisor;     // Net_Gearman_Supervisor

// Per-class setup that the generated register_class_* cannot express
// (defaults gen_stub cannot emit). Called from MINIT after registration.
void GeartrainTaskMinit(zend_class_entry* ce);
void GeartrainTaskMshutdown();
// Custom objects (create_object, free_obj, clone, gc handlers).
void GeartrainConnectionMinit(zend_class_entry* ce);
void GeartrainClientMinit(zend_class_entry* ce);
void GeartrainManagerMinit(zend_class_entry* ce);
void GeartrainJobMinit(zend_class_entry* job, zend_class_entry* common);
void GeartrainWorkerMinit(zend_class_entry* ce);
void GeartrainServerMinit(zend_class_entry* ce);
void GeartrainSupervisorMinit(zend_class_entry* ce);

#endif  // GEARTRAIN_PHP_EXT_PHP_GEARTRAIN_H_
