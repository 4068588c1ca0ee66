// Net_Gearman_Supervisor's configuration: GearmanManager's files, arrays and
// flags onto core/supervisor's SupervisorConfig.
//
// Contract:
// - GtSupervisorParseFlags() reads GearmanManager's command line (getopt
//   "ac:dD:h:Hl:o:p:P:u:v::w:r:x:Z" plus -t, which GearmanManager documents
//   but ignores, and -m for the memory limit): the config file, and the
//   values that override it, as GearmanManager's key names.
// - GtSupervisorLoadFile() reads a `.ini` (PHP's parse_ini_file, sections
//   on) or a `.php` file that sets $gearman_config, into a PHP array.
// - GtSupervisorNormalize() turns such an array ([GearmanManager] section,
//   matched case-insensitively, plus one section per function; or a flat
//   array of global keys) and the flag overrides into a SupervisorConfig.
//   Unknown keys, non-numeric numbers and bad values are errors.
// All return false with a Net_Gearman_Exception pending that says what is
// wrong and where.
#ifndef GEARTRAIN_PHP_EXT_SUPERVISOR_CONFIG_H_
#define GEARTRAIN_PHP_EXT_SUPERVISOR_CONFIG_H_

#include <map>
#include <string>

#include "php_geartrain.h"
#include "supervisor/config.h"

struct GtSupervisorFlags {
  std::string config_file;
  std::map<std::string, std::string> overrides;  // GearmanManager key -> value
  bool help = false;
  bool dump = false;  // -Z: print the merged configuration and exit
};

bool GtSupervisorParseFlags(HashTable* argv, GtSupervisorFlags* out);
bool GtSupervisorLoadFile(const std::string& path, zval* out);
bool GtSupervisorNormalize(HashTable* config, const std::map<std::string, std::string>& overrides,
                           geartrain::supervisor::SupervisorConfig* out);
std::string GtSupervisorUsage(const std::string& program);

#endif  // GEARTRAIN_PHP_EXT_SUPERVISOR_CONFIG_H_
