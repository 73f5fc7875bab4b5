// Normalisations, quantiles, ranks and winsorising against hand computations on small columns.
// Definitions: COINr n_zscore / n_minmax / n_prank / n_goalposts, R quantile(type = 7), R rank.
#include "scoring/normalisation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace resilience;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTol = 1e-12;

// x = 2, 4, 4, 6, 9 with a NULL in the middle (position 2).
MaskedValues sample() {
  return MaskedValues::fromDoubles({2, 4, kNaN, 4, 6, 9});
}

void expectColumn(const NormalisedColumn &c, const std::vector<double> &expected) {
  ASSERT_TRUE(c.usable()) << c.skipReason;
  ASSERT_EQ(c.values.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (std::isnan(expected[i])) {
      EXPECT_FALSE(c.values.isValid(i)) << "entry " << i;
      continue;
    }
    ASSERT_TRUE(c.values.isValid(i)) << "entry " << i;
    EXPECT_NEAR(c.values.values[i], expected[i], kTol) << "entry " << i;
  }
}

} // namespace

TEST(Normalisation, NamesRoundTrip) {
  for (const char *name : {"zscore", "minmax", "rank", "robust", "goalposts"})
    EXPECT_EQ(normalisationName(*parseNormalisation(name)), name);
  EXPECT_FALSE(parseNormalisation("z-score").has_value());
}

TEST(Normalisation, ZScoreUsesSampleStandardDeviation) {
  // mean = (2 + 4 + 4 + 6 + 9) / 5 = 5; squared deviations 9 + 1 + 1 + 1 + 16 = 28;
  // sd = sqrt(28 / (5 - 1)) = sqrt(7).
  const double sd = std::sqrt(7.0);
  expectColumn(normalise(sample(), {}, NormalisationMethod::ZScore, false, std::nullopt),
               {-3 / sd, -1 / sd, kNaN, -1 / sd, 1 / sd, 4 / sd});
  // Direction '-' flips the sign.
  expectColumn(normalise(sample(), {}, NormalisationMethod::ZScore, true, std::nullopt),
               {3 / sd, 1 / sd, kNaN, 1 / sd, -1 / sd, -4 / sd});
}

TEST(Normalisation, MinMaxOnZeroToHundred) {
  // min 2, max 9: 100 (x - 2) / 7; reversed 100 (9 - x) / 7.
  expectColumn(normalise(sample(), {}, NormalisationMethod::MinMax, false, std::nullopt),
               {0.0, 200.0 / 7, kNaN, 200.0 / 7, 400.0 / 7, 100.0});
  expectColumn(normalise(sample(), {}, NormalisationMethod::MinMax, true, std::nullopt),
               {100.0, 500.0 / 7, kNaN, 500.0 / 7, 300.0 / 7, 0.0});
}

TEST(Normalisation, RankIsPercentileOfMinRank) {
  // Ranks with ties "min": 2 -> 1, 4 -> 2, 4 -> 2, 6 -> 4, 9 -> 5; 100 (r - 1) / (5 - 1).
  expectColumn(normalise(sample(), {}, NormalisationMethod::Rank, false, std::nullopt),
               {0.0, 25.0, kNaN, 25.0, 75.0, 100.0});
  // Reversed: ranks of -x: -9 -> 1, -6 -> 2, -4 -> 3, -4 -> 3, -2 -> 5.
  expectColumn(normalise(sample(), {}, NormalisationMethod::Rank, true, std::nullopt),
               {100.0, 50.0, kNaN, 50.0, 25.0, 0.0});
}

TEST(Normalisation, RobustUsesMedianAndType7Iqr) {
  // Sorted 2 4 4 6 9: median = x(3) = 4; Q1 at h = 4 * 0.25 = 1 -> x(2) = 4; Q3 at h = 3 -> 6.
  // IQR = 2, so (x - 4) / 2.
  expectColumn(normalise(sample(), {}, NormalisationMethod::Robust, false, std::nullopt),
               {-1.0, 0.0, kNaN, 0.0, 1.0, 2.5});
}

TEST(Normalisation, GoalpostsClampedOrNot) {
  // Goalposts 0 and 8: 100 x / 8; 9 lies beyond the upper goalpost: 112.5 or clamped to 100.
  expectColumn(
      normalise(sample(), {}, NormalisationMethod::Goalposts, false, Goalposts{0, 8, true}),
      {25.0, 50.0, kNaN, 50.0, 75.0, 100.0});
  expectColumn(
      normalise(sample(), {}, NormalisationMethod::Goalposts, false, Goalposts{0, 8, false}),
      {25.0, 50.0, kNaN, 50.0, 75.0, 112.5});
  // Reversed: 100 (8 - x) / 8; 9 gives -12.5, clamped to 0.
  expectColumn(normalise(sample(), {}, NormalisationMethod::Goalposts, true, Goalposts{0, 8, true}),
               {75.0, 50.0, kNaN, 50.0, 25.0, 0.0});
  // Goalposts need no spread in the data: one value is enough.
  expectColumn(normalise(MaskedValues::fromDoubles({6}), {}, NormalisationMethod::Goalposts, false,
                         Goalposts{0, 8, true}),
               {75.0});
}

TEST(Normalisation, IncludeMaskLimitsTheStatistics) {
  // Only 2, 4 and 6 take part (the 4 at position 3 and the 9 are left out): min 2, max 6.
  const std::vector<std::uint8_t> include = {1, 1, 1, 0, 1, 0};
  expectColumn(normalise(sample(), include, NormalisationMethod::MinMax, false, std::nullopt),
               {0.0, 50.0, kNaN, kNaN, 100.0, kNaN});
}

TEST(Normalisation, UnusableColumnsGiveAReason) {
  const auto constant = MaskedValues::fromDoubles({3, 3, kNaN, 3});
  for (auto m : {NormalisationMethod::ZScore, NormalisationMethod::MinMax,
                 NormalisationMethod::Rank, NormalisationMethod::Robust}) {
    const auto c = normalise(constant, {}, m, false, std::nullopt);
    EXPECT_FALSE(c.usable());
    EXPECT_NE(c.skipReason.find("zero variance"), std::string::npos) << c.skipReason;
  }
  EXPECT_EQ(normalise(MaskedValues::fromDoubles({kNaN, kNaN}), {}, NormalisationMethod::ZScore,
                      false, std::nullopt)
                .skipReason,
            "no valid value");
  EXPECT_EQ(normalise(MaskedValues::fromDoubles({kNaN, 4}), {}, NormalisationMethod::MinMax, false,
                      std::nullopt)
                .skipReason,
            "only one valid value");
  // 1 1 1 1 5: Q1 = Q3 = 1 although the values differ.
  const auto c = normalise(MaskedValues::fromDoubles({1, 1, 1, 1, 5}), {},
                           NormalisationMethod::Robust, false, std::nullopt);
  EXPECT_NE(c.skipReason.find("interquartile range is zero"), std::string::npos);
}

TEST(Normalisation, QuantileType7) {
  // R: quantile(c(1, 2, 3, 4, 10), c(0.05, 0.5, 0.95)) = 1.2, 3, 8.8
  // (h = 4 p: 0.2 -> 1 + 0.2 (2 - 1); 2 -> 3; 3.8 -> 4 + 0.8 (10 - 4)).
  const std::vector<double> v = {1, 2, 3, 4, 10};
  EXPECT_NEAR(quantileType7(v, 0.05), 1.2, kTol);
  EXPECT_NEAR(quantileType7(v, 0.5), 3.0, kTol);
  EXPECT_NEAR(quantileType7(v, 0.95), 8.8, kTol);
  EXPECT_EQ(quantileType7(v, 0.0), 1.0);
  EXPECT_EQ(quantileType7(v, 1.0), 10.0);
}

TEST(Normalisation, RanksMinAndAverage) {
  // R: rank(c(10, 20, 20, 5), ties = "min") = 2 3 3 1; default "average" = 2 3.5 3.5 1.
  const auto x = MaskedValues::fromDoubles({10, 20, kNaN, 20, 5});
  const auto lo = minRanks(x);
  const auto avg = averageRanks(x);
  const std::vector<double> minExpected = {2, 3, kNaN, 3, 1}, avgExpected = {2, 3.5, kNaN, 3.5, 1};
  for (std::size_t i = 0; i < x.size(); ++i) {
    EXPECT_EQ(lo.isValid(i), !std::isnan(minExpected[i]));
    if (lo.isValid(i)) {
      EXPECT_EQ(lo.values[i], minExpected[i]);
      EXPECT_EQ(avg.values[i], avgExpected[i]);
    }
  }
}

TEST(Normalisation, AverageRanksAmongTheEntriesValidInAnotherColumn) {
  // x = 10 20 NULL 20 5, kept where `also` is valid (not at 1): 10, 20, 5 -> R: rank(c(10, 20,
  // 5)) = 2 3 1.
  const auto x = MaskedValues::fromDoubles({10, 20, kNaN, 20, 5});
  const auto also = MaskedValues::fromDoubles({0, kNaN, 0, 0, 0});
  const auto ranks = averageRanksWhereValid(ascendingEntries(x), x.size(), also);
  const std::vector<double> expected = {2, kNaN, kNaN, 3, 1};
  for (std::size_t i = 0; i < x.size(); ++i) {
    EXPECT_EQ(ranks.isValid(i), !std::isnan(expected[i])) << i;
    if (ranks.isValid(i)) {
      EXPECT_EQ(ranks.values[i], expected[i]) << i;
    }
  }
}

TEST(Normalisation, WinsorisingClipsAtQuantilesAndCounts) {
  // The 5th and 95th percentiles of 1 2 3 4 10 are 1.2 and 8.8 (see QuantileType7): 1 is raised,
  // 10 lowered.
  auto x = MaskedValues::fromDoubles({1, 2, kNaN, 3, 4, 10});
  const auto counts = winsorise(x, {}, 0.05, 0.95);
  EXPECT_EQ(counts.low, 1u);
  EXPECT_EQ(counts.high, 1u);
  EXPECT_NEAR(x.values[0], 1.2, kTol);
  EXPECT_NEAR(x.values[5], 8.8, kTol);
  EXPECT_EQ(x.values[1], 2.0);
  EXPECT_FALSE(x.isValid(2));
}
