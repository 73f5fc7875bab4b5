#include "common/yes_no.h"

#include <algorithm>
#include <cctype>

namespace resilience {

std::optional<bool> parseYesNo(const std::string &text) {
  const auto begin =
      std::find_if_not(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
  const auto end = std::find_if_not(text.rbegin(), text.rend(), [](unsigned char c) {
                     return std::isspace(c);
                   }).base();
  std::string word;
  for (auto it = begin; it < end; ++it)
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(*it)));
  for (const char *yes : {"true", "yes", "ja", "on", "1", "y", "j"})
    if (word == yes)
      return true;
  for (const char *no : {"false", "no", "nee", "off", "0", "n"})
    if (word == no)
      return false;
  return std::nullopt;
}

} // namespace resilience
