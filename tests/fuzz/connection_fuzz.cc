// libFuzzer target: a whole geartrain::Server fed by scripted TCP clients.
//
// Contract: one Server (127.0.0.1, port 0, max_packet 1 MiB, log "none" at
// debug level so every log string is still built, admin `shutdown` off) is
// created once and runs its event loop on a background thread. Each input is a
// script of operations on up to four client connections (see RunScript for
// the encoding): raw bytes, well-formed packets and admin lines from
// templates, worker results for job handles the clients have been given,
// ECHO round trips that let the server act, half-closes and aborts. Raw bytes
// reach every parser path; templates get deep into the scheduler (workers
// grabbing and finishing jobs of other connections, coalescing, epoch jobs,
// cancellation). Not reached: CAN_DO_TIMEOUT expiry and near epoch jobs
// coming due, which take >= 1 s (the unit tests cover them).
//
// After every input the target aborts (so libFuzzer keeps the input) unless:
// - every connection, once half-closed, is closed by the server within 5 s;
// - a fresh connection gets its ECHO_RES back within 5 s (still serving);
// - with the loop paused and no client left, the scheduler is consistent:
//   no peers, no workers, nothing running, every job a background job that
//   sits in exactly the queue (or delay count) of its function and priority,
//   and every job and function can be cancelled / dropped, which then leaves
//   the scheduler empty for the next input.
// Leaks, use-after-free and UB are the sanitizers' part.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "protocol/stream_parser.h"
#include "protocol/wire.h"
#include "server/server.h"
#include "store/queue_store.h"

namespace geartrain {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kClients = 4;
constexpr int kMaxOps = 256;
constexpr int kMaxSyncs = 24;
constexpr size_t kFloodBytes = 40u << 20;
constexpr uint64_t kFloodEvery = 200;  // inputs
constexpr int kHardDeadlineMs = 5000;  // a server that takes longer is hung
constexpr int kSyncDeadlineMs = 2000;  // an ECHO on an in-sync connection
constexpr uint32_t kMaxPacket = 1u << 20;

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "connection_fuzz invariant broken: %s\n", what.c_str());
  std::abort();
}

#define FUZZ_CHECK(cond)                                                                \
  do {                                                                                  \
    if (!(cond)) Fail(std::string(#cond) + " (line " + std::to_string(__LINE__) + ")"); \
  } while (0)

// GEARTRAIN_FUZZ_TRACE=1 prints every operation and every reply (for
// understanding a seed or a reproducer, not for fuzzing).
bool Tracing() {
  static const bool on = std::getenv("GEARTRAIN_FUZZ_TRACE") != nullptr;
  return on;
}

// GEARTRAIN_FUZZ_TIMING=1 prints how long each phase of each input took.
bool Timing() {
  static const bool on = std::getenv("GEARTRAIN_FUZZ_TIMING") != nullptr;
  return on;
}

// GEARTRAIN_FUZZ_TOLERATE=name[,name...] lets a campaign go on past known,
// reported core bugs (scripts/fuzz.sh passes FUZZ_TOLERATE; regression
// replays never tolerate anything). Names:
//   stored-after-failed-write  a job marked stored although its store write
//                              failed (fixed in b9755cc; reproducer in
//                              tests/fuzz/regressions/connection_fuzz/).
bool Tolerated(std::string_view name) {
  static const std::string list = [] {
    const char* v = std::getenv("GEARTRAIN_FUZZ_TOLERATE");
    return "," + std::string(v == nullptr ? "" : v) + ",";
  }();
  return list.find("," + std::string(name) + ",") != std::string::npos;
}

int MillisLeft(Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return left.count() < 0 ? 0 : static_cast<int>(left.count());
}

// --- the queue store -----------------------------------------------------------

// A persistent queue store held in memory whose acknowledgements the script
// controls, so the scheduler's held replies (JOB_CREATED kept back until the
// job is durable) meet every interleaving: acks on the next loop pass or only
// when the script says, and failures every n-th write.
//
// It also checks the store contract from the store's side: no job is added
// twice while stored, Done() only names jobs that were added, and (checked
// by the harness while the loop is paused) what it holds is exactly the set
// of jobs the scheduler marks `stored`.
class FuzzStore : public QueueStore {
 public:
  // Harness side (any thread).
  // Back in automatic mode, writes held so far are answered at once too.
  void Configure(bool manual, int fail_period) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      manual_ = manual;
      fail_period_ = fail_period;
    }
    if (!manual) Release();
  }
  // Answers every outstanding write on the next loop pass.
  void Release() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      release_requested_ = true;
    }
    event_active(ack_event_, 0, 0);
  }
  bool manual() const {
    std::lock_guard<std::mutex> lock(mu_);
    return manual_;
  }
  bool idle() const {
    std::lock_guard<std::mutex> lock(mu_);
    return pending_.empty();
  }
  // Loop paused only.
  const std::set<uint64_t>& durable() const { return durable_; }
  bool write_failed(uint64_t id) const { return failed_.count(id) == 1; }
  void Forget() {
    added_.clear();
    done_.clear();
    failed_.clear();
  }

  // QueueStore, on the loop thread.
  void Attach(event_base* base, AddedCallback on_added) override {
    on_added_ = std::move(on_added);
    ack_event_ = event_new(base, -1, 0, &FuzzStore::OnAckEvent, this);
  }
  bool acks_after_commit() const override { return true; }
  bool persistent() const override { return true; }
  void Add(const Job& job, std::string_view function) override {
    (void)function;
    std::lock_guard<std::mutex> lock(mu_);
    FUZZ_CHECK(durable_.count(job.id) == 0);  // added twice while stored
    added_.insert(job.id);
    done_.erase(job.id);
    pending_.push_back(job.id);
    if (!manual_) event_active(ack_event_, 0, 0);
  }
  void Done(uint64_t job_id) override {
    std::lock_guard<std::mutex> lock(mu_);
    FUZZ_CHECK(added_.count(job_id) == 1);  // never added
    FUZZ_CHECK(done_.count(job_id) == 0);   // ended twice
    done_.insert(job_id);
    durable_.erase(job_id);
  }
  bool Replay(const std::function<void(StoredJob&)>&, std::string*) override { return true; }
  std::string TakeLastError() override { return std::exchange(last_error_, std::string()); }

 private:
  static void OnAckEvent(evutil_socket_t, short, void* arg) {
    static_cast<FuzzStore*>(arg)->Deliver();
  }
  void Deliver() {
    std::vector<std::pair<uint64_t, bool>> answers;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (manual_ && !release_requested_) return;
      release_requested_ = false;
      for (uint64_t id : pending_) {
        bool ok = fail_period_ == 0 || (++writes_ % static_cast<uint64_t>(fail_period_)) != 0;
        if (ok && done_.count(id) == 0) durable_.insert(id);
        if (!ok) failed_.insert(id);
        answers.emplace_back(id, ok);
      }
      pending_.clear();
    }
    for (const auto& [id, ok] : answers) {
      if (!ok) last_error_ = "fuzz store: write failed";
      on_added_(id, ok);
    }
  }

  mutable std::mutex mu_;
  bool manual_ = false;
  bool release_requested_ = false;
  int fail_period_ = 0;
  uint64_t writes_ = 0;
  std::deque<uint64_t> pending_;
  std::set<uint64_t> added_;    // ever added (since the last Forget)
  std::set<uint64_t> done_;     // ended
  std::set<uint64_t> durable_;  // added, acknowledged ok, not ended
  std::set<uint64_t> failed_;   // answered with a failure
  std::string last_error_;
  AddedCallback on_added_;
  event* ack_event_ = nullptr;
};

// --- the server ------------------------------------------------------------------

class ServerUnderTest {
 public:
  ServerUnderTest() {
    ServerConfig config;
    config.listen_host = "127.0.0.1";
    config.port = 0;
    config.log_file = "none";
    config.verbose = LogLevel::kDebug;
    config.max_packet = kMaxPacket;
    config.admin_shutdown = false;  // "shutdown\n" would end the campaign
    config.handle_prefix = "H:fuzz";
    auto store = std::make_unique<FuzzStore>();
    store_ = store.get();
    server_ = std::make_unique<Server>(config, std::move(store));
    std::string error;
    if (!server_->Start(&error)) Fail("server did not start: " + error);
    StartLoop();
  }

  uint16_t port() const { return server_->port(); }
  FuzzStore& store() { return *store_; }

  // The loop is paused between StopLoop() and StartLoop(); only then may the
  // scheduler be read from this thread.
  void StartLoop() {
    thread_ = std::thread([this] { server_->Run(); });
  }
  void StopLoop() {
    server_->Stop();
    thread_.join();
  }
  Scheduler& scheduler() { return server_->scheduler(); }

 private:
  std::unique_ptr<Server> server_;
  FuzzStore* store_ = nullptr;  // owned by server_
  std::thread thread_;
};

// --- one client connection ----------------------------------------------------------

// A non-blocking client socket that decodes what the server sends so that
// job handles can be reused in later packets and ECHO markers recognised.
class Client {
 public:
  ~Client() { Close(false); }

  bool open() const { return fd_ >= 0; }
  bool writable() const { return fd_ >= 0 && !write_closed_ && !broken_; }
  const std::vector<std::string>& assigned() const { return assigned_; }
  // A client that stops reading lets the server's output pile up (write
  // blocking, read pausing at the high-water mark).
  void set_reading(bool on) { reading_ = on; }

  void Open(uint16_t port, std::vector<std::string>* handles) {
    handles_ = handles;
    fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd_ < 0) Fail(std::string("socket: ") + strerror(errno));
    sockaddr_in addr = {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      // libFuzzer's timers send signals; an interrupted connect goes on in
      // the background, so wait for it instead of retrying.
      if (errno != EINTR) Fail(std::string("connect: ") + strerror(errno));
      pollfd p = {fd_, POLLOUT, 0};
      auto deadline = Clock::now() + std::chrono::milliseconds(kHardDeadlineMs);
      while (poll(&p, 1, MillisLeft(deadline)) < 0 && errno == EINTR) {
      }
      int err = 0;
      socklen_t len = sizeof err;
      getsockopt(fd_, SOL_SOCKET, SO_ERROR, &err, &len);
      if (!(p.revents & POLLOUT) || err != 0) {
        Fail(std::string("connect (after EINTR): ") + strerror(err != 0 ? err : ETIMEDOUT));
      }
    }
    int one = 1;
    setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (Tracing()) std::fprintf(stderr, "  fd %d: connected\n", fd_);
    clean_ = true;
    parse_ok_ = true;
    write_closed_ = broken_ = eof_ = false;
    reading_ = true;
    parser_ = std::make_unique<StreamParser>(ParserLimits{2 * kMaxPacket, 1u << 20});
    assigned_.clear();
  }

  // Sends everything, reading replies meanwhile so neither side can block the
  // other. `in_sync`: the bytes are whole packets or lines.
  void Write(std::string_view bytes, bool in_sync) {
    if (!writable()) return;
    if (!in_sync) clean_ = false;
    auto deadline = Clock::now() + std::chrono::milliseconds(kHardDeadlineMs);
    size_t off = 0;
    while (off < bytes.size()) {
      ssize_t n = send(fd_, bytes.data() + off, bytes.size() - off, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) {
        off += static_cast<size_t>(n);
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
        broken_ = true;  // the server closed on us: fine, it may
        return;
      }
      if (!reading_) {
        // Not reading replies: the server may rightly stop reading us once
        // its output backs up. Give up on the rest after a short wait.
        pollfd p = {fd_, POLLOUT, 0};
        if (poll(&p, 1, 100) <= 0) {
          clean_ = false;  // a partial packet may have gone out
          return;
        }
        continue;
      }
      pollfd p = {fd_, POLLIN | POLLOUT, 0};
      int left = MillisLeft(deadline);
      if (left == 0) Fail("server stopped reading a live connection for 5 s");
      poll(&p, 1, left);
      if (p.revents & (POLLIN | POLLHUP | POLLERR)) Drain();
      if (eof_) {
        broken_ = true;
        return;
      }
    }
  }

  // Reads whatever is there (waiting up to `wait_ms` for the first bytes).
  void Pump(int wait_ms) {
    if (fd_ < 0 || eof_ || !reading_) return;
    pollfd p = {fd_, POLLIN, 0};
    if (poll(&p, 1, wait_ms) > 0) Drain();
  }

  // Lets the server act on everything sent so far: an ECHO round trip when
  // the stream is in step, else a short wait.
  void Sync(uint64_t marker_id, int deadline_ms) {
    if (!reading_) return;
    if (!writable()) {
      Pump(0);
      return;
    }
    if (!clean_ || !parse_ok_) {
      Pump(2);
      return;
    }
    marker_ = "sync-" + std::to_string(marker_id);
    marker_seen_ = false;
    Write(EncodePacket(Magic::kRequest, PacketType::kEchoReq, {}, marker_), true);
    auto deadline = Clock::now() + std::chrono::milliseconds(deadline_ms);
    while (!marker_seen_ && !eof_ && parse_ok_ && MillisLeft(deadline) > 0) {
      Pump(MillisLeft(deadline));
    }
    marker_.clear();
  }

  void HalfClose() {
    if (fd_ < 0 || write_closed_) return;
    shutdown(fd_, SHUT_WR);
    write_closed_ = true;
  }

  // After a half-close the server must close its end; returns false if it
  // has not within the deadline.
  bool ReadToEof(int timeout_ms) {
    reading_ = true;
    auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
    while (fd_ >= 0 && !eof_) {
      int left = MillisLeft(deadline);
      if (left == 0) return false;
      Pump(left);
    }
    return true;
  }

  void Close(bool reset) {
    if (fd_ < 0) return;
    if (Tracing()) std::fprintf(stderr, "  fd %d: closed%s\n", fd_, reset ? " (RST)" : "");
    if (reset) {
      linger l = {1, 0};  // RST instead of FIN
      setsockopt(fd_, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    close(fd_);
    fd_ = -1;
  }

  // True once an ECHO_RES with `payload` has been read (for the liveness
  // check on a fresh connection).
  bool WaitEcho(const std::string& payload, int timeout_ms) {
    marker_ = payload;
    marker_seen_ = false;
    Write(EncodePacket(Magic::kRequest, PacketType::kEchoReq, {}, payload), true);
    auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
    while (!marker_seen_ && !eof_ && MillisLeft(deadline) > 0) Pump(MillisLeft(deadline));
    marker_.clear();
    return marker_seen_;
  }

 private:
  void Drain() {
    char buf[64 * 1024];
    for (;;) {
      ssize_t n = recv(fd_, buf, sizeof buf, MSG_DONTWAIT);
      if (n > 0) {
        Decode(std::string_view(buf, static_cast<size_t>(n)));
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) eof_ = true;
      return;
    }
  }

  void Decode(std::string_view bytes) {
    if (!parse_ok_) return;
    parser_->Append(bytes.data(), bytes.size());
    Frame f;
    for (;;) {
      StreamParser::Result r = parser_->Next(&f);
      if (r == StreamParser::kNeedMore) return;
      if (r == StreamParser::kError) {
        parse_ok_ = false;  // e.g. admin text with odd bytes; stop decoding
        return;
      }
      if (Tracing()) {
        std::string what =
            f.is_text ? "line '" + std::string(f.line.substr(0, 60)) + "'"
                      : std::string(PacketName(f.type)) + " " + std::string(f.body.substr(0, 60));
        for (char& ch : what) ch = (ch == '\0') ? '|' : ch;
        std::fprintf(stderr, "  fd %d <- %s%s\n", fd_,
                     r == StreamParser::kMalformed ? "malformed " : "", what.c_str());
      }
      if (r != StreamParser::kFrame || f.is_text) continue;
      switch (f.type) {
        case PacketType::kJobCreated:
          Remember(handles_, f.field[0]);
          break;
        case PacketType::kJobAssign:
        case PacketType::kJobAssignUniq:
        case PacketType::kJobAssignAll:
          Remember(&assigned_, f.field[0]);
          Remember(handles_, f.field[0]);
          break;
        case PacketType::kEchoRes:
          if (!marker_.empty() && f.payload == marker_) marker_seen_ = true;
          break;
        default:
          break;
      }
    }
  }

  static void Remember(std::vector<std::string>* list, std::string_view handle) {
    if (list == nullptr || list->size() >= 32) return;
    list->emplace_back(handle);
  }

  int fd_ = -1;
  bool clean_ = true;     // only whole packets/lines were sent
  bool parse_ok_ = true;  // the replies still decode
  bool write_closed_ = false;
  bool reading_ = true;
  bool broken_ = false;  // a send failed: the server closed
  bool eof_ = false;
  std::unique_ptr<StreamParser> parser_;
  std::string marker_;
  bool marker_seen_ = false;
  std::vector<std::string> assigned_;            // handles given to this worker
  std::vector<std::string>* handles_ = nullptr;  // every handle seen this input
};

// --- script decoding ------------------------------------------------------------

// Reads the input front to back; past the end every byte is 0.
class Reader {
 public:
  Reader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  bool done() const { return pos_ >= size_; }
  uint8_t Byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  std::string_view Take(size_t n) {
    n = std::min(n, size_ - std::min(pos_, size_));
    std::string_view out(reinterpret_cast<const char*>(data_) + pos_, n);
    pos_ += n;
    return out;
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

constexpr std::string_view kFunctions[4] = {"f", "g", "reverse", ""};
constexpr std::string_view kUniques[4] = {"", "-", "u1", "u2"};

std::string_view PayloadOf(uint8_t a) {
  static const std::string kBig(1000, 'p');
  switch ((a >> 4) & 3) {
    case 0:
      return "";
    case 1:
      return "x";
    case 2:
      return "payload";
    default:
      return kBig;
  }
}

std::string Request(PacketType type, std::initializer_list<std::string_view> fields,
                    std::string_view payload = {}) {
  return EncodePacket(Magic::kRequest, type, fields, payload);
}

std::string RawHeader(const char* magic, uint32_t type, uint32_t size) {
  std::string h(magic, 4);
  unsigned char b[8];
  StoreBigEndian32(type, b);
  StoreBigEndian32(size, b + 4);
  h.append(reinterpret_cast<char*>(b), 8);
  return h;
}

// Per-input state shared by the operations.
struct Script {
  ServerUnderTest* server;
  Client clients[kClients];
  std::vector<std::string> handles;  // every handle any client was given
  bool flooded = false;              // the one flood was sent
  uint64_t input_number = 0;         // 1 for the first input of the process
};

std::string AnyHandle(const Script& s, uint8_t a) {
  if (s.handles.empty()) return "H:fuzz:1";
  return s.handles[a % s.handles.size()];
}

// A well-formed request (or a deliberately wrong one the server must answer
// or close on) chosen by `t`, with names and payloads chosen by `a`.
std::string PacketTemplate(const Script& s, uint8_t t, uint8_t a) {
  std::string_view fn = kFunctions[a & 3];
  std::string_view unique = kUniques[(a >> 2) & 3];
  std::string_view payload = PayloadOf(a);
  int extra = (a >> 6) & 3;
  switch (t % 32) {
    case 0:
      return Request(PacketType::kSubmitJob, {fn, unique}, payload);
    case 1:
      return Request(PacketType::kSubmitJobBg, {fn, unique}, payload);
    case 2:
      return Request(PacketType::kSubmitJobHigh, {fn, unique}, payload);
    case 3:
      return Request(PacketType::kSubmitJobHighBg, {fn, unique}, payload);
    case 4:
      return Request(PacketType::kSubmitJobLow, {fn, unique}, payload);
    case 5:
      return Request(PacketType::kSubmitJobLowBg, {fn, unique}, payload);
    case 6:
      return Request(PacketType::kSubmitReduceJob,
                     {fn, unique, extra & 1 ? "reducer" : "", "aggregator"}, payload);
    case 7:
      return Request(PacketType::kSubmitReduceJobBackground,
                     {fn, unique, extra & 1 ? "reducer" : "", ""}, payload);
    case 8: {
      int64_t now = static_cast<int64_t>(time(nullptr));
      std::string when[4] = {std::to_string(now - 10), std::to_string(now + 1),
                             std::to_string(now + 3600), "junk"};
      return Request(PacketType::kSubmitJobEpoch, {fn, unique, when[extra]}, payload);
    }
    case 9:
      return Request(PacketType::kSubmitJobSched, {fn, unique, "0", "0", "0", "0", "0"}, payload);
    case 10:
      return Request(PacketType::kCanDo, {fn});
    case 11: {
      constexpr std::string_view kTimeouts[4] = {"0", "1", "-5", "x"};
      return Request(PacketType::kCanDoTimeout, {fn, kTimeouts[extra]});
    }
    case 12:
      return Request(PacketType::kCantDo, {fn});
    case 13:
      return Request(PacketType::kResetAbilities, {});
    case 14:
      return Request(PacketType::kPreSleep, {});
    case 15:
      return Request(PacketType::kGrabJob, {});
    case 16:
      return Request(PacketType::kGrabJobUniq, {});
    case 17:
      return Request(PacketType::kGrabJobAll, {});
    case 18:
      return Request(PacketType::kGetStatus, {AnyHandle(s, a >> 2)});
    case 19:
      return Request(PacketType::kGetStatusUnique, {unique});
    case 20:
      return Request(PacketType::kOptionReq, {extra & 1 ? "bogus" : "exceptions"});
    case 21:
      return Request(PacketType::kSetClientId, {extra & 1 ? "" : "client-7"});
    case 22:
      return Request(PacketType::kEchoReq, {}, payload);
    case 23:
      return Request(PacketType::kNoop, {});  // a response type sent to the server
    case 24:
      return Request(PacketType::kAllYours, {});
    case 25:
      return Request(PacketType::kUnused5, {});
    case 26:
      return Request(PacketType::kJobCreated, {AnyHandle(s, a)});
    case 27:  // request with the response magic
      return EncodePacket(Magic::kResponse, PacketType::kCanDo, {fn});
    case 28:  // framed, but the fields are missing: INVALID_PACKET, stream goes on
      return RawHeader("\0REQ", 7, 2) + "fn";
    case 29:  // over max_packet: ERROR then close
      return RawHeader("\0REQ", 7, kMaxPacket + 1);
    case 30:  // unknown type: silent close
      return RawHeader("\0REQ", 99, 0);
    default:  // bad magic: silent close
      return RawHeader("\0ABC", 16, 0);
  }
}

// An admin line.
std::string AdminTemplate(const Script& s, uint8_t t, uint8_t a) {
  std::string fn(kFunctions[a & 3]);
  int extra = (a >> 6) & 3;
  switch (t % 20) {
    case 0:
      return "status\n";
    case 1:
      return "workers\n";
    case 2:
      return "prioritystatus\n";
    case 3:
      return "show jobs\n";
    case 4:
      return "show unique jobs\n";
    case 5:
      return "version\n";
    case 6:
      return "getpid\n";
    case 7:
      return "verbose\n";
    case 8: {
      constexpr std::string_view kLimits[4] = {"1", "0", "-1", "2 3 4"};
      return "maxqueue " + fn + " " + std::string(kLimits[extra]) + "\n";
    }
    case 9:
      return "cancel job " + AnyHandle(s, a >> 2) + "\n";
    case 10:
      return "create function " + fn + "\n";
    case 11:
      return "drop function " + fn + "\n";
    case 12:
      return "shutdown\n";  // refused: admin_shutdown is off
    case 13:
      return "shutdown graceful\n";
    case 14:
      return "a b c d e f\n";  // six words: gearmand closes
    case 15:
      return "\n";
    case 16:
      return "STATUS\r\n";
    case 17:
      return "show\n";
    case 18:
      return "cancel\n";
    default:
      return "bogus command\n";
  }
}

// A worker update or result for a handle this client was assigned (or any
// handle seen, or a made-up one).
std::string WorkTemplate(const Script& s, const Client& c, uint8_t t, uint8_t a) {
  std::string handle;
  if ((a & 1) && !c.assigned().empty()) {
    handle = c.assigned()[(a >> 1) % c.assigned().size()];
  } else {
    handle = AnyHandle(s, a >> 1);
  }
  std::string_view payload = PayloadOf(a);
  switch (t % 8) {
    case 0: {
      constexpr std::string_view kNum[4] = {"1", "-1", " 5x", "99999999999"};
      return Request(PacketType::kWorkStatus, {handle, kNum[(a >> 6) & 3], "2"});
    }
    case 1:
      return Request(PacketType::kWorkData, {handle}, payload);
    case 2:
      return Request(PacketType::kWorkWarning, {handle}, payload);
    case 3:
    case 4:
      return Request(PacketType::kWorkComplete, {handle}, payload);
    case 5:
      return Request(PacketType::kWorkFail, {handle});
    case 6:
      return Request(PacketType::kWorkException, {handle}, payload);
    default:
      return Request(PacketType::kWorkFail, {std::string(80, 'h')});  // handle too large
  }
}

// Script encoding, one operation after another (at most kMaxOps):
//   op byte: client = op & 3, kind = (op >> 2) & 15, then per kind:
//   0 raw:        len byte, len bytes sent as they are
//   1 raw long:   two length bytes (little-endian), then that many bytes
//   2 packet:     template byte, argument byte (PacketTemplate)
//   3 admin:      template byte, argument byte (AdminTemplate)
//   4 work:       template byte, argument byte (WorkTemplate)
//   5 sync:       an ECHO round trip (or a short wait if out of step); only
//                 the first kMaxSyncs wait at all, so inputs stay fast
//   6 half-close
//   7 close:      argument byte; odd closes with RST
//   8 store mode: argument byte: bit 0 holds acks until a release, bits 1-3
//                 make every n-th write fail (0: none)
//   9 store release: answer every outstanding write
//   10 reading:   argument byte; even: the client stops reading replies,
//                 odd: it reads again
//   11 flood:     argument byte; 0xF1 sends kFloodBytes of 1 MiB ECHO_REQs
//                 (once per input) to back a non-reading client's replies up
//                 past the server's high-water mark; else one 64 KiB ECHO_REQ
//   12-15:        as 2 (templates are what reaches deep states)
// A client is connected on first use and reconnected after a close.
void RunScript(Script* s, Reader* in, uint64_t* marker_id) {
  int syncs = 0;
  for (int ops = 0; ops < kMaxOps && !in->done(); ++ops) {
    uint8_t op = in->Byte();
    Client& c = s->clients[op & 3];
    int kind = (op >> 2) & 15;
    if (kind >= 12) kind = 2;
    if (Tracing()) std::fprintf(stderr, "op %d: client %d kind %d\n", ops, op & 3, kind);
    if (!c.open() && kind != 7 && kind != 8 && kind != 9) {
      c.Open(s->server->port(), &s->handles);
    }
    switch (kind) {
      case 0: {
        size_t len = in->Byte();
        c.Write(in->Take(len), false);
        break;
      }
      case 1: {
        size_t len = in->Byte();
        len |= size_t{in->Byte()} << 8;
        c.Write(in->Take(len), false);
        break;
      }
      case 2: {
        uint8_t t = in->Byte();
        uint8_t a = in->Byte();
        c.Write(PacketTemplate(*s, t, a), true);
        break;
      }
      case 3: {
        uint8_t t = in->Byte();
        uint8_t a = in->Byte();
        c.Write(AdminTemplate(*s, t, a), true);
        break;
      }
      case 4: {
        uint8_t t = in->Byte();
        uint8_t a = in->Byte();
        c.Write(WorkTemplate(*s, c, t, a), true);
        break;
      }
      case 5:
        if (++syncs <= kMaxSyncs) {
          // Held replies hold the ECHO too; do not wait long for them.
          c.Sync(++*marker_id, s->server->store().manual() ? 10 : kSyncDeadlineMs);
        } else {
          c.Pump(0);
        }
        break;
      case 6:
        c.HalfClose();
        break;
      case 7: {
        uint8_t a = in->Byte();
        c.Close(a & 1);
        break;
      }
      case 8: {
        uint8_t a = in->Byte();
        s->server->store().Configure(a & 1, (a >> 1) & 7);
        break;
      }
      case 9:
        s->server->store().Release();
        break;
      case 10:
        c.set_reading(in->Byte() & 1);
        break;
      default: {
        // Floods are slow under ASan (~0.6 s): only when asked for with 0xF1,
        // once per input, and at most once per kFloodEvery inputs of a
        // campaign (so the inputs that reach the rare paths behind them do
        // not take over the run; the first input always may flood, so a
        // reproducer replays alike).
        static const std::string kSmall =
            Request(PacketType::kEchoReq, {}, std::string(64 * 1024, 'e'));
        static const std::string kBig =
            Request(PacketType::kEchoReq, {}, std::string(1024 * 1024 - 1, 'E'));
        static uint64_t last_flood_input = 0;  // 0: none yet
        bool allowed = last_flood_input == 0 || s->input_number - last_flood_input >= kFloodEvery;
        if (in->Byte() != 0xF1 || s->flooded || !allowed) {
          c.Write(kSmall, true);
          break;
        }
        s->flooded = true;
        last_flood_input = s->input_number;
        for (size_t sent = 0; sent < kFloodBytes; sent += kBig.size()) c.Write(kBig, true);
        break;
      }
    }
  }
}

// --- checks after each input ----------------------------------------------------

// With the loop paused: every client is gone, so the scheduler must hold no
// peers, workers or running jobs, and its counters must match its jobs.
void CheckQuiescentScheduler(Scheduler& s) {
  FUZZ_CHECK(s.peers().empty());
  struct Counts {
    uint32_t queued[kPriorityCount] = {0, 0, 0};
    uint32_t delayed[kPriorityCount] = {0, 0, 0};
  };
  std::map<const Function*, Counts> counts;
  for (const Function* f : s.functions()) {
    FUZZ_CHECK(s.FindFunction(f->name) == f);
    counts[f];
  }
  size_t jobs = 0;
  s.ForEachJob([&](const Job* j) {
    ++jobs;
    FUZZ_CHECK(counts.count(j->function) == 1);  // its function still exists
    FUZZ_CHECK(j->state != JobState::kRunning);
    FUZZ_CHECK(j->state != JobState::kPending);  // the store has answered
    FUZZ_CHECK(j->worker == nullptr);
    FUZZ_CHECK(j->timeout == nullptr);
    FUZZ_CHECK(j->clients.empty());
    FUZZ_CHECK(j->background);  // a foreground job without clients is dropped
    FUZZ_CHECK(!j->cancelled);
    FUZZ_CHECK(s.FindJob(s.HandleOf(j)) == j);
    int p = static_cast<int>(j->priority);
    FUZZ_CHECK(p >= 0 && p < kPriorityCount);
    if (j->state == JobState::kQueued) {
      ++counts[j->function].queued[p];
    } else {
      ++counts[j->function].delayed[p];
    }
  });
  FUZZ_CHECK(jobs == s.job_count());
  for (const Function* f : s.functions()) {
    FUZZ_CHECK(f->workers.empty());
    FUZZ_CHECK(f->running == 0);
    FUZZ_CHECK(f->pending == 0);
    for (int p = 0; p < kPriorityCount; ++p) {
      FUZZ_CHECK(f->queue[p].size() == counts[f].queued[p]);
      FUZZ_CHECK(f->delayed[p] == counts[f].delayed[p]);
      uint32_t walked = 0;
      f->queue[p].ForEach([&](const Job* j) {
        ++walked;
        FUZZ_CHECK(j->function == f);
        FUZZ_CHECK(static_cast<int>(j->priority) == p);
        FUZZ_CHECK(j->state == JobState::kQueued);
      });
      FUZZ_CHECK(walked == f->queue[p].size());
    }
  }
}

// The store holds exactly the jobs the scheduler marks stored, and every
// (background) job is stored unless its write failed (a foreground job that a
// background submission joined keeps running when that write fails; the
// submitter got ERROR QUEUE_ERROR).
void CheckStoreMatches(Scheduler& s, const FuzzStore& store) {
  std::set<uint64_t> stored;
  s.ForEachJob([&](const Job* j) {
    if (j->stored) {
      stored.insert(j->id);
    } else if (!store.write_failed(j->id)) {
      Fail("job " + std::to_string(j->id) + " is not stored, and no write of it failed");
    }
  });
  for (uint64_t id : stored) {
    if (store.durable().count(id) != 0) continue;
    if (store.write_failed(id)) {
      if (Tolerated("stored-after-failed-write")) continue;
      Fail("job " + std::to_string(id) + " is marked stored but its store write failed");
    }
    Fail("job " + std::to_string(id) + " is marked stored but the store never made it durable");
  }
  for (uint64_t id : store.durable()) {
    if (stored.count(id) == 0) {
      Fail("the store still holds job " + std::to_string(id) + ", which the scheduler forgot");
    }
  }
}

// Cancels every job and drops every function, so the next input starts from
// an empty scheduler (and memory stays bounded over millions of inputs).
void ResetScheduler(Scheduler& s) {
  std::vector<std::string> handles;
  s.ForEachJob([&](const Job* j) { handles.push_back(s.HandleOf(j)); });
  for (const std::string& h : handles) FUZZ_CHECK(s.CancelJob(h));
  FUZZ_CHECK(s.job_count() == 0);
  std::vector<Function*> functions = s.functions();
  for (Function* f : functions) {
    std::string why;
    if (!s.DropFunction(f, &why)) Fail("cannot drop function '" + f->name + "': " + why);
  }
  FUZZ_CHECK(s.functions().empty());
}

ServerUnderTest* TheServer() {
  static ServerUnderTest* server = new ServerUnderTest();  // lives until exit
  return server;
}

}  // namespace
}  // namespace geartrain

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace geartrain;
  static uint64_t marker_id = 0;
  static uint64_t inputs = 0;
  ServerUnderTest* server = TheServer();
  Clock::time_point t0 = Clock::now(), t_script, t_closed, t_probe;
  {
    Script script;
    script.server = server;
    script.input_number = ++inputs;
    Reader in(data, size);
    RunScript(&script, &in, &marker_id);
    t_script = Clock::now();

    // Every connection, once half-closed, must be closed by the server
    // (with replies still held for the store, if the script left it so).
    for (Client& c : script.clients) {
      if (!c.open()) continue;
      c.HalfClose();
      if (!c.ReadToEof(kHardDeadlineMs)) Fail("server kept a half-closed connection open");
      c.Close(false);
    }
  }
  t_closed = Clock::now();
  server->store().Configure(false, 0);
  server->store().Release();

  // The server must still serve: a fresh connection gets its echo back.
  {
    std::vector<std::string> unused;
    Client probe;
    probe.Open(server->port(), &unused);
    std::string payload = "alive-" + std::to_string(++marker_id);
    if (!probe.WaitEcho(payload, kHardDeadlineMs)) Fail("no ECHO_RES on a fresh connection");
    probe.HalfClose();
    if (!probe.ReadToEof(kHardDeadlineMs)) Fail("server kept the probe connection open");
  }
  t_probe = Clock::now();

  // Pause the loop once the server has dropped every connection (an aborted
  // one may take a loop pass to notice) and the store has answered every
  // write, then check and reset the scheduler.
  auto deadline = Clock::now() + std::chrono::milliseconds(kHardDeadlineMs);
  for (;;) {
    server->StopLoop();
    size_t pending = 0;
    server->scheduler().ForEachJob(
        [&](const Job* j) { pending += j->state == JobState::kPending; });
    if (server->scheduler().peers().empty() && server->store().idle() && pending == 0) break;
    if (MillisLeft(deadline) == 0) {
      Fail("not quiescent after 5 s: " + std::to_string(server->scheduler().peers().size()) +
           " peers, " + std::to_string(pending) + " jobs pending for the store");
    }
    server->StartLoop();
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  CheckQuiescentScheduler(server->scheduler());
  CheckStoreMatches(server->scheduler(), server->store());
  ResetScheduler(server->scheduler());
  FUZZ_CHECK(server->store().durable().empty());
  server->store().Forget();
  server->StartLoop();
  if (Timing()) {
    auto ms = [](Clock::time_point a, Clock::time_point b) {
      return std::chrono::duration<double, std::milli>(b - a).count();
    };
    std::fprintf(stderr, "timing: %zu bytes: script %.1f ms, close %.1f, probe %.1f, check %.1f\n",
                 size, ms(t0, t_script), ms(t_script, t_closed), ms(t_closed, t_probe),
                 ms(t_probe, Clock::now()));
  }
  return 0;
}
