// PLACEHOLDER: replaced by the Manager implementation (in progress).
#include "errors.h"
#include "php_geartrain.h"

void GeartrainManagerMinit(zend_class_entry*) {}

PHP_METHOD(Net_Gearman_Manager, __construct) { GeartrainThrow("Net_Gearman_Manager::__construct: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, version) { GeartrainThrow("Net_Gearman_Manager::version: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, shutdown) { GeartrainThrow("Net_Gearman_Manager::shutdown: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, workers) { GeartrainThrow("Net_Gearman_Manager::workers: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, parseWorkersResponse) { GeartrainThrow("Net_Gearman_Manager::parseWorkersResponse: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, setMaxQueueSize) { GeartrainThrow("Net_Gearman_Manager::setMaxQueueSize: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, status) { GeartrainThrow("Net_Gearman_Manager::status: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, getPid) { GeartrainThrow("Net_Gearman_Manager::getPid: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, showJobs) { GeartrainThrow("Net_Gearman_Manager::showJobs: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, showUniqueJobs) { GeartrainThrow("Net_Gearman_Manager::showUniqueJobs: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, cancelJob) { GeartrainThrow("Net_Gearman_Manager::cancelJob: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, createFunction) { GeartrainThrow("Net_Gearman_Manager::createFunction: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, dropFunction) { GeartrainThrow("Net_Gearman_Manager::dropFunction: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, priorityStatus) { GeartrainThrow("Net_Gearman_Manager::priorityStatus: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, verbose) { GeartrainThrow("Net_Gearman_Manager::verbose: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, sendCommand) { GeartrainThrow("Net_Gearman_Manager::sendCommand: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, recvCommand) { GeartrainThrow("Net_Gearman_Manager::recvCommand: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, checkForError) { GeartrainThrow("Net_Gearman_Manager::checkForError: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, disconnect) { GeartrainThrow("Net_Gearman_Manager::disconnect: not built yet"); RETURN_THROWS(); }
PHP_METHOD(Net_Gearman_Manager, __destruct) {}
