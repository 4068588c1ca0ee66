#include "options.h"

#include <getopt.h>

#include <cstdlib>

namespace geartrain::bench {
namespace {

enum OptionId {
  kHost = 1000,
  kPort,
  kScenario,
  kFunction,
  kJobs,
  kConnections,
  kWindow,
  kPayload,
  kUnique,
  kClients,
  kWorkers,
  kGrab,
  kSlices,
  kTimeout,
  kHelp,
};

bool ParseInt(const char* text, long min, long max, long* out) {
  char* end = nullptr;
  long v = std::strtol(text, &end, 10);
  if (end == text || *end != '\0' || v < min || v > max) return false;
  *out = v;
  return true;
}

}  // namespace

std::string Usage() {
  return "usage: geartrain-loadgen --port P --scenario NAME [options]\n"
         "scenarios:\n"
         "  bg_submit     pipelined SUBMIT_JOB_BG, rate of acknowledged jobs (default 200000)\n"
         "  bg_e2e        background jobs submitted and drained by workers at once (100000)\n"
         "  fg_roundtrip  synchronous SUBMIT_JOB round trips through echo workers (100000)\n"
         "  fill          queue jobs with no worker; rate overall and per slice (300000)\n"
         "  version       wait until the admin `version` command is answered; print it\n"
         "  serve         K echo workers for --function; print a ready line once all are\n"
         "                registered, serve until SIGTERM/SIGINT or --timeout (4 workers)\n"
         "options:\n"
         "  --host H            server address (127.0.0.1)\n"
         "  --port P            server port (required)\n"
         "  --jobs N            jobs in the run (per-scenario default above)\n"
         "  --connections N     submitting connections (4)\n"
         "  --window W          outstanding submissions per connection (256)\n"
         "  --payload BYTES     payload size (100)\n"
         "  --unique none|uuid  unique id per job: empty, or a UUID like libgearman (none)\n"
         "  --function NAME     function name (bench)\n"
         "  --clients C         fg_roundtrip client connections (8)\n"
         "  --workers K         worker connections (bg_e2e 8, fg_roundtrip and serve 4)\n"
         "  --grab plain|uniq|all  GRAB_JOB, GRAB_JOB_UNIQ or GRAB_JOB_ALL (plain)\n"
         "  --slices N          fill: number of slices to report (10)\n"
         "  --timeout SECS      fail a run that takes longer (300); serve: stop after it\n"
         "output: one line of key=value pairs on stdout; diagnostics on stderr.\n";
}

bool ParseOptions(int argc, char** argv, Options* o, std::string* error) {
  static const option kLong[] = {
      {"host", required_argument, nullptr, kHost},
      {"port", required_argument, nullptr, kPort},
      {"scenario", required_argument, nullptr, kScenario},
      {"function", required_argument, nullptr, kFunction},
      {"jobs", required_argument, nullptr, kJobs},
      {"connections", required_argument, nullptr, kConnections},
      {"window", required_argument, nullptr, kWindow},
      {"payload", required_argument, nullptr, kPayload},
      {"unique", required_argument, nullptr, kUnique},
      {"clients", required_argument, nullptr, kClients},
      {"workers", required_argument, nullptr, kWorkers},
      {"grab", required_argument, nullptr, kGrab},
      {"slices", required_argument, nullptr, kSlices},
      {"timeout", required_argument, nullptr, kTimeout},
      {"help", no_argument, nullptr, kHelp},
      {nullptr, 0, nullptr, 0},
  };
  opterr = 0;
  optind = 1;
  int c;
  while ((c = getopt_long(argc, argv, "", kLong, nullptr)) != -1) {
    long v = 0;
    std::string arg = optarg != nullptr ? optarg : "";
    auto bad = [&](const char* name) {
      *error = std::string("bad value for --") + name + ": '" + arg + "'";
      return false;
    };
    switch (c) {
      case kHost:
        o->host = arg;
        break;
      case kPort:
        if (!ParseInt(optarg, 1, 65535, &v)) return bad("port");
        o->port = static_cast<int>(v);
        break;
      case kScenario:
        o->scenario = arg;
        break;
      case kFunction:
        o->function = arg;
        break;
      case kJobs:
        if (!ParseInt(optarg, 1, 1L << 40, &v)) return bad("jobs");
        o->jobs = static_cast<uint64_t>(v);
        break;
      case kConnections:
        if (!ParseInt(optarg, 1, 10000, &v)) return bad("connections");
        o->connections = static_cast<int>(v);
        break;
      case kWindow:
        if (!ParseInt(optarg, 1, 1000000, &v)) return bad("window");
        o->window = static_cast<int>(v);
        break;
      case kPayload:
        if (!ParseInt(optarg, 0, 64L << 20, &v)) return bad("payload");
        o->payload = static_cast<size_t>(v);
        break;
      case kUnique:
        if (arg == "none") {
          o->unique = UniqueMode::kNone;
        } else if (arg == "uuid") {
          o->unique = UniqueMode::kUuid;
        } else {
          return bad("unique");
        }
        break;
      case kClients:
        if (!ParseInt(optarg, 1, 10000, &v)) return bad("clients");
        o->clients = static_cast<int>(v);
        break;
      case kWorkers:
        if (!ParseInt(optarg, 1, 10000, &v)) return bad("workers");
        o->workers = static_cast<int>(v);
        break;
      case kGrab:
        if (arg == "plain") {
          o->grab = GrabKind::kPlain;
        } else if (arg == "uniq") {
          o->grab = GrabKind::kUniq;
        } else if (arg == "all") {
          o->grab = GrabKind::kAll;
        } else {
          return bad("grab");
        }
        break;
      case kSlices:
        if (!ParseInt(optarg, 1, 1000, &v)) return bad("slices");
        o->slices = static_cast<int>(v);
        break;
      case kTimeout: {
        char* end = nullptr;
        o->timeout_s = std::strtod(optarg, &end);
        if (end == optarg || *end != '\0' || o->timeout_s <= 0) return bad("timeout");
        break;
      }
      case kHelp:
        *error = "";
        return false;
      default:
        *error = std::string("unknown option ") + argv[optind - 1];
        return false;
    }
  }
  if (optind < argc) {
    *error = std::string("unexpected argument ") + argv[optind];
    return false;
  }
  if (o->port == 0) {
    *error = "--port is required";
    return false;
  }
  if (o->scenario.empty()) {
    *error = "--scenario is required";
    return false;
  }
  if (o->jobs == 0) {
    o->jobs = o->scenario == "fill" ? 300000 : o->scenario == "bg_submit" ? 200000 : 100000;
  }
  if (o->workers == 0) o->workers = o->scenario == "bg_e2e" ? 8 : 4;
  return true;
}

}  // namespace geartrain::bench
