// Splitting an admin text line the way gearmand 1.1.20 does.
//
// Contract: words are separated by runs of spaces (leading and trailing spaces
// ignored). gearmand allows at most 5 words and closes the connection on a
// sixth; SplitAdminLine reports that with `too_many = true`. The first word is
// lowercased into `command` since command names are case-insensitive.
#ifndef GEARTRAIN_CORE_PROTOCOL_ADMIN_LINE_H_
#define GEARTRAIN_CORE_PROTOCOL_ADMIN_LINE_H_

#include <array>
#include <string>
#include <string_view>

namespace geartrain {

constexpr int kMaxAdminWords = 5;

struct AdminLine {
  std::string command;        // first word, lowercased ("" for an empty line)
  std::string_view command_raw;  // first word as sent (for error texts)
  std::array<std::string_view, kMaxAdminWords - 1> arg{};  // views into the line
  int argc = 0;         // number of words after the command
  bool too_many = false;
};

AdminLine SplitAdminLine(std::string_view line);

// ASCII case-insensitive equality.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_PROTOCOL_ADMIN_LINE_H_
