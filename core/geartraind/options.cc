#include "geartraind/options.h"

#include <climits>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

namespace geartrain {
namespace {

struct OptionSpec {
  const char* long_name;  // without "--"
  char short_name;        // 0: none
  bool takes_value;
  const char* help;
  std::function<bool(const std::string& value, DaemonOptions* o, std::string* error)> apply;
};

bool ToInt(const std::string& v, long min, long max, long* out, std::string* error,
           const char* name) {
  char* end = nullptr;
  errno = 0;
  long n = std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || errno != 0 || n < min || n > max) {
    *error = std::string("--") + name + ": '" + v + "' is not a number from " +
             std::to_string(min) + " to " + std::to_string(max);
    return false;
  }
  *out = n;
  return true;
}

// Builds a setter for an integer field.
template <typename T>
std::function<bool(const std::string&, DaemonOptions*, std::string*)> Int(
    const char* name, long min, long max, T DaemonOptions::*field) {
  return [=](const std::string& v, DaemonOptions* o, std::string* e) {
    long n;
    if (!ToInt(v, min, max, &n, e, name)) return false;
    o->*field = static_cast<T>(n);
    return true;
  };
}

template <typename T>
std::function<bool(const std::string&, DaemonOptions*, std::string*)> ServerInt(
    const char* name, long min, long max, T ServerConfig::*field) {
  return [=](const std::string& v, DaemonOptions* o, std::string* e) {
    long n;
    if (!ToInt(v, min, max, &n, e, name)) return false;
    o->server.*field = static_cast<T>(n);
    return true;
  };
}

std::function<bool(const std::string&, DaemonOptions*, std::string*)> Flag(
    std::function<void(DaemonOptions*)> set) {
  return [=](const std::string&, DaemonOptions* o, std::string*) {
    set(o);
    return true;
  };
}

std::function<bool(const std::string&, DaemonOptions*, std::string*)> Text(
    std::function<void(DaemonOptions*, const std::string&)> set) {
  return [=](const std::string& v, DaemonOptions* o, std::string*) {
    set(o, v);
    return true;
  };
}

bool ApplyConfigFile(const std::string& path, DaemonOptions* o, std::string* error);

const std::vector<OptionSpec>& Specs() {
  static const std::vector<OptionSpec> specs = {
      {"backlog", 'b', true, "listen() backlog (32)", ServerInt("backlog", 1, INT_MAX, &ServerConfig::backlog)},
      {"daemon", 'd', false, "detach and run in the background", Flag([](DaemonOptions* o) { o->daemon = true; })},
      {"exceptions", 0, false, "every connection starts with exceptions enabled",
       Flag([](DaemonOptions* o) { o->server.exceptions = true; })},
      {"file-descriptors", 'f', true, "raise the open-file limit to N",
       Int("file-descriptors", 1, INT_MAX, &DaemonOptions::file_descriptors)},
      {"help", 'h', false, "print this help", Flag([](DaemonOptions* o) { o->show_help = true; })},
      {"version", 'V', false, "print the version", Flag([](DaemonOptions* o) { o->show_version = true; })},
      {"job-retries", 'j', true, "attempts before a job is dropped (0 = unlimited)",
       ServerInt("job-retries", 0, UINT32_MAX, &ServerConfig::job_retries)},
      {"job-handle-prefix", 0, true, "job handle prefix (H:<hostname>)",
       [](const std::string& v, DaemonOptions* o, std::string* e) {
         if (v.size() > 40) {
           *e = "--job-handle-prefix: at most 40 bytes (handles must stay under 64)";
           return false;
         }
         o->server.handle_prefix = v;
         return true;
       }},
      {"hashtable-buckets", 0, true, "accepted for compatibility; tables grow as needed",
       [](const std::string& v, DaemonOptions*, std::string* e) {
         long n;
         return ToInt(v, 1, INT_MAX, &n, e, "hashtable-buckets");
       }},
      {"keepalive", 0, false, "TCP keepalive (always on for accepted sockets)",
       Flag([](DaemonOptions* o) { o->server.keepalive = true; })},
      {"keepalive-idle", 0, true, "TCP_KEEPIDLE seconds",
       ServerInt("keepalive-idle", -1, INT_MAX, &ServerConfig::keepalive_idle)},
      {"keepalive-interval", 0, true, "TCP_KEEPINTVL seconds",
       ServerInt("keepalive-interval", -1, INT_MAX, &ServerConfig::keepalive_interval)},
      {"keepalive-count", 0, true, "TCP_KEEPCNT probes",
       ServerInt("keepalive-count", -1, INT_MAX, &ServerConfig::keepalive_count)},
      {"log-file", 'l', true, "log file, 'stderr' or 'none' (stderr)",
       Text([](DaemonOptions* o, const std::string& v) { o->server.log_file = v; })},
      {"listen", 'L', true, "address to listen on (all)",
       Text([](DaemonOptions* o, const std::string& v) { o->server.listen_host = v; })},
      {"port", 'p', true, "port (4730, or $GEARMAND_PORT)",
       ServerInt("port", 0, 65535, &ServerConfig::port)},
      {"pid-file", 'P', true, "write the process id here",
       Text([](DaemonOptions* o, const std::string& v) { o->pid_file = v; })},
      {"protocol", 'r', true, "extra protocol plugin (none supported)",
       [](const std::string& v, DaemonOptions*, std::string* e) {
         *e = "--protocol " + v + ": protocol plugins (http) are not supported";
         return false;
       }},
      {"round-robin", 'R', false, "serve a worker's functions in rotation",
       Flag([](DaemonOptions* o) { o->server.round_robin = true; })},
      {"queue-type", 'q', true, "persistent queue: builtin (memory) or libsqlite3",
       Text([](DaemonOptions* o, const std::string& v) { o->queue_type = v; })},
      {"libsqlite3-db", 0, true, "SQLite database file",
       Text([](DaemonOptions* o, const std::string& v) { o->sqlite_db = v; })},
      {"libsqlite3-table", 0, true, "SQLite table (gearman_queue)",
       Text([](DaemonOptions* o, const std::string& v) { o->sqlite_table = v; })},
      {"store-queue-on-shutdown", 0, false, "write the queue only at shutdown",
       Flag([](DaemonOptions* o) { o->store_on_shutdown = true; })},
      {"sqlite", 0, true, "short for -q libsqlite3 --libsqlite3-db=FILE",
       Text([](DaemonOptions* o, const std::string& v) {
         o->queue_type = "libsqlite3";
         o->sqlite_db = v;
       })},
      {"store-mode", 0, true, "ack-after-commit (zero loss), async, shutdown-only",
       Text([](DaemonOptions* o, const std::string& v) { o->store_mode = v; })},
      {"sqlite-max-pages", 0, true, "(testing) limit the database size in pages",
       Int("sqlite-max-pages", 1, INT_MAX, &DaemonOptions::sqlite_max_pages)},
      {"config-file", 0, true, "read more options from this file", &ApplyConfigFile},
      {"syslog", 0, false, "also log to syslog", Flag([](DaemonOptions* o) { o->server.syslog = true; })},
      {"coredump", 0, false, "accepted for compatibility", Flag([](DaemonOptions*) {})},
      {"threads", 't', true, "accepted for compatibility; one event loop serves all",
       Int("threads", 0, 1024, &DaemonOptions::threads)},
      {"user", 'u', true, "switch to this user after binding",
       Text([](DaemonOptions* o, const std::string& v) { o->user = v; })},
      {"verbose", 0, true, "FATAL ALERT CRITICAL ERROR WARNING NOTICE INFO DEBUG (ERROR)",
       [](const std::string& v, DaemonOptions* o, std::string* e) {
         if (!ParseLogLevel(v, &o->server.verbose)) {
           *e = "--verbose: unknown level '" + v +
                "' (FATAL, ALERT, CRITICAL, ERROR, WARNING, NOTICE, INFO, DEBUG)";
           return false;
         }
         return true;
       }},
      {"worker-wakeup", 'w', true, "sleeping workers woken per new job (0 = one per job)",
       ServerInt("worker-wakeup", 0, UINT32_MAX, &ServerConfig::worker_wakeup)},
      {"check-args", 0, false, "check the options and exit",
       Flag([](DaemonOptions* o) { o->check_args = true; })},
      {"max-packet-size", 0, true, "largest packet body in bytes (67108864)",
       ServerInt("max-packet-size", 1024, UINT32_MAX, &ServerConfig::max_packet)},
      {"max-connections", 0, true, "refuse connections beyond N (0 = no limit)",
       ServerInt("max-connections", 0, UINT32_MAX, &ServerConfig::max_connections)},
      {"no-admin-shutdown", 0, false, "refuse the admin 'shutdown' command",
       Flag([](DaemonOptions* o) { o->server.admin_shutdown = false; })},
      {"no-io-uring", 0, false, "make every socket call directly, not batched through io_uring",
       Flag([](DaemonOptions* o) { o->server.batch_io = false; })},
  };
  return specs;
}

const OptionSpec* FindLong(const std::string& name) {
  for (const OptionSpec& s : Specs()) {
    if (name == s.long_name) return &s;
  }
  return nullptr;
}

const OptionSpec* FindShort(char c) {
  for (const OptionSpec& s : Specs()) {
    if (s.short_name == c) return &s;
  }
  return nullptr;
}

bool ParseInto(const std::vector<std::string>& args, DaemonOptions* o, bool* port_given,
               std::string* error) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const OptionSpec* spec = nullptr;
    std::string value;
    bool has_inline = false;
    if (a.rfind("--", 0) == 0 && a.size() > 2) {
      std::string name = a.substr(2);
      size_t eq = name.find('=');
      if (eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        has_inline = true;
      }
      if (name == "ssl" || name.rfind("ssl-", 0) == 0) {
        *error = "--" + name + ": TLS is not supported by this build";
        return false;
      }
      spec = FindLong(name);
      if (spec == nullptr) {
        *error = "unknown option '--" + name + "' (see --help)";
        return false;
      }
      if (!spec->takes_value && has_inline) {
        *error = "--" + name + " takes no value";
        return false;
      }
    } else if (a.size() >= 2 && a[0] == '-' && a[1] != '-') {
      if (a[1] == 'v') {
        *error = "-v is deprecated; use --verbose=LEVEL";
        return false;
      }
      spec = FindShort(a[1]);
      if (spec == nullptr) {
        *error = "unknown option '" + a.substr(0, 2) + "' (see --help)";
        return false;
      }
      if (a.size() > 2) {
        if (!spec->takes_value) {
          *error = "unknown option '" + a + "' (flags cannot be combined)";
          return false;
        }
        value = a.substr(2);
        has_inline = true;
      }
    } else {
      *error = "unexpected argument '" + a + "'";
      return false;
    }
    if (spec->takes_value && !has_inline) {
      if (i + 1 >= args.size()) {
        *error = std::string("--") + spec->long_name + " needs a value";
        return false;
      }
      value = args[++i];
    }
    if (std::string(spec->long_name) == "port") *port_given = true;
    if (!spec->apply(value, o, error)) return false;
  }
  return true;
}

bool ApplyConfigFile(const std::string& path, DaemonOptions* o, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "--config-file: cannot read '" + path + "'";
    return false;
  }
  std::vector<std::string> words;
  std::string w;
  while (in >> w) words.push_back(w);
  bool port_given = false;
  if (!ParseInto(words, o, &port_given, error)) {
    *error = path + ": " + *error;
    return false;
  }
  return true;
}

}  // namespace

ParseResult ParseOptions(const std::vector<std::string>& args, DaemonOptions* options) {
  ParseResult r;
  bool port_given = false;
  if (!ParseInto(args, options, &port_given, &r.error)) {
    r.ok = false;
    return r;
  }
  if (!port_given) {
    const char* env = std::getenv("GEARMAND_PORT");
    if (env != nullptr && *env != '\0') {
      long n;
      if (!ToInt(env, 0, 65535, &n, &r.error, "port")) {
        r.ok = false;
        r.error = "GEARMAND_PORT: " + r.error;
        return r;
      }
      options->server.port = static_cast<uint16_t>(n);
    }
  }
  const std::string& q = options->queue_type;
  if (q != "builtin" && q != "libsqlite3") {
    r.ok = false;
    r.error = "--queue-type " + q + ": unknown queue type (available: builtin, libsqlite3)";
  } else if (q == "libsqlite3" && options->sqlite_db.empty()) {
    r.ok = false;
    r.error = "-q libsqlite3: missing required --libsqlite3-db=FILE";
  } else if (q == "builtin" && (!options->store_mode.empty() || options->store_on_shutdown)) {
    r.ok = false;
    r.error = "--store-mode and --store-queue-on-shutdown need -q libsqlite3";
  } else if (!options->store_mode.empty() && options->store_mode != "ack-after-commit" &&
             options->store_mode != "async" && options->store_mode != "shutdown-only") {
    r.ok = false;
    r.error = "--store-mode " + options->store_mode +
              ": unknown mode (ack-after-commit, async, shutdown-only)";
  } else if (options->store_on_shutdown && !options->store_mode.empty() &&
             options->store_mode != "shutdown-only") {
    r.ok = false;
    r.error = "--store-queue-on-shutdown conflicts with --store-mode " + options->store_mode;
  }
  return r;
}

std::string UsageText() {
  std::ostringstream out;
  out << "Usage: geartraind [OPTIONS]\n\nA Gearman job server; accepts gearmand's options.\n\n";
  for (const OptionSpec& s : Specs()) {
    std::string flags = s.short_name ? std::string("-") + s.short_name + ", " : "    ";
    flags += std::string("--") + s.long_name + (s.takes_value ? "=VALUE" : "");
    out << "  " << flags;
    for (size_t pad = flags.size(); pad < 34; ++pad) out << ' ';
    out << s.help << "\n";
  }
  return out.str();
}

std::string VersionText() {
  return "geartraind 0.1.0 (speaks the gearmand 1.1.20 protocol)\n";
}

}  // namespace geartrain
