#include "server/job.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace geartrain {

Job* Job::New(uint64_t id, Function* function, std::string_view unique, std::string_view reducer,
              std::string_view payload) {
  size_t extra = unique.size() + reducer.size() + payload.size();
  void* mem = std::malloc(sizeof(Job) + extra);
  if (mem == nullptr) return nullptr;
  Job* job = new (mem) Job{};
  job->id = id;
  job->function = function;
  job->priority = Priority::kNormal;
  job->state = JobState::kQueued;
  job->unique_size = static_cast<uint32_t>(unique.size());
  job->reducer_size = static_cast<uint32_t>(reducer.size());
  job->payload_size = static_cast<uint32_t>(payload.size());
  char* p = job->data;
  if (!unique.empty()) std::memcpy(p, unique.data(), unique.size());
  p += unique.size();
  if (!reducer.empty()) std::memcpy(p, reducer.data(), reducer.size());
  p += reducer.size();
  if (!payload.empty()) std::memcpy(p, payload.data(), payload.size());
  return job;
}

void Job::Delete(Job* job) {
  job->~Job();
  std::free(job);
}

void JobList::PushBack(Job* job) {
  job->next = nullptr;
  job->prev = tail_;
  if (tail_ != nullptr) {
    tail_->next = job;
  } else {
    head_ = job;
  }
  tail_ = job;
  ++size_;
}

Job* JobList::PopFront() {
  Job* job = head_;
  if (job != nullptr) Unlink(job);
  return job;
}

void JobList::Unlink(Job* job) {
  if (job->prev != nullptr) {
    job->prev->next = job->next;
  } else {
    head_ = job->next;
  }
  if (job->next != nullptr) {
    job->next->prev = job->prev;
  } else {
    tail_ = job->prev;
  }
  job->prev = job->next = nullptr;
  --size_;
}

}  // namespace geartrain
