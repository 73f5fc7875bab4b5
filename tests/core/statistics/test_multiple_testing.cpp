#include "statistics/multiple_testing.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience;

namespace {
const double kNull = std::nan("");
// Five tests and two NULLs: m = 5.
const std::vector<double> kP{0.01, kNull, 0.04, 0.03, kNull, 0.005, 0.5};
} // namespace

TEST(MultipleTesting, NoneKeepsTheValues) {
  const auto a = adjustPValues(kP, PValueAdjustment::None);
  for (std::size_t i = 0; i < kP.size(); ++i)
    EXPECT_TRUE(std::isnan(kP[i]) ? std::isnan(a[i]) : a[i] == kP[i]);
}

// R: p.adjust(c(0.01, NA, 0.04, 0.03, NA, 0.005, 0.5), "bonferroni")
//    = 0.05 NA 0.20 0.15 NA 0.025 1 (5 p, capped at 1).
TEST(MultipleTesting, BonferroniByHand) {
  const auto a = adjustPValues(kP, PValueAdjustment::Bonferroni);
  EXPECT_DOUBLE_EQ(a[0], 0.05);
  EXPECT_TRUE(std::isnan(a[1]));
  EXPECT_DOUBLE_EQ(a[2], 0.2);
  EXPECT_DOUBLE_EQ(a[3], 0.15);
  EXPECT_TRUE(std::isnan(a[4]));
  EXPECT_DOUBLE_EQ(a[5], 0.025);
  EXPECT_DOUBLE_EQ(a[6], 1.0);
}

// Benjamini-Hochberg by hand, sorted p: 0.005 (rank 1), 0.01 (2), 0.03 (3), 0.04 (4), 0.5 (5).
// m p / rank: 0.025, 0.025, 0.05, 0.05, 0.5; running minimum from the top: 0.5, 0.05, 0.05,
// 0.025, 0.025. R: p.adjust(..., "BH") = 0.025 NA 0.05 0.05 NA 0.025 0.5.
TEST(MultipleTesting, BenjaminiHochbergByHand) {
  const auto a = adjustPValues(kP, PValueAdjustment::FalseDiscovery);
  EXPECT_DOUBLE_EQ(a[0], 0.025);
  EXPECT_TRUE(std::isnan(a[1]));
  EXPECT_DOUBLE_EQ(a[2], 0.05);
  EXPECT_DOUBLE_EQ(a[3], 0.05);
  EXPECT_TRUE(std::isnan(a[4]));
  EXPECT_DOUBLE_EQ(a[5], 0.025);
  EXPECT_DOUBLE_EQ(a[6], 0.5);
}

// The step-up minimum matters when a larger p has a smaller ratio: p = 0.02, 0.021 (m = 2):
// ratios 0.04 and 0.021, so both become 0.021.
TEST(MultipleTesting, BenjaminiHochbergTakesTheRunningMinimum) {
  const auto a = adjustPValues({0.02, 0.021}, PValueAdjustment::FalseDiscovery);
  EXPECT_DOUBLE_EQ(a[0], 0.021);
  EXPECT_DOUBLE_EQ(a[1], 0.021);
}

TEST(MultipleTesting, AllNullStaysNull) {
  const auto a = adjustPValues({kNull, kNull}, PValueAdjustment::FalseDiscovery);
  EXPECT_TRUE(std::isnan(a[0]) && std::isnan(a[1]));
}

// 9 permutations: the smallest pseudo p is 1 / 10 = 0.1, so nothing is significant at 0.05;
// 19 give 1/20 = 0.05 (not below 0.05), 20 give 1/21 = 0.0476. Bonferroni over 16 features
// multiplies by 16: 999 permutations give 16/1000 = 0.016, and 0.05 needs 16/0.05 = 320
// permutations (1/321 * 16 = 0.0498).
TEST(MultipleTesting, SmallestAttainablePseudoPByHand) {
  EXPECT_DOUBLE_EQ(smallestAttainablePseudoP(9, 16, PValueAdjustment::None), 0.1);
  EXPECT_DOUBLE_EQ(smallestAttainablePseudoP(9, 16, PValueAdjustment::FalseDiscovery), 0.1);
  EXPECT_DOUBLE_EQ(smallestAttainablePseudoP(999, 16, PValueAdjustment::Bonferroni), 0.016);
  EXPECT_DOUBLE_EQ(smallestAttainablePseudoP(9, 16, PValueAdjustment::Bonferroni), 1.0);
  EXPECT_EQ(permutationsNeeded(0.05, 16, PValueAdjustment::None), 20u);
  EXPECT_EQ(permutationsNeeded(0.10, 16, PValueAdjustment::None), 10u);
  EXPECT_EQ(permutationsNeeded(0.01, 16, PValueAdjustment::FalseDiscovery), 100u);
  EXPECT_EQ(permutationsNeeded(0.05, 16, PValueAdjustment::Bonferroni), 320u);
}
