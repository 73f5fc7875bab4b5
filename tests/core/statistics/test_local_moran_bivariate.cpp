// Bivariate local Moran against R spdep 1.2-7 localmoran_bv (testdata/spdep/reference_issue14.R)
// on Columbus (CRIME x lag INC) and North Carolina (SIDR74 x lag NWR74), and by hand.
#include "common/input_error.h"
#include "permutation_agreement.h"
#include "reference_weights.h"
#include "statistics/local_moran_bivariate.h"
#include "thread_counts.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience;
using resilience::testing::closeTo;
using resilience::testing::expectSameForThreadCounts;
using resilience::testing::expectSamePermutationVerdicts;
using resilience::testing::ReferenceCsv;
using resilience::testing::referenceValues;
using resilience::testing::referenceWeights;

namespace {

void expectMatchesSpdep(const std::string &file, const std::string &x, const std::string &y,
                        const std::string &edges, std::size_t n, const std::string &ii,
                        const std::string &p) {
  const ReferenceCsv ref(file);
  BivariateLocalMoranOptions options;
  options.permutation.permutations = 9999;
  options.permutation.seed = 1;
  const LocalMoranResult r = bivariateLocalMoran(referenceValues(file, x), referenceValues(file, y),
                                                 referenceWeights(edges, n), options);
  for (std::size_t i = 0; i < n; ++i)
    EXPECT_TRUE(closeTo(r.ii[i], ref.number(i, ii))) << "feature " << i + 1;
  expectSamePermutationVerdicts(r.pSim, ref.column(p));
}

} // namespace

TEST(BivariateLocalMoran, ColumbusCrimeAndIncomeMatchSpdep) {
  expectMatchesSpdep("spdep/columbus_localmoran_bv_CRIME_INC_queen_W.csv", "x", "y",
                     "spdep/columbus_queen_edges.csv", 49, "Ibvi", "p_folded");
}

TEST(BivariateLocalMoran, NorthCarolinaMatchesSpdep) {
  expectMatchesSpdep("spdep/nc_localC_bv_eb_queen_W.csv", "SIDR74", "NWR74",
                     "spdep/nc_queen_edges.csv", 100, "Ibvi_SIDR74_NWR74",
                     "p_folded_bv_SIDR74_NWR74");
}

TEST(BivariateLocalMoran, HandComputedPathAndQuadrants) {
  // 0 - 1 - 2 in a line, row-standardised. x = 1, 2, 3: z = -1, 0, 1 (sd 1). y = 3, 1, 2: mean 2,
  // deviations 1, -1, 0, sd 1: zy = 1, -1, 0. lag zy = -1, (1 + 0)/2, -1.
  // I = zx * lag zy = 1, 0, -1; quadrants Low-Low, (zx = 0: Low) Low-High, High-Low.
  const SpatialWeights path({0, 1, 3, 4}, {1, 0, 2, 1}, {1, 1, 1, 1}, "path");
  BivariateLocalMoranOptions options;
  options.permutation.permutations = 0;
  const LocalMoranResult r = bivariateLocalMoran(
      MaskedValues::fromDoubles({1, 2, 3}), MaskedValues::fromDoubles({3, 1, 2}), path, options);
  EXPECT_NEAR(r.ii[0], 1.0, 1e-12);
  EXPECT_NEAR(r.ii[1], 0.0, 1e-12);
  EXPECT_NEAR(r.ii[2], -1.0, 1e-12);
  EXPECT_NEAR(r.lag[1], 0.5, 1e-12);
  EXPECT_EQ(r.quadrant,
            (std::vector<Quadrant>{Quadrant::LowLow, Quadrant::LowHigh, Quadrant::HighLow}));
  EXPECT_TRUE(std::isnan(r.z[0]));
  EXPECT_EQ(r.cluster[0], LisaCluster::NotSignificant); // no permutations: nothing significant
}

TEST(BivariateLocalMoran, ANullInEitherVariableLeavesTheFeatureOut) {
  const std::string file = "spdep/columbus_localmoran_bv_CRIME_INC_queen_W.csv";
  const SpatialWeights w = referenceWeights("spdep/columbus_queen_edges.csv", 49);
  MaskedValues x = referenceValues(file, "x"), y = referenceValues(file, "y");
  y.setNull(6);
  BivariateLocalMoranOptions options;
  options.permutation.permutations = 99;
  const LocalMoranResult r = bivariateLocalMoran(x, y, w, options);
  EXPECT_EQ(r.reason[6], NullReason::NullValue);
  EXPECT_TRUE(std::isnan(r.ii[6]));
  EXPECT_TRUE(std::isnan(r.pSim[6]));
  EXPECT_EQ(r.cluster[6], LisaCluster::Undefined);
  x.setNull(6);
  EXPECT_EQ(bivariateLocalMoran(x, y, w, options).ii[0], r.ii[0]); // the same complete subset
}

TEST(BivariateLocalMoran, PermutationIsReproducibleWhateverTheThreadCount) {
  const std::string file = "spdep/nc_localC_bv_eb_queen_W.csv";
  const MaskedValues x = referenceValues(file, "SIDR74"), y = referenceValues(file, "NWR74");
  const SpatialWeights w = referenceWeights("spdep/nc_queen_edges.csv", 100);
  BivariateLocalMoranOptions options;
  options.permutation.permutations = 499;
  options.permutation.seed = 11;
  expectSameForThreadCounts(options, [&](const BivariateLocalMoranOptions &o) {
    return bivariateLocalMoran(x, y, w, o).pSim;
  });
}

TEST(BivariateLocalMoran, ZeroVarianceNamesTheField) {
  const SpatialWeights w = referenceWeights("spdep/columbus_queen_edges.csv", 49);
  BivariateLocalMoranOptions options;
  options.lagValueName = "library_km";
  try {
    bivariateLocalMoran(referenceValues("spdep/columbus_input.csv", "CRIME"),
                        MaskedValues::fromDoubles(std::vector<double>(49, 2.0)), w, options);
    FAIL();
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("'library_km'"), std::string::npos) << e.what();
  }
}
