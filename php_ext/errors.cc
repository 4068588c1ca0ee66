// Implements errors.h: maps binding failures onto Net_Gearman_Exception.
// Kept separate so later classes (Client, Worker, Connection) reuse the same
// messages and codes instead of each calling zend_throw_exception directly.
#include "errors.h"

extern "C" {
#include "zend_exceptions.h"
}

void GeartrainThrow(const char* message) {
  zend_throw_exception(geartrain_ce_exception, message, 0);
}

void GeartrainThrowStr(zend_string* message) {
  zend_throw_exception(geartrain_ce_exception, ZSTR_VAL(message), 0);
}

void GeartrainThrowCxx(const std::exception* e) {
  // Never throw on top of a pending PHP exception: the first one wins.
  if (EG(exception)) return;
  if (e != nullptr) {
    zend_throw_exception_ex(geartrain_ce_exception, 0, "geartrain: %s", e->what());
  } else {
    zend_throw_exception(geartrain_ce_exception, "geartrain: unknown C++ exception", 0);
  }
}
