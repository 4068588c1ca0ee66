// PLACEHOLDER: replaced by the implementation (in progress).
#include "errors.h"
#include "php_geartrain.h"

void GeartrainJobMinit(zend_class_entry* job, zend_class_entry* common) {}

PHP_METHOD(Net_Gearman_Job, factory) { GeartrainThrow("Net_Gearman_Job::factory: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Job_Common, __construct) { GeartrainThrow("Net_Gearman_Job_Common::__construct: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Job_Common, status) { GeartrainThrow("Net_Gearman_Job_Common::status: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Job_Common, complete) { GeartrainThrow("Net_Gearman_Job_Common::complete: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Job_Common, fail) { GeartrainThrow("Net_Gearman_Job_Common::fail: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Job_Common, sendData) { GeartrainThrow("Net_Gearman_Job_Common::sendData: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Job_Common, sendWarning) { GeartrainThrow("Net_Gearman_Job_Common::sendWarning: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Job_Common, sendException) { GeartrainThrow("Net_Gearman_Job_Common::sendException: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Job_Common, getUniqueId) { GeartrainThrow("Net_Gearman_Job_Common::getUniqueId: not built yet"); RETURN_THROWS(); }
