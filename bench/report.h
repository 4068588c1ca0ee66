// The load generator's output: one machine-readable result line per run.
//
// Contract: ResultLine collects key=value pairs in insertion order and prints
// them space-separated on one stdout line, e.g.
//   scenario=bg_submit jobs=200000 secs=1.230 rate=162600 p50_us=.. p99_us=..
// Values never contain spaces (whitespace in text values becomes "_"),
// so `for kv in $line` in a shell script splits them. Diagnostics go to
// stderr, never into this line.
#ifndef GEARTRAIN_BENCH_REPORT_H_
#define GEARTRAIN_BENCH_REPORT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clock.h"
#include "histogram.h"

namespace geartrain::bench {

class ResultLine {
 public:
  explicit ResultLine(std::string_view scenario) { Add("scenario", scenario); }

  void Add(std::string_view key, std::string_view value);
  void Add(std::string_view key, uint64_t value);
  void Add(std::string_view key, int value) { Add(key, static_cast<uint64_t>(value)); }
  // Fixed-point with `decimals` digits.
  void AddFixed(std::string_view key, double value, int decimals);
  // p50_us, p99_us, max_us with this prefix ("" or e.g. "ack_").
  void AddLatency(std::string_view prefix, const LatencyHistogram& h);
  // client_cpu_s and machine_cpu_s spent since `start`.
  void AddCpuSince(const CpuSample& start);

  void Print() const;

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

// Jobs per second; 0 when no time passed.
double Rate(uint64_t jobs, uint64_t ns);

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_REPORT_H_
