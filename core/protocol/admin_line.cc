#include "protocol/admin_line.h"

#include <cctype>

namespace geartrain {

AdminLine SplitAdminLine(std::string_view line) {
  AdminLine out;
  int words = 0;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i == line.size()) break;
    size_t start = i;
    while (i < line.size() && line[i] != ' ') ++i;
    std::string_view word = line.substr(start, i - start);
    if (words == kMaxAdminWords) {
      out.too_many = true;
      break;
    }
    if (words == 0) {
      out.command_raw = word;
      out.command.reserve(word.size());
      for (char c : word) out.command.push_back(static_cast<char>(std::tolower((unsigned char)c)));
    } else {
      out.arg[out.argc++] = word;
    }
    ++words;
  }
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower((unsigned char)a[i]) != std::tolower((unsigned char)b[i])) return false;
  }
  return true;
}

}  // namespace geartrain
