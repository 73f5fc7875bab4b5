#pragma once
// WINSORISE as users write it: empty = off; one share s (0.05) clips at s and 1 - s; two numbers
// give the lower and upper quantile ("0.05;0.95", "0.05,0.95", "5 95"). Numbers above 1 are
// percentages (then both are). ';' or spaces separate two numbers; a comma does only when the
// numbers use decimal points ("0.05,0.95"), otherwise it is a decimal comma ("0,05").
#include "scoring/composite_index.h"

#include <string>
#include <vector>

namespace resilience {

struct WinsorSetting {
  enum class Verdict {
    Off,        // nothing given
    Limits,     // limits holds the quantiles
    NotLimits,  // more than two numbers, or one that is not a number from 0 to 100
    NotOrdered, // limits holds a lower quantile that is not below the upper one
  };
  Verdict verdict = Verdict::Off;
  WinsorLimits limits;
  std::vector<std::string> parts; // the numbers as given, trimmed, for messages
};

WinsorSetting parseWinsorSetting(const std::string &text);
// The same for numbers given one by one (a list parameter).
WinsorSetting parseWinsorSetting(const std::vector<std::string> &parts);

} // namespace resilience
