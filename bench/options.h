// Command-line options of geartrain-loadgen.
//
// Contract: ParseOptions() fills Options from argv (getopt_long, `--name value`
// or `--name=value`), applies each scenario's defaults to the fields left
// unset, and returns false with a message on bad input. Usage() is the help
// text. No I/O besides what the caller prints.
#ifndef GEARTRAIN_BENCH_OPTIONS_H_
#define GEARTRAIN_BENCH_OPTIONS_H_

#include <cstdint>
#include <string>

#include "job_payload.h"
#include "worker.h"

namespace geartrain::bench {

struct Options {
  std::string host = "127.0.0.1";
  int port = 0;
  std::string scenario;
  std::string function = "bench";
  uint64_t jobs = 0;     // 0: the scenario's default
  int connections = 4;   // submitting connections (bg_submit, bg_e2e, fill)
  int window = 256;      // outstanding submissions per connection
  size_t payload = 100;  // bytes per job
  UniqueMode unique = UniqueMode::kNone;
  int clients = 8;  // fg_roundtrip client connections
  int workers = 0;  // 0: 8 for bg_e2e, 4 for fg_roundtrip
  GrabKind grab = GrabKind::kPlain;
  int slices = 10;         // fill: report the rate of each 1/slices of the run
  double timeout_s = 300;  // a run (or a wait for `version`) that takes longer fails
};

bool ParseOptions(int argc, char** argv, Options* options, std::string* error);
std::string Usage();

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_OPTIONS_H_
