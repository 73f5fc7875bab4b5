#include "common/input_error.h"
#include "reference_weights.h"
#include "statistics/empirical_bayes.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace resilience;
using resilience::testing::closeTo;
using resilience::testing::ReferenceCsv;
using resilience::testing::referenceValues;
using resilience::testing::referenceWeights;

namespace {
const std::string kNc = "spdep/nc_empirical_bayes_SID74_BIR74.csv";
const std::string kAuckland = "spdep/auckland_marshall1991_eb.csv";
} // namespace

TEST(EmpiricalBayes, NorthCarolinaGlobalMatchesSpdepEBest) {
  const ReferenceCsv ref(kNc), parameters("spdep/nc_EBest_parameters.csv");
  const MaskedValues events = referenceValues(kNc, "SID74"), births = referenceValues(kNc, "BIR74");
  const GlobalEbResult poisson = empiricalBayesGlobal(events, births, EbFamily::Poisson);
  const GlobalEbResult binomial = empiricalBayesGlobal(events, births, EbFamily::Binomial);
  ASSERT_EQ(parameters.text(0, "family"), "poisson");
  EXPECT_TRUE(closeTo(poisson.a, parameters.number(0, "a")));
  EXPECT_TRUE(closeTo(poisson.b, parameters.number(0, "b")));
  ASSERT_EQ(parameters.text(1, "family"), "binomial");
  EXPECT_TRUE(closeTo(binomial.a, parameters.number(1, "a")));
  EXPECT_TRUE(closeTo(binomial.b, parameters.number(1, "b")));
  for (std::size_t i = 0; i < ref.rows(); ++i) {
    SCOPED_TRACE(ref.text(i, "NAME"));
    EXPECT_TRUE(closeTo(poisson.raw[i], ref.number(i, "raw")));
    EXPECT_TRUE(closeTo(poisson.rate[i], ref.number(i, "EBest_poisson")));
    EXPECT_TRUE(closeTo(binomial.rate[i], ref.number(i, "EBest_binomial")));
  }
  EXPECT_EQ(poisson.summary.computed, 100u);
}

TEST(EmpiricalBayes, NorthCarolinaLocalMatchesSpdepEBlocal) {
  const ReferenceCsv ref(kNc);
  const MaskedValues events = referenceValues(kNc, "SID74"), births = referenceValues(kNc, "BIR74");
  const SpatialWeights queen = referenceWeights("spdep/nc_queen_edges.csv", 100);
  const LocalEbResult spdep = empiricalBayesLocal(events, births, queen, LocalEbVariance::Spdep);
  const LocalEbResult geoda = empiricalBayesLocal(events, births, queen, LocalEbVariance::GeoDa);
  for (std::size_t i = 0; i < ref.rows(); ++i) {
    SCOPED_TRACE(ref.text(i, "NAME"));
    EXPECT_TRUE(closeTo(spdep.raw[i], ref.number(i, "EBlocal_queen_raw")));
    EXPECT_TRUE(closeTo(spdep.rate[i], ref.number(i, "EBlocal_queen_est")));
    EXPECT_TRUE(closeTo(spdep.a[i], ref.number(i, "EBlocal_queen_a"), 1e-9, 1e-20));
    EXPECT_TRUE(closeTo(spdep.m[i], ref.number(i, "EBlocal_queen_m")));
    EXPECT_TRUE(closeTo(geoda.rate[i], ref.number(i, "EBlocal_queen_geoda_est")));
  }
}

// Marshall (1991) Auckland infant mortality, spdep ?EBest example (events M77_85, population at
// risk 9 * Und5_81). EBlocal needs Auckland's neighbours, which testdata does not hold.
TEST(EmpiricalBayes, AucklandGlobalMatchesMarshall1991Example) {
  const ReferenceCsv ref(kAuckland), parameters("spdep/auckland_EBest_parameters.csv");
  const GlobalEbResult r = empiricalBayesGlobal(referenceValues(kAuckland, "M77_85"),
                                                referenceValues(kAuckland, "pop_at_risk"));
  EXPECT_TRUE(closeTo(r.a, parameters.number(0, "a")));
  EXPECT_TRUE(closeTo(r.b, parameters.number(0, "b")));
  for (std::size_t i = 0; i < ref.rows(); ++i) {
    SCOPED_TRACE("area " + std::to_string(i + 1));
    EXPECT_TRUE(closeTo(r.raw[i], ref.number(i, "raw")));
    EXPECT_TRUE(closeTo(r.rate[i], ref.number(i, "EBest")));
  }
}

// Hand computation: events 1, 3, 0, 6 over populations 100, 100, 200, 200 (b = 10/600).
// s2 = sum x (p - b)^2 / sum x, a = s2 - b / mean(x), est = b + a (p - b) / (a + b / x).
TEST(EmpiricalBayes, GlobalPoissonByHand) {
  const std::vector<double> e{1, 3, 0, 6}, x{100, 100, 200, 200};
  const double b = 10.0 / 600.0;
  double s2 = 0.0;
  for (int i = 0; i < 4; ++i)
    s2 += x[i] * (e[i] / x[i] - b) * (e[i] / x[i] - b) / 600.0;
  const double a = s2 - b / 150.0;
  ASSERT_GT(a, 0.0);
  const GlobalEbResult r =
      empiricalBayesGlobal(MaskedValues::fromDoubles(e), MaskedValues::fromDoubles(x));
  EXPECT_DOUBLE_EQ(r.b, b);
  EXPECT_DOUBLE_EQ(r.a, a);
  for (int i = 0; i < 4; ++i)
    EXPECT_DOUBLE_EQ(r.rate[i], b + a * (e[i] / x[i] - b) / (a + b / x[i]));
}

TEST(EmpiricalBayes, NullAndZeroPopulationAreLeftOutWithReasons) {
  MaskedValues e = MaskedValues::fromDoubles({1, 3, 0, 6, 2});
  const MaskedValues x = MaskedValues::fromDoubles({100, 100, 200, 200, 0});
  e.setNull(1);
  const GlobalEbResult r = empiricalBayesGlobal(e, x);
  EXPECT_EQ(r.reason[1], NullReason::NullValue);
  EXPECT_EQ(r.reason[4], NullReason::NonPositivePopulation);
  EXPECT_TRUE(std::isnan(r.rate[1]));
  EXPECT_TRUE(std::isnan(r.raw[4]));
  EXPECT_DOUBLE_EQ(r.b, 7.0 / 500.0); // features 0, 2, 3 only
  EXPECT_EQ(r.summary.computed, 3u);
  EXPECT_EQ(r.summary.nullValues, 1u);
  EXPECT_EQ(r.summary.nonPositivePopulation, 1u);

  // Local: feature 3's only neighbour is the zero-population feature 4, so it is an island.
  const SpatialWeights w = SpatialWeights::fromNeighbourLists({{2}, {0}, {0}, {4}, {3}}, "pairs");
  const LocalEbResult l = empiricalBayesLocal(e, x, w);
  EXPECT_EQ(l.reason[3], NullReason::Island);
  EXPECT_EQ(l.reason[4], NullReason::NonPositivePopulation);
  EXPECT_DOUBLE_EQ(l.raw[3], 6.0 / 200.0); // the raw rate is kept
  EXPECT_TRUE(std::isnan(l.rate[3]));
  EXPECT_EQ(l.summary.computed, 2u);
}

TEST(EmpiricalBayes, NegativeEventsAndMismatchedSizesAreInputErrors) {
  const MaskedValues x = MaskedValues::fromDoubles({100, 100});
  EXPECT_THROW(empiricalBayesGlobal(MaskedValues::fromDoubles({1, -2}), x), InputError);
  EXPECT_THROW(empiricalBayesGlobal(MaskedValues::fromDoubles({1}), x), InputError);
}
