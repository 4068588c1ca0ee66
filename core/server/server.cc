#include "server/server.h"

#include <arpa/inet.h>
#include <event2/thread.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "protocol/stream_parser.h"
#include "protocol/wire.h"

namespace geartrain {
namespace {

// Bytes read per read() call, and the most read from one connection per
// readiness event before others get a turn.
constexpr size_t kReadChunk = 64 * 1024;
constexpr size_t kReadBudget = 1024 * 1024;
// A peer that sends requests but does not read the replies stops being read
// once this much output waits for it, and is read again below the low mark.
constexpr size_t kOutputHighWater = 32 * 1024 * 1024;
constexpr size_t kOutputLowWater = 4 * 1024 * 1024;

enum ControlRequest { kControlStop = 1, kControlGraceful = 2 };

std::string AddressOf(const struct sockaddr* addr) {
  char buf[INET6_ADDRSTRLEN] = "?";
  if (addr->sa_family == AF_INET) {
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(addr)->sin_addr, buf, sizeof buf);
  } else if (addr->sa_family == AF_INET6) {
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(addr)->sin6_addr, buf, sizeof buf);
  }
  return buf;
}

}  // namespace

struct Server::Connection : Peer {
  Server* server = nullptr;
  event* read_event = nullptr;
  event* write_event = nullptr;
  bool write_blocked = false;  // write_event is armed
  bool read_paused = false;    // too much unread output: not reading requests
  bool read_queued = false;    // in readable_, to be read after this pass
  StreamParser parser;
  explicit Connection(ParserLimits limits) : parser(limits) {}
};

Server::Server(ServerConfig config, std::unique_ptr<QueueStore> store)
    : config_(std::move(config)), store_(std::move(store)), io_(config_.batch_io) {
  if (store_ == nullptr) store_ = std::make_unique<MemoryStore>();
  static bool threads_ready = (evthread_use_pthreads() == 0);
  (void)threads_ready;
  // One priority for every event. Under Run() the reads and the flush follow
  // each pass anyway; a loop driven another way still writes after reading,
  // since the flush event, activated by the first read, queues behind every
  // read event the same dispatch made active. (Two priorities could starve:
  // a lower-priority active event keeps EVLOOP_ONCE from returning while a
  // higher-priority one, such as a closed peer left for the batched read,
  // fires on every dispatch.)
  base_ = event_base_new();
  log_.Open(config_.log_file, config_.verbose, config_.syslog);
  scheduler_ = std::make_unique<Scheduler>(config_, base_, this, &log_, store_.get());
  admin_ = std::make_unique<AdminCommands>(scheduler_.get());
  flush_event_ = event_new(base_, -1, 0, &Server::OnFlushEvent, this);
  control_event_ = event_new(base_, -1, 0, &Server::OnControlEvent, this);
  resume_accept_event_ = evtimer_new(base_, &Server::OnResumeAccept, this);
}

Server::~Server() {
  CloseListeners();
  std::vector<Peer*> peers = scheduler_->peers();
  for (Peer* p : peers) Close(static_cast<Connection*>(p), "server stopped");
  for (Connection* c : graveyard_) delete c;
  graveyard_.clear();
  // Outstanding writes finish; the shutdown-only mode writes the queue now.
  store_->SaveOnShutdown(scheduler_->BackgroundJobs());
  store_->Close();
  std::string store_error = store_->TakeLastError();
  if (!store_error.empty()) log_.Log(LogLevel::kError, "queue store: " + store_error);
  for (event* e : signal_events_) event_free(e);
  event_free(flush_event_);
  event_free(control_event_);
  event_free(resume_accept_event_);
  scheduler_.reset();
  store_.reset();
  event_base_free(base_);
}

bool Server::Start(std::string* error) {
  struct sigaction old;
  if (sigaction(SIGPIPE, nullptr, &old) == 0 && old.sa_handler == SIG_DFL) {
    signal(SIGPIPE, SIG_IGN);  // a peer that vanished must not kill the server
  }
  if (!scheduler_->Restore(error)) return false;
  if (!Listen(error)) return false;
  if (log_.Enabled(LogLevel::kInfo)) {
    log_.Log(LogLevel::kInfo, "Listening on port " + std::to_string(bound_port_));
    log_.Log(LogLevel::kInfo, io_.batched() ? std::string("Socket I/O batched through io_uring")
                                            : "Socket I/O one call at a time" +
                                                  (io_.unavailable_reason().empty()
                                                       ? std::string()
                                                       : " (" + io_.unavailable_reason() + ")"));
  }
  return true;
}

bool Server::Listen(std::string* error) {
  struct addrinfo hints = {};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  struct addrinfo* res = nullptr;
  std::string port = std::to_string(config_.port);
  const char* host = config_.listen_host.empty() ? nullptr : config_.listen_host.c_str();
  int rc = getaddrinfo(host, port.c_str(), &hints, &res);
  if (rc != 0) {
    *error = "cannot resolve listen address '" + config_.listen_host + "': " + gai_strerror(rc);
    return false;
  }
  std::string last_error;
  uint16_t chosen = config_.port;
  for (struct addrinfo* ai = res; ai != nullptr; ai = ai->ai_next) {
    // With port 0 and several addresses, every listener shares the port the
    // first one got.
    if (chosen != 0) {
      if (ai->ai_family == AF_INET) {
        reinterpret_cast<sockaddr_in*>(ai->ai_addr)->sin_port = htons(chosen);
      } else if (ai->ai_family == AF_INET6) {
        reinterpret_cast<sockaddr_in6*>(ai->ai_addr)->sin6_port = htons(chosen);
      }
    }
    int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
    if (fd < 0) {
      last_error = strerror(errno);
      continue;
    }
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (ai->ai_family == AF_INET6) setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
    if (bind(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
      last_error = "bind " + AddressOf(ai->ai_addr) + ":" + std::to_string(chosen) + ": " +
                   strerror(errno);
      close(fd);
      continue;
    }
    evconnlistener* l = evconnlistener_new(base_, &Server::OnAccept, this, LEV_OPT_CLOSE_ON_FREE,
                                           config_.backlog, fd);
    if (l == nullptr) {
      last_error = "listen: " + std::string(strerror(errno));
      close(fd);
      continue;
    }
    evconnlistener_set_error_cb(l, &Server::OnAcceptError);
    listeners_.push_back(l);
    if (chosen == 0) {
      struct sockaddr_storage ss;
      socklen_t len = sizeof ss;
      getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len);
      chosen = ntohs(ss.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&ss)->sin6_port
                                              : reinterpret_cast<sockaddr_in*>(&ss)->sin_port);
    }
  }
  freeaddrinfo(res);
  if (listeners_.empty()) {
    *error = "could not listen on any address: " + last_error;
    return false;
  }
  bound_port_ = chosen;
  return true;
}

void Server::Run() {
  // One pass at a time; then the reads of the connections that pass found
  // ready, in one batch, and then every reply, in one batch.
  in_run_ = true;
  event_del(flush_event_);  // a flush asked for before Run() is made here
  while (flush_pending_) Flush();
  for (;;) {
    int rc = event_base_loop(base_, EVLOOP_ONCE);
    if (!readable_.empty()) ReadQueued();
    // Closing a connection during the flush asks for another (to free it).
    while (flush_pending_) Flush();
    if (rc != 0 || event_base_got_exit(base_) || event_base_got_break(base_)) break;
  }
  in_run_ = false;
}

void Server::Stop() {
  control_request_.fetch_or(kControlStop);
  event_active(control_event_, 0, 0);
}

void Server::StopGracefully() {
  control_request_.fetch_or(kControlGraceful);
  event_active(control_event_, 0, 0);
}

void Server::OnControlEvent(evutil_socket_t, short, void* arg) {
  Server* s = static_cast<Server*>(arg);
  int req = s->control_request_.exchange(0);
  if (req & kControlStop) {
    s->log_.Log(LogLevel::kNotice, "Shutting down");
    event_base_loopexit(s->base_, nullptr);
  } else if (req & kControlGraceful) {
    s->BeginGracefulStop();
  }
}

void Server::BeginGracefulStop() {
  if (graceful_) return;
  graceful_ = true;
  log_.Log(LogLevel::kNotice, "Graceful shutdown: no new connections; exiting when no jobs remain");
  CloseListeners();
  scheduler_->set_on_idle([this] { event_base_loopexit(base_, nullptr); });
  if (scheduler_->job_count() == 0) event_base_loopexit(base_, nullptr);
}

void Server::CloseListeners() {
  for (evconnlistener* l : listeners_) evconnlistener_free(l);
  listeners_.clear();
}

void Server::InstallSignalHandlers() {
  for (int sig : {SIGTERM, SIGINT, SIGUSR1, SIGHUP}) {
    event* e = evsignal_new(base_, sig, &Server::OnSignal, this);
    evsignal_add(e, nullptr);
    signal_events_.push_back(e);
  }
}

void Server::OnSignal(evutil_socket_t sig, short, void* arg) {
  Server* s = static_cast<Server*>(arg);
  switch (sig) {
    case SIGHUP:
      if (!s->log_.Reopen()) s->log_.Log(LogLevel::kError, "Could not reopen the log file");
      break;
    case SIGUSR1:
      s->BeginGracefulStop();
      break;
    default:
      s->log_.Log(LogLevel::kNotice, "Received signal " + std::to_string(sig) + ", stopping");
      event_base_loopexit(s->base_, nullptr);
      break;
  }
}

// --- accepting -------------------------------------------------------------------

void Server::OnAccept(evconnlistener*, evutil_socket_t fd, struct sockaddr* addr, int len,
                      void* arg) {
  static_cast<Server*>(arg)->Accept(fd, addr, len);
}

void Server::OnAcceptError(evconnlistener* listener, void* arg) {
  Server* s = static_cast<Server*>(arg);
  int err = EVUTIL_SOCKET_ERROR();
  if (err == EMFILE || err == ENFILE || err == ENOBUFS || err == ENOMEM) {
    // Out of descriptors: the listener stays readable, so back off instead of
    // spinning at 100% CPU (gearmand 1.1.20 spins).
    s->log_.Log(LogLevel::kError, std::string("accept: ") + strerror(err) + "; pausing 100 ms");
    for (evconnlistener* l : s->listeners_) evconnlistener_disable(l);
    struct timeval tv = {0, 100000};
    evtimer_add(s->resume_accept_event_, &tv);
  } else {
    s->log_.Log(LogLevel::kWarning, std::string("accept: ") + strerror(err));
  }
  (void)listener;
}

void Server::OnResumeAccept(evutil_socket_t, short, void* arg) {
  Server* s = static_cast<Server*>(arg);
  for (evconnlistener* l : s->listeners_) evconnlistener_enable(l);
}

void Server::Accept(evutil_socket_t fd, const struct sockaddr* addr, int) {
  if (config_.max_connections > 0 && connection_count_ >= config_.max_connections) {
    log_.Log(LogLevel::kWarning, "connection limit reached; refusing " + AddressOf(addr));
    close(fd);
    return;
  }
  evutil_make_socket_nonblocking(fd);
  evutil_make_socket_closeonexec(fd);
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  // gearmand turns keepalive on for every accepted socket; unlike 1.1.20 we
  // also apply the idle/interval/count values to it.
  setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
  if (config_.keepalive_idle > 0) {
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &config_.keepalive_idle, sizeof(int));
  }
  if (config_.keepalive_interval > 0) {
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &config_.keepalive_interval, sizeof(int));
  }
  if (config_.keepalive_count > 0) {
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &config_.keepalive_count, sizeof(int));
  }

  Connection* c = new Connection(ParserLimits{config_.max_packet, 8192});
  c->server = this;
  c->id = next_peer_id_++;
  c->fd = fd;
  c->address = AddressOf(addr);
  c->out = evbuffer_new();
  c->read_event = event_new(base_, fd, EV_READ | EV_PERSIST, &Server::OnReadEvent, c);
  c->write_event = event_new(base_, fd, EV_WRITE | EV_PERSIST, &Server::OnWriteEvent, c);
  event_add(c->read_event, nullptr);
  ++connection_count_;
  scheduler_->AddPeer(c);
  if (log_.Enabled(LogLevel::kInfo)) {
    log_.Log(LogLevel::kInfo, "Accepted connection from " + c->address + " fd " + std::to_string(fd));
  }
}

// --- reading -----------------------------------------------------------------------

void Server::OnReadEvent(evutil_socket_t, short, void* arg) {
  Connection* c = static_cast<Connection*>(arg);
  Server* s = c->server;
  if (s->in_run_ && s->io_.batched()) {
    // Read after the pass, together with every other ready connection.
    if (!c->read_queued) {
      c->read_queued = true;
      s->readable_.push_back(c);
    }
    return;
  }
  s->OnReadable(c);
}

bool Server::PauseIfBacklogged(Connection* c) {
  if (evbuffer_get_length(c->out) <= kOutputHighWater) return false;
  event_del(c->read_event);
  c->read_paused = true;
  return true;
}

void Server::OnReadable(Connection* c) {
  if (PauseIfBacklogged(c)) return;
  AfterRead(c, ReadDirect(c, kReadBudget));
}

char* Server::PrepareRead(Connection* c, size_t* room) {
  size_t want = kReadChunk;
  // A large packet in progress: read it in big steps, but never ask for
  // more room than it still needs (the header's size is not trusted).
  size_t wanted = c->parser.wanted();
  if (wanted > c->parser.buffered() && wanted - c->parser.buffered() > want) {
    want = std::min<size_t>(wanted - c->parser.buffered(), 4 * kReadChunk);
  }
  return c->parser.Prepare(want, room);
}

bool Server::ReadDirect(Connection* c, size_t budget) {
  size_t total = 0;
  while (total < budget) {
    size_t room = 0;
    char* dst = PrepareRead(c, &room);
    // recv() rather than read(): the socket call skips the file-position
    // locking read() does on every call.
    ssize_t n = recv(c->fd, dst, room, 0);
    if (n > 0) {
      c->parser.Commit(static_cast<size_t>(n));
      total += static_cast<size_t>(n);
      if (static_cast<size_t>(n) < room) return false;
      continue;
    }
    if (n == 0) return true;
    if (errno == EINTR) continue;
    return errno != EAGAIN && errno != EWOULDBLOCK;
  }
  return false;
}

void Server::ReadQueued() {
  reading_.clear();
  read_rooms_.clear();
  for (Connection* c : readable_) {
    c->read_queued = false;
    if (c->fd < 0 || c->read_paused || PauseIfBacklogged(c)) continue;
    size_t room = 0;
    char* dst = PrepareRead(c, &room);
    io_.Add(IoBatch::Op::kRecv, c->fd, dst, room);
    reading_.push_back(c);
    read_rooms_.push_back(room);
  }
  readable_.clear();
  io_.Run(&read_results_);
  // Acting on one connection's requests can flush (an admin `shutdown`),
  // and a failed write there closes another connection: keep every closed
  // one allocated until the batch is done.
  in_read_batch_ = true;
  for (size_t i = 0; i < reading_.size(); ++i) {
    Connection* c = reading_[i];
    if (c->fd < 0) continue;
    ssize_t n = read_results_[i];
    bool eof = false;
    if (n > 0) {
      c->parser.Commit(static_cast<size_t>(n));
      // The chunk came back full: more may be waiting; read on directly
      // rather than wait for the next pass.
      if (static_cast<size_t>(n) == read_rooms_[i]) {
        eof = ReadDirect(c, kReadBudget - static_cast<size_t>(n));
      }
    } else if (n == 0) {
      eof = true;
    } else {
      eof = n != -EAGAIN && n != -EWOULDBLOCK && n != -EINTR;
    }
    AfterRead(c, eof);
  }
  in_read_batch_ = false;
  if (!graveyard_.empty()) ScheduleFlush();  // a flush above had to keep them
}

void Server::AfterRead(Connection* c, bool eof) {
  if (!ProcessInput(c)) {
    // Stop reading; close once the reply (if any) is written.
    event_del(c->read_event);
    c->closing = true;
    MarkDirty(c);
    return;
  }
  if (eof) Close(c, "peer closed the connection");
}

bool Server::ProcessInput(Connection* c) {
  Frame frame;
  for (;;) {
    switch (c->parser.Next(&frame)) {
      case StreamParser::kNeedMore:
        return true;
      case StreamParser::kMalformed:
        scheduler_->HandleMalformed(c, frame);
        break;
      case StreamParser::kError: {
        const StreamError& e = c->parser.error();
        log_.Log(LogLevel::kWarning, "closing " + c->address + ": " + e.log);
        if (!e.code.empty()) {
          PeerSink sink{c->tail()};  // behind any reply still held for the store
          AppendPacket(&sink, Magic::kResponse, PacketType::kError, {e.code, e.text});
        }
        return false;
      }
      case StreamParser::kFrame:
        if (frame.is_text) {
          switch (admin_->Handle(c, frame.line)) {
            case AdminCommands::Action::kNone:
              MarkDirty(c);
              break;
            case AdminCommands::Action::kClose:
              return false;
            case AdminCommands::Action::kShutdown:
              MarkDirty(c);
              Flush();
              Stop();
              return true;
            case AdminCommands::Action::kShutdownGraceful:
              MarkDirty(c);
              BeginGracefulStop();
              break;
          }
        } else if (!scheduler_->HandlePacket(c, frame)) {
          return false;
        }
        break;
    }
  }
}

// --- writing -----------------------------------------------------------------------

void Server::MarkDirty(Peer* peer) {
  if (peer->dirty) return;
  peer->dirty = true;
  dirty_.push_back(peer);
  ScheduleFlush();
}

void Server::ScheduleFlush() {
  if (flush_pending_) return;
  flush_pending_ = true;
  // Inside Run() the flush follows the pass; when the loop is driven another
  // way, the flush event does it.
  if (!in_run_) event_active(flush_event_, 0, 0);
}

void Server::OnFlushEvent(evutil_socket_t, short, void* arg) {
  static_cast<Server*>(arg)->Flush();
}

void Server::Flush() {
  flush_pending_ = false;
  // Closing a connection can make others dirty (requeued jobs wake workers),
  // so loop until nothing new appears.
  while (!dirty_.empty()) {
    // Swapped back and forth, both vectors keep their capacity.
    flushing_.swap(dirty_);
    // The usual case, replies in one contiguous chunk: one send() each, all
    // of them made in one batch. Anything else is written on its own.
    sending_.clear();
    for (Peer* p : flushing_) {
      Connection* c = static_cast<Connection*>(p);
      c->dirty = false;
      if (c->fd < 0 || c->write_blocked) continue;
      size_t len = evbuffer_get_length(c->out);
      if (len > 0 && evbuffer_get_contiguous_space(c->out) == len) {
        io_.Add(IoBatch::Op::kSend, c->fd, evbuffer_pullup(c->out, static_cast<ssize_t>(len)), len);
        sending_.push_back(c);
      } else if (!WriteOut(c)) {
        Close(c, "write failed");
      } else {
        AfterWrite(c);
      }
    }
    flushing_.clear();
    if (sending_.empty()) continue;
    io_.Run(&send_results_);
    for (size_t i = 0; i < sending_.size(); ++i) {
      Connection* c = sending_[i];
      ssize_t n = send_results_[i];
      if (n > 0) evbuffer_drain(c->out, static_cast<size_t>(n));
      if (n == -EAGAIN || n == -EWOULDBLOCK) {
        AwaitWritable(c);
      } else if (n < 0 && n != -EINTR) {
        Close(c, "write failed");
        continue;
      } else if (evbuffer_get_length(c->out) > 0 && !WriteOut(c)) {
        // A short send: the rest goes out directly (or waits for the socket).
        Close(c, "write failed");
        continue;
      }
      AfterWrite(c);
    }
  }
  if (in_read_batch_) return;  // the read batch still holds closed connections
  for (Connection* c : graveyard_) delete c;
  graveyard_.clear();
}

void Server::AfterWrite(Connection* c) {
  if (evbuffer_get_length(c->out) > 0) return;
  if (c->write_blocked) {
    c->write_blocked = false;
    event_del(c->write_event);
  }
  ResumeReadingIfDrained(c);
  if (c->closing) Close(c, "protocol error");
}

bool Server::WriteOut(Connection* c) {
  while (size_t len = evbuffer_get_length(c->out)) {
    // A contiguous chunk: a plain send(), cheaper than the writev() of
    // evbuffer_write() (no iovec import, no file-position locking).
    ssize_t n;
    if (evbuffer_get_contiguous_space(c->out) == len) {
      n = send(c->fd, evbuffer_pullup(c->out, static_cast<ssize_t>(len)), len,
               MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) evbuffer_drain(c->out, static_cast<size_t>(n));
    } else {
      n = evbuffer_write(c->out, c->fd);
    }
    if (n > 0) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      AwaitWritable(c);
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    return false;
  }
  return true;
}

void Server::AwaitWritable(Connection* c) {
  ResumeReadingIfDrained(c);
  if (!c->write_blocked) {
    c->write_blocked = true;
    event_add(c->write_event, nullptr);
  }
}

void Server::ResumeReadingIfDrained(Connection* c) {
  if (c->read_paused && !c->closing && evbuffer_get_length(c->out) < kOutputLowWater) {
    c->read_paused = false;
    event_add(c->read_event, nullptr);
  }
}

void Server::OnWriteEvent(evutil_socket_t, short, void* arg) {
  Connection* c = static_cast<Connection*>(arg);
  c->server->OnWritable(c);
}

void Server::OnWritable(Connection* c) {
  c->write_blocked = false;
  event_del(c->write_event);
  if (!WriteOut(c)) {
    Close(c, "write failed");
  } else {
    AfterWrite(c);
  }
  // Close() asks for a flush, which frees the connection afterwards.
}

void Server::Close(Connection* c, const char* why) {
  if (c->fd < 0) return;
  if (log_.Enabled(LogLevel::kInfo)) {
    log_.Log(LogLevel::kInfo, "Closing connection " + c->address + " fd " + std::to_string(c->fd) +
                                  ": " + why);
  }
  scheduler_->RemovePeer(c);
  event_free(c->read_event);
  event_free(c->write_event);
  c->read_event = c->write_event = nullptr;
  close(c->fd);
  c->fd = -1;
  evbuffer_free(c->out);
  c->out = nullptr;
  --connection_count_;
  graveyard_.push_back(c);
  ScheduleFlush();
}

}  // namespace geartrain
