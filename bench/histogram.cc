#include "histogram.h"

namespace geartrain::bench {

// Values below kSub get one bucket each; above that, bucket = (exponent, the
// kSubBits bits after the leading one).
int LatencyHistogram::BucketOf(uint64_t v) {
  if (v < kSub) return static_cast<int>(v);
  int e = 63 - __builtin_clzll(v);
  int sub = static_cast<int>((v >> (e - kSubBits)) & (kSub - 1));
  return (e - kSubBits + 1) * kSub + sub;
}

uint64_t LatencyHistogram::MidpointOf(int bucket) {
  if (bucket < kSub) return static_cast<uint64_t>(bucket);
  int e = bucket / kSub + kSubBits - 1;
  uint64_t sub = static_cast<uint64_t>(bucket % kSub);
  uint64_t lower = (kSub + sub) << (e - kSubBits);
  uint64_t width = uint64_t{1} << (e - kSubBits);
  return lower + width / 2;
}

void LatencyHistogram::Record(uint64_t ns) {
  ++buckets_[BucketOf(ns)];
  ++count_;
  if (ns > max_) max_ = ns;
}

void LatencyHistogram::Merge(const LatencyHistogram& other) {
  for (int i = 0; i < kBuckets; ++i) buckets_[i] += other.buckets_[i];
  count_ += other.count_;
  if (other.max_ > max_) max_ = other.max_;
}

uint64_t LatencyHistogram::Percentile(double p) const {
  if (count_ == 0) return 0;
  // Rank of the wanted value, 1-based; p=100 is the last one.
  uint64_t rank = static_cast<uint64_t>(p / 100.0 * static_cast<double>(count_) + 0.5);
  if (rank < 1) rank = 1;
  if (rank > count_) rank = count_;
  uint64_t seen = 0;
  for (int i = 0; i < kBuckets; ++i) {
    seen += buckets_[i];
    if (seen >= rank) {
      uint64_t mid = MidpointOf(i);
      return mid > max_ ? max_ : mid;
    }
  }
  return max_;
}

}  // namespace geartrain::bench
