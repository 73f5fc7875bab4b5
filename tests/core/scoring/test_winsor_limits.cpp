// WINSORISE as users type it in the dialog or a script: shares, percentages, pairs with every
// separator, decimal commas, and what is refused.
#include "scoring/winsor_limits.h"

#include <gtest/gtest.h>

using namespace resilience;
using Verdict = WinsorSetting::Verdict;

namespace {

void expectLimits(const WinsorSetting &s, double lower, double upper) {
  ASSERT_EQ(s.verdict, Verdict::Limits);
  EXPECT_DOUBLE_EQ(s.limits.lower, lower);
  EXPECT_DOUBLE_EQ(s.limits.upper, upper);
}

} // namespace

TEST(WinsorSetting, EmptyIsOff) {
  EXPECT_EQ(parseWinsorSetting(std::string()).verdict, Verdict::Off);
  EXPECT_EQ(parseWinsorSetting("  ").verdict, Verdict::Off);
  EXPECT_EQ(parseWinsorSetting(std::vector<std::string>{}).verdict, Verdict::Off);
}

TEST(WinsorSetting, OneShareClipsBothTails) {
  expectLimits(parseWinsorSetting("0.05"), 0.05, 0.95);
  expectLimits(parseWinsorSetting("0,05"), 0.05, 0.95); // a decimal comma
  expectLimits(parseWinsorSetting("5"), 0.05, 0.95);    // above 1: a percentage
  expectLimits(parseWinsorSetting(" 0.1 "), 0.1, 0.9);
}

TEST(WinsorSetting, TwoQuantilesWithAnySeparator) {
  expectLimits(parseWinsorSetting("0.05;0.9"), 0.05, 0.9);
  expectLimits(parseWinsorSetting("0.05,0.9"), 0.05, 0.9); // decimal points: the comma separates
  expectLimits(parseWinsorSetting("0,05;0,9"), 0.05, 0.9); // decimal commas, ';' separates
  expectLimits(parseWinsorSetting("5 95"), 0.05, 0.95);
  expectLimits(parseWinsorSetting("0.01  ;  0.99"), 0.01, 0.99);
  expectLimits(parseWinsorSetting("1;90"), 0.01, 0.9); // one above 1: both are percentages
  expectLimits(parseWinsorSetting(std::vector<std::string>{" 0.02", "0.98 "}), 0.02, 0.98);
}

TEST(WinsorSetting, RefusesWhatIsNotOneOrTwoQuantiles) {
  const WinsorSetting three = parseWinsorSetting("0.05;0.5;0.95");
  EXPECT_EQ(three.verdict, Verdict::NotLimits);
  EXPECT_EQ(three.parts, (std::vector<std::string>{"0.05", "0.5", "0.95"}));
  EXPECT_EQ(parseWinsorSetting("abc").verdict, Verdict::NotLimits);
  EXPECT_EQ(parseWinsorSetting("-0.05").verdict, Verdict::NotLimits);
  EXPECT_EQ(parseWinsorSetting("150").verdict, Verdict::NotLimits);
  EXPECT_EQ(parseWinsorSetting(std::vector<std::string>{""}).verdict, Verdict::NotLimits);

  const WinsorSetting reversed = parseWinsorSetting("0.9;0.1");
  EXPECT_EQ(reversed.verdict, Verdict::NotOrdered);
  EXPECT_DOUBLE_EQ(reversed.limits.lower, 0.9);
  EXPECT_DOUBLE_EQ(reversed.limits.upper, 0.1);
  EXPECT_EQ(parseWinsorSetting("0.5").verdict, Verdict::NotOrdered) << "0.5 leaves nothing between";
  EXPECT_EQ(parseWinsorSetting("60").verdict, Verdict::NotOrdered);
}
