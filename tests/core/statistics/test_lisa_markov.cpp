// LISA Markov and the spatial Markov chain on a path of four features 0 - 1 - 2 - 3 (rook
// neighbours, row-standardised), every quadrant and count worked out by hand below; the steady
// state against an eigenvector computed independently here by power iteration.
#include "common/input_error.h"
#include "statistics/lisa_markov.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience;

namespace {

SpatialWeights path4() {
  return SpatialWeights::fromNeighbourLists({{1}, {0, 2}, {1, 3}, {2}}, "path of four");
}

// Period A: 1, 2, 3, 4 (mean 2.5; lags 2, 2, 3, 3): LL, LL, HH, HH.
// Period B: 4, 3, 2, 1: HH, HH, LL, LL.
// Period C: 1, 4, 2, 3 (mean 2.5; lags 4, 1.5, 3.5, 2): LH, HL, LH, HL.
std::vector<MaskedValues> threePeriods() {
  return {MaskedValues::fromDoubles({1, 2, 3, 4}), MaskedValues::fromDoubles({4, 3, 2, 1}),
          MaskedValues::fromDoubles({1, 4, 2, 3})};
}

// Left eigenvector for eigenvalue 1 by power iteration pi <- pi P from the uniform vector: an
// independent route to the steady state of an ergodic chain.
std::vector<double> powerIteration(const std::vector<double> &p, std::size_t m) {
  std::vector<double> pi(m, 1.0 / static_cast<double>(m)), next(m);
  for (int iteration = 0; iteration < 20000; ++iteration) {
    for (std::size_t b = 0; b < m; ++b) {
      next[b] = 0.0;
      for (std::size_t a = 0; a < m; ++a)
        next[b] += pi[a] * p[a * m + b];
    }
    pi.swap(next);
  }
  return pi;
}

} // namespace

// Transitions A -> B: LL -> HH (features 0, 1), HH -> LL (2, 3); B -> C: HH -> LH (0),
// HH -> HL (1), LL -> LH (2), LL -> HL (3). Rows (from) and columns (to) in the order HH, LH,
// LL, HL: HH: 0 1 2 1; LH: 0 0 0 0; LL: 2 1 0 1; HL: 0 0 0 0.
TEST(LisaMarkov, TransitionCountsByHand) {
  LisaMarkovOptions o;
  o.spatialClasses = 0;
  const LisaMarkovResult r = lisaMarkov(threePeriods(), path4(), o);
  const std::array<double, 16> expected = {0, 1, 2, 1, 0, 0, 0, 0, 2, 1, 0, 1, 0, 0, 0, 0};
  EXPECT_EQ(r.transitions, expected);
  EXPECT_EQ(r.path[0], "LL>HH>LH");
  EXPECT_EQ(r.path[1], "LL>HH>HL");
  EXPECT_EQ(r.path[2], "HH>LL>LH");
  EXPECT_EQ(r.path[3], "HH>LL>HL");
  EXPECT_EQ(r.moves[0], 2u);
  // Probabilities: HH row 0, 1/4, 2/4, 1/4; LH and HL never left: undefined rows, so no steady
  // state.
  EXPECT_DOUBLE_EQ(r.probabilities[2], 0.5);
  EXPECT_DOUBLE_EQ(r.probabilities[8], 0.5);
  EXPECT_TRUE(std::isnan(r.probabilities[4]));
  EXPECT_TRUE(std::isnan(r.steadyState[0]));
}

// Period D: 1, 2, 6, 3 (mean 3; lags 2, 3.5, 2.5, 6, mean of the lags 3.5). PySAL compares the lag
// with the mean of x (3): LL, LH, HL, LH (3 equals the mean: Low). spdep compares it with the mean
// of the lags (3.5, not above itself): LL, LL, HL, LH.
TEST(LisaMarkov, PySALAndSpdepQuadrants) {
  const std::vector<MaskedValues> periods = {MaskedValues::fromDoubles({1, 2, 6, 3}),
                                             MaskedValues::fromDoubles({1, 2, 3, 4})};
  LisaMarkovOptions o;
  o.spatialClasses = 0;
  const LisaMarkovResult pysal = lisaMarkov(periods, path4(), o);
  EXPECT_EQ(pysal.path[1], "LH>LL");
  EXPECT_EQ(pysal.path[2], "HL>HH");
  EXPECT_EQ(pysal.path[3], "LH>HH");
  o.rule = QuadrantRule::Spdep;
  const LisaMarkovResult spdep = lisaMarkov(periods, path4(), o);
  EXPECT_EQ(spdep.path[0], "LL>LL");
  EXPECT_EQ(spdep.path[1], "LL>LL");
}

// A chain that visits every state: HH -> LL -> HH ... on alternating periods makes a periodic
// pair; add the third period's moves to LH and HL and back. The steady state must equal the
// power-iteration eigenvector of the probabilities the counts give.
TEST(LisaMarkov, SteadyStateEqualsAnIndependentEigenvector) {
  // Five periods A, B, C, A, C on the path: transitions A->B, B->C, C->A, A->C.
  const auto p = threePeriods();
  const std::vector<MaskedValues> periods = {p[0], p[1], p[2], p[0], p[2]};
  LisaMarkovOptions o;
  o.spatialClasses = 0;
  const LisaMarkovResult r = lisaMarkov(periods, path4(), o);
  for (double v : r.probabilities)
    ASSERT_FALSE(std::isnan(v)) << "every state is left at least once";
  const std::vector<double> probabilities(r.probabilities.begin(), r.probabilities.end());
  const std::vector<double> expected = powerIteration(probabilities, 4);
  double sum = 0;
  for (std::size_t s = 0; s < 4; ++s) {
    EXPECT_NEAR(r.steadyState[s], expected[s], 1e-9) << s;
    sum += r.steadyState[s];
  }
  EXPECT_NEAR(sum, 1.0, 1e-12);
  // The direct solver on a textbook two-state chain: P = [[0.9, 0.1], [0.5, 0.5]] has steady
  // state (5/6, 1/6) (0.1 pi_1 = 0.5 pi_2).
  const auto two = steadyState({0.9, 0.1, 0.5, 0.5}, 2);
  EXPECT_NEAR(two[0], 5.0 / 6, 1e-12);
  EXPECT_NEAR(two[1], 1.0 / 6, 1e-12);
  // Two closed classes: no unique steady state.
  EXPECT_TRUE(std::isnan(steadyState({1, 0, 0, 1}, 2)[0]));
}

// Spatial Markov with two classes (median splits) on periods A, B, C. Pooled values 1..4 three
// times: the type-7 median is 2.5. Pooled lags: A 2, 2, 3, 3; B 3, 3, 2, 2; C 4, 1.5, 3.5, 2:
// sorted 1.5 2 2 2 2 2 3 3 3 3 3.5 4, median 2.5.
// A -> B: feature 0 value 1 -> 4 (class 0 -> 1), lag 2 (class 0); 1: 2 -> 3 (0 -> 1), lag 2 (0);
//   2: 3 -> 2 (1 -> 0), lag 3 (1); 3: 4 -> 1 (1 -> 0), lag 3 (1).
// B -> C: 0: 4 -> 1 (1 -> 0), lag 3 (1); 1: 3 -> 4 (1 -> 1), lag 3 (1); 2: 2 -> 2 (0 -> 0), lag 2
//   (0); 3: 1 -> 3 (0 -> 1), lag 2 (0).
// Lag class 0: 0 -> 1 three times, 0 -> 0 once. Lag class 1: 1 -> 0 three times, 1 -> 1 once.
TEST(LisaMarkov, SpatialMarkovByHand) {
  LisaMarkovOptions o;
  o.spatialClasses = 2;
  const LisaMarkovResult r = lisaMarkov(threePeriods(), path4(), o);
  ASSERT_EQ(r.valueBreaks, std::vector<double>{2.5});
  ASSERT_EQ(r.lagBreaks, std::vector<double>{2.5});
  EXPECT_EQ(r.spatialCounts[0], (std::vector<double>{1, 3, 0, 0}));
  EXPECT_EQ(r.spatialCounts[1], (std::vector<double>{0, 0, 3, 1}));
}

// With permutations the states come from local Moran (its quadrants and pseudo p-values), without
// them from the spatial lag alone: the states must agree; only which moves count differs.
TEST(LisaMarkov, StatesAgreeWithAndWithoutPermutations) {
  const auto p = threePeriods();
  LisaMarkovOptions o;
  o.spatialClasses = 2;
  const LisaMarkovResult plain = lisaMarkov(p, path4(), o);
  o.permutation.permutations = 99;
  o.significance = 1.0; // every LISA "significant": every move counts again
  const LisaMarkovResult permuted = lisaMarkov(p, path4(), o);
  EXPECT_EQ(plain.state, permuted.state);
  EXPECT_EQ(plain.transitions, permuted.transitions);
  EXPECT_EQ(plain.spatialCounts, permuted.spatialCounts);
  // Type-7 quantiles by selection equal those of the sorted values (1..10: 25 % -> 3.25).
  EXPECT_EQ(quantileBreaks({7, 1, 10, 4, 2, 9, 3, 8, 5, 6}, 4),
            (std::vector<double>{3.25, 5.5, 7.75}));
}

TEST(LisaMarkov, BadInputIsNamed) {
  LisaMarkovOptions o;
  o.valueName = "score";
  EXPECT_THROW(lisaMarkov({MaskedValues::fromDoubles({1, 2, 3, 4})}, path4(), o), InputError);
  try {
    lisaMarkov({MaskedValues::fromDoubles({1, 2, 3, 4}), MaskedValues::fromDoubles({5, 5, 5, 5})},
               path4(), o);
    FAIL() << "zero variance accepted";
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("score (period 2)"), std::string::npos) << e.what();
  }
  // A NULL value: its bin is undefined ("NA") and its transitions do not count.
  auto periods = threePeriods();
  periods[1].setNull(0);
  const LisaMarkovResult r = lisaMarkov(periods, path4(), o);
  EXPECT_EQ(r.path[0].substr(0, 5), "LL>NA");
  double total = 0;
  for (double c : r.transitions)
    total += c;
  EXPECT_EQ(total, 6.0) << "8 transitions minus the two of feature 0";
}
