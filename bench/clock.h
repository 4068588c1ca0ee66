// Time sources for the load generator.
//
// Contract: NowNs() is a monotonic clock in nanoseconds (CLOCK_MONOTONIC, via
// the vDSO, so ~20 ns a call: cheap enough to stamp every job).
// CpuSample::Take() reads this process's user+system CPU time and the whole
// machine's busy time (/proc/stat, all CPUs; 0 where unavailable). The first
// shows when a run was bound by the generator rather than the server; the
// second, minus generator and server, is what other processes took from a
// 2-core machine during the run (bench/run.sh flags such runs as noisy).
// Measured here, around the timed section only, because every process the
// script spawns costs milliseconds of CPU on this VM and would blur it.
// Safe from any thread.
#ifndef GEARTRAIN_BENCH_CLOCK_H_
#define GEARTRAIN_BENCH_CLOCK_H_

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>

namespace geartrain::bench {

inline uint64_t NowNs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000u + static_cast<uint64_t>(ts.tv_nsec);
}

struct CpuSample {
  double process_s = 0;  // this process, user+system
  double machine_s = 0;  // all CPUs: user+nice+system+irq+softirq

  static CpuSample Take() {
    CpuSample s;
    rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    s.process_s = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                  static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    if (FILE* f = std::fopen("/proc/stat", "r")) {
      unsigned long long user, nice, system, idle, iowait, irq, softirq;
      if (std::fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu", &user, &nice, &system, &idle,
                      &iowait, &irq, &softirq) == 7) {
        s.machine_s = static_cast<double>(user + nice + system + irq + softirq) /
                      static_cast<double>(sysconf(_SC_CLK_TCK));
      }
      std::fclose(f);
    }
    return s;
  }
};

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_CLOCK_H_
