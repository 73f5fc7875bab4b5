// Local Geary's c, one and three variables, against R spdep 1.2-7 localC / localC_perm
// (testdata/spdep/reference_issue14.R) on Columbus and North Carolina, and a hand computation.
#include "common/input_error.h"
#include "permutation_agreement.h"
#include "reference_weights.h"
#include "statistics/local_geary.h"
#include "thread_counts.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace resilience;
using resilience::testing::closeTo;
using resilience::testing::expectSameForThreadCounts;
using resilience::testing::expectSamePermutationVerdicts;
using resilience::testing::ReferenceCsv;
using resilience::testing::referenceValues;
using resilience::testing::referenceWeights;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Reference {
  std::string file, edges;
  std::size_t n;
  std::vector<std::string> fields;
  std::string suffix; // of the reference columns: CRIME or CRIME_HOVAL_INC
};

std::vector<MaskedValues> variablesOf(const Reference &ref) {
  std::vector<MaskedValues> v;
  for (const std::string &field : ref.fields)
    v.push_back(referenceValues(ref.file, field));
  return v;
}

// localC to 1e-9; our exact conditional expectation against spdep's mean of 9999 permutations
// (drawn with replacement: the same expectation) within Monte Carlo error; p_sim distributionally.
void expectMatchesSpdep(const Reference &ref) {
  const ReferenceCsv csv(ref.file);
  ASSERT_EQ(csv.rows(), ref.n);
  LocalGearyOptions options;
  options.permutation.permutations = 9999;
  options.permutation.seed = 1;
  options.valueNames = ref.fields;
  const LocalGearyResult r =
      localGeary(variablesOf(ref), referenceWeights(ref.edges, ref.n), options);
  EXPECT_EQ(r.summary.computed, ref.n);
  for (std::size_t i = 0; i < ref.n; ++i) {
    SCOPED_TRACE("feature " + std::to_string(i + 1));
    EXPECT_TRUE(closeTo(r.c[i], csv.number(i, "localC_" + ref.suffix)));
    EXPECT_TRUE(closeTo(r.expected[i], csv.number(i, "E.Ci_" + ref.suffix), 0.05));
  }
  expectSamePermutationVerdicts(r.pSim, csv.column("p_folded_" + ref.suffix));
}

const Reference kColumbus1{
    "spdep/columbus_localC_queen_W.csv", "spdep/columbus_queen_edges.csv", 49, {"CRIME"}, "CRIME"};
const Reference kColumbus3{"spdep/columbus_localC_queen_W.csv",
                           "spdep/columbus_queen_edges.csv",
                           49,
                           {"CRIME", "HOVAL", "INC"},
                           "CRIME_HOVAL_INC"};
const Reference kNc1{
    "spdep/nc_localC_bv_eb_queen_W.csv", "spdep/nc_queen_edges.csv", 100, {"SIDR74"}, "SIDR74"};
const Reference kNc3{"spdep/nc_localC_bv_eb_queen_W.csv",
                     "spdep/nc_queen_edges.csv",
                     100,
                     {"SIDR74", "SIDR79", "NWR74"},
                     "SIDR74_SIDR79_NWR74"};

} // namespace

TEST(LocalGeary, ColumbusOneVariableMatchesSpdep) {
  expectMatchesSpdep(kColumbus1);
}

TEST(LocalGeary, ColumbusThreeVariablesMatchSpdep) {
  expectMatchesSpdep(kColumbus3);
}

TEST(LocalGeary, NorthCarolinaOneVariableMatchesSpdep) {
  expectMatchesSpdep(kNc1);
}

TEST(LocalGeary, NorthCarolinaThreeVariablesMatchSpdep) {
  expectMatchesSpdep(kNc3);
}

TEST(LocalGeary, AssociationAgreesWithSpdepClusters) {
  // Several variables: spdep 1.2-7 calls c_i <= E.Ci (its permutation mean) Positive. Where the
  // two expectations cannot straddle c_i (|c - E| above 5 %), our association is the same.
  {
    const ReferenceCsv csv(kColumbus3.file);
    const LocalGearyResult r =
        localGeary(variablesOf(kColumbus3), referenceWeights(kColumbus3.edges, 49));
    for (std::size_t i = 0; i < 49; ++i) {
      const double e = csv.number(i, "E.Ci_CRIME_HOVAL_INC");
      if (std::abs(r.c[i] - e) < 0.05 * e)
        continue;
      EXPECT_EQ(r.association[i] == LocalGearyCluster::PositiveAssociation,
                csv.text(i, "cluster_CRIME_HOVAL_INC") == "Positive")
          << "feature " << i + 1;
    }
  }
  // One variable: spdep labels the quadrant of (x - mean, lag); where we find positive
  // association in the High-High or Low-Low quadrant, spdep names the same quadrant.
  const ReferenceCsv csv(kColumbus1.file);
  const LocalGearyResult r =
      localGeary(variablesOf(kColumbus1), referenceWeights(kColumbus1.edges, 49));
  std::size_t compared = 0;
  for (std::size_t i = 0; i < 49; ++i) {
    if (r.association[i] == LocalGearyCluster::HighHigh ||
        r.association[i] == LocalGearyCluster::LowLow) {
      EXPECT_EQ(localGearyClusterText(r.association[i]), csv.text(i, "cluster_CRIME"))
          << "feature " << i + 1;
      ++compared;
    }
  }
  EXPECT_GT(compared, 20u);
}

TEST(LocalGeary, HandComputedPathOfFourFeatures) {
  // 0 - 1 - 2 - 3 in a line, row-standardised. x = 1, 2, 3, 6: mean 3, deviations -2, -1, 0, 3,
  // sum of squares 14, sd^2 = 14/3, so (z_i - z_j)^2 = (x_i - x_j)^2 * 3/14.
  //   c_0 = 1 * 3/14; c_1 = (1 + 1)/2 * 3/14 = 3/14; c_2 = (1 + 9)/2 * 3/14 = 15/14;
  //   c_3 = 9 * 3/14 = 27/14.
  // E[c_i] = W_i (1 + z_i^2 n/(n-1)) = 1 + dev^2 * 3/14 * 4/3: 30/14, 18/14, 1, 50/14.
  // c_0 < E (positive), z_0 < 0 and lag z_0 = z_1 < 0: Low-Low; c_1 < E, lag = (z_0 + z_2)/2 < 0:
  // Low-Low; c_2 > E: Negative; c_3 < E, z_3 > 0 but lag z_3 = z_2 = 0: Other positive.
  const SpatialWeights path({0, 1, 3, 5, 6}, {1, 0, 2, 1, 3, 2}, {1, 1, 1, 1, 1, 1}, "path");
  LocalGearyOptions options;
  options.permutation.permutations = 0;
  const LocalGearyResult r = localGeary({MaskedValues::fromDoubles({1, 2, 3, 6})}, path, options);
  const std::vector<double> c = {3.0 / 14, 3.0 / 14, 15.0 / 14, 27.0 / 14};
  const std::vector<double> e = {30.0 / 14, 18.0 / 14, 1.0, 50.0 / 14};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_NEAR(r.c[i], c[i], 1e-12) << i;
    EXPECT_NEAR(r.expected[i], e[i], 1e-12) << i;
  }
  EXPECT_EQ(r.association, (std::vector<LocalGearyCluster>{
                               LocalGearyCluster::LowLow, LocalGearyCluster::LowLow,
                               LocalGearyCluster::Negative, LocalGearyCluster::OtherPositive}));
  EXPECT_TRUE(r.pSim.empty());
  // Without permutations nothing is significant.
  EXPECT_EQ(r.cluster[0], LocalGearyCluster::NotSignificant);
  EXPECT_EQ(localGearyClusters(r.association, {0.01, 0.2, 0.01, kNaN}, 0.05),
            (std::vector<LocalGearyCluster>{
                LocalGearyCluster::LowLow, LocalGearyCluster::NotSignificant,
                LocalGearyCluster::Negative, LocalGearyCluster::NotSignificant}));
}

// With every feature linked to every other, a conditional permutation draws all the other values
// each time, so c_i cannot vary: every draw ties with the observed c_i, and the pseudo p is NULL
// (no cluster), not the 0.001 a tie counted as extreme would give. x below: mean 5, deviations
// d = -2, -4, -1, -4, 0, 4, -3, 1, 0, -2, 0, 3, 4, 2, 4, -2, sum d^2 = 116, sd^2 = 116/15.
// c_0 = (1/15) sum_j (d_0 - d_j)^2 / sd^2 = (16 * 4 - 2 * (-2) * 0 + 116) / 116 = 180/116.
TEST(LocalGeary, ACompleteGraphGivesNoPseudoPAndNoCluster) {
  const std::uint32_t n = 16;
  std::vector<std::vector<std::uint32_t>> lists(n);
  for (std::uint32_t i = 0; i < n; ++i)
    for (std::uint32_t j = 0; j < n; ++j)
      if (j != i)
        lists[i].push_back(j);
  const SpatialWeights complete = SpatialWeights::fromNeighbourLists(lists, "complete");
  LocalGearyOptions options;
  options.permutation.permutations = 999;
  const LocalGearyResult r =
      localGeary({MaskedValues::fromDoubles({3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3})},
                 complete, options);
  EXPECT_NEAR(r.c[0], 180.0 / 116.0, 1e-12);
  for (std::uint32_t i = 0; i < n; ++i) {
    EXPECT_TRUE(std::isnan(r.pSim[i])) << "feature " << i << " p_sim " << r.pSim[i];
    EXPECT_EQ(r.cluster[i], LocalGearyCluster::NotSignificant) << "feature " << i;
  }
}

TEST(LocalGeary, PermutationIsReproducibleWhateverTheThreadCount) {
  const SpatialWeights w = referenceWeights(kNc3.edges, 100);
  const std::vector<MaskedValues> x = variablesOf(kNc3);
  LocalGearyOptions options;
  options.permutation.permutations = 499;
  options.permutation.seed = 2024;
  const std::vector<double> pSim = expectSameForThreadCounts(
      options, [&](const LocalGearyOptions &o) { return localGeary(x, w, o).pSim; });
  options.permutation.seed = 2025;
  EXPECT_NE(localGeary(x, w, options).pSim, pSim);
}

TEST(LocalGeary, ANullInOneVariableLeavesTheFeatureOutOfAll) {
  const SpatialWeights w = referenceWeights(kColumbus3.edges, 49);
  std::vector<MaskedValues> oneNull = variablesOf(kColumbus3);
  oneNull[1].setNull(4);
  std::vector<MaskedValues> allNull = variablesOf(kColumbus3);
  for (auto &v : allNull)
    v.setNull(4);
  LocalGearyOptions options;
  options.permutation.permutations = 0;
  const LocalGearyResult a = localGeary(oneNull, w, options);
  const LocalGearyResult b = localGeary(allNull, w, options);
  EXPECT_EQ(a.reason[4], NullReason::NullValue);
  EXPECT_TRUE(std::isnan(a.c[4]));
  EXPECT_EQ(a.association[4], LocalGearyCluster::Undefined);
  EXPECT_EQ(a.summary.nullValues, 1u);
  for (std::size_t i = 0; i < 49; ++i)
    if (i != 4) {
      EXPECT_DOUBLE_EQ(a.c[i], b.c[i]) << i;
    }
  // ... and the others differ from the complete data's (mean and sd over 48 features).
  EXPECT_NE(a.c[0], localGeary(variablesOf(kColumbus3), w, options).c[0]);
}

TEST(LocalGeary, IslandGetsNullResultNotACluster) {
  // Feature 3 has no neighbour.
  const SpatialWeights w({0, 1, 3, 4, 4}, {1, 0, 2, 1}, {1, 1, 1, 1}, "with island");
  const LocalGearyResult r = localGeary({MaskedValues::fromDoubles({1, 2, 4, 8})}, w);
  EXPECT_EQ(r.reason[3], NullReason::Island);
  EXPECT_TRUE(std::isnan(r.c[3]));
  EXPECT_TRUE(std::isnan(r.pSim[3]));
  EXPECT_EQ(r.cluster[3], LocalGearyCluster::Undefined);
  EXPECT_EQ(r.summary.islands, 1u);
}

TEST(LocalGeary, ZeroVarianceNamesTheVariable) {
  const SpatialWeights w = referenceWeights(kColumbus1.edges, 49);
  std::vector<MaskedValues> x = variablesOf(kColumbus3);
  x[2] = MaskedValues::fromDoubles(std::vector<double>(49, 7.0));
  LocalGearyOptions options;
  options.valueNames = {"CRIME", "HOVAL", "flat"};
  try {
    localGeary(x, w, options);
    FAIL() << "a constant variable was scaled";
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("'flat'"), std::string::npos) << e.what();
  }
  EXPECT_THROW(localGeary({}, w), InputError);
}
