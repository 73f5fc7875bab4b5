#include "io/key_matching.h"

#include "common/ascii_text.h"

#include <algorithm>
#include <cctype>

namespace resilience {

namespace {

bool allDigits(const std::string &s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

// Spreadsheets turn 855 into "855.0" or "855,0": accept a zero fraction on a bare number.
std::string withoutZeroFraction(const std::string &s) {
  const auto sep = s.find_first_of(".,");
  if (sep == std::string::npos || sep == 0)
    return s;
  const std::string fraction = s.substr(sep + 1);
  if (!fraction.empty() &&
      std::all_of(fraction.begin(), fraction.end(), [](char c) { return c == '0'; }))
    return s.substr(0, sep);
  return s;
}

std::string padded(const std::string &digits, std::size_t width) {
  return digits.size() >= width ? digits : std::string(width - digits.size(), '0') + digits;
}

} // namespace

std::optional<std::string> canonicalCbsCode(const std::string &raw) {
  std::string code = asciiUpper(trimmed(raw));
  struct Level {
    const char *prefix;
    std::size_t digits;
  };
  static const Level levels[] = {{"GM", 4}, {"WK", 6}, {"BU", 8}};
  for (const auto &level : levels) {
    if (code.rfind(level.prefix, 0) == 0) {
      const std::string digits = trimmed(code.substr(2));
      if (!allDigits(digits) || digits.size() > level.digits)
        return std::nullopt;
      return std::string(level.prefix) + padded(digits, level.digits);
    }
  }
  code = withoutZeroFraction(code);
  if (!allDigits(code) || code.size() > 8)
    return std::nullopt;
  if (code.size() <= 4)
    return "GM" + padded(code, 4);
  if (code.size() <= 6)
    return "WK" + padded(code, 6);
  return "BU" + padded(code, 8);
}

NormalisedKey normaliseKey(const std::string &raw, KeyMatching mode) {
  switch (mode) {
  case KeyMatching::Exact:
    if (raw.empty())
      return {std::nullopt, "empty key"};
    return {raw, {}};
  case KeyMatching::Trimmed: {
    std::string key = asciiUpper(trimmed(raw));
    if (key.empty())
      return {std::nullopt, "empty key"};
    return {key, {}};
  }
  case KeyMatching::Cbs: {
    if (trimmed(raw).empty())
      return {std::nullopt, "empty key"};
    auto code = canonicalCbsCode(raw);
    if (!code)
      return {std::nullopt, "not a CBS area code (expected e.g. GM0855, 0855, 855, WK085501 or "
                            "BU08550101)"};
    return {*code, {}};
  }
  }
  return {std::nullopt, "unknown key matching mode"};
}

} // namespace resilience
