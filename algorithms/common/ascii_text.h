#pragma once
// Small text helpers shared by the parsers (keys, numbers, spec files). ASCII only, on purpose:
// codes, markers and column names are ASCII, and locale-dependent case mapping would make
// "I" and "i" differ between machines.
#include <string>

namespace resilience {

// Without leading and trailing white space (space, tab, CR, LF, FF, VT).
std::string trimmed(const std::string &text);
std::string asciiLower(std::string text);
std::string asciiUpper(std::string text);

} // namespace resilience
