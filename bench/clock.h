// Time sources for the load generator.
//
// Contract: NowNs() is a monotonic clock in nanoseconds (CLOCK_MONOTONIC, via
// the vDSO, so ~20 ns a call: cheap enough to stamp every job). ProcessCpuSeconds()
// is this process's user+system CPU time, used to show when a run was bound by
// the generator rather than the server. Both are safe from any thread.
#ifndef GEARTRAIN_BENCH_CLOCK_H_
#define GEARTRAIN_BENCH_CLOCK_H_

#include <sys/resource.h>
#include <time.h>

#include <cstdint>

namespace geartrain::bench {

inline uint64_t NowNs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000u + static_cast<uint64_t>(ts.tv_nsec);
}

inline double ProcessCpuSeconds() {
  rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_CLOCK_H_
