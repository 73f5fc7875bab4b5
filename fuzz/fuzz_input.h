#pragma once
// Shared helpers for the libFuzzer targets: turn the raw bytes into the inputs our parsers take.
// A parser may refuse input only with resilience::InputError; any other exception escapes the
// target and libFuzzer reports it as a crash, like a sanitizer finding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

namespace resilience::fuzz {

inline std::string asText(const std::uint8_t *data, std::size_t size) {
  return std::string(reinterpret_cast<const char *>(data), size);
}

// Splits the input at the first NUL byte: the part before feeds one parser argument (e.g. a
// no-data rule string), the rest another, so a single corpus entry exercises both.
inline std::pair<std::string, std::string> splitAtNul(const std::string &text) {
  const auto nul = text.find('\0');
  if (nul == std::string::npos)
    return {text, {}};
  return {text.substr(0, nul), text.substr(nul + 1)};
}

} // namespace resilience::fuzz
