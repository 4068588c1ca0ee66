// What the generator puts in a submission: the payload and the unique id.
//
// Contract:
// - PayloadStamper keeps one payload of the requested size and rewrites its
//   first 16 bytes with the submit time (NowNs, lowercase hex) before each
//   job, so a worker can compute the time a job waited in the queue from the
//   JOB_ASSIGN alone, with no per-job bookkeeping. Payloads shorter than 16
//   bytes carry no stamp (ReadStamp returns false).
// - UniqueSource produces the unique field: empty (no coalescing, what Perl
//   Gearman::Client and raw clients send) or a random version-4 UUID string of
//   36 characters (what libgearman sends for background jobs). UUIDs come from
//   a xorshift generator: distinct enough that no two jobs of a run coalesce,
//   and far cheaper than /dev/urandom.
// Not thread-safe; one per connection.
#ifndef GEARTRAIN_BENCH_JOB_PAYLOAD_H_
#define GEARTRAIN_BENCH_JOB_PAYLOAD_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace geartrain::bench {

constexpr size_t kStampSize = 16;

class PayloadStamper {
 public:
  explicit PayloadStamper(size_t size);
  // Returns the payload stamped with `now_ns`; valid until the next call.
  std::string_view Stamp(uint64_t now_ns);

 private:
  std::string payload_;
};

// Reads the stamp written by PayloadStamper::Stamp.
bool ReadStamp(std::string_view payload, uint64_t* ns);

enum class UniqueMode { kNone, kUuid };

class UniqueSource {
 public:
  UniqueSource(UniqueMode mode, uint64_t seed);
  // Returns the next unique; valid until the next call.
  std::string_view Next();

 private:
  uint64_t Random();

  UniqueMode mode_;
  uint64_t state_;
  char uuid_[36];
};

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_JOB_PAYLOAD_H_
