#include "client/admin_client.h"

#include <cstdlib>

namespace geartrain {
namespace client {
namespace {

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) out.push_back(line);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return out;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (;;) {
    size_t p = s.find(sep);
    out.push_back(s.substr(0, p));
    if (p == std::string_view::npos) return out;
    s.remove_prefix(p + 1);
  }
}

int64_t ToInt(std::string_view s) {
  if (s.empty() || s.size() > 18) return -1;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// PHP's urldecode: '+' is a space, %XX a byte, anything else as is.
std::string UrlDecode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 &&
               HexValue(s[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool ValidFunctionName(std::string_view f) {
  if (f.empty()) return false;
  for (char c : f) {
    bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

// Admin arguments are space-separated words; a space or line end inside one
// would smuggle in a second command.
bool ValidWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0') return false;
  }
  return true;
}

// PHP's trim() with its default characters.
std::string_view PhpTrim(std::string_view s) {
  constexpr std::string_view kWs(" \t\n\r\0\x0B", 6);
  size_t b = s.find_first_not_of(kWs);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(kWs);
  return s.substr(b, e - b + 1);
}

bool IsErrLine(std::string_view line) {
  return line.substr(0, 3) == "ERR" && (line.size() == 3 || line[3] == ' ' || line[3] == '\r');
}

}  // namespace

std::string AdminErrorMessage(std::string_view err_line) {
  while (!err_line.empty() && (err_line.back() == '\r' || err_line.back() == '\n')) {
    err_line.remove_suffix(1);
  }
  std::vector<std::string_view> tok = Split(err_line, ' ');
  std::string code = tok.size() > 1 ? UrlDecode(tok[1]) : std::string();
  std::string text = tok.size() > 2 ? std::string(tok[2]) : std::string();
  return text + " [error code: " + code + "]";
}

std::vector<FunctionStatus> ParseStatus(std::string_view text) {
  std::vector<FunctionStatus> rows;
  for (std::string_view line : Lines(text)) {
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 4) continue;
    FunctionStatus s;
    s.name = std::string(f[0]);
    s.queued = std::string(f[1]);
    s.running = std::string(f[2]);
    s.workers = std::string(f[3]);
    s.queued_n = ToInt(f[1]);
    s.running_n = ToInt(f[2]);
    s.workers_n = ToInt(f[3]);
    rows.push_back(std::move(s));
  }
  return rows;
}

std::vector<PriorityStatusRow> ParsePriorityStatus(std::string_view text) {
  std::vector<PriorityStatusRow> rows;
  for (std::string_view line : Lines(text)) {
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 5) continue;
    rows.push_back({std::string(f[0]), ToInt(f[1]), ToInt(f[2]), ToInt(f[3]), ToInt(f[4])});
  }
  return rows;
}

std::vector<WorkerInfo> ParseWorkers(std::string_view text) {
  // "fd ip id :abilities" with Net_Gearman's non-greedy regex: the earliest
  // split that matches wins, so fd ends at the first space, ip at the next
  // space at least one byte later, and id at the next " :" at least one byte
  // later (an id may hold spaces; gearmand's IPv6 garbage ip holds none).
  std::vector<WorkerInfo> out;
  for (;;) {
    size_t nl = text.find('\n');
    std::string_view t = PhpTrim(text.substr(0, nl));
    if (!t.empty()) {
      size_t i = t.find(' ', 1);
      size_t j = i == std::string_view::npos ? i : t.find(' ', i + 2);
      size_t k = j == std::string_view::npos ? j : t.find(" :", j + 2);
      if (k != std::string_view::npos) {
        WorkerInfo w;
        w.fd.assign(t.substr(0, i));
        w.ip.assign(t.substr(i + 1, j - i - 1));
        w.id.assign(t.substr(j + 1, k - j - 1));
        std::string_view abilities = PhpTrim(t.substr(k + 2));
        // explode(' ', ...) keeps empty pieces; "" gives no abilities.
        if (!abilities.empty()) {
          for (std::string_view a : Split(abilities, ' ')) w.abilities.emplace_back(a);
        }
        out.push_back(std::move(w));
      }
    }
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return out;
}

std::vector<JobInfo> ParseShowJobs(std::string_view text) {
  std::vector<JobInfo> out;
  for (std::string_view line : Lines(text)) {
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 4) continue;
    out.push_back({std::string(f[0]), ToInt(f[1]), f[2] == "1", f[3] == "1"});
  }
  return out;
}

Status AdminClient::Connect(const ServerAddress& address, Deadline deadline) {
  in_.clear();
  last_error_line_.clear();
  connect_error_.clear();
  peer_closed_ = Status();
  shut_down_ = false;
  Status s = conn_.Connect(address, deadline);
  if (!s.ok()) {
    // Connection's message is "Can't connect to server (reason)"; keep the
    // reason apart so callers may add it to Net_Gearman's wording.
    constexpr std::string_view kPrefix = "Can't connect to server ";
    std::string_view m(s.message());
    if (m.substr(0, kPrefix.size()) == kPrefix) m.remove_prefix(kPrefix.size());
    connect_error_.assign(m);
    return Status(s.code(), "Could not connect to " + address.ToString());
  }
  return s;
}

Status AdminClient::NotConnected() const {
  if (!peer_closed_.ok()) return peer_closed_;
  return Status(Status::kNotConnected, "Not connected");
}

Status AdminClient::Read() {
  Status s = conn_.ReadBytes(&in_);
  if (!s.ok()) peer_closed_ = s;
  return s;
}

Status AdminClient::Desync(Status s) {
  conn_.Close();
  in_.clear();
  return s;
}

Status AdminClient::Command(std::string_view line, bool multiline, Deadline deadline,
                            std::string* reply) {
  last_error_line_.clear();
  if (shut_down_) return Status(Status::kInvalidArgument, "This server has been shut down");
  if (!conn_.connected()) return NotConnected();
  if (line.find_first_of("\r\n") != std::string_view::npos) {
    return Status(Status::kInvalidArgument, "Invalid admin command");
  }
  std::string out(line);
  out += "\r\n";
  conn_.Queue(out);
  Status s = conn_.Flush(deadline);
  if (!s.ok()) return Desync(s);

  size_t scanned = 0;  // lines already checked, so each byte is looked at once
  Status read_error;   // EOF may arrive together with the last reply bytes
  for (;;) {
    size_t nl;
    while ((nl = in_.find('\n', scanned)) != std::string::npos) {
      std::string_view l(in_.data() + scanned, nl - scanned);
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      bool first = scanned == 0;
      bool done = !multiline || l == "." || (first && IsErrLine(l));
      if (done) {
        size_t consumed = nl + 1;
        if (first && IsErrLine(l)) {
          last_error_line_.assign(l);
          std::string msg = AdminErrorMessage(l);
          in_.erase(0, consumed);
          return Status(Status::kServerError, msg);
        }
        if (multiline) {
          reply->assign(in_, 0, scanned);
        } else {
          reply->assign(l);
        }
        in_.erase(0, consumed);
        return Status::Ok();
      }
      scanned = nl + 1;
    }
    if (!read_error.ok()) return Desync(read_error);
    s = conn_.WaitReadable(deadline);
    if (!s.ok()) return Desync(s);
    read_error = Read();
  }
}

Status AdminClient::SendLine(std::string_view raw, Deadline deadline) {
  if (shut_down_) return Status(Status::kInvalidArgument, "This server has been shut down");
  if (!conn_.connected()) return NotConnected();
  std::string out(raw);
  out += "\r\n";
  conn_.Queue(out);
  Status s = conn_.Flush(deadline);
  if (!s.ok()) return Desync(s);
  return s;
}

Status AdminClient::ReadLine(Deadline deadline, std::string* line) {
  size_t scanned = 0;
  Status read_error;
  for (;;) {
    size_t nl = in_.find('\n', scanned);
    if (nl != std::string::npos) {
      line->assign(in_, 0, nl + 1);
      in_.erase(0, nl + 1);
      return Status::Ok();
    }
    scanned = in_.size();
    if (!read_error.ok()) return Desync(read_error);
    if (!conn_.connected()) return Desync(NotConnected());
    Status s = conn_.WaitReadable(deadline);
    if (!s.ok()) return Desync(s);
    read_error = Read();
  }
}

Status AdminClient::SimpleOk(std::string_view line, Deadline deadline) {
  std::string reply;
  Status s = Command(line, false, deadline, &reply);
  if (!s.ok()) return s;
  if (reply != "OK") return Status(Status::kProtocolError, "Unexpected reply: " + reply);
  return s;
}

Status AdminClient::Version(Deadline deadline, std::string* version) {
  Status s = Command("version", false, deadline, version);
  if (s.ok()) {
    while (!version->empty() && (version->back() == ' ' || version->back() == '\t')) {
      version->pop_back();
    }
  }
  return s;
}

Status AdminClient::GetStatus(Deadline deadline, std::vector<FunctionStatus>* rows) {
  std::string text;
  Status s = Command("status", true, deadline, &text);
  if (s.ok()) *rows = ParseStatus(text);
  return s;
}

Status AdminClient::Workers(Deadline deadline, std::vector<WorkerInfo>* workers) {
  std::string text;
  Status s = Command("workers", true, deadline, &text);
  if (s.ok()) *workers = ParseWorkers(text);
  return s;
}

Status AdminClient::MaxQueue(std::string_view function, int64_t size, Deadline deadline) {
  if (!ValidFunctionName(function))
    return Status(Status::kInvalidArgument, "Invalid function name");
  return SimpleOk("maxqueue " + std::string(function) + " " + std::to_string(size), deadline);
}

Status AdminClient::Shutdown(bool graceful, Deadline deadline) {
  Status s = SimpleOk(graceful ? "shutdown graceful" : "shutdown", deadline);
  if (s.ok()) shut_down_ = true;
  return s;
}

Status AdminClient::GetPid(Deadline deadline, int64_t* pid) {
  std::string reply;
  Status s = Command("getpid", false, deadline, &reply);
  if (!s.ok()) return s;
  std::string_view v(reply);
  if (v.substr(0, 3) == "OK ") v.remove_prefix(3);
  *pid = ToInt(v);
  if (*pid < 0) return Status(Status::kProtocolError, "Unexpected reply: " + reply);
  return s;
}

Status AdminClient::ShowJobs(Deadline deadline, std::vector<JobInfo>* jobs) {
  std::string text;
  Status s = Command("show jobs", true, deadline, &text);
  if (s.ok()) *jobs = ParseShowJobs(text);
  return s;
}

Status AdminClient::ShowUniqueJobs(Deadline deadline, std::vector<std::string>* uniques) {
  std::string text;
  Status s = Command("show unique jobs", true, deadline, &text);
  if (!s.ok()) return s;
  uniques->clear();
  // Every line is a job (an empty line is a job without a unique id); text
  // ends with the last line's "\n".
  std::string_view rest(text);
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view l = rest.substr(0, nl);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    uniques->emplace_back(l);
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
  return s;
}

Status AdminClient::CancelJob(std::string_view handle, Deadline deadline) {
  if (!ValidWord(handle)) return Status(Status::kInvalidArgument, "Invalid job handle");
  return SimpleOk("cancel job " + std::string(handle), deadline);
}

Status AdminClient::DropFunction(std::string_view function, Deadline deadline) {
  if (!ValidWord(function)) return Status(Status::kInvalidArgument, "Invalid function name");
  return SimpleOk("drop function " + std::string(function), deadline);
}

Status AdminClient::CreateFunction(std::string_view function, Deadline deadline) {
  if (!ValidWord(function)) return Status(Status::kInvalidArgument, "Invalid function name");
  return SimpleOk("create function " + std::string(function), deadline);
}

Status AdminClient::PriorityStatus(Deadline deadline, std::vector<PriorityStatusRow>* rows) {
  std::string text;
  Status s = Command("prioritystatus", true, deadline, &text);
  if (s.ok()) *rows = ParsePriorityStatus(text);
  return s;
}

Status AdminClient::Verbose(Deadline deadline, std::string* level) {
  std::string reply;
  Status s = Command("verbose", false, deadline, &reply);
  if (!s.ok()) return s;
  *level = reply.substr(0, 3) == "OK " ? reply.substr(3) : reply;
  return s;
}

}  // namespace client
}  // namespace geartrain
