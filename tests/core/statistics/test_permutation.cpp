#include "statistics/permutation.h"

#include "common/input_error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

using namespace resilience;

namespace {

// Feature 0 linked to `neighbours` with binary weights; every other feature has no links.
SpatialWeights star(std::size_t n, const std::vector<std::uint32_t> &neighbours) {
  std::vector<std::vector<std::uint32_t>> lists(n);
  lists[0] = neighbours;
  return SpatialWeights::fromNeighbourLists(lists, "star");
}

// p_sim of feature 0 with the statistic = sum of the drawn neighbour values.
double pSimOfFeatureZero(const std::vector<double> &values, const SpatialWeights &w,
                         std::size_t permutations, unsigned threads = 1) {
  const std::size_t n = values.size();
  std::vector<std::uint8_t> skip(n, 1);
  skip[0] = 0;
  double observed = 0.0;
  for (std::size_t k = 0; k < w.neighbourCount(0); ++k)
    observed += values[w.neighboursBegin(0)[k]];
  std::vector<std::uint32_t> stream(n);
  std::iota(stream.begin(), stream.end(), 0u);
  const std::vector<double> zero(n, 0.0), one(n, 1.0), obs(n, observed);
  return conditionalPermutationPValues(values, w, zero, one, obs, skip, stream,
                                       {permutations, 99, threads})[0];
}

} // namespace

TEST(Permutation, FoldedPseudoPByHand) {
  // 999 draws, 30 at or above the observed value (969 below): (30 + 1) / 1000.
  EXPECT_DOUBLE_EQ(foldedPseudoP({30, 969}, 999), 0.031);
  // 990 at or above, 9 below: the smaller tail has 9, (9 + 1) / 1000.
  EXPECT_DOUBLE_EQ(foldedPseudoP({990, 9}, 999), 0.01);
}

// Ties count in both tails. 999 draws: 500 above, 499 equal to the observed value, none below.
// spdep's folded p (nsim - #{>=} = 0 in the lower tail) would be 1/1000; with the ties in the
// lower tail as well it is (499 + 1) / 1000.
TEST(Permutation, TiesAreNotExtreme) {
  EXPECT_DOUBLE_EQ(foldedPseudoP({999, 499}, 999), 0.5);
  EXPECT_DOUBLE_EQ(foldedPseudoP({499, 999}, 999), 0.5);
}

// Every permutation equal to the observed statistic: it cannot vary, no p-value (NULL).
TEST(Permutation, AStatisticThatCannotVaryHasNoPValue) {
  EXPECT_TRUE(std::isnan(foldedPseudoP({999, 999}, 999)));
  EXPECT_TRUE(std::isnan(foldedPseudoP({0, 0}, 0)));
}

// Feature 0's one neighbour holds 1; of the 4 others (drawn from), one holds 1, three hold 0.
// Statistic = -(drawn value): observed -1; a draw of 1 ties (P = 1/4), a draw of 0 is above.
// #{>=} = all 999, #{<=} = the ties (binomial, mean 249.75, sd 13.7): p = about 0.25. spdep's
// folded count (999 - #{>=} = 0) would call it significant at p = 0.001.
TEST(Permutation, TiedDrawsGiveTheExactTailProbability) {
  const std::vector<double> v{0.0, 1.0, 0.0, 0.0, 0.0};
  const SpatialWeights w = star(5, {1});
  std::vector<std::uint8_t> skip(5, 1);
  skip[0] = 0;
  const std::vector<std::uint32_t> stream{0, 1, 2, 3, 4};
  const std::vector<double> zero(5, 0.0), minusOne(5, -1.0);
  const double p =
      conditionalPermutationPValues(v, w, zero, minusOne, minusOne, skip, stream, {999, 7, 1})[0];
  EXPECT_NEAR(p, 0.25, 0.06);
}

// Feature 0 linked to all 15 others with equal weights: a draw without replacement takes every
// other value, so each permutation has the observed sum (up to the order of summation).
TEST(Permutation, AFeatureLinkedToAllOthersWithEqualWeightsCannotVary) {
  std::vector<double> v(16);
  for (std::size_t i = 0; i < v.size(); ++i)
    v[i] = 0.1 * static_cast<double>((i * 7) % 16) + 0.3;
  std::vector<std::uint32_t> all;
  for (std::uint32_t j = 1; j < 16; ++j)
    all.push_back(j);
  EXPECT_TRUE(std::isnan(pSimOfFeatureZero(v, star(16, all), 999)));
  // All the others but one: the left-out value varies, so the statistic does.
  all.pop_back();
  EXPECT_FALSE(std::isnan(pSimOfFeatureZero(v, star(16, all), 999)));
}

// One neighbour with value 3; the other 20 features hold 1..20 (feature 0 holds 0 and is never
// drawn). P(drawn >= 3) = 18/20, P(drawn <= 3) = 3/20 (a draw of 3 ties, in both tails), so the
// folded p tends to 3/20 = 0.15 (sd 0.0036 at 9,999 draws). spdep's folded count, ties in the
// upper tail only, would tend to 2/20.
TEST(Permutation, SingleNeighbourMatchesTheExactDistribution) {
  std::vector<double> v(21);
  std::iota(v.begin(), v.end(), 0.0);
  EXPECT_NEAR(pSimOfFeatureZero(v, star(21, {3}), 9999), 0.15, 0.015);
}

// Two neighbours holding the only two ones among 20 others (the rest 0): without replacement,
// P(sum >= 2) = 1 / C(20, 2) = 1/190 = 0.00526; with replacement it would be 4/400 = 0.01.
TEST(Permutation, DrawsAreWithoutReplacement) {
  std::vector<double> v(21, 0.0);
  v[5] = v[9] = 1.0;
  const double p = pSimOfFeatureZero(v, star(21, {5, 9}), 99999);
  EXPECT_NEAR(p, 1.0 / 190.0, 0.0012);
}

// 33 neighbours of 34 others (the shuffle path for many neighbours): a draw leaves out exactly
// one of the others, whose values are 1..34. The neighbours leave out the feature holding 7, so
// P(sum >= observed) = P(left-out value <= 7) = 7/34 = 0.2059 (sd 0.004 at 9,999 draws).
TEST(Permutation, ManyNeighboursMatchTheExactDistribution) {
  std::vector<double> v(35);
  std::iota(v.begin(), v.end(), 0.0);
  std::vector<std::uint32_t> neighbours;
  for (std::uint32_t j = 1; j < 35; ++j)
    if (j != 7)
      neighbours.push_back(j);
  EXPECT_NEAR(pSimOfFeatureZero(v, star(35, neighbours), 9999), 7.0 / 34.0, 0.02);
}

TEST(Permutation, GeneratorDependsOnSeedAndStreamOnly) {
  StreamRandom a(1, 5), b(1, 5), c(1, 6), d(2, 5);
  const std::uint64_t first = a.next();
  EXPECT_EQ(first, b.next());
  EXPECT_NE(first, c.next());
  EXPECT_NE(first, d.next());
}

TEST(Permutation, BoundedDrawsAreUniform) {
  StreamRandom rng(3, 0);
  std::vector<std::size_t> counts(7, 0);
  for (int s = 0; s < 70000; ++s)
    ++counts[rng.below(7)];
  for (std::size_t c : counts)
    EXPECT_NEAR(static_cast<double>(c), 10000.0, 400.0); // 4 sd
}

TEST(Permutation, ACancelRequestStopsWithCancelledNotPartialResults) {
  const std::size_t n = 50;
  std::vector<double> values(n);
  std::iota(values.begin(), values.end(), 1.0);
  const SpatialWeights w = star(n, {1, 2, 3});
  std::vector<std::uint8_t> skip(n, 0);
  std::vector<std::uint32_t> stream(n);
  std::iota(stream.begin(), stream.end(), 0u);
  const std::vector<double> zero(n, 0.0), one(n, 1.0);
  std::atomic<bool> cancel{true}; // the user pressed Cancel before the work started
  PermutationOptions options{999, 1, 2};
  options.cancel = &cancel;
  EXPECT_THROW(conditionalPermutationPValues(values, w, zero, one, values, skip, stream, options),
               Cancelled);
  cancel = false;
  EXPECT_NO_THROW(
      conditionalPermutationPValues(values, w, zero, one, values, skip, stream, options));
}

namespace {

// Rows 0..9 each linked to two features with binary weights, so they share one set of draws;
// feature r's links are {a_r, b_r}. The statistic of row r is the sum of its two neighbours.
struct SharedRows {
  std::vector<double> values;
  SpatialWeights weights;
  std::vector<double> observed;
  std::vector<std::uint8_t> skip;
  std::vector<std::uint32_t> stream;
};

SharedRows sharedRows(const std::vector<double> &values,
                      const std::vector<std::vector<std::uint32_t>> &links) {
  SharedRows s;
  const std::size_t n = values.size();
  s.values = values;
  std::vector<std::vector<std::uint32_t>> lists(n);
  s.skip.assign(n, 1);
  s.observed.assign(n, 0.0);
  for (std::size_t r = 0; r < links.size(); ++r) {
    lists[r] = links[r];
    s.skip[r] = 0;
    for (std::uint32_t j : links[r])
      s.observed[r] += values[j];
  }
  s.weights = SpatialWeights::fromNeighbourLists(lists, "shared");
  s.stream.resize(n);
  std::iota(s.stream.begin(), s.stream.end(), 0u);
  return s;
}

std::vector<double> pSims(const SharedRows &s, std::size_t permutations, unsigned threads) {
  const std::vector<double> zero(s.values.size(), 0.0), one(s.values.size(), 1.0);
  return conditionalPermutationPValues(s.values, s.weights, zero, one, s.observed, s.skip, s.stream,
                                       {permutations, 7, threads});
}

} // namespace

// 21 features, ones at 0, 5 and 9, zeros elsewhere. Row 0 (a one) is linked to 5 and 9, row 5
// (a one) to 0 and 9: each observes 2, and its draws of two come from the other 20 features,
// which hold exactly two ones: P(sum >= 2) = 1 / C(20, 2) = 1/190 = 0.00526. Had a row's own
// value been drawable, the three ones would give 3 / C(21, 2) = 1/70 = 0.0143 instead. Rows 1..4
// share the same weights, so all six draw from one shared set and rows 0 and 5 rely on the
// exchange of their own index for the spare draw.
TEST(Permutation, RowsWithTheSameWeightsShareDrawsButNeverDrawThemselves) {
  std::vector<double> v(21, 0.0);
  v[0] = v[5] = v[9] = 1.0;
  const SharedRows s = sharedRows(v, {{5, 9}, {10, 11}, {12, 13}, {14, 15}, {16, 17}, {0, 9}});
  const std::vector<double> p = pSims(s, 99999, 1);
  EXPECT_NEAR(p[0], 1.0 / 190.0, 0.0012);
  EXPECT_NEAR(p[5], 1.0 / 190.0, 0.0012);
  // Row 1 (a zero) observes 0 + 0: every draw is at or above it; at or below (a tie) are the
  // draws of two zeros among its 20 others (17 zeros, 3 ones): C(17, 2) / C(20, 2) = 136/190.
  // spdep's folded count (ties in the upper tail only) gives the spurious 1 / (nsim + 1).
  EXPECT_NEAR(p[1], 136.0 / 190.0, 0.005);
  EXPECT_TRUE(std::isnan(p[6])); // not permuted (skip)
}

// A shared group, a row with weights of its own (3 links) and skipped rows together: the p
// values are the same whatever the thread count.
TEST(Permutation, SharedAndSingleRowsGiveTheSameResultOnAnyThreadCount) {
  std::vector<double> v(40);
  for (std::size_t i = 0; i < v.size(); ++i)
    v[i] = std::sin(static_cast<double>(i));
  std::vector<std::vector<std::uint32_t>> links;
  for (std::uint32_t r = 0; r < 12; ++r)
    links.push_back({r + 20, r + 21});
  links.push_back({1, 2, 3});
  const SharedRows s = sharedRows(v, links);
  const std::vector<double> one = pSims(s, 999, 1);
  for (unsigned threads : {2u, 4u}) {
    const std::vector<double> other = pSims(s, 999, threads);
    for (std::size_t r = 0; r < v.size(); ++r)
      if (r < links.size())
        EXPECT_EQ(one[r], other[r]) << r << " with " << threads << " threads";
      else
        EXPECT_TRUE(std::isnan(other[r])) << r;
  }
  for (std::size_t r = 0; r < links.size(); ++r)
    EXPECT_TRUE(one[r] > 0.0 && one[r] <= 0.5) << r;
}

// The statistic linear in several lags (local Geary) draws exactly like the one-lag engine: with
// one pool it gives the same p-values, shared groups and single rows alike. Two pools holding
// halves of the values give the sums' p-values too (their lags add up to the one pool's lag).
TEST(Permutation, LinearStatisticOverSeveralPoolsDrawsAsTheOneLagEngine) {
  std::vector<double> v(40);
  for (std::size_t i = 0; i < v.size(); ++i)
    v[i] = std::sin(static_cast<double>(i));
  std::vector<std::vector<std::uint32_t>> links;
  for (std::uint32_t r = 0; r < 12; ++r)
    links.push_back({r + 20, r + 21});
  links.push_back({1, 2, 3});
  const SharedRows s = sharedRows(v, links);
  const std::vector<double> expected = pSims(s, 999, 1);
  const std::vector<double> zero(v.size(), 0.0), one(v.size(), 1.0);
  for (unsigned threads : {1u, 3u}) {
    const PermutationOptions options{999, 7, threads};
    const std::vector<double> onePool =
        conditionalPermutationPValues(std::vector<std::vector<double>>{v}, s.weights, zero, {one},
                                      s.observed, s.skip, s.stream, options);
    const std::vector<double> oneLag = pSims(s, 999, threads);
    for (std::size_t r = 0; r < v.size(); ++r)
      if (r < links.size())
        EXPECT_EQ(onePool[r], oneLag[r]) << r;
      else
        EXPECT_TRUE(std::isnan(onePool[r])) << r;
    std::vector<double> half(v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
      half[i] = v[i] / 2;
    const std::vector<double> p = conditionalPermutationPValues(
        {half, half}, s.weights, zero, {one, one}, s.observed, s.skip, s.stream, options);
    for (std::size_t r = 0; r < links.size(); ++r)
      EXPECT_EQ(p[r], expected[r]) << r;
  }
}
