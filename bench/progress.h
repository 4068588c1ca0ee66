// Counters shared by the peers of one scenario run (all on the loop's thread).
//
// Contract:
// - JobQuota hands out the run's N jobs across connections, so the total is
//   exact however fast each connection goes.
// - Progress counts finished jobs (acknowledged, or completed), remembers the
//   time of the last one, and, when slices > 0, the time at which each
//   successive 1/slices of the target was reached (the `fill` scenario's
//   per-slice rates). Errors are counted; the first one's text is kept.
// Not thread-safe.
#ifndef GEARTRAIN_BENCH_PROGRESS_H_
#define GEARTRAIN_BENCH_PROGRESS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace geartrain::bench {

class JobQuota {
 public:
  explicit JobQuota(uint64_t total) : remaining_(total) {}
  bool Take() {
    if (remaining_ == 0) return false;
    --remaining_;
    return true;
  }
  uint64_t remaining() const { return remaining_; }

 private:
  uint64_t remaining_;
};

class Progress {
 public:
  explicit Progress(uint64_t target, int slices = 0) : target_(target), slices_(slices) {
    if (slices_ > 0) slice_end_ns_.reserve(static_cast<size_t>(slices_));
  }

  void AddDone(uint64_t now_ns) {
    ++done_;
    last_ns_ = now_ns;
    // Slice k ends when done reaches ceil(target * k / slices).
    while (slices_ > 0 && static_cast<int>(slice_end_ns_.size()) < slices_ &&
           done_ * static_cast<uint64_t>(slices_) >= target_ * (slice_end_ns_.size() + 1)) {
      slice_end_ns_.push_back(now_ns);
    }
  }
  void AddError(std::string_view what) {
    if (errors_++ == 0) first_error_ = std::string(what);
  }

  // Every job has an outcome (done or error).
  bool complete() const { return done_ + errors_ >= target_; }
  uint64_t target() const { return target_; }
  uint64_t done() const { return done_; }
  uint64_t errors() const { return errors_; }
  uint64_t last_ns() const { return last_ns_; }
  const std::string& first_error() const { return first_error_; }
  const std::vector<uint64_t>& slice_end_ns() const { return slice_end_ns_; }

 private:
  uint64_t target_;
  int slices_;
  uint64_t done_ = 0;
  uint64_t errors_ = 0;
  uint64_t last_ns_ = 0;
  std::string first_error_;
  std::vector<uint64_t> slice_end_ns_;
};

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_PROGRESS_H_
