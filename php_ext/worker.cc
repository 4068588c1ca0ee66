// PLACEHOLDER: replaced by the implementation (in progress).
#include "errors.h"
#include "php_geartrain.h"

void GeartrainWorkerMinit(zend_class_entry*) {}

PHP_METHOD(Net_Gearman_Worker, __construct) { GeartrainThrow("Net_Gearman_Worker::__construct: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, connection_status) { GeartrainThrow("Net_Gearman_Worker::connection_status: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, addAbility) { GeartrainThrow("Net_Gearman_Worker::addAbility: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, addAbilities) { GeartrainThrow("Net_Gearman_Worker::addAbilities: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, beginWork) { GeartrainThrow("Net_Gearman_Worker::beginWork: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, waitQuietly) { GeartrainThrow("Net_Gearman_Worker::waitQuietly: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, deepSleep) { GeartrainThrow("Net_Gearman_Worker::deepSleep: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, askForWork) { GeartrainThrow("Net_Gearman_Worker::askForWork: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, retryConnections) { GeartrainThrow("Net_Gearman_Worker::retryConnections: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, doWork) { GeartrainThrow("Net_Gearman_Worker::doWork: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, retryTime) { GeartrainThrow("Net_Gearman_Worker::retryTime: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, attachCallback) { GeartrainThrow("Net_Gearman_Worker::attachCallback: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, endWork) { GeartrainThrow("Net_Gearman_Worker::endWork: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, __destruct) {}
PHP_METHOD(Net_Gearman_Worker, stopWork) { GeartrainThrow("Net_Gearman_Worker::stopWork: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, start) { GeartrainThrow("Net_Gearman_Worker::start: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, complete) { GeartrainThrow("Net_Gearman_Worker::complete: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, fail) { GeartrainThrow("Net_Gearman_Worker::fail: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, status) { GeartrainThrow("Net_Gearman_Worker::status: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, close) { GeartrainThrow("Net_Gearman_Worker::close: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Worker, setReportExceptions) { GeartrainThrow("Net_Gearman_Worker::setReportExceptions: not built yet"); RETURN_THROWS(); }
