#include "scoring/winsor_limits.h"

#include "io/number_parsing.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace resilience {
namespace {

std::string trimmed(const std::string &text) {
  const auto first =
      std::find_if_not(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
  const auto last =
      std::find_if_not(text.rbegin(), text.rend(), [](unsigned char c) { return std::isspace(c); });
  return first < last.base() ? std::string(first, last.base()) : std::string();
}

// Non-empty pieces of text between any of the separator characters.
std::vector<std::string> split(const std::string &text, const char *separators) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find_first_of(separators, start);
    const std::string part = text.substr(start, end == std::string::npos ? end : end - start);
    if (!part.empty())
      parts.push_back(part);
    if (end == std::string::npos)
      break;
    start = end + 1;
  }
  return parts;
}

} // namespace

WinsorSetting parseWinsorSetting(const std::string &input) {
  std::string text = trimmed(input);
  if (text.find_first_of("; \t\r\n") != std::string::npos) {
    std::replace(text.begin(), text.end(), ',', '.');
    return parseWinsorSetting(split(text, "; \t\r\n"));
  }
  if (text.find('.') != std::string::npos)
    return parseWinsorSetting(split(text, ","));
  std::replace(text.begin(), text.end(), ',', '.');
  return parseWinsorSetting(text.empty() ? std::vector<std::string>{}
                                         : std::vector<std::string>{text});
}

WinsorSetting parseWinsorSetting(const std::vector<std::string> &given) {
  WinsorSetting setting;
  for (const std::string &part : given)
    setting.parts.push_back(trimmed(part));
  if (setting.parts.empty())
    return setting;
  setting.verdict = WinsorSetting::Verdict::NotLimits;
  if (setting.parts.size() > 2)
    return setting;
  std::vector<double> numbers;
  for (const std::string &part : setting.parts) {
    const std::optional<double> v = parseLocalisedNumber(part, DecimalSeparator::Point);
    if (!v || *v < 0 || *v > 100)
      return setting;
    numbers.push_back(*v);
  }
  const bool percent = std::any_of(numbers.begin(), numbers.end(), [](double v) { return v > 1; });
  for (double &v : numbers)
    v = percent ? v / 100.0 : v;
  setting.limits.lower = numbers[0];
  setting.limits.upper = numbers.size() == 2 ? numbers[1] : 1.0 - numbers[0];
  setting.verdict = setting.limits.lower < setting.limits.upper
                        ? WinsorSetting::Verdict::Limits
                        : WinsorSetting::Verdict::NotOrdered;
  return setting;
}

} // namespace resilience
