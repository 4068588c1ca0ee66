#include "report.h"

#include <cstdio>

namespace geartrain::bench {

void ResultLine::Add(std::string_view key, std::string_view value) {
  std::string v(value);
  for (char& c : v) {
    if (c == ' ' || c == '\n' || c == '\t') c = '_';
  }
  items_.emplace_back(std::string(key), std::move(v));
}

void ResultLine::Add(std::string_view key, uint64_t value) {
  items_.emplace_back(std::string(key), std::to_string(value));
}

void ResultLine::AddFixed(std::string_view key, double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.*f", decimals, value);
  items_.emplace_back(std::string(key), buf);
}

void ResultLine::AddLatency(std::string_view prefix, const LatencyHistogram& h) {
  std::string p(prefix);
  AddFixed(p + "p50_us", static_cast<double>(h.Percentile(50)) / 1e3, 1);
  AddFixed(p + "p99_us", static_cast<double>(h.Percentile(99)) / 1e3, 1);
  AddFixed(p + "max_us", static_cast<double>(h.max()) / 1e3, 1);
}

void ResultLine::AddCpuSince(const CpuSample& start) {
  CpuSample now = CpuSample::Take();
  AddFixed("client_cpu_s", now.process_s - start.process_s, 3);
  AddFixed("machine_cpu_s", now.machine_s - start.machine_s, 2);
}

void ResultLine::Print() const {
  std::string line;
  for (const auto& [k, v] : items_) {
    if (!line.empty()) line += ' ';
    line += k;
    line += '=';
    line += v;
  }
  line += '\n';
  std::fputs(line.c_str(), stdout);
  std::fflush(stdout);
}

double Rate(uint64_t jobs, uint64_t ns) {
  return ns == 0 ? 0.0 : static_cast<double>(jobs) * 1e9 / static_cast<double>(ns);
}

}  // namespace geartrain::bench
