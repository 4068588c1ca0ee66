// PLACEHOLDER: replaced by the Net_Gearman_Client implementation (in progress).
#include "errors.h"
#include "php_geartrain.h"

void GeartrainClientMinit(zend_class_entry*) {}

PHP_METHOD(Net_Gearman_Client, __construct) { GeartrainThrow("Net_Gearman_Client::__construct: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Client, getInstance) { GeartrainThrow("Net_Gearman_Client::getInstance: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Client, attachCallback) { GeartrainThrow("Net_Gearman_Client::attachCallback: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Client, __call) { GeartrainThrow("Net_Gearman_Client::__call: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Client, getConnection) { GeartrainThrow("Net_Gearman_Client::getConnection: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Client, submitTask) { GeartrainThrow("Net_Gearman_Client::submitTask: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Client, runSet) { GeartrainThrow("Net_Gearman_Client::runSet: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Client, handleResponse) { GeartrainThrow("Net_Gearman_Client::handleResponse: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Client, jobStatus) { GeartrainThrow("Net_Gearman_Client::jobStatus: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Client, disconnect) { GeartrainThrow("Net_Gearman_Client::disconnect: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Client, __destruct) {}
