#include "client/server_version.h"

#include <vector>

#include "client/admin_client.h"

namespace geartrain {
namespace client {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpecial(char c) { return c == '.' || c == '-' || c == '_' || c == '+'; }

// PHP's php_canonicalize_version + split: separators collapse, and a switch
// between digits and non-digits starts a new part.
std::vector<std::string> CanonicalParts(std::string_view v) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : v) {
    if (IsSpecial(c)) {
      if (!cur.empty()) parts.push_back(std::move(cur));
      cur.clear();
      continue;
    }
    if (!cur.empty() && IsDigit(cur.back()) != IsDigit(c)) {
      parts.push_back(std::move(cur));
      cur.clear();
    }
    cur += c;
  }
  if (!cur.empty()) parts.push_back(std::move(cur));
  return parts;
}

// Numeric value of an all-digit part ("018" is 18, as PHP compares them).
bool NumberIs(const std::string& part, long want) {
  if (part.empty()) return false;
  long v = 0;
  for (char c : part) {
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
    if (v > 1000000) return false;
  }
  return v == want;
}

}  // namespace

bool VersionEquals1118(std::string_view version) {
  // Every part of "1.1.18" is a number, so only three numeric parts 1, 1, 18
  // compare equal; an extra part of any kind makes PHP call them different.
  std::vector<std::string> p = CanonicalParts(version);
  return p.size() == 3 && NumberIs(p[0], 1) && NumberIs(p[1], 1) && NumberIs(p[2], 18);
}

int64_t CanDoTimeoutValue(std::string_view version, int64_t timeout) {
  return VersionEquals1118(version) ? timeout : timeout * 1000;
}

Status VersionCache::Get(const ServerAddress& address, Deadline deadline, std::string* version) {
  std::string key = address.ToString();
  auto it = versions_.find(key);
  if (it != versions_.end()) {
    *version = it->second;
    return Status::Ok();
  }
  AdminClient admin;
  Status s = admin.Connect(address, deadline);
  if (s.ok()) s = admin.Version(deadline, version);
  if (s.ok()) versions_[key] = *version;
  return s;
}

}  // namespace client
}  // namespace geartrain
