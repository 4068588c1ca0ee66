#include "supervisor_config.h"

#include <strings.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "errors.h"
#include "object_util.h"

extern "C" {
#include "ext/standard/php_string.h"
#include "zend_execute.h"
#include "zend_ini.h"
}

namespace sv = geartrain::supervisor;

namespace {

bool Fail(const std::string& message) {
  std::string msg = "Net_Gearman_Supervisor: " + message;
  GeartrainThrow(msg.c_str());
  return false;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> SplitList(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    std::string item = Trim(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (!item.empty()) out.push_back(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

// A value of the config as a string (INI gives strings; PHP configs may give
// ints, bools or arrays of strings for list keys).
bool ValueString(zval* v, const std::string& where, std::string* out) {
  ZVAL_DEREF(v);
  switch (Z_TYPE_P(v)) {
    case IS_STRING:
      out->assign(Z_STRVAL_P(v), Z_STRLEN_P(v));
      return true;
    case IS_LONG:
      *out = std::to_string(Z_LVAL_P(v));
      return true;
    case IS_TRUE:
      *out = "1";
      return true;
    case IS_FALSE:
    case IS_NULL:
      out->clear();
      return true;
    case IS_ARRAY: {  // a list: worker_dir, include, exclude, host
      std::string joined;
      zval* item;
      ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
        std::string s;
        if (!ValueString(item, where, &s)) return false;
        if (!joined.empty()) joined += ',';
        joined += s;
      }
      ZEND_HASH_FOREACH_END();
      *out = joined;
      return true;
    }
    default:
      return Fail(where + " must be a string or a number, " + zend_zval_type_name(v) + " given");
  }
}

bool ParseInt(const std::string& value, const std::string& where, long long min, long long* out) {
  std::string v = Trim(value);
  char* end = nullptr;
  errno = 0;
  long long n = v.empty() ? 0 : strtoll(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || errno != 0 || n < min) {
    return Fail(where + " must be a whole number" + (min >= 0 ? " >= " + std::to_string(min) : "") +
                ", '" + value + "' given");
  }
  *out = n;
  return true;
}

bool ParseIntTo(const std::string& value, const std::string& where, long long min, int* out) {
  long long n = 0;
  if (!ParseInt(value, where, min, &n)) return false;
  if (n > 0x7fffffff) return Fail(where + " is too large: '" + value + "'");
  *out = static_cast<int>(n);
  return true;
}

bool Truthy(const std::string& v) {
  std::string t = Trim(v);
  return !(t.empty() || t == "0" || strcasecmp(t.c_str(), "false") == 0 ||
           strcasecmp(t.c_str(), "off") == 0 || strcasecmp(t.c_str(), "no") == 0);
}

bool ParseVerbose(const std::string& value, const std::string& where, int* out) {
  std::string v = Trim(value);
  if (!v.empty() && v.find_first_not_of('v') == std::string::npos) {
    *out = std::min<int>(static_cast<int>(v.size()), 5);  // "v".."vvvvv"
    return true;
  }
  if (v.empty()) {
    *out = 0;
    return true;
  }
  if (!ParseIntTo(v, where, 0, out)) return false;
  *out = std::min(*out, 5);
  return true;
}

// "256M", "1G", "0" through PHP's own ini quantity parser.
bool ParseBytes(const std::string& value, const std::string& where, long long* out) {
  zend_string* s = zend_string_init(value.data(), value.size(), 0);
  zend_string* err = nullptr;
  zend_long n = zend_ini_parse_quantity(s, &err);
  zend_string_release(s);
  if (err != nullptr) {
    std::string msg = where + ": " + std::string(ZSTR_VAL(err), ZSTR_LEN(err));
    zend_string_release(err);
    return Fail(msg);
  }
  if (n < 0) return Fail(where + " must not be negative");
  *out = n;
  return true;
}

bool ApplyGlobal(const std::string& key, const std::string& value, sv::SupervisorConfig* c) {
  std::string where = "[GearmanManager] " + key;
  if (key == "worker_dir") {
    c->worker_dirs = SplitList(value);
    if (c->worker_dirs.empty()) return Fail(where + " is empty");
    return true;
  }
  if (key == "include") {
    c->include = SplitList(value);
    return true;
  }
  if (key == "exclude") {
    c->exclude = SplitList(value);
    return true;
  }
  if (key == "host") {
    c->hosts = SplitList(value);
    if (c->hosts.empty()) return Fail(where + " is empty");
    return true;
  }
  if (key == "count") return ParseIntTo(value, where, 0, &c->count);
  if (key == "dedicated_count") return ParseIntTo(value, where, 0, &c->dedicated_count);
  if (key == "max_worker_lifetime") return ParseIntTo(value, where, 0, &c->max_worker_lifetime);
  if (key == "worker_restart_splay") return ParseIntTo(value, where, 0, &c->worker_restart_splay);
  if (key == "max_runs_per_worker") return ParseIntTo(value, where, 0, &c->max_runs_per_worker);
  if (key == "timeout") return ParseIntTo(value, where, 0, &c->timeout);
  if (key == "graceful_shutdown_wait_time") {
    return ParseIntTo(value, where, 0, &c->graceful_shutdown_wait_time);
  }
  if (key == "worker_initial_spawn_splay") {
    return ParseInt(value, where, 0, &c->worker_initial_spawn_splay_us);
  }
  if (key == "worker_memory_limit") return ParseBytes(value, where, &c->worker_memory_limit);
  if (key == "verbose") return ParseVerbose(value, where, &c->verbose);
  if (key == "auto_update") {
    c->auto_update = Truthy(value);
    return true;
  }
  if (key == "daemon") {
    c->daemon = Truthy(value);
    return true;
  }
  if (key == "log_file") {
    c->log_file = Trim(value);
    return true;
  }
  if (key == "pid_file") {
    c->pid_file = Trim(value);
    return true;
  }
  if (key == "user") {
    c->user = Trim(value);
    return true;
  }
  if (key == "prefix") {
    c->prefix = Trim(value);
    return true;
  }
  return Fail("unknown setting '" + key + "' in [GearmanManager]");
}

bool ApplyFunction(const std::string& name, HashTable* section, sv::SupervisorConfig* c) {
  sv::FunctionSettings f;
  zend_string* key;
  zval* v;
  ZEND_HASH_FOREACH_STR_KEY_VAL(section, key, v) {
    std::string k = key != nullptr ? std::string(ZSTR_VAL(key), ZSTR_LEN(key)) : "";
    std::string where = "[" + name + "] " + k;
    std::string value;
    if (!ValueString(v, where, &value)) return false;
    bool ok = true;
    if (k == "count") {
      ok = ParseIntTo(value, where, 0, &f.count);
    } else if (k == "dedicated_count") {
      ok = ParseIntTo(value, where, 0, &f.dedicated_count);
    } else if (k == "dedicated_only") {
      f.dedicated_only = Truthy(value);
    } else if (k == "timeout") {
      ok = ParseIntTo(value, where, 0, &f.timeout);
    } else if (k == "priority") {
      ok = ParseIntTo(value, where, -0x7fffffffLL, &f.priority);
    } else {
      return Fail("unknown setting '" + k + "' in [" + name + "]");
    }
    if (!ok) return false;
  }
  ZEND_HASH_FOREACH_END();
  c->functions[name] = f;
  return true;
}

}  // namespace

bool GtSupervisorParseFlags(HashTable* argv, GtSupervisorFlags* out) {
  std::vector<std::string> args;
  zval* v;
  ZEND_HASH_FOREACH_VAL(argv, v) {
    ZVAL_DEREF(v);
    if (Z_TYPE_P(v) != IS_STRING) {
      return Fail(std::string("command-line arguments must be strings, ") + zend_zval_type_name(v) +
                  " given");
    }
    args.emplace_back(Z_STRVAL_P(v), Z_STRLEN_P(v));
  }
  ZEND_HASH_FOREACH_END();
  // flag -> GearmanManager key (flags with a value).
  static const std::map<char, std::string> kValued = {
      {'c', ""},          {'D', "count"},       {'h', "host"},
      {'l', "log_file"},  {'p', "prefix"},      {'P', "pid_file"},
      {'u', "user"},      {'w', "worker_dir"},  {'r', "max_runs_per_worker"},
      {'x', "max_worker_lifetime"}, {'t', "timeout"}, {'o', "-"},
      {'m', "worker_memory_limit"}};
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() < 2 || a[0] != '-' || a[1] == '-') {
      return Fail("unexpected argument '" + a + "' (see -H)");
    }
    // Bundled flags like -ad; a valued flag takes the rest or the next word.
    for (size_t j = 1; j < a.size(); ++j) {
      char f = a[j];
      auto valued = kValued.find(f);
      if (valued != kValued.end()) {
        std::string value = a.substr(j + 1);
        if (value.empty()) {
          if (i + 1 >= args.size()) return Fail(std::string("-") + f + " needs a value");
          value = args[++i];
        }
        if (f == 'c') {
          out->config_file = value;
        } else if (valued->second != "-") {  // -o: accepted, unused (as GearmanManager)
          out->overrides[valued->second] = value;
        }
        break;
      }
      if (f == 'v') {  // -v, -vv ... (getopt's optional value is the extra v's)
        size_t n = a.find_first_not_of('v', j);
        if (n != std::string::npos) return Fail("unknown flag '" + a + "' (see -H)");
        out->overrides["verbose"] = std::to_string(std::min<size_t>(a.size() - j, 5));
        break;
      }
      switch (f) {
        case 'a':
          out->overrides["auto_update"] = "1";
          break;
        case 'd':
          out->overrides["daemon"] = "1";
          break;
        case 'H':
          out->help = true;
          break;
        case 'Z':
          out->dump = true;
          break;
        default:
          return Fail(std::string("unknown flag -") + f + " (see -H)");
      }
    }
  }
  return true;
}

bool GtSupervisorLoadFile(const std::string& path, zval* out) {
  ZVAL_UNDEF(out);
  auto ends = [&](const char* ext) {
    size_t n = strlen(ext);
    return path.size() > n && strcasecmp(path.c_str() + path.size() - n, ext) == 0;
  };
  if (access(path.c_str(), R_OK) != 0) return Fail("config file " + path + " cannot be read");
  if (ends(".ini")) {
    zval args[2], ret;
    ZVAL_STRINGL(&args[0], path.data(), path.size());
    ZVAL_TRUE(&args[1]);
    zval fn;
    ZVAL_STRING(&fn, "parse_ini_file");
    ZVAL_UNDEF(&ret);
    call_user_function(nullptr, nullptr, &fn, &ret, 2, args);
    zval_ptr_dtor(&fn);
    zval_ptr_dtor(&args[0]);
    if (EG(exception)) return false;
    if (Z_TYPE(ret) != IS_ARRAY) {
      zval_ptr_dtor(&ret);
      return Fail("config file " + path + " is not valid INI");
    }
    ZVAL_COPY_VALUE(out, &ret);
    return true;
  }
  if (ends(".php")) {
    // The file runs in a scope of its own and must set $gearman_config.
    zend_string* raw = zend_string_init(path.data(), path.size(), 0);
    zend_string* quoted = php_addslashes(raw);
    // zend_eval_stringl() makes this an expression ("return ...;").
    std::string code = "(static function () { require '" + std::string(ZSTR_VAL(quoted)) +
                       "'; return isset($gearman_config) ? $gearman_config : null; })()";
    zend_string_release(quoted);
    zend_string_release(raw);
    zval ret;
    ZVAL_UNDEF(&ret);
    if (zend_eval_stringl(code.data(), code.size(), &ret, "Net_Gearman_Supervisor config") !=
            SUCCESS ||
        EG(exception)) {
      zval_ptr_dtor(&ret);
      if (!EG(exception)) Fail("config file " + path + " could not be run");
      return false;
    }
    if (Z_TYPE(ret) != IS_ARRAY) {
      zval_ptr_dtor(&ret);
      return Fail("config file " + path + " does not set the array $gearman_config");
    }
    ZVAL_COPY_VALUE(out, &ret);
    return true;
  }
  return Fail("config file " + path + ": no configuration found (use a .ini or .php file)");
}

bool GtSupervisorNormalize(HashTable* config, const std::map<std::string, std::string>& overrides,
                           sv::SupervisorConfig* out) {
  *out = sv::SupervisorConfig();
  if (config != nullptr) {
    HashTable* global = nullptr;
    zend_string* key;
    zval* v;
    // The [GearmanManager] section, matched case-insensitively; without one,
    // scalar entries are global settings (a flat array).
    ZEND_HASH_FOREACH_STR_KEY_VAL(config, key, v) {
      ZVAL_DEREF(v);
      if (key != nullptr && strcasecmp(ZSTR_VAL(key), "GearmanManager") == 0 && Z_TYPE_P(v) == IS_ARRAY) {
        global = Z_ARRVAL_P(v);
      }
    }
    ZEND_HASH_FOREACH_END();
    auto apply_global = [&](HashTable* ht, bool only_scalars) {
      zend_string* k;
      zval* val;
      ZEND_HASH_FOREACH_STR_KEY_VAL(ht, k, val) {
        if (k == nullptr) return Fail("settings need names; got a list entry");
        zval* d = val;
        ZVAL_DEREF(d);
        if (only_scalars && Z_TYPE_P(d) == IS_ARRAY &&
            strcmp(ZSTR_VAL(k), "worker_dir") != 0 && strcmp(ZSTR_VAL(k), "include") != 0 &&
            strcmp(ZSTR_VAL(k), "exclude") != 0 && strcmp(ZSTR_VAL(k), "host") != 0) {
          continue;  // a function section
        }
        std::string name(ZSTR_VAL(k), ZSTR_LEN(k));
        std::string value;
        if (!ValueString(val, "[GearmanManager] " + name, &value)) return false;
        if (!ApplyGlobal(name, value, out)) return false;
      }
      ZEND_HASH_FOREACH_END();
      return true;
    };
    if (global != nullptr ? !apply_global(global, false) : !apply_global(config, true)) return false;
    ZEND_HASH_FOREACH_STR_KEY_VAL(config, key, v) {
      ZVAL_DEREF(v);
      if (key == nullptr || Z_TYPE_P(v) != IS_ARRAY) continue;
      if (strcasecmp(ZSTR_VAL(key), "GearmanManager") == 0) continue;
      std::string name(ZSTR_VAL(key), ZSTR_LEN(key));
      if (global == nullptr && (name == "worker_dir" || name == "include" || name == "exclude" || name == "host")) {
        continue;
      }
      if (!ApplyFunction(name, Z_ARRVAL_P(v), out)) return false;
    }
    ZEND_HASH_FOREACH_END();
  }
  for (const auto& [k, value] : overrides) {
    if (!ApplyGlobal(k, value, out)) return false;
  }
  return true;
}

std::string GtSupervisorUsage(const std::string& program) {
  return "Usage: " + program + " [options]\n"
         "GearmanManager-compatible supervisor of Net_Gearman workers.\n\n"
         "  -a              check the worker dirs for new, changed and removed files (inotify)\n"
         "  -c CONFIG       configuration file (.ini or .php setting $gearman_config)\n"
         "  -d              run as a daemon\n"
         "  -D NUMBER       number of \"do all\" workers (count)\n"
         "  -h HOST[:PORT]  job servers, comma separated (host)\n"
         "  -H              this help\n"
         "  -l LOG_FILE     log file, or 'syslog' (default: stdout)\n"
         "  -m BYTES        restart a worker whose memory (RSS) exceeds this, e.g. 256M\n"
         "  -p PREFIX       function/class prefix (prefix; kept for the PECL flavour)\n"
         "  -P PID_FILE     pid file\n"
         "  -r NUMBER       jobs a worker runs before it is restarted (max_runs_per_worker)\n"
         "  -t SECONDS      job timeout (timeout; GearmanManager documents but ignores it)\n"
         "  -u USERNAME     run as this user (setgid, initgroups, setuid)\n"
         "  -v              verbose: -v INFO, -vv PROC, -vvv WORKER, -vvvv DEBUG, -vvvvv CRAZY\n"
         "  -w DIR[,DIR]    worker directories (worker_dir)\n"
         "  -x SECONDS      maximum worker lifetime (max_worker_lifetime)\n"
         "  -Z              print the merged configuration and exit\n"
         "Signals: TERM/INT stop (a second one kills), HUP reloads the config and restarts the\n"
         "workers one by one as they finish their jobs, USR1 writes the status to the log.\n";
}
