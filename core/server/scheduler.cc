// Job lifecycle: creation, queueing, assignment, requeue, completion, timers.
// The packet handlers that call these live in scheduler_packets.cc.
#include "server/scheduler.h"

#include <malloc.h>
#include <sys/time.h>
#include <sys/utsname.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "protocol/admin_line.h"
#include "protocol/wire.h"

namespace geartrain {

// A CAN_DO_TIMEOUT timer. It names the job by id, not pointer, so a timer that
// fires late can never touch a freed job.
struct JobTimer {
  Scheduler* scheduler;
  uint64_t job_id;
  event* ev;
};

namespace {

std::string DefaultHandlePrefix() {
  struct utsname u;
  std::string host = uname(&u) == 0 ? u.nodename : "localhost";
  return "H:" + host;
}

int64_t NowMicros() {
  struct timeval tv;
  gettimeofday(&tv, nullptr);
  return int64_t{tv.tv_sec} * 1000000 + tv.tv_usec;
}

}  // namespace

size_t Scheduler::UniqueKeyHash::operator()(const UniqueKey& k) const {
  size_t h = std::hash<std::string_view>()(k.text);
  h ^= std::hash<const void*>()(k.function) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return k.by_payload ? ~h : h;
}

Scheduler::Scheduler(const ServerConfig& config, event_base* base, Outbox* outbox, Logger* log,
                     QueueStore* store)
    : config_(config), base_(base), outbox_(outbox), log_(log), store_(store) {
  handle_prefix_ =
      (config.handle_prefix.empty() ? DefaultHandlePrefix() : config.handle_prefix) + ":";
  delay_timer_ = evtimer_new(base_, &Scheduler::OnDelayTimer, this);
  store_->Attach(base_, [this](uint64_t id, bool ok) { OnStored(id, ok); });
}

Scheduler::~Scheduler() {
  for (auto& [id, job] : jobs_) {
    DisarmTimeout(job);
    Job::Delete(job);
  }
  for (Function* f : function_order_) delete f;
  if (delay_timer_ != nullptr) event_free(delay_timer_);
}

// --- peers -------------------------------------------------------------------

void Scheduler::AddPeer(Peer* peer) {
  peer->exceptions = config_.exceptions;
  peers_[peer->id] = peer;
  peer_order_.push_back(peer);
}

Peer* Scheduler::FindPeer(uint64_t id) const {
  auto it = peers_.find(id);
  return it == peers_.end() ? nullptr : it->second;
}

void Scheduler::RemovePeer(Peer* peer) {
  // Forget the peer first, so nothing below (wake-ups, failures) writes to it.
  peers_.erase(peer->id);
  peer_order_.erase(std::find(peer_order_.begin(), peer_order_.end(), peer));
  for (const Ability& a : peer->abilities) SwapRemove(&a.function->workers, peer);
  peer->abilities.clear();
  peer->runnable_abilities = 0;
  std::vector<Job*> running = peer->running;
  for (Job* job : running) Requeue(job, "worker connection closed");
  std::vector<Job*> waiting = peer->waiting_on;
  for (Job* job : waiting) DetachClient(job, peer);
  for (HeldReply& h : peer->held) evbuffer_free(h.after);
  peer->held.clear();
}

// --- functions ---------------------------------------------------------------

Function* Scheduler::FindFunction(std::string_view name) const {
  auto it = functions_.find(name);
  return it == functions_.end() ? nullptr : it->second;
}

Function* Scheduler::FindFunctionIgnoreCase(std::string_view name) const {
  if (Function* f = FindFunction(name)) return f;
  for (Function* f : function_order_) {
    if (EqualsIgnoreCase(f->name, name)) return f;
  }
  return nullptr;
}

Function* Scheduler::GetOrCreateFunction(std::string_view name) {
  if (Function* f = FindFunction(name)) return f;
  Function* f = new Function(std::string(name));
  functions_.emplace(std::string_view(f->name), f);
  function_order_.push_back(f);
  return f;
}

bool Scheduler::DropFunction(Function* function, std::string* why) {
  // gearmand refuses only for workers or running jobs and orphans queued
  // jobs; refusing while any job exists keeps every job reachable.
  if (!function->workers.empty() || function->total() > 0) {
    *why = "there are still connected workers or executing clients";
    return false;
  }
  functions_.erase(std::string_view(function->name));
  function_order_.erase(std::find(function_order_.begin(), function_order_.end(), function));
  delete function;
  return true;
}

// --- handles -----------------------------------------------------------------

Scheduler::HandleBuffer Scheduler::HandleText(const Job* job) const {
  HandleBuffer h;
  size_t n = std::min(handle_prefix_.size(), sizeof h.data - 21);  // --job-handle-prefix is capped
  std::memcpy(h.data, handle_prefix_.data(), n);
  n += static_cast<size_t>(std::snprintf(h.data + n, sizeof h.data - n, "%llu",
                                         static_cast<unsigned long long>(job->id)));
  h.size = n;
  return h;
}

Job* Scheduler::FindJob(std::string_view handle) const {
  if (handle.size() <= handle_prefix_.size() ||
      handle.compare(0, handle_prefix_.size(), handle_prefix_) != 0) {
    return nullptr;
  }
  uint64_t id = 0;
  for (size_t i = handle_prefix_.size(); i < handle.size(); ++i) {
    char c = handle[i];
    if (c < '0' || c > '9' || id > (UINT64_MAX - 9) / 10) return nullptr;
    id = id * 10 + static_cast<uint64_t>(c - '0');
  }
  auto it = jobs_.find(id);
  return it == jobs_.end() ? nullptr : it->second;
}

// --- output --------------------------------------------------------------------

namespace {

// Gathers a packet's small pieces into one buffer so the peer's evbuffer gets
// one append per packet; a large payload goes straight in, never copied twice.
struct GatherSink {
  std::string* scratch;
  evbuffer* out;
  void Append(const void* data, size_t n) {
    if (n < 4096) {
      scratch->append(static_cast<const char*>(data), n);
      return;
    }
    Flush();
    evbuffer_add(out, data, n);
  }
  void Flush() {
    if (!scratch->empty()) evbuffer_add(out, scratch->data(), scratch->size());
    scratch->clear();
  }
};

}  // namespace

void Scheduler::Send(Peer* peer, PacketType type, std::initializer_list<std::string_view> fields,
                     std::string_view payload) {
  scratch_.clear();
  GatherSink sink{&scratch_, peer->tail()};
  AppendPacket(&sink, Magic::kResponse, type, fields, payload);
  sink.Flush();
  outbox_->MarkDirty(peer);
}

void Scheduler::SendError(Peer* peer, std::string_view code, std::string_view text) {
  if (log_->Enabled(LogLevel::kWarning)) {
    log_->Log(LogLevel::kWarning, "ERROR " + std::string(code) + " " + std::string(text) +
                                      " -> " + peer->address);
  }
  Send(peer, PacketType::kError, {code, text});
}

void Scheduler::Forward(Peer* peer, PacketType type, std::string_view body) {
  unsigned char header[kHeaderSize] = {0, 'R', 'E', 'S'};
  StoreBigEndian32(static_cast<uint32_t>(type), header + 4);
  StoreBigEndian32(static_cast<uint32_t>(body.size()), header + 8);
  scratch_.clear();
  GatherSink sink{&scratch_, peer->tail()};
  sink.Append(header, kHeaderSize);
  if (!body.empty()) sink.Append(body.data(), body.size());
  sink.Flush();
  outbox_->MarkDirty(peer);
}

// --- job lifecycle ---------------------------------------------------------------

Job* Scheduler::FindCoalescable(Function* function, std::string_view unique,
                                std::string_view payload) {
  if (unique.empty()) return nullptr;
  UniqueKey key{function, unique, false};
  if (unique == "-") {
    if (payload.empty()) return nullptr;  // gearmand: empty payload with "-" never coalesces
    key = UniqueKey{function, payload, true};
  }
  auto it = uniques_.find(key);
  return it == uniques_.end() ? nullptr : it->second;
}

void Scheduler::CreateJob(Peer* peer, Function* function, std::string_view unique,
                          std::string_view reducer, std::string_view payload, Priority priority,
                          bool background, int64_t when) {
  if (Job* existing = FindCoalescable(function, unique, payload)) {
    bool hold = existing->state == JobState::kPending;
    if (background && !existing->background) {
      // A background submitter wants it run even without clients; a job that
      // was foreground is stored now, and in ack-after-commit mode this
      // submitter is acknowledged once that write has committed.
      existing->background = true;
      if (store_->persistent() && existing->state != JobState::kPending) {
        store_->Add(*existing, function->name);
        existing->stored = true;
        hold = store_->acks_after_commit();
      }
    } else if (!background) {
      existing->clients.push_back(peer);
      peer->waiting_on.push_back(existing);
    }
    if (hold) {
      HoldReply(peer, existing->id);  // acknowledged when the job is durable
    } else {
      Send(peer, PacketType::kJobCreated, {HandleText(existing).view()});
    }
    return;
  }
  uint32_t limit = function->max_queue[static_cast<int>(priority)];
  if (limit > 0 && function->total() >= limit) {
    SendError(peer, "QUEUE_ERROR", "Job queue is full");
    return;
  }
  Job* job = Job::New(next_job_id_++, function, unique, reducer, payload);
  if (job == nullptr) {
    SendError(peer, "MEMORY_ALLOCATION_FAILURE", "Out of memory");
    return;
  }
  job->priority = priority;
  job->background = background;
  job->when = when;
  jobs_.emplace(job->id, job);
  if (!unique.empty() && !(unique == "-" && payload.empty())) {
    UniqueKey key = unique == "-" ? UniqueKey{function, job->payload(), true}
                                  : UniqueKey{function, job->unique(), false};
    uniques_.emplace(key, job);
    job->unique_indexed = true;
  }
  if (!background) {
    job->clients.push_back(peer);
    peer->waiting_on.push_back(job);
  }
  if (log_->Enabled(LogLevel::kNotice)) {
    log_->Log(LogLevel::kNotice, "accepted," + function->name + "," + std::string(unique) + "," +
                                     std::to_string(when));
  }
  if (background && store_->persistent()) {
    store_->Add(*job, function->name);
    job->stored = true;  // the store has (or will have) its row; Done removes it
    if (store_->acks_after_commit()) {
      // Neither runnable nor acknowledged until it is on disk.
      job->state = JobState::kPending;
      ++function->pending;
      HoldReply(peer, job->id);
      return;
    }
  }
  // JOB_CREATED goes out before any wake-up this job causes.
  Send(peer, PacketType::kJobCreated, {HandleText(job).view()});
  if (when > 0 && when > static_cast<int64_t>(time(nullptr))) {
    ScheduleDelayed(job);
  } else {
    Enqueue(job);
  }
}

void Scheduler::HoldReply(Peer* peer, uint64_t job_id) {
  HeldReply h;
  h.job_id = job_id;
  h.after = evbuffer_new();
  peer->held.push_back(std::move(h));
  held_for_[job_id].push_back(peer->id);
}

void Scheduler::OnStored(uint64_t id, bool ok) {
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return;
  Job* job = it->second;
  if (!ok) {
    std::string why = store_->TakeLastError();
    log_->Log(LogLevel::kError, "queue store could not save " + HandleOf(job) +
                                    (why.empty() ? "" : ": " + why));
    job->stored = false;
  }
  if (job->state != JobState::kPending) {
    // A foreground job a background submission joined, or an async-mode
    // write: the job runs either way; held acknowledgements get the verdict.
    ResolveHeld(job, ok);
    return;
  }
  --job->function->pending;
  if (!ok) {
    ResolveHeld(job, false);
    job->state = JobState::kQueued;  // not in a list: FinishJob only unindexes
    FailJobForClients(job);          // foreground clients that coalesced onto it
    FinishJob(job);
    return;
  }
  ResolveHeld(job, true);
  if (job->cancelled) {
    job->state = JobState::kQueued;
    FinishJob(job);
  } else if (job->when > 0 && job->when > static_cast<int64_t>(time(nullptr))) {
    ScheduleDelayed(job);
  } else {
    Enqueue(job);
  }
}

void Scheduler::ResolveHeld(Job* job, bool ok) {
  auto it = held_for_.find(job->id);
  if (it == held_for_.end()) return;
  std::vector<uint64_t> peer_ids = std::move(it->second);
  held_for_.erase(it);
  std::string reply;
  if (ok) {
    reply = EncodePacket(Magic::kResponse, PacketType::kJobCreated, {HandleText(job).view()});
  } else {
    reply = EncodePacket(Magic::kResponse, PacketType::kError,
                         {"QUEUE_ERROR", "The queue store could not save the job"});
  }
  for (uint64_t pid : peer_ids) {
    Peer* p = FindPeer(pid);
    if (p == nullptr) continue;
    for (HeldReply& h : p->held) {
      if (h.job_id == job->id && !h.resolved) {
        h.resolved = true;
        h.reply = reply;
        break;
      }
    }
    ReleaseHeld(p);
  }
}

void Scheduler::ReleaseHeld(Peer* peer) {
  bool released = false;
  while (!peer->held.empty() && peer->held.front().resolved) {
    HeldReply& h = peer->held.front();
    evbuffer_add(peer->out, h.reply.data(), h.reply.size());
    evbuffer_add_buffer(peer->out, h.after);
    evbuffer_free(h.after);
    peer->held.pop_front();
    released = true;
  }
  if (released) outbox_->MarkDirty(peer);
}

bool Scheduler::Restore(std::string* error) {
  int64_t now = static_cast<int64_t>(time(nullptr));
  size_t count = 0;
  bool ok = store_->Replay(
      [&](StoredJob& s) {
        Function* f = GetOrCreateFunction(s.function);
        Job* job = Job::New(s.id, f, s.unique, s.reducer, s.payload);
        job->priority = s.priority;
        job->background = true;
        job->stored = true;
        job->when = s.when;
        if (!jobs_.emplace(job->id, job).second) {  // cannot happen: id is the key
          Job::Delete(job);
          return;
        }
        if (s.id >= next_job_id_) next_job_id_ = s.id + 1;
        if (!s.unique.empty() && !(s.unique == "-" && s.payload.empty())) {
          UniqueKey key = s.unique == "-" ? UniqueKey{f, job->payload(), true}
                                          : UniqueKey{f, job->unique(), false};
          if (uniques_.emplace(key, job).second) job->unique_indexed = true;
        }
        if (job->when > now) {
          ScheduleDelayed(job);
        } else {
          Enqueue(job);
        }
        ++count;
      },
      error);
  if (ok && count > 0) {
    log_->Log(LogLevel::kNotice, "Replayed " + std::to_string(count) + " queued jobs");
  }
  return ok;
}

std::vector<StoredJob> Scheduler::BackgroundJobs() const {
  std::vector<StoredJob> out;
  for (const auto& [id, job] : jobs_) {
    if (!job->background || job->cancelled) continue;
    StoredJob s;
    s.id = job->id;
    s.function = job->function->name;
    s.unique.assign(job->unique());
    s.reducer.assign(job->reducer());
    s.payload.assign(job->payload());
    s.priority = job->priority;
    s.when = job->when;
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(),
            [](const StoredJob& a, const StoredJob& b) { return a.id < b.id; });
  return out;
}

void Scheduler::NoteQueuedChange(Function* function, uint32_t before) {
  uint32_t after = function->queued();
  if (before == 0 && after > 0) {
    for (Peer* w : function->workers) ++w->runnable_abilities;
  } else if (before > 0 && after == 0) {
    for (Peer* w : function->workers) --w->runnable_abilities;
  }
}

void Scheduler::Enqueue(Job* job) {
  Function* f = job->function;
  uint32_t before = f->queued();
  job->state = JobState::kQueued;
  f->queue[static_cast<int>(job->priority)].PushBack(job);
  NoteQueuedChange(f, before);
  WakeSleepers(f, 1);
}

void Scheduler::Dequeue(Job* job) {
  Function* f = job->function;
  uint32_t before = f->queued();
  f->queue[static_cast<int>(job->priority)].Unlink(job);
  NoteQueuedChange(f, before);
}

void Scheduler::WakeSleepers(Function* function, uint32_t new_jobs) {
  // gearmand wakes every sleeper per job by default (a thundering herd); we
  // wake one per new job, or -w per job when given.
  uint32_t budget = new_jobs * (config_.worker_wakeup > 0 ? config_.worker_wakeup : 1);
  auto& sleepers = function->sleepers;
  while (budget > 0 && !sleepers.empty()) {
    SleeperEntry e = sleepers.front();
    sleepers.pop_front();
    Peer* p = FindPeer(e.peer_id);
    if (p == nullptr || !p->sleeping || p->noop_sent || p->sleep_generation != e.sleep_generation) {
      continue;  // stale: closed, grabbed since, or already woken
    }
    p->noop_sent = true;
    Send(p, PacketType::kNoop, {});
    --budget;
  }
}

void Scheduler::Assign(Peer* worker, Job* job, PacketType variant) {
  job->state = JobState::kRunning;
  job->worker = worker;
  ++job->function->running;
  worker->running.push_back(job);
  HandleBuffer hb = HandleText(job);
  std::string_view handle = hb.view();
  const std::string& fn = job->function->name;
  if (variant == PacketType::kGrabJob) {
    Send(worker, PacketType::kJobAssign, {handle, fn}, job->payload());
  } else if (variant == PacketType::kGrabJobAll && job->reducer_size > 0) {
    Send(worker, PacketType::kJobAssignAll, {handle, fn, job->unique(), job->reducer()},
         job->payload());
  } else {
    Send(worker, PacketType::kJobAssignUniq, {handle, fn, job->unique()}, job->payload());
  }
}

void Scheduler::Requeue(Job* job, const char* why) {
  Peer* worker = job->worker;
  DisarmTimeout(job);
  SwapRemove(&worker->running, job);
  job->worker = nullptr;
  --job->function->running;
  ++job->retries;
  job->state = JobState::kQueued;
  if (job->cancelled) {
    FinishJob(job);
    return;
  }
  if (config_.job_retries > 0 && job->retries >= config_.job_retries) {
    if (log_->Enabled(LogLevel::kNotice)) {
      log_->Log(LogLevel::kNotice, "Dropped job due to max retry count: " + HandleOf(job));
    }
    FailJobForClients(job);
    FinishJob(job);
    return;
  }
  if (log_->Enabled(LogLevel::kInfo)) {
    log_->Log(LogLevel::kInfo, "Requeued " + HandleOf(job) + ": " + why);
  }
  job->numerator = job->denominator = 0;
  if (job->clients.empty() && !job->background) {
    FinishJob(job);  // nobody is waiting for it any more
    return;
  }
  Enqueue(job);
}

void Scheduler::FailJobForClients(Job* job) {
  HandleBuffer handle = HandleText(job);
  for (Peer* c : job->clients) Send(c, PacketType::kWorkFail, {handle.view()});
}

void Scheduler::DetachClient(Job* job, Peer* client) {
  SwapRemove(&job->clients, client);
  SwapRemove(&client->waiting_on, job);
  // A queued foreground job nobody waits for is dropped at once, so a later
  // submission with its unique gets a fresh job instead of a dead one.
  if (job->clients.empty() && !job->background && job->state != JobState::kRunning) {
    FinishJob(job);
  }
}

void Scheduler::FinishJob(Job* job) {
  Function* f = job->function;
  switch (job->state) {
    case JobState::kQueued:
      if (job->prev != nullptr || f->queue[static_cast<int>(job->priority)].front() == job) {
        Dequeue(job);
      }
      break;
    case JobState::kDelayed:
      --f->delayed[static_cast<int>(job->priority)];
      break;
    case JobState::kRunning:
      DisarmTimeout(job);
      --f->running;
      SwapRemove(&job->worker->running, job);
      break;
    case JobState::kPending:
      return;  // OnStored finishes it once the store has answered
  }
  if (job->stored) store_->Done(job->id);  // ordered after its Add by the writer
  // A joined background submitter still waiting for the write is answered:
  // the job was accepted (and has ended).
  if (!held_for_.empty() && held_for_.count(job->id) != 0) ResolveHeld(job, true);
  for (Peer* c : job->clients) SwapRemove(&c->waiting_on, job);
  job->clients.clear();
  if (job->unique_indexed) {
    UniqueKey key = job->unique() == "-" ? UniqueKey{f, job->payload(), true}
                                         : UniqueKey{f, job->unique(), false};
    uniques_.erase(key);
  }
  jobs_.erase(job->id);
  freed_since_trim_ += job->payload_size;
  Job::Delete(job);
  MaybeIdle();
}

bool Scheduler::CancelJob(std::string_view handle) {
  Job* job = FindJob(handle);
  if (job == nullptr || job->cancelled) return false;
  FailJobForClients(job);
  if (job->state != JobState::kRunning && job->state != JobState::kPending) {
    FinishJob(job);
    return true;
  }
  // A running job cannot be stopped; its worker's results are dropped, and a
  // new submission with its unique gets a new job. A job still being written
  // is dropped once the store has answered (OnStored).
  for (Peer* c : job->clients) SwapRemove(&c->waiting_on, job);
  job->clients.clear();
  job->cancelled = true;
  if (job->unique_indexed) {
    UniqueKey key = job->unique() == "-" ? UniqueKey{job->function, job->payload(), true}
                                         : UniqueKey{job->function, job->unique(), false};
    uniques_.erase(key);
    job->unique_indexed = false;
  }
  return true;
}

void Scheduler::MaybeIdle() {
  if (!jobs_.empty()) return;
  // After a burst, give the memory back (gearmand #284: RSS stays high).
  bool shrink = jobs_.bucket_count() > 65536;
  if (shrink) {
    decltype(jobs_)().swap(jobs_);
    decltype(uniques_)().swap(uniques_);
  }
  if (shrink || freed_since_trim_ > (64u << 20)) {
    malloc_trim(0);
    freed_since_trim_ = 0;
  }
  if (on_idle_) on_idle_();
}

// --- CAN_DO_TIMEOUT timers -----------------------------------------------------

void Scheduler::ArmTimeout(Job* job, uint32_t timeout_ms) {
  JobTimer* t = new JobTimer{this, job->id, nullptr};
  t->ev = evtimer_new(base_, &Scheduler::OnJobTimeout, t);
  struct timeval tv = {static_cast<time_t>(timeout_ms / 1000),
                       static_cast<suseconds_t>((timeout_ms % 1000) * 1000)};
  evtimer_add(t->ev, &tv);
  job->timeout = t;
}

void Scheduler::DisarmTimeout(Job* job) {
  if (job->timeout == nullptr) return;
  event_free(job->timeout->ev);
  delete job->timeout;
  job->timeout = nullptr;
}

void Scheduler::OnJobTimeout(evutil_socket_t, short, void* arg) {
  JobTimer* t = static_cast<JobTimer*>(arg);
  Scheduler* s = t->scheduler;
  auto it = s->jobs_.find(t->job_id);
  if (it == s->jobs_.end() || it->second->timeout != t) return;  // cannot happen: freed with job
  Job* job = it->second;
  if (s->log_->Enabled(LogLevel::kWarning)) {
    s->log_->Log(LogLevel::kWarning,
                 "Worker timeout reached on job " + s->HandleOf(job) + ", requeueing");
  }
  s->Requeue(job, "CAN_DO_TIMEOUT expired");  // frees the timer
}

// --- epoch (delayed) jobs ----------------------------------------------------------

void Scheduler::ScheduleDelayed(Job* job) {
  job->state = JobState::kDelayed;
  ++job->function->delayed[static_cast<int>(job->priority)];
  delayed_.push(DelayedEntry{job->when, job->id});
  ArmDelayTimer();
}

void Scheduler::ArmDelayTimer() {
  if (delayed_.empty()) return;
  int64_t due = delayed_.top().when;
  if (delay_timer_due_ != 0 && delay_timer_due_ <= due) return;  // already armed early enough
  int64_t wait_us = std::max<int64_t>(0, due * 1000000 - NowMicros());
  struct timeval tv = {static_cast<time_t>(wait_us / 1000000),
                       static_cast<suseconds_t>(wait_us % 1000000)};
  evtimer_add(delay_timer_, &tv);
  delay_timer_due_ = due;
}

void Scheduler::RunDueDelayed() {
  int64_t now = static_cast<int64_t>(time(nullptr));
  while (!delayed_.empty() && delayed_.top().when <= now) {
    DelayedEntry e = delayed_.top();
    delayed_.pop();
    auto it = jobs_.find(e.job_id);
    if (it == jobs_.end() || it->second->state != JobState::kDelayed) continue;  // cancelled
    Job* job = it->second;
    --job->function->delayed[static_cast<int>(job->priority)];
    Enqueue(job);  // wakes a sleeping worker: the fix for gearmand's stalled epoch jobs
  }
  delay_timer_due_ = 0;
  ArmDelayTimer();
}

void Scheduler::OnDelayTimer(evutil_socket_t, short, void* arg) {
  static_cast<Scheduler*>(arg)->RunDueDelayed();
}

}  // namespace geartrain
