// Moran's I for rates (Assuncao & Reis 1999): empirical Bayes standardised rates, their global
// Moran's I and local Moran against R spdep 1.2-7 EBImoran.mc and localmoran on North Carolina's
// SIDS counts (testdata/spdep/reference_issue14.R), and a hand computation.
#include "common/input_error.h"
#include "reference_weights.h"
#include "statistics/empirical_bayes.h"
#include "statistics/global_moran.h"
#include "statistics/local_moran.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience;
using resilience::testing::closeTo;
using resilience::testing::ReferenceCsv;
using resilience::testing::referenceValues;
using resilience::testing::referenceWeights;

namespace {

const std::string kInput = "spdep/nc_input.csv";
const std::string kReference = "spdep/nc_localC_bv_eb_queen_W.csv";

} // namespace

TEST(EbMoran, StandardisedRatesMatchSpdep) {
  const EbStandardisedRates r = empiricalBayesStandardised(referenceValues(kInput, "SID74"),
                                                           referenceValues(kInput, "BIR74"));
  const std::vector<double> expected = ReferenceCsv(kReference).column("eb_z_SID74_BIR74");
  ASSERT_EQ(r.z.size(), 100u);
  for (std::size_t i = 0; i < 100; ++i)
    EXPECT_TRUE(closeTo(r.z[i], expected[i])) << "county " << i + 1;
}

TEST(EbMoran, GlobalMoranOfTheStandardisedRatesIsSpdepsEBI) {
  const ReferenceCsv ebi("spdep/nc_EBImoran.csv");
  const SpatialWeights queen = referenceWeights("spdep/nc_queen_edges.csv", 100);
  for (std::size_t row = 0; row < ebi.rows(); ++row) {
    SCOPED_TRACE(ebi.text(row, "events"));
    const EbStandardisedRates r =
        empiricalBayesStandardised(referenceValues(kInput, ebi.text(row, "events")),
                                   referenceValues(kInput, ebi.text(row, "population")));
    GlobalMoranOptions options;
    options.permutation.permutations = 9999;
    options.permutation.seed = 1;
    const GlobalMoranResult m = globalMoran(MaskedValues::fromDoubles(r.z), queen, options);
    EXPECT_TRUE(closeTo(m.i, ebi.number(row, "EBI")));
    // spdep's rank p (greater) against our folded p, which is the upper tail here: both are
    // estimates from 9999 permutations of the same distribution (SE about 0.0012 at 0.0138).
    EXPECT_NEAR(m.pSim, ebi.number(row, "p_greater_rank"), 0.005);
  }
}

TEST(EbMoran, LocalMoranOfTheStandardisedRatesMatchesSpdep) {
  const EbStandardisedRates r = empiricalBayesStandardised(referenceValues(kInput, "SID74"),
                                                           referenceValues(kInput, "BIR74"));
  LocalMoranOptions options;
  options.permutation.permutations = 0;
  const LocalMoranResult m = localMoran(MaskedValues::fromDoubles(r.z),
                                        referenceWeights("spdep/nc_queen_edges.csv", 100), options);
  const std::vector<double> expected = ReferenceCsv(kReference).column("localmoran_eb_z_Ii");
  for (std::size_t i = 0; i < 100; ++i)
    EXPECT_TRUE(closeTo(m.ii[i], expected[i])) << "county " << i + 1;
}

TEST(EbMoran, StandardisedRatesByHand) {
  // events 1, 3, 6; population 10, 20, 30: b = 10/60 = 1/6, raw rates 0.1, 0.15, 0.2;
  // s2 = sum x (p - b)^2 / sum x = (10 (1/15)^2 + 20 (1/60)^2 + 30 (1/30)^2) / 60
  //    = (2/45 + 1/180 + 1/30) / 60 = (8 + 1 + 6)/180 / 60 = 1/720;
  // a = s2 - b / mean(x) = 1/720 - (1/6)/20 = 1/720 - 1/120 < 0 -> 0 (spdep EBest), so
  // v_i = b / x_i and z_i = (p_i - b) / sqrt(b / x_i).
  // The third feature has population 0: NULL, reason NonPositivePopulation, and a NULL count.
  const EbStandardisedRates r = empiricalBayesStandardised(
      MaskedValues::fromDoubles({1, 3, 6, 2, NAN}), MaskedValues::fromDoubles({10, 20, 30, 0, 5}));
  const double b = 1.0 / 6.0;
  EXPECT_DOUBLE_EQ(r.b, b);
  EXPECT_DOUBLE_EQ(r.a, 0.0);
  EXPECT_NEAR(r.z[0], (0.1 - b) / std::sqrt(b / 10), 1e-12);
  EXPECT_NEAR(r.z[1], (0.15 - b) / std::sqrt(b / 20), 1e-12);
  EXPECT_NEAR(r.z[2], (0.2 - b) / std::sqrt(b / 30), 1e-12);
  EXPECT_TRUE(std::isnan(r.z[3]));
  EXPECT_EQ(r.reason[3], NullReason::NonPositivePopulation);
  EXPECT_EQ(r.reason[4], NullReason::NullValue);
  EXPECT_THROW(empiricalBayesStandardised(MaskedValues::fromDoubles({0, 0, 0}),
                                          MaskedValues::fromDoubles({10, 20, 30})),
               InputError);
}
