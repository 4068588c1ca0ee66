// PLACEHOLDER: replaced by the Net_Gearman_Connection implementation (in progress).
#include "errors.h"
#include "php_geartrain.h"

void GeartrainConnectionMinit(zend_class_entry*) {}

PHP_METHOD(Net_Gearman_Connection, __construct) { GeartrainThrow("Net_Gearman_Connection::__construct: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, __destruct) {}
PHP_METHOD(Net_Gearman_Connection, connect) { GeartrainThrow("Net_Gearman_Connection::connect: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, addWaitingTask) { GeartrainThrow("Net_Gearman_Connection::addWaitingTask: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, getWaitingTask) { GeartrainThrow("Net_Gearman_Connection::getWaitingTask: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, send) { GeartrainThrow("Net_Gearman_Connection::send: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, read) { GeartrainThrow("Net_Gearman_Connection::read: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, blockingRead) { GeartrainThrow("Net_Gearman_Connection::blockingRead: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, close) { GeartrainThrow("Net_Gearman_Connection::close: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, isConnected) { GeartrainThrow("Net_Gearman_Connection::isConnected: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, calculateTimeout) { GeartrainThrow("Net_Gearman_Connection::calculateTimeout: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, stringLength) { GeartrainThrow("Net_Gearman_Connection::stringLength: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, subString) { GeartrainThrow("Net_Gearman_Connection::subString: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, setServerVersion) { GeartrainThrow("Net_Gearman_Connection::setServerVersion: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Connection, fixTimeout) { GeartrainThrow("Net_Gearman_Connection::fixTimeout: not built yet"); RETURN_THROWS(); }
