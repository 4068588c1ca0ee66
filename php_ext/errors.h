// Failure mapping for the geartrain binding. Contract: every failure a method
// reports to PHP goes through here, so messages and exception classes stay in
// one place. CxxFirewall() is the only way binding code runs C++ that may
// throw: no C++ exception may unwind through Zend frames (undefined
// behaviour), so it converts std::exception and anything else into a
// Net_Gearman_Exception. The callable must not call back into PHP userland
// (a zend_bailout longjmp would skip C++ destructors).
#ifndef GEARTRAIN_PHP_EXT_ERRORS_H_
#define GEARTRAIN_PHP_EXT_ERRORS_H_

#include <exception>

#include "php_geartrain.h"

// Throws Net_Gearman_Exception(message) with code 0, as the library does.
void GeartrainThrow(const char* message);
// Same, taking a zend_string (the message is copied).
void GeartrainThrowStr(zend_string* message);
// Maps a caught C++ exception to Net_Gearman_Exception("geartrain: <what>").
void GeartrainThrowCxx(const std::exception* e);

template <typename Fn>
inline void CxxFirewall(Fn&& fn) {
  try {
    fn();
  } catch (const std::exception& e) {
    GeartrainThrowCxx(&e);
  } catch (...) {
    GeartrainThrowCxx(nullptr);
  }
}

#endif  // GEARTRAIN_PHP_EXT_ERRORS_H_
