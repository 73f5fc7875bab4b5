// Mann-Kendall trend test against hand computations (with and without ties) and a published
// worked example.
#include "statistics/mann_kendall.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace resilience;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

// 1, 3, 2, 5, 4: pairs from 1: + + + + (4); from 3: - + + (1); from 2: + + (2); from 5: - (-1).
// S = 6, Var = 5 * 4 * 15 / 18 = 50/3, z = (6 - 1) / sqrt(50/3) = 1.2247449, tau = 6/10.
TEST(MannKendall, WithoutTiesByHand) {
  const auto r = mannKendall({1, 3, 2, 5, 4});
  EXPECT_EQ(r.n, 5u);
  EXPECT_EQ(r.s, 6.0);
  EXPECT_NEAR(r.varS, 50.0 / 3.0, 1e-12);
  EXPECT_NEAR(r.z, 5.0 / std::sqrt(50.0 / 3.0), 1e-12);
  EXPECT_NEAR(r.z, 1.2247449, 1e-7);
  // Two-sided p = 2 (1 - Phi(1.2247449)) = 0.2206714 (normal table).
  EXPECT_NEAR(r.p, 0.2206714, 1e-7);
  EXPECT_DOUBLE_EQ(r.tau, 0.6);
  // Reversed: S = -6, z = (S + 1) / sd.
  const auto down = mannKendall({4, 5, 2, 3, 1});
  EXPECT_EQ(down.s, -6.0);
  EXPECT_NEAR(down.z, -5.0 / std::sqrt(50.0 / 3.0), 1e-12);
}

// 2, 2, 3, 1, 3: from the first 2: 0 + - + (1); second 2: + - + (1); 3: - 0 (-1); 1: + (1).
// S = 2. Two tie groups of 2 (the 2s and the 3s): each t(t-1)(2t+5) = 2 * 1 * 9 = 18.
// Var = (5 * 4 * 15 - 36) / 18 = 264/18, z = (2 - 1) / sqrt(264/18) = 0.2611165.
TEST(MannKendall, WithTiesByHand) {
  const auto r = mannKendall({2, 2, 3, 1, 3});
  EXPECT_EQ(r.s, 2.0);
  EXPECT_NEAR(r.varS, 264.0 / 18.0, 1e-12);
  EXPECT_NEAR(r.z, 1.0 / std::sqrt(264.0 / 18.0), 1e-12);
  EXPECT_NEAR(r.z, 0.2611165, 1e-7);
  // Missing periods are left out: the same series with NULLs between gives the same test.
  const auto gaps = mannKendall({2, kNaN, 2, 3, kNaN, 1, 3});
  EXPECT_EQ(gaps.n, 5u);
  EXPECT_EQ(gaps.s, r.s);
  EXPECT_EQ(gaps.z, r.z);
  // Every value tied: no variance, no z (no trend can be tested).
  const auto flat = mannKendall({4, 4, 4, 4});
  EXPECT_EQ(flat.s, 0.0);
  EXPECT_EQ(flat.varS, 0.0);
  EXPECT_TRUE(std::isnan(flat.z));
  EXPECT_TRUE(std::isnan(mannKendall({1}).z));
}

// Published worked example: J. Little, "A Mann-Kendall Example ('By Hand')", College of the Holy
// Cross (mathcs.holycross.edu/~little/Montserrat/MannKendallByHand.txt): 14 values with one pair
// of equal values; 72 pairs +1, 18 pairs -1, one 0: S = 54, V = 14*13*33/18 - 2*1*9/18,
// Z = (S - 1)/sqrt(V) = 2.9058, one-sided p about .0018.
TEST(MannKendall, PublishedWorkedExample) {
  const auto r = mannKendall(
      {12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7});
  EXPECT_EQ(r.s, 54.0);
  EXPECT_NEAR(r.varS, 14.0 * 13 * 33 / 18 - 2.0 * 1 * 9 / 18, 1e-12);
  EXPECT_NEAR(r.z, 2.9058, 5e-5);
  EXPECT_NEAR(r.p / 2, 0.0018, 5e-5); // our p is two-sided
}
