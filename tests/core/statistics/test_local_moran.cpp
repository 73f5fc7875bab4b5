#include "common/input_error.h"
#include "permutation_agreement.h"
#include "reference_weights.h"
#include "statistics/local_moran.h"
#include "thread_counts.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

using namespace resilience;
using resilience::testing::closeTo;
using resilience::testing::expectSameForThreadCounts;
using resilience::testing::expectSamePermutationVerdicts;
using resilience::testing::ReferenceCsv;
using resilience::testing::referenceValues;
using resilience::testing::referenceWeights;

namespace {

// Compares our analytical local Moran with an spdep 1.2-7 localmoran reference file.
void expectMatchesSpdep(const std::string &file, const std::string &edges, std::size_t n) {
  const ReferenceCsv ref(file);
  ASSERT_EQ(ref.rows(), n);
  const MaskedValues x = referenceValues(file, "x");
  const SpatialWeights w = referenceWeights(edges, n);

  LocalMoranOptions conditional;
  conditional.permutation.permutations = 0;
  LocalMoranOptions total = conditional;
  total.variance = LocalMoranVariance::Total;
  const LocalMoranResult c = localMoran(x, w, conditional);
  const LocalMoranResult t = localMoran(x, w, total);
  EXPECT_EQ(c.summary.computed, n);
  EXPECT_TRUE(c.pSim.empty());
  for (std::size_t i = 0; i < n; ++i) {
    SCOPED_TRACE("feature " + std::to_string(i + 1));
    EXPECT_TRUE(closeTo(c.lag[i], ref.number(i, "lag_x")));
    EXPECT_TRUE(closeTo(c.ii[i], ref.number(i, "Ii")));
    EXPECT_TRUE(closeTo(c.expected[i], ref.number(i, "E.Ii")));
    EXPECT_TRUE(closeTo(c.variance[i], ref.number(i, "Var.Ii_conditional")));
    EXPECT_TRUE(closeTo(c.z[i], ref.number(i, "Z.Ii_conditional")));
    EXPECT_TRUE(closeTo(c.p[i], ref.number(i, "P_two_sided_conditional")));
    EXPECT_TRUE(closeTo(t.ii[i], ref.number(i, "Ii")));
    EXPECT_TRUE(closeTo(t.variance[i], ref.number(i, "Var.Ii_total")));
    EXPECT_TRUE(closeTo(t.z[i], ref.number(i, "Z.Ii_total")));
    EXPECT_TRUE(closeTo(t.p[i], ref.number(i, "P_two_sided_total")));
    EXPECT_STREQ(quadrantText(c.quadrant[i]), ref.text(i, "quadr_mean").c_str());
    EXPECT_EQ(c.reason[i], NullReason::None);
  }
}

// spdep localmoran_perm(nsim = 9999, iseed = 1) uses R's generator, so only the distribution of
// the pseudo p-values can agree: correlation, and the same verdict at 0.05 where spdep's p is
// clearly on one side of it.
void expectPermutationAgreesWithSpdep(const std::string &permFile, const std::string &valueFile,
                                      const std::string &edges, std::size_t n) {
  const ReferenceCsv ref(permFile);
  ASSERT_EQ(ref.rows(), n);
  LocalMoranOptions options;
  options.permutation.permutations = 9999;
  options.permutation.seed = 1;
  const LocalMoranResult r =
      localMoran(referenceValues(valueFile, "x"), referenceWeights(edges, n), options);
  const std::vector<double> spdepP = ref.column("Pr(folded) Sim");
  ASSERT_EQ(r.pSim.size(), n);
  for (std::size_t i = 0; i < n; ++i)
    EXPECT_TRUE(closeTo(r.ii[i], ref.number(i, "Ii"))) << "feature " << i + 1;
  expectSamePermutationVerdicts(r.pSim, spdepP);
}

} // namespace

TEST(LocalMoran, ColumbusCrimeQueenMatchesSpdep) {
  expectMatchesSpdep("spdep/columbus_localmoran_queen_W.csv", "spdep/columbus_queen_edges.csv", 49);
}

TEST(LocalMoran, NorthCarolinaSidsQueenMatchesSpdep) {
  expectMatchesSpdep("spdep/nc_localmoran_SIDR74_queen_W.csv", "spdep/nc_queen_edges.csv", 100);
}

TEST(LocalMoran, ColumbusPermutationAgreesWithSpdepDistributionally) {
  expectPermutationAgreesWithSpdep("spdep/columbus_localmoran_perm_queen_W_nsim9999_iseed1.csv",
                                   "spdep/columbus_localmoran_queen_W.csv",
                                   "spdep/columbus_queen_edges.csv", 49);
}

TEST(LocalMoran, NorthCarolinaPermutationAgreesWithSpdepDistributionally) {
  expectPermutationAgreesWithSpdep("spdep/nc_localmoran_perm_SIDR74_queen_W_nsim9999_iseed1.csv",
                                   "spdep/nc_localmoran_SIDR74_queen_W.csv",
                                   "spdep/nc_queen_edges.csv", 100);
}

TEST(LocalMoran, PermutationIsReproducibleWhateverTheThreadCount) {
  const MaskedValues x = referenceValues("spdep/nc_localmoran_SIDR74_queen_W.csv", "x");
  const SpatialWeights w = referenceWeights("spdep/nc_queen_edges.csv", 100);
  LocalMoranOptions options;
  options.permutation.permutations = 499;
  options.permutation.seed = 2024;
  const std::vector<double> pSim = expectSameForThreadCounts(
      options, [&](const LocalMoranOptions &o) { return localMoran(x, w, o).pSim; });
  options.permutation.seed = 2025;
  EXPECT_NE(localMoran(x, w, options).pSim, pSim);
}

// Anselin (1995) African conflict example (spdep ?localmoran): total conflict of 42 countries over
// the paper.nb contiguity of spData's afcon (testdata/spdep/afcon_paper_nb_edges.csv, checked
// against the cardinalities in spdep's reference file), row-standardised.
TEST(LocalMoran, AfconMatchesAnselin1995ExampleInSpdep) {
  const std::string file = "spdep/afcon_anselin1995_localmoran_totcon.csv";
  const ReferenceCsv ref(file);
  const std::size_t n = ref.rows();
  ASSERT_EQ(n, 42u);
  const SpatialWeights w = referenceWeights("spdep/afcon_paper_nb_edges.csv", n);
  for (std::size_t i = 0; i < n; ++i)
    ASSERT_EQ(w.neighbourCount(i), static_cast<std::size_t>(ref.number(i, "card")))
        << ref.text(i, "name");
  const MaskedValues x = referenceValues(file, "totcon");
  LocalMoranOptions options;
  options.permutation.permutations = 0;
  const LocalMoranResult c = localMoran(x, w, options);
  options.variance = LocalMoranVariance::Total;
  const LocalMoranResult t = localMoran(x, w, options);
  for (std::size_t i = 0; i < n; ++i) {
    SCOPED_TRACE(ref.text(i, "name"));
    EXPECT_TRUE(closeTo(c.ii[i], ref.number(i, "Ii")));
    EXPECT_TRUE(closeTo(c.expected[i], ref.number(i, "E.Ii")));
    EXPECT_TRUE(closeTo(c.variance[i], ref.number(i, "Var.Ii_conditional")));
    EXPECT_TRUE(closeTo(c.z[i], ref.number(i, "Z.Ii_conditional")));
    EXPECT_TRUE(closeTo(t.ii[i], ref.number(i, "Ii")));
    EXPECT_TRUE(closeTo(t.expected[i], -1.0 / 41.0)); // Anselin (1995): -w_i / (n - 1)
    EXPECT_TRUE(closeTo(t.variance[i], ref.number(i, "Var.Ii_total")));
    EXPECT_TRUE(closeTo(t.z[i], ref.number(i, "Z.Ii_total")));
  }
}

// spdep na.action = na.exclude: a NULL feature is dropped with its links and the weights are
// row-standardised again, which is the same as running on the data without that feature.
TEST(LocalMoran, NullValueGivesNullResultAndMatchesTheReducedData) {
  const std::string file = "spdep/columbus_localmoran_queen_W.csv";
  const std::vector<double> crime = ReferenceCsv(file).column("x");
  const SpatialWeights full = referenceWeights("spdep/columbus_queen_edges.csv", 49);
  const std::size_t dropped = 4; // 0-based
  MaskedValues x = MaskedValues::fromDoubles(crime);
  x.setNull(dropped);

  std::vector<std::vector<std::uint32_t>> lists;
  std::vector<double> reducedValues;
  for (std::size_t i = 0; i < 49; ++i) {
    if (i == dropped)
      continue;
    std::vector<std::uint32_t> row;
    for (std::size_t k = 0; k < full.neighbourCount(i); ++k) {
      const std::uint32_t j = full.neighboursBegin(i)[k];
      if (j != dropped)
        row.push_back(j > dropped ? j - 1 : j);
    }
    lists.push_back(row);
    reducedValues.push_back(crime[i]);
  }
  LocalMoranOptions options;
  options.permutation.permutations = 0;
  const LocalMoranResult withNull = localMoran(x, full, options);
  const LocalMoranResult reduced =
      localMoran(MaskedValues::fromDoubles(reducedValues),
                 SpatialWeights::fromNeighbourLists(lists, "reduced"), options);
  EXPECT_EQ(withNull.summary.nullValues, 1u);
  EXPECT_EQ(withNull.summary.computed, 48u);
  EXPECT_EQ(withNull.reason[dropped], NullReason::NullValue);
  EXPECT_TRUE(std::isnan(withNull.ii[dropped]));
  EXPECT_EQ(withNull.cluster[dropped], LisaCluster::Undefined);
  for (std::size_t i = 0, r = 0; i < 49; ++i) {
    if (i == dropped)
      continue;
    EXPECT_DOUBLE_EQ(withNull.ii[i], reduced.ii[r]);
    EXPECT_DOUBLE_EQ(withNull.z[i], reduced.z[r]);
    ++r;
  }
}

TEST(LocalMoran, IslandGetsNullResultNotACluster) {
  // Path 0-1-2-3 and an island 4.
  const SpatialWeights w =
      SpatialWeights::fromNeighbourLists({{1}, {0, 2}, {1, 3}, {2}, {}}, "path and island");
  LocalMoranOptions options;
  options.permutation.permutations = 99;
  const LocalMoranResult r =
      localMoran(MaskedValues::fromDoubles({1.0, 2.0, 3.0, 4.0, 10.0}), w, options);
  EXPECT_EQ(r.reason[4], NullReason::Island);
  EXPECT_EQ(r.summary.islands, 1u);
  EXPECT_EQ(r.summary.computed, 4u);
  EXPECT_TRUE(std::isnan(r.ii[4]));
  EXPECT_TRUE(std::isnan(r.pSim[4]));
  EXPECT_EQ(r.quadrant[4], Quadrant::Undefined);
  EXPECT_EQ(r.cluster[4], LisaCluster::Undefined);
  // The island's value still counts in the mean (5 values, mean 4), as spdep zero.policy = TRUE:
  // feature 0: z = -3, lag z = -2, m2 = (9 + 4 + 1 + 0 + 36) / 5 = 10, Ii = (-3 / 10) * -2 = 0.6.
  EXPECT_DOUBLE_EQ(r.ii[0], 0.6);
}

TEST(LocalMoran, ZeroVarianceIsAnInputError) {
  const SpatialWeights w = SpatialWeights::fromNeighbourLists({{1}, {0, 2}, {1}}, "path");
  try {
    localMoran(MaskedValues::fromDoubles({5.0, 5.0, 5.0}), w);
    FAIL() << "expected InputError";
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("same value"), std::string::npos) << e.what();
  }
}

TEST(LocalMoran, MismatchedWeightsAreAnInputError) {
  const SpatialWeights w = SpatialWeights::fromNeighbourLists({{1}, {0}}, "pair");
  EXPECT_THROW(localMoran(MaskedValues::fromDoubles({1.0, 2.0, 3.0}), w), InputError);
}

TEST(LocalMoran, ClustersNeedSignificance) {
  const std::vector<Quadrant> q{Quadrant::HighHigh, Quadrant::LowHigh, Quadrant::LowLow,
                                Quadrant::Undefined};
  const std::vector<double> p{0.01, 0.2, 0.049, std::nan("")};
  const auto c = lisaClusters(q, p, 0.05);
  EXPECT_EQ(c[0], LisaCluster::HighHigh);
  EXPECT_EQ(c[1], LisaCluster::NotSignificant);
  EXPECT_EQ(c[2], LisaCluster::LowLow);
  EXPECT_EQ(c[3], LisaCluster::Undefined);
  EXPECT_STREQ(lisaClusterText(c[1]), "Not significant");
  EXPECT_STREQ(lisaClusterText(c[2]), "Low-Low");
}

namespace {

// Every feature linked to every other (a distance band wider than the layer).
SpatialWeights completeGraph(std::uint32_t n) {
  std::vector<std::vector<std::uint32_t>> lists(n);
  for (std::uint32_t i = 0; i < n; ++i)
    for (std::uint32_t j = 0; j < n; ++j)
      if (j != i)
        lists[i].push_back(j);
  return SpatialWeights::fromNeighbourLists(lists, "complete");
}

} // namespace

// With every feature linked to every other, a conditional permutation (without replacement, as
// PySAL esda) draws all the other values each time: lag z_i = (sum of the others' z) / 15 =
// -z_i / 15 in every permutation, so Ii cannot vary. spdep localmoran gives Var.Ii = 0 and a
// z of +-Inf / NaN; its folded pseudo p (with replacement) is ~0.48, but 0.001 where z_i = 0
// (all ties). Here: NULL p_sim and no cluster, whatever the quadrant.
TEST(LocalMoran, ACompleteGraphGivesNoPseudoPAndNoCluster) {
  const std::vector<double> x{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3};
  LocalMoranOptions options;
  options.permutation.permutations = 999;
  const LocalMoranResult r = localMoran(MaskedValues::fromDoubles(x), completeGraph(16), options);
  for (std::size_t i = 0; i < x.size(); ++i) {
    EXPECT_TRUE(std::isnan(r.pSim[i])) << "feature " << i << " p_sim " << r.pSim[i];
    EXPECT_TRUE(std::isnan(r.z[i])) << "feature " << i << " z " << r.z[i];
    EXPECT_EQ(r.cluster[i], LisaCluster::NotSignificant) << "feature " << i;
  }
  // Feature 0: mean 5, z = -2, m2 = 116 / 16 = 7.25, lag z = 2 / 15, Ii = -2/7.25 * 2/15
  // = -0.0367816 (spdep localmoran: -0.036781609).
  EXPECT_NEAR(r.ii[0], -2.0 / 7.25 * 2.0 / 15.0, 1e-12);
}
