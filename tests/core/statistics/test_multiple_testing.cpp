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
