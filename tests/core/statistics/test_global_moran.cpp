#include "common/input_error.h"
#include "reference_weights.h"
#include "statistics/global_moran.h"
#include "thread_counts.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

using namespace resilience;
using resilience::testing::closeTo;
using resilience::testing::expectSameForThreadCounts;
using resilience::testing::ReferenceCsv;
using resilience::testing::referenceValues;
using resilience::testing::referenceWeights;

namespace {

struct Case {
  std::string dataset, weightsName, edges;
  bool rowStandardise;
};

// Every row of global_moran.csv whose neighbours are in testdata (afcon's paper.nb and the EB
// Moran row are not).
const std::vector<Case> kCases = {
    {"columbus", "queen(poly2nb) W", "columbus_queen_edges.csv", true},
    {"columbus", "rook(poly2nb) W", "columbus_rook_edges.csv", true},
    {"columbus", "columbus.gal W", "columbus_gal_edges.csv", true},
    {"columbus", "queen(poly2nb) B", "columbus_queen_edges.csv", false},
    {"columbus", "knn4(XY) W", "columbus_knn4_edges_XY.csv", true},
    {"columbus", "dband(XY, 0..3.37427137912794) W", "columbus_dband_maxknn1_edges_XY.csv", true},
    {"columbus", "dband(XY, 0..10) W", "columbus_dband_10_edges_XY.csv", true},
    {"nc", "queen(poly2nb) W", "nc_queen_edges.csv", true},
    {"nc", "rook(poly2nb) W", "nc_rook_edges.csv", true},
    {"nc", "knn4(32119) W", "nc_knn4_edges_32119.csv", true},
    {"nc", "dband(32119, 0..41026.8322503525 m) W", "nc_dband_maxknn1_edges_32119.csv", true},
};

MaskedValues datasetValues(const std::string &dataset) {
  return dataset == "columbus" ? referenceValues("spdep/columbus_input.csv", "CRIME")
                               : referenceValues("spdep/nc_input.csv", "SIDR74");
}

void expectInference(const MoranInference &m, const ReferenceCsv &ref, std::size_t row) {
  EXPECT_TRUE(closeTo(m.variance, ref.number(row, "VarI")));
  EXPECT_TRUE(closeTo(m.z, ref.number(row, "z")));
  EXPECT_TRUE(closeTo(m.pGreater, ref.number(row, "p_greater")));
  EXPECT_TRUE(closeTo(m.pTwoSided, ref.number(row, "p_two_sided")));
}

} // namespace

TEST(GlobalMoran, MatchesSpdepMoranTestOnEveryReferenceRow) {
  const ReferenceCsv ref("spdep/global_moran.csv");
  std::size_t matched = 0;
  for (const Case &c : kCases) {
    const MaskedValues x = datasetValues(c.dataset);
    GlobalMoranOptions options;
    options.rowStandardise = c.rowStandardise;
    options.permutation.permutations = 0;
    const GlobalMoranResult r =
        globalMoran(x, referenceWeights("spdep/" + c.edges, x.size()), options);
    EXPECT_TRUE(std::isnan(r.pSim));
    for (std::size_t row = 0; row < ref.rows(); ++row) {
      const std::string assumption = ref.text(row, "assumption");
      if (ref.text(row, "dataset") != c.dataset || ref.text(row, "weights") != c.weightsName ||
          (assumption != "randomisation" && assumption != "normality"))
        continue; // other weights, or the EB Moran row
      SCOPED_TRACE(c.dataset + " " + c.weightsName + " " + assumption);
      EXPECT_TRUE(closeTo(r.i, ref.number(row, "I")));
      EXPECT_TRUE(closeTo(r.expected, ref.number(row, "EI")));
      expectInference(assumption == "randomisation" ? r.randomisation : r.normality, ref, row);
      ++matched;
    }
  }
  EXPECT_EQ(matched, 17u); // columbus 4 x 2 + 3, nc 2 x 2 + 2
}

TEST(GlobalMoran, PermutationPIsReproducibleAndAgreesWithTheNormalApproximation) {
  const SpatialWeights w = referenceWeights("spdep/columbus_queen_edges.csv", 49);
  GlobalMoranOptions options;
  options.permutation.permutations = 999;
  // CRIME is strongly autocorrelated (z = 5.6, normal p ~ 1e-8): no permutation reaches it.
  const GlobalMoranResult crime =
      globalMoran(referenceValues("spdep/columbus_input.csv", "CRIME"), w, options);
  EXPECT_DOUBLE_EQ(crime.pSim, 1.0 / 1000.0);

  // INC: compare the folded pseudo p with the one-sided randomisation p, and thread counts.
  const MaskedValues inc = referenceValues("spdep/columbus_input.csv", "INC");
  options.permutation.permutations = 9999;
  expectSameForThreadCounts(
      options, [&](const GlobalMoranOptions &o) { return globalMoran(inc, w, o).pSim; });
  const GlobalMoranResult r = globalMoran(inc, w, options);
  const double oneSided = std::min(r.randomisation.pGreater, 1.0 - r.randomisation.pGreater);
  EXPECT_NEAR(r.pSim, oneSided, 0.01 + 0.2 * oneSided);
}

// spdep moran.test(zero.policy = TRUE, adjust.n = TRUE): an island stays in the mean and the
// kurtosis but leaves n. By hand for the path 0-1-2-3 (B weights) plus island 4, x = 1, 2, 4, 3, 5:
// mean 3, z = -2, -1, 1, 0, 2, sum z^2 = 10, sum z w z = 2 (z0 z1 + z1 z2 + z2 z3) = 2 (2 - 1 + 0),
// S0 = 6, n = 4: I = (4 / 6) * 2 / 10 = 2/15.
TEST(GlobalMoran, IslandLeavesNButNotTheMean) {
  const SpatialWeights w =
      SpatialWeights::fromNeighbourLists({{1}, {0, 2}, {1, 3}, {2}, {}}, "path and island");
  GlobalMoranOptions options;
  options.rowStandardise = false;
  options.permutation.permutations = 0;
  const GlobalMoranResult r =
      globalMoran(MaskedValues::fromDoubles({1.0, 2.0, 4.0, 3.0, 5.0}), w, options);
  EXPECT_EQ(r.n, 4u);
  EXPECT_EQ(r.summary.islands, 1u);
  EXPECT_DOUBLE_EQ(r.i, 2.0 / 15.0);
  EXPECT_DOUBLE_EQ(r.expected, -1.0 / 3.0);
  EXPECT_DOUBLE_EQ(r.s0, 6.0);
  EXPECT_DOUBLE_EQ(r.s1, 12.0);                    // 6 links, each w^2 + w w' = 2
  EXPECT_DOUBLE_EQ(r.s2, 4.0 + 16.0 + 16.0 + 4.0); // (1+1)^2 + (2+2)^2 + (2+2)^2 + (1+1)^2
}

TEST(GlobalMoran, NullValueIsLeftOut) {
  MaskedValues x = referenceValues("spdep/columbus_input.csv", "CRIME");
  x.setNull(10);
  GlobalMoranOptions options;
  options.permutation.permutations = 0;
  const GlobalMoranResult r =
      globalMoran(x, referenceWeights("spdep/columbus_queen_edges.csv", 49), options);
  EXPECT_EQ(r.summary.nullValues, 1u);
  EXPECT_EQ(r.n, 48u);
  EXPECT_DOUBLE_EQ(r.expected, -1.0 / 47.0);
}

TEST(GlobalMoran, ZeroVarianceAndTooFewFeaturesAreInputErrors) {
  const SpatialWeights w =
      SpatialWeights::fromNeighbourLists({{1}, {0, 2}, {1, 3}, {2}}, "path of four");
  EXPECT_THROW(globalMoran(MaskedValues::fromDoubles({1.0, 1.0, 1.0, 1.0}), w), InputError);
  MaskedValues x = MaskedValues::fromDoubles({1.0, 2.0, 3.0, 4.0});
  x.setNull(0);
  EXPECT_THROW(globalMoran(x, w), InputError);
}

// Cancel pressed before or during moran.mc's permutations: Cancelled, not a p from part of them.
TEST(GlobalMoran, ACancelRequestStopsThePermutationsWithCancelled) {
  const MaskedValues crime = referenceValues("spdep/columbus_input.csv", "CRIME");
  const SpatialWeights w = referenceWeights("spdep/columbus_queen_edges.csv", 49);
  std::atomic<bool> cancel{true};
  GlobalMoranOptions options;
  options.permutation.permutations = 999;
  options.permutation.threads = 2;
  options.permutation.cancel = &cancel;
  EXPECT_THROW(globalMoran(crime, w, options), Cancelled);

  // While running: 100 million permutations take minutes; Cancel after 50 ms stops them in well
  // under the time they would take.
  cancel = false;
  options.permutation.permutations = 100000000;
  std::thread user([&cancel] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    cancel = true;
  });
  const auto start = std::chrono::steady_clock::now();
  EXPECT_THROW(globalMoran(crime, w, options), Cancelled);
  user.join();
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 10.0);

  // Not cancelled: the same p as without a flag.
  cancel = false;
  options.permutation.permutations = 999;
  const double withFlag = globalMoran(crime, w, options).pSim;
  options.permutation.cancel = nullptr;
  EXPECT_DOUBLE_EQ(withFlag, globalMoran(crime, w, options).pSim);
  EXPECT_DOUBLE_EQ(withFlag, 1.0 / 1000.0);
}

// Every feature linked to every other with equal weights: sum_ij w_ij z_i z_j = (sum z)^2 -
// sum z^2 = -sum z^2 for every permutation, so I = -1/(n - 1) whatever the order (spdep
// moran.mc: all 999 permuted I equal the observed -0.0667 within 4e-17, and its average rank
// of the ties gives p = 0.709). Here the permutation p is NULL: I cannot vary.
TEST(GlobalMoran, ACompleteGraphGivesNoPseudoP) {
  const std::vector<double> x{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3};
  std::vector<std::vector<std::uint32_t>> lists(x.size());
  for (std::uint32_t i = 0; i < x.size(); ++i)
    for (std::uint32_t j = 0; j < x.size(); ++j)
      if (j != i)
        lists[i].push_back(j);
  GlobalMoranOptions options;
  options.permutation.permutations = 999;
  const GlobalMoranResult r = globalMoran(
      MaskedValues::fromDoubles(x), SpatialWeights::fromNeighbourLists(lists, "all"), options);
  EXPECT_NEAR(r.i, -1.0 / 15.0, 1e-12);
  EXPECT_TRUE(std::isnan(r.pSim)) << r.pSim;
}
