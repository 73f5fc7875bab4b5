#include "common/input_error.h"
#include "reference_weights.h"
#include "statistics/getis_ord.h"
#include "thread_counts.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience;
using resilience::testing::closeTo;
using resilience::testing::expectSameForThreadCounts;
using resilience::testing::ReferenceCsv;
using resilience::testing::referenceValues;
using resilience::testing::referenceWeights;

namespace {

GetisOrdResult run(const MaskedValues &x, const SpatialWeights &w, bool star, bool rowStandardise) {
  GetisOrdOptions options;
  options.star = star;
  options.rowStandardise = rowStandardise;
  return getisOrd(x, w, options);
}

// spdep localG on queen contiguity: z-values for Gi / Gi* with W and B weights, and the
// internals (G, E(G), V(G), p) of the W versions.
void expectMatchesSpdep(const std::string &file, const std::string &edges, std::size_t n) {
  const ReferenceCsv ref(file);
  ASSERT_EQ(ref.rows(), n);
  const MaskedValues x = referenceValues(file, "x");
  const SpatialWeights w = referenceWeights(edges, n);
  const GetisOrdResult giW = run(x, w, false, true), gisW = run(x, w, true, true);
  const GetisOrdResult giB = run(x, w, false, false), gisB = run(x, w, true, false);
  for (std::size_t i = 0; i < n; ++i) {
    SCOPED_TRACE("feature " + std::to_string(i + 1));
    EXPECT_TRUE(closeTo(giW.z[i], ref.number(i, "Gi_z_W")));
    EXPECT_TRUE(closeTo(gisW.z[i], ref.number(i, "Gistar_z_W")));
    EXPECT_TRUE(closeTo(giB.z[i], ref.number(i, "Gi_z_B")));
    EXPECT_TRUE(closeTo(gisB.z[i], ref.number(i, "Gistar_z_B")));
    EXPECT_TRUE(closeTo(giW.g[i], ref.number(i, "GiW_Gi")));
    EXPECT_TRUE(closeTo(giW.expected[i], ref.number(i, "GiW_E(Gi)")));
    EXPECT_TRUE(closeTo(giW.variance[i], ref.number(i, "GiW_V(Gi)")));
    EXPECT_TRUE(closeTo(giW.p[i], ref.number(i, "GiW_Pr(z != E(Gi))")));
    EXPECT_TRUE(closeTo(gisW.g[i], ref.number(i, "GistarW_G*i")));
    EXPECT_TRUE(closeTo(gisW.expected[i], ref.number(i, "GistarW_E(G*i)")));
    EXPECT_TRUE(closeTo(gisW.variance[i], ref.number(i, "GistarW_V(G*i)")));
    EXPECT_TRUE(closeTo(gisW.p[i], ref.number(i, "GistarW_Pr(z != E(G*i))")));
  }
}

// Binary distance band 0 <= d <= band on the Getis & Ord (1996) grid, written out here (spdep
// dnearneigh(xy, 0, band)); the grid spacing is 30, so the distances at the bands are exact.
SpatialWeights distanceBand(const ReferenceCsv &grid, double band) {
  std::vector<std::vector<std::uint32_t>> lists(grid.rows());
  for (std::size_t i = 0; i < grid.rows(); ++i)
    for (std::size_t j = 0; j < grid.rows(); ++j) {
      const double dx = grid.number(i, "x") - grid.number(j, "x");
      const double dy = grid.number(i, "y") - grid.number(j, "y");
      if (i != j && std::sqrt(dx * dx + dy * dy) <= band)
        lists[i].push_back(static_cast<std::uint32_t>(j));
    }
  return SpatialWeights::fromNeighbourLists(lists, "distance band");
}

} // namespace

TEST(GetisOrd, ColumbusCrimeQueenMatchesSpdep) {
  expectMatchesSpdep("spdep/columbus_localG_queen.csv", "spdep/columbus_queen_edges.csv", 49);
}

TEST(GetisOrd, NorthCarolinaSidsQueenMatchesSpdep) {
  expectMatchesSpdep("spdep/nc_localG_SIDR74_queen.csv", "spdep/nc_queen_edges.csv", 100);
}

TEST(GetisOrd, GetisOrd1996GridMatchesSpdepAndThePublishedCell) {
  const ReferenceCsv grid("spdep/getisord1996_localG.csv");
  ASSERT_EQ(grid.rows(), 256u);
  const MaskedValues val = referenceValues("spdep/getisord1996_localG.csv", "val");
  const ReferenceCsv published("spdep/getisord1996_published_cell.csv");
  const std::size_t cell = static_cast<std::size_t>(published.number(0, "cell_index")) - 1;
  std::size_t row = 0;
  for (int band : {30, 60, 90, 120, 150}) {
    const std::string column = "Gi_z_B_d" + std::to_string(band);
    const GetisOrdResult gi = run(val, distanceBand(grid, band), false, false);
    for (std::size_t i = 0; i < grid.rows(); ++i)
      EXPECT_TRUE(closeTo(gi.z[i], grid.number(i, column))) << column << " cell " << i + 1;
    ASSERT_EQ(published.text(row, "quantity"), column);
    EXPECT_TRUE(closeTo(gi.z[cell], published.number(row++, "value"))) << column;
  }
  const GetisOrdResult star = run(val, distanceBand(grid, 30), true, false);
  for (std::size_t i = 0; i < grid.rows(); ++i)
    EXPECT_TRUE(closeTo(star.z[i], grid.number(i, "Gistar_z_B_d30"))) << "cell " << i + 1;
  EXPECT_TRUE(closeTo(star.z[cell], published.number(5, "value")));
  // Getis & Ord (1996, p. 267) standardise with the n - 1 standard deviation: z * sd_n / sd_n-1.
  const double n = 256.0;
  EXPECT_TRUE(closeTo(star.z[cell] * std::sqrt((n - 1.0) / n), published.number(6, "value")));
}

// Gi* of the Anselin (1995) African conflict example: spData afcon, paper.nb with self links,
// row-standardised, as spdep localG(totcon, nb2listw(include.self(paper.nb))).
TEST(GetisOrd, AfconGiStarMatchesSpdep) {
  const std::string file = "spdep/afcon_anselin1995_localmoran_totcon.csv";
  const ReferenceCsv ref(file);
  const GetisOrdResult r =
      run(referenceValues(file, "totcon"),
          referenceWeights("spdep/afcon_paper_nb_edges.csv", ref.rows()), true, true);
  for (std::size_t i = 0; i < ref.rows(); ++i)
    EXPECT_TRUE(closeTo(r.z[i], ref.number(i, "Gistar_z_W"))) << ref.text(i, "name");
}

TEST(GetisOrd, BinsFollowArcGisConfidenceLevels) {
  const std::vector<double> z{3.0, -2.0, 1.7, -1.7, 1.0, std::nan(""), 2.6};
  const std::vector<double> p{0.0027, 0.0455, 0.089, 0.089, 0.317, std::nan(""), 0.0093};
  const auto bins = hotspotBins(z, p);
  EXPECT_EQ(bins, (std::vector<std::int8_t>{3, -2, 1, -1, 0, 0, 3}));
  EXPECT_STREQ(hotspotClassText(3), "Hot Spot - 99% Confidence");
  EXPECT_STREQ(hotspotClassText(-2), "Cold Spot - 95% Confidence");
  EXPECT_STREQ(hotspotClassText(0), "Not Significant");
  EXPECT_STREQ(hotspotClassText(0, NullReason::Island), "Undefined");
}

TEST(GetisOrd, AnalyticalBinsAreFromTheNormalP) {
  const MaskedValues x = referenceValues("spdep/nc_localG_SIDR74_queen.csv", "x");
  const GetisOrdResult r = getisOrd(x, referenceWeights("spdep/nc_queen_edges.csv", 100));
  EXPECT_EQ(r.bin, hotspotBins(r.z, r.p));
  EXPECT_TRUE(r.pSim.empty());
}

TEST(GetisOrd, PermutationIsReproducibleWhateverTheThreadCount) {
  const MaskedValues x = referenceValues("spdep/nc_localG_SIDR74_queen.csv", "x");
  const SpatialWeights w = referenceWeights("spdep/nc_queen_edges.csv", 100);
  GetisOrdOptions options;
  options.permutation.permutations = 999;
  options.permutation.seed = 7;
  const std::vector<double> pSim = expectSameForThreadCounts(
      options, [&](const GetisOrdOptions &o) { return getisOrd(x, w, o).pSim; });
  EXPECT_NE(pSim, getisOrd(x, w, {true, true, {999, 8, 1}}).pSim);
  options.binsFromPermutation = true;
  const GetisOrdResult r = getisOrd(x, w, options);
  EXPECT_EQ(r.bin, hotspotBins(r.z, r.pSim));
}

TEST(GetisOrd, NullValueAndIslandGiveNullResults) {
  // Path 0-1-2-3, feature 4 linked only to 3 whose value is NULL, and an island 5.
  const SpatialWeights w = SpatialWeights::fromNeighbourLists(
      {{1}, {0, 2}, {1, 3}, {2, 4}, {3}, {}}, "path, NULL, island");
  MaskedValues x = MaskedValues::fromDoubles({1.0, 2.0, 4.0, 8.0, 3.0, 5.0});
  x.setNull(3);
  const GetisOrdResult r = getisOrd(x, w);
  EXPECT_EQ(r.reason[3], NullReason::NullValue);
  EXPECT_EQ(r.reason[4], NullReason::Island); // its only neighbour is NULL
  EXPECT_EQ(r.reason[5], NullReason::Island);
  EXPECT_EQ(r.summary.nullValues, 1u);
  EXPECT_EQ(r.summary.islands, 2u);
  EXPECT_EQ(r.summary.computed, 3u);
  for (std::size_t i : {3u, 4u, 5u}) {
    EXPECT_TRUE(std::isnan(r.z[i]));
    EXPECT_EQ(r.bin[i], 0);
  }
  // Gi* of feature 0, by hand: valid values {1, 2, 4, 3, 5}, n = 5, mean 3, sum of squared
  // deviations 10, si2 = 2; W row {self, 1} = {1/2, 1/2}: lag 1.5, Wi = 1, S1i = 1/2,
  // E = 3, V = 2 * (5 * 0.5 - 1) / 4 = 0.75, z = (1.5 - 3) / sqrt(0.75).
  EXPECT_TRUE(closeTo(r.z[0], -1.5 / std::sqrt(0.75)));
}

TEST(GetisOrd, ZeroVarianceIsAnInputError) {
  const SpatialWeights w = SpatialWeights::fromNeighbourLists({{1}, {0, 2}, {1}}, "path");
  EXPECT_THROW(getisOrd(MaskedValues::fromDoubles({2.0, 2.0, 2.0}), w), InputError);
}

// Every feature linked to every other (15 neighbours, row-standardised weights 1/15): Gi_i =
// (sum of the others) / (sum of the others) = 1 for every feature and every permutation. Its
// variance, si2 (15 * 15/225 - 1) / 14, is zero by hand but a rounding residue of the weights
// 1/15 in floating point (spdep localG returns -Inf for three of these features). Here: NULL z,
// NULL p and p_sim, bin 0, never a spot.
TEST(GetisOrd, ACompleteGraphGivesNoZAndNoSpot) {
  const std::vector<double> x{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3};
  std::vector<std::vector<std::uint32_t>> lists(x.size());
  for (std::uint32_t i = 0; i < x.size(); ++i)
    for (std::uint32_t j = 0; j < x.size(); ++j)
      if (j != i)
        lists[i].push_back(j);
  const SpatialWeights w = SpatialWeights::fromNeighbourLists(lists, "complete");
  for (bool star : {false, true}) {
    GetisOrdOptions options;
    options.star = star;
    options.permutation.permutations = 999;
    const GetisOrdResult r = getisOrd(MaskedValues::fromDoubles(x), w, options);
    for (std::size_t i = 0; i < x.size(); ++i) {
      EXPECT_TRUE(std::isnan(r.z[i])) << "star " << star << " feature " << i << " z " << r.z[i];
      EXPECT_TRUE(std::isnan(r.pSim[i])) << "star " << star << " feature " << i;
      EXPECT_EQ(r.bin[i], 0) << "star " << star << " feature " << i;
    }
  }
}
