#include "client/server_address.h"

namespace geartrain {
namespace client {
namespace {

Status Invalid(std::string_view text, const char* why) {
  return Status(Status::kInvalidArgument,
                "Invalid server address '" + std::string(text) + "': " + why);
}

bool ParsePort(std::string_view s, uint16_t* port) {
  if (s.empty() || s.size() > 5) return false;
  uint32_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint32_t>(c - '0');
  }
  if (v == 0 || v > 65535) return false;
  *port = static_cast<uint16_t>(v);
  return true;
}

}  // namespace

Status ServerAddress::Parse(std::string_view text, ServerAddress* out) {
  ServerAddress a;
  if (text.empty()) return Invalid(text, "empty");
  if (text.front() == '[') {
    size_t close = text.find(']');
    if (close == std::string_view::npos) return Invalid(text, "missing ']'");
    a.host = std::string(text.substr(1, close - 1));
    if (a.host.empty()) return Invalid(text, "empty host");
    std::string_view rest = text.substr(close + 1);
    if (!rest.empty()) {
      if (rest.front() != ':') return Invalid(text, "expected ':' after ']'");
      if (!ParsePort(rest.substr(1), &a.port)) return Invalid(text, "bad port");
    }
  } else {
    size_t colon = text.find(':');
    if (colon != std::string_view::npos && text.find(':', colon + 1) != std::string_view::npos) {
      a.host = std::string(text);  // unbracketed IPv6 literal: no port possible
    } else if (colon != std::string_view::npos) {
      a.host = std::string(text.substr(0, colon));
      if (a.host.empty()) return Invalid(text, "empty host");
      if (!ParsePort(text.substr(colon + 1), &a.port)) return Invalid(text, "bad port");
    } else {
      a.host = std::string(text);
    }
  }
  for (char c : a.host) {
    if (c == ' ' || c == '\t' || c == '\0' || c == '[' || c == ']' || c == '/') {
      return Invalid(text, "bad character in host");
    }
  }
  *out = std::move(a);
  return Status::Ok();
}

std::string ServerAddress::ToString() const {
  std::string p = std::to_string(port);
  if (host.find(':') != std::string::npos) return "[" + host + "]:" + p;
  return host + ":" + p;
}

}  // namespace client
}  // namespace geartrain
