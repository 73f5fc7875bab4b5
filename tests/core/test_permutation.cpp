#include "permutation.h"

#include "input_error.h"

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
  // 999 draws, 30 at or above the observed value: (30 + 1) / 1000.
  EXPECT_DOUBLE_EQ(foldedPseudoP(30, 999), 0.031);
  // 990 at or above: the smaller tail has 9, (9 + 1) / 1000.
  EXPECT_DOUBLE_EQ(foldedPseudoP(990, 999), 0.01);
}

// One neighbour with value 3; the other 20 features hold 1..20 (feature 0 holds 0 and is never
// drawn). P(drawn >= 3) = 18/20, so the folded p tends to 2/20 = 0.1 (sd 0.003 at 9,999 draws).
TEST(Permutation, SingleNeighbourMatchesTheExactDistribution) {
  std::vector<double> v(21);
  std::iota(v.begin(), v.end(), 0.0);
  EXPECT_NEAR(pSimOfFeatureZero(v, star(21, {3}), 9999), 0.1, 0.015);
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
