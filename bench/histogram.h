// A fixed-size latency histogram with bounded relative error.
//
// Contract: Record() costs a count-leading-zeros and an increment, no
// allocation, so it can run once per job at hundreds of thousands of jobs per
// second. Values are nanoseconds; buckets are log-linear (32 sub-buckets per
// power of two), so a reported percentile is within ~3% of the true value.
// Percentile() returns the midpoint of the bucket holding the p-th value.
// Not thread-safe; merge per-thread histograms with Merge().
#ifndef GEARTRAIN_BENCH_HISTOGRAM_H_
#define GEARTRAIN_BENCH_HISTOGRAM_H_

#include <array>
#include <cstdint>

namespace geartrain::bench {

class LatencyHistogram {
 public:
  void Record(uint64_t ns);
  void Merge(const LatencyHistogram& other);

  uint64_t count() const { return count_; }
  uint64_t max() const { return max_; }
  // p in [0, 100]. Returns 0 when nothing was recorded.
  uint64_t Percentile(double p) const;

 private:
  static constexpr int kSubBits = 5;
  static constexpr int kSub = 1 << kSubBits;
  static constexpr int kBuckets = (64 - kSubBits + 1) * kSub;

  static int BucketOf(uint64_t v);
  static uint64_t MidpointOf(int bucket);

  std::array<uint64_t, kBuckets> buckets_{};
  uint64_t count_ = 0;
  uint64_t max_ = 0;
};

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_HISTOGRAM_H_
