#include "server_options.h"

#include <unistd.h>

#include <string>
#include <vector>

#include "errors.h"

namespace {

enum class Kind { kInt, kBool, kString };

struct OptionSpec {
  const char* name;  // the PHP option
  Kind kind;
  const char* flag;  // geartraind's long flag, without "--"
};

// Special cases (queue, admin_shutdown, io_uring) are handled in ToFlags().
const OptionSpec kOptions[] = {
    {"host", Kind::kString, "listen"},
    {"port", Kind::kInt, "port"},
    {"backlog", Kind::kInt, "backlog"},
    {"queue", Kind::kString, nullptr},
    {"sqlite_table", Kind::kString, "libsqlite3-table"},
    {"store_mode", Kind::kString, "store-mode"},
    {"store_queue_on_shutdown", Kind::kBool, "store-queue-on-shutdown"},
    {"round_robin", Kind::kBool, "round-robin"},
    {"job_retries", Kind::kInt, "job-retries"},
    {"worker_wakeup", Kind::kInt, "worker-wakeup"},
    {"exceptions", Kind::kBool, "exceptions"},
    {"job_handle_prefix", Kind::kString, "job-handle-prefix"},
    {"max_packet_size", Kind::kInt, "max-packet-size"},
    {"max_connections", Kind::kInt, "max-connections"},
    {"keepalive", Kind::kBool, "keepalive"},
    {"keepalive_idle", Kind::kInt, "keepalive-idle"},
    {"keepalive_interval", Kind::kInt, "keepalive-interval"},
    {"keepalive_count", Kind::kInt, "keepalive-count"},
    {"admin_shutdown", Kind::kBool, nullptr},
    {"io_uring", Kind::kBool, nullptr},
    {"log_file", Kind::kString, "log-file"},
    {"log_level", Kind::kString, "verbose"},
    {"syslog", Kind::kBool, "syslog"},
    {"pid_file", Kind::kString, "pid-file"},
};

const OptionSpec* FindOption(zend_string* name) {
  for (const OptionSpec& o : kOptions) {
    if (zend_string_equals_cstr(name, o.name, strlen(o.name))) return &o;
  }
  return nullptr;
}

std::string KnownNames() {
  std::string names;
  for (const OptionSpec& o : kOptions) {
    if (!names.empty()) names += ", ";
    names += o.name;
  }
  return names;
}

const char* KindName(Kind k) {
  switch (k) {
    case Kind::kInt:
      return "int";
    case Kind::kBool:
      return "bool";
    case Kind::kString:
      return "string";
  }
  return "?";
}

bool Fail(const std::string& message) {
  std::string msg = "Net_Gearman_Server: " + message;
  GeartrainThrow(msg.c_str());
  return false;
}

// geartraind flags for one option; false (exception pending) on a bad value.
bool ToFlags(const OptionSpec& spec, zval* value, std::vector<std::string>* flags) {
  std::string name = spec.name;
  bool type_ok = spec.kind == Kind::kInt      ? Z_TYPE_P(value) == IS_LONG
                 : spec.kind == Kind::kBool   ? (Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE)
                                              : Z_TYPE_P(value) == IS_STRING;
  if (!type_ok) {
    return Fail("option '" + name + "' must be of type " + KindName(spec.kind) + ", " +
                zend_zval_type_name(value) + " given");
  }
  if (spec.kind == Kind::kString && zend_str_has_nul_byte(Z_STR_P(value))) {
    return Fail("option '" + name + "' must not contain NUL bytes");
  }
  if (name == "queue") {
    std::string q(Z_STRVAL_P(value), Z_STRLEN_P(value));
    if (q == "memory") {
      flags->push_back("--queue-type=builtin");
    } else if (q.rfind("sqlite:", 0) == 0 && q.size() > 7) {
      flags->push_back("--queue-type=libsqlite3");
      flags->push_back("--libsqlite3-db=" + q.substr(7));
    } else {
      return Fail("option 'queue' must be 'memory' or 'sqlite:PATH', '" + q + "' given");
    }
    return true;
  }
  if (name == "admin_shutdown") {
    if (Z_TYPE_P(value) == IS_FALSE) flags->push_back("--no-admin-shutdown");
    return true;
  }
  if (name == "io_uring") {
    if (Z_TYPE_P(value) == IS_FALSE) flags->push_back("--no-io-uring");
    return true;
  }
  switch (spec.kind) {
    case Kind::kInt:
      flags->push_back(std::string("--") + spec.flag + "=" + std::to_string(Z_LVAL_P(value)));
      break;
    case Kind::kBool:
      if (Z_TYPE_P(value) == IS_TRUE) flags->push_back(std::string("--") + spec.flag);
      break;
    case Kind::kString:
      flags->push_back(std::string("--") + spec.flag + "=" + Z_STRVAL_P(value));
      break;
  }
  return true;
}

// Flags geartraind has that mean nothing for a server living in a PHP script.
bool RejectProcessFlags(const geartrain::DaemonOptions& o) {
  if (o.daemon) return Fail("--daemon is not supported: run the script under a process manager");
  if (!o.user.empty()) return Fail("--user is not supported: start PHP as that user");
  if (o.show_help || o.show_version || o.check_args) {
    return Fail("--help, --version and --check-args are for the command line (see usage())");
  }
  return true;
}

}  // namespace

bool GtServerOptionsParse(HashTable* options, geartrain::DaemonOptions* out) {
  std::vector<std::string> all;
  std::vector<std::pair<const OptionSpec*, std::vector<std::string>>> each;
  bool has_queue = false;
  if (options != nullptr) {
    zend_string* key;
    zend_ulong idx;
    zval* value;
    ZEND_HASH_FOREACH_KEY_VAL(options, idx, key, value) {
      if (key == nullptr) {
        return Fail("options are name => value pairs; got the integer key " +
                    std::to_string(idx) + " (known: " + KnownNames() + ")");
      }
      const OptionSpec* spec = FindOption(key);
      if (spec == nullptr) {
        return Fail(std::string("unknown option '") + ZSTR_VAL(key) + "' (known: " +
                    KnownNames() + ")");
      }
      ZVAL_DEREF(value);
      std::vector<std::string> flags;
      if (!ToFlags(*spec, value, &flags)) return false;
      has_queue = has_queue || strcmp(spec->name, "queue") == 0;
      all.insert(all.end(), flags.begin(), flags.end());
      each.emplace_back(spec, std::move(flags));
    }
    ZEND_HASH_FOREACH_END();
  }
  geartrain::ParseResult r;
  CxxFirewall([&] { r = geartrain::ParseOptions(all, out); });
  if (EG(exception)) return false;
  if (!r.ok) {
    // Name the option when one is wrong on its own (a bad number, level,
    // size); otherwise the error is about a combination.
    for (const auto& [spec, flags] : each) {
      geartrain::DaemonOptions scratch;
      geartrain::ParseResult alone;
      CxxFirewall([&] { alone = geartrain::ParseOptions(flags, &scratch); });
      if (EG(exception)) return false;
      if (!alone.ok && alone.error == r.error) {
        return Fail(std::string("option '") + spec->name + "': " + r.error);
      }
    }
    return Fail(r.error);
  }
  if (!has_queue && out->server.port != 0) {
    // Durable by default, one file per port in the current directory.
    char cwd[4096];
    std::string dir = getcwd(cwd, sizeof cwd) != nullptr ? std::string(cwd) : std::string(".");
    all.push_back("--queue-type=libsqlite3");
    all.push_back("--libsqlite3-db=" + dir + "/geartrain-queue-" +
                  std::to_string(out->server.port) + ".sqlite");
    *out = geartrain::DaemonOptions();
    CxxFirewall([&] { r = geartrain::ParseOptions(all, out); });
    if (EG(exception)) return false;
    if (!r.ok) return Fail(r.error);
  }
  return RejectProcessFlags(*out);
}

bool GtServerOptionsParseArgs(HashTable* args, geartrain::DaemonOptions* out) {
  std::vector<std::string> argv;
  zval* value;
  ZEND_HASH_FOREACH_VAL(args, value) {
    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) != IS_STRING) {
      return Fail(std::string("command-line arguments must be strings, ") +
                  zend_zval_type_name(value) + " given");
    }
    if (zend_str_has_nul_byte(Z_STR_P(value))) return Fail("arguments must not contain NUL bytes");
    argv.emplace_back(Z_STRVAL_P(value), Z_STRLEN_P(value));
  }
  ZEND_HASH_FOREACH_END();
  geartrain::ParseResult r;
  CxxFirewall([&] { r = geartrain::ParseOptions(argv, out); });
  if (EG(exception)) return false;
  if (!r.ok) return Fail(r.error);
  return RejectProcessFlags(*out);
}
