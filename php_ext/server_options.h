// Net_Gearman_Server's options: PHP names and types onto geartraind's flags.
//
// Contract: both functions fill `out` through geartraind's own parser, so the
// values accepted and their limits are exactly geartraind's. They return
// false with a Net_Gearman_Exception pending that names the option (or the
// flag) and what is wrong: an unknown name, a wrong type, a bad value, or a
// flag that has no meaning inside php-cli (--daemon, --user).
// GtServerOptionsParse() also applies the embedded default queue (see
// server.cc); GtServerOptionsParseArgs() keeps geartraind's defaults.
#ifndef GEARTRAIN_PHP_EXT_SERVER_OPTIONS_H_
#define GEARTRAIN_PHP_EXT_SERVER_OPTIONS_H_

#include "geartraind/options.h"
#include "php_geartrain.h"

bool GtServerOptionsParse(HashTable* options, geartrain::DaemonOptions* out);
bool GtServerOptionsParseArgs(HashTable* args, geartrain::DaemonOptions* out);

#endif  // GEARTRAIN_PHP_EXT_SERVER_OPTIONS_H_
