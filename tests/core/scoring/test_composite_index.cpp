// The composite index on small tables, every expected value computed by hand in the comments:
// normalisation -> weighted means within and across domains -> 0-100, rank, quintile class,
// coverage; missing values, unusable indicators, a single feature, the geometric mean, rates,
// uncertainty runs and the correlation report.
#include "common/input_error.h"
#include "scoring/composite_correlation.h"
#include "scoring/composite_index.h"
#include "scoring/composite_uncertainty.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace resilience;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTol = 1e-9;

// Four features; a and b in domain personal (weights 1 and 3, b points down), c in social.
// Domain weights: personal 2, social 1.
CompositeInput smallTable() {
  CompositeInput in;
  in.fields["a"] = MaskedValues::fromDoubles({1, 2, 3, 4});
  in.fields["b"] = MaskedValues::fromDoubles({10, 30, 20, 40});
  in.fields["c"] = MaskedValues::fromDoubles({5, 5, 7, 9});
  in.featureIds = {"f1", "f2", "f3", "f4"};
  return in;
}

CompositeSpec smallSpec() {
  CompositeSpec spec;
  spec.indicators = {{"a", "personal", Direction::Positive, 1.0},
                     {"b", "personal", Direction::Negative, 3.0},
                     {"c", "social", Direction::Positive, 1.0}};
  spec.domains = {{"personal", 2.0}, {"social", 1.0}};
  return spec;
}

CompositeOptions minmaxOptions() {
  CompositeOptions o;
  o.normalisation = NormalisationMethod::MinMax;
  return o;
}

void expectValues(const MaskedValues &actual, const std::vector<double> &expected,
                  const char *what) {
  ASSERT_EQ(actual.size(), expected.size()) << what;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (std::isnan(expected[i])) {
      EXPECT_FALSE(actual.isValid(i)) << what << " feature " << i;
      continue;
    }
    ASSERT_TRUE(actual.isValid(i)) << what << " feature " << i;
    EXPECT_NEAR(actual.values[i], expected[i], kTol) << what << " feature " << i;
  }
}

} // namespace

TEST(CompositeIndex, ArithmeticMinMaxByHand) {
  const auto r = computeCompositeIndex(smallTable(), smallSpec(), minmaxOptions());
  // minmax: a = 100 (a - 1) / 3 -> 0, 100/3, 200/3, 100
  //         b reversed = 100 (40 - b) / 30 -> 100, 100/3, 200/3, 0
  //         c = 100 (c - 5) / 4 -> 0, 0, 50, 100
  // personal = (1 a + 3 b) / 4; social = c.
  const std::vector<double> personal = {(0 + 3 * 100.0) / 4, (100.0 / 3 + 3 * 100.0 / 3) / 4,
                                        (200.0 / 3 + 3 * 200.0 / 3) / 4, (100.0 + 0) / 4};
  const std::vector<double> social = {0, 0, 50, 100};
  ASSERT_EQ(r.domains, (std::vector<std::string>{"personal", "social"}));
  expectValues(r.domainScores[0], personal, "score_personal");
  expectValues(r.domainScores[1], social, "score_social");
  // Across domains (2 personal + 1 social) / 3: 50, 200/9, 550/9, 50.
  std::vector<double> aggregate(4);
  for (std::size_t i = 0; i < 4; ++i)
    aggregate[i] = (2 * personal[i] + social[i]) / 3;
  expectValues(r.aggregate, aggregate, "aggregate");
  // 0-100 over the features: min 200/9 (f2), max 550/9 (f3).
  std::vector<double> resilience(4);
  for (std::size_t i = 0; i < 4; ++i)
    resilience[i] = 100 * (aggregate[i] - 200.0 / 9) / (550.0 / 9 - 200.0 / 9);
  expectValues(r.resilience, resilience, "resilience");
  // f1 and f4 tie at 50: ranks f2 = 1, f1 = f4 = 2 (ties "min"), f3 = 4.
  expectValues(r.rank, {2, 1, 4, 2}, "rank");
  // Classes 1 + floor(5 (rank - 1) / 4): rank 1 -> 1, rank 2 -> 2, rank 4 -> 4.
  expectValues(r.resilienceClass, {2, 1, 4, 2}, "class");
  expectValues(r.coverage, {1, 1, 1, 1}, "coverage");
  // Index shares: a (2/3)(1/4), b (2/3)(3/4), c (1/3)(1/1).
  EXPECT_NEAR(r.report.indicators[0].effectiveWeight, 2.0 / 3 / 4, kTol);
  EXPECT_NEAR(r.report.indicators[1].effectiveWeight, 2.0 / 3 * 3 / 4, kTol);
  EXPECT_NEAR(r.report.indicators[2].effectiveWeight, 1.0 / 3, kTol);
  EXPECT_EQ(domainScoreField("personal"), "score_personal");
  EXPECT_EQ(domainScoreField("Environmental Resources"), "score_environmental_resources");
}

TEST(CompositeIndex, ZScoreArithmeticByHand) {
  CompositeSpec spec = smallSpec();
  spec.indicators.pop_back(); // a and b only, one domain
  const auto r = computeCompositeIndex(smallTable(), spec, CompositeOptions{});
  // a: mean 2.5, sd sqrt(((1.5)^2 + 0.5^2 + 0.5^2 + 1.5^2) / 3) = sqrt(5/3)
  // b: mean 25, sd sqrt((15^2 + 5^2 + 5^2 + 15^2) / 3) = sqrt(500/3); reversed: (25 - b) / sd
  const double sa = std::sqrt(5.0 / 3), sb = std::sqrt(500.0 / 3);
  const std::vector<double> a = {1, 2, 3, 4}, b = {10, 30, 20, 40};
  std::vector<double> personal(4);
  for (std::size_t i = 0; i < 4; ++i)
    personal[i] = (1 * (a[i] - 2.5) / sa + 3 * (25 - b[i]) / sb) / 4;
  expectValues(r.domainScores[0], personal, "score_personal");
  expectValues(r.aggregate, personal, "aggregate (one domain)");
}

TEST(CompositeIndex, GeometricWithinAndAcrossDomainsOnGoalposts) {
  CompositeInput in;
  in.fields["p"] = MaskedValues::fromDoubles({1, 4});
  in.fields["q"] = MaskedValues::fromDoubles({9, 1});
  in.fields["s"] = MaskedValues::fromDoubles({30, 80});
  CompositeSpec spec;
  spec.indicators = {{"p", "personal", Direction::Positive, 1.0},
                     {"q", "personal", Direction::Positive, 1.0},
                     {"s", "social", Direction::Positive, 1.0}};
  for (auto &ind : spec.indicators) {
    ind.goalMin = 0;
    ind.goalMax = ind.field == "s" ? 100 : 10;
  }
  CompositeOptions o;
  o.normalisation = NormalisationMethod::Goalposts;
  o.withinDomains = o.acrossDomains = Aggregation::Geometric;
  const auto r = computeCompositeIndex(in, spec, o);
  // p -> 10, 40; q -> 90, 10; personal = sqrt(p q) = sqrt(900) = 30, sqrt(400) = 20.
  expectValues(r.domainScores[0], {30, 20}, "score_personal");
  // social = 30, 80; index = sqrt(30 * 30) = 30, sqrt(20 * 80) = 40, kept on the goalposts scale.
  expectValues(r.aggregate, {30, 40}, "aggregate");
  expectValues(r.resilience, {30, 40}, "resilience");
  expectValues(r.rank, {1, 2}, "rank");
}

TEST(CompositeIndex, GeometricShiftKeepsTheScale) {
  CompositeInput in;
  in.fields["x"] = MaskedValues::fromDoubles({0, 10, 5});
  in.fields["y"] = MaskedValues::fromDoubles({10, 0, 5});
  CompositeSpec spec;
  spec.indicators = {{"x", "personal", Direction::Positive, 1.0},
                     {"y", "personal", Direction::Positive, 1.0}};
  CompositeOptions o = minmaxOptions();
  o.withinDomains = Aggregation::Geometric;
  o.geometricShift = 1.0;
  const auto r = computeCompositeIndex(in, spec, o);
  // minmax: x -> 0, 100, 50; y -> 100, 0, 50. Shifted: exp((log(0 + 1) + log(100 + 1)) / 2) - 1.
  expectValues(r.domainScores[0], {std::sqrt(101.0) - 1, std::sqrt(101.0) - 1, 50}, "personal");
}

TEST(CompositeIndex, GeometricWithNegativeValuesIsANamedError) {
  CompositeOptions o; // zscore gives negative values
  o.withinDomains = Aggregation::Geometric;
  try {
    computeCompositeIndex(smallTable(), smallSpec(), o);
    FAIL() << "expected an InputError";
  } catch (const InputError &e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("geometric mean needs positive values"), std::string::npos) << msg;
    EXPECT_NE(msg.find("indicator '"), std::string::npos) << msg;
    EXPECT_NE(msg.find("feature 'f"), std::string::npos) << msg;
  }
  // minmax has a zero at each minimum: also refused without a shift.
  o.normalisation = NormalisationMethod::MinMax;
  EXPECT_THROW(computeCompositeIndex(smallTable(), smallSpec(), o), InputError);
}

TEST(CompositeIndex, ReweightOverPresentIndicators) {
  CompositeInput in = smallTable();
  in.fields["b"].setNull(3); // f4 has no b
  CompositeOptions o = minmaxOptions();
  o.minCoverage = 0.5;
  const auto r = computeCompositeIndex(in, smallSpec(), o);
  // b over 10, 30, 20: reversed 100 (30 - b) / 20 -> 100, 0, 50, NULL.
  // personal: f1 (0 + 300) / 4, f2 (100/3 + 0) / 4, f3 (200/3 + 150) / 4, f4 = a alone = 100.
  const std::vector<double> personal = {300.0 / 4, (100.0 / 3) / 4, (200.0 / 3 + 150) / 4, 100};
  const std::vector<double> social = {0, 0, 50, 100};
  expectValues(r.domainScores[0], personal, "score_personal");
  std::vector<double> aggregate(4);
  for (std::size_t i = 0; i < 4; ++i)
    aggregate[i] = (2 * personal[i] + social[i]) / 3;
  expectValues(r.aggregate, aggregate, "aggregate");
  // f4 misses b, which carries (2/3)(3/4) = 1/2 of the index.
  expectValues(r.coverage, {1, 1, 1, 1 - 0.5}, "coverage");

  // Above the coverage of f4: no index there, the domain scores stay.
  o.minCoverage = 0.6;
  const auto strict = computeCompositeIndex(in, smallSpec(), o);
  expectValues(strict.aggregate, {aggregate[0], aggregate[1], aggregate[2], kNaN}, "aggregate");
  expectValues(strict.rank, {2, 1, 3, kNaN}, "rank"); // 50, 50/9, 475/9
  EXPECT_EQ(strict.report.belowCoverage, 1u);
  EXPECT_TRUE(strict.domainScores[0].isValid(3));
}

TEST(CompositeIndex, ExcludeFeatureDropsItFromTheStatistics) {
  CompositeInput in = smallTable();
  in.fields["b"].setNull(3);
  CompositeOptions o = minmaxOptions();
  o.missing = MissingPolicy::ExcludeFeature;
  const auto r = computeCompositeIndex(in, smallSpec(), o);
  // Over f1-f3 only: a 1 2 3 -> 0 50 100; b reversed -> 100 0 50; c 5 5 7 -> 0 0 100.
  // personal (a + 3 b) / 4 = 75, 12.5, 62.5; index (2 personal + social) / 3.
  expectValues(r.aggregate, {(2 * 75.0 + 0) / 3, (2 * 12.5 + 0) / 3, (2 * 62.5 + 100) / 3, kNaN},
               "aggregate");
  EXPECT_EQ(r.report.excludedFeatures, 1u);
  // Coverage still tells how much of f4's data was there.
  expectValues(r.coverage, {1, 1, 1, 0.5}, "coverage");
  EXPECT_FALSE(r.domainScores[1].isValid(3));
}

TEST(CompositeIndex, ZeroVarianceAndAllNullIndicatorsAreSkipped) {
  CompositeInput in = smallTable();
  in.fields["flat"] = MaskedValues::fromDoubles({7, 7, 7, 7});
  in.fields["empty"] = MaskedValues::fromDoubles({kNaN, kNaN, kNaN, kNaN});
  CompositeSpec spec = smallSpec();
  spec.indicators.push_back({"flat", "social", Direction::Positive, 5.0});
  spec.indicators.push_back({"empty", "social", Direction::Negative, 5.0});
  const auto withUnusable = computeCompositeIndex(in, spec, minmaxOptions());
  const auto without = computeCompositeIndex(smallTable(), smallSpec(), minmaxOptions());
  for (std::size_t i = 0; i < 4; ++i)
    EXPECT_NEAR(withUnusable.resilience.values[i], without.resilience.values[i], kTol);
  expectValues(withUnusable.coverage, {1, 1, 1, 1}, "coverage");
  EXPECT_NE(withUnusable.report.indicators[3].skipReason.find("zero variance"), std::string::npos);
  EXPECT_EQ(withUnusable.report.indicators[4].skipReason, "no valid value");
  EXPECT_EQ(withUnusable.report.indicators[3].effectiveWeight, 0.0);
  EXPECT_FALSE(withUnusable.normalised[4].isValid(0));

  // Listwise exclusion ignores the all-NULL indicator instead of excluding every feature.
  CompositeOptions exclude = minmaxOptions();
  exclude.missing = MissingPolicy::ExcludeFeature;
  const auto excluded = computeCompositeIndex(in, spec, exclude);
  EXPECT_EQ(excluded.report.excludedFeatures, 0u);
  for (std::size_t i = 0; i < 4; ++i)
    EXPECT_NEAR(excluded.resilience.values[i], without.resilience.values[i], kTol);
}

TEST(CompositeIndex, NoUsableIndicatorIsAnError) {
  CompositeInput in;
  in.fields["x"] = MaskedValues::fromDoubles({3});
  CompositeSpec spec;
  spec.indicators = {{"x", "social", Direction::Positive, 1.0}};
  // One feature: no spread to normalise by.
  EXPECT_THROW(computeCompositeIndex(in, spec, CompositeOptions{}), InputError);
  // With goalposts a single feature scores on the fixed scale: 100 (3 - 0) / (4 - 0) = 75.
  spec.indicators[0].goalMin = 0;
  spec.indicators[0].goalMax = 4;
  CompositeOptions o;
  o.normalisation = NormalisationMethod::Goalposts;
  const auto r = computeCompositeIndex(in, spec, o);
  expectValues(r.resilience, {75}, "resilience");
  expectValues(r.rank, {1}, "rank");
  expectValues(r.resilienceClass, {1}, "class");
}

TEST(CompositeIndex, BadInputNamesTheProblem) {
  CompositeSpec spec = smallSpec();
  spec.indicators[2].field = "missing_field";
  try {
    computeCompositeIndex(smallTable(), spec, CompositeOptions{});
    FAIL();
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("'missing_field'"), std::string::npos);
  }
  CompositeOptions goal;
  goal.normalisation = NormalisationMethod::Goalposts;
  EXPECT_THROW(computeCompositeIndex(smallTable(), smallSpec(), goal), InputError);
  CompositeInput ragged = smallTable();
  ragged.fields["c"] = MaskedValues::fromDoubles({1, 2, 3});
  EXPECT_THROW(computeCompositeIndex(ragged, smallSpec(), CompositeOptions{}), InputError);
  CompositeInput shortIds = smallTable();
  shortIds.featureIds.pop_back();
  EXPECT_THROW(computeCompositeIndex(shortIds, smallSpec(), CompositeOptions{}), InputError);
  CompositeOptions badCoverage;
  badCoverage.minCoverage = 1.5;
  EXPECT_THROW(computeCompositeIndex(smallTable(), smallSpec(), badCoverage), InputError);
}

TEST(CompositeIndex, RatesFromNumeratorAndDenominator) {
  CompositeInput in;
  in.fields["benefits"] = MaskedValues::fromDoubles({20, 30, 5, 8});
  in.fields["inhabitants"] = MaskedValues::fromDoubles({1000, 2000, 0, kNaN});
  in.fields["c"] = MaskedValues::fromDoubles({1, 2, 3, 4});
  CompositeSpec spec;
  IndicatorSpec rate{"benefits_per_1000", "personal", Direction::Negative, 1.0};
  rate.numerator = "benefits";
  rate.denominator = "inhabitants";
  rate.per = 1000;
  spec.indicators = {rate, {"c", "social", Direction::Positive, 1.0}};
  const auto r = computeCompositeIndex(in, spec, minmaxOptions());
  // Rates 20/1000*1000 = 20, 30/2000*1000 = 15; denominators 0 and NULL give NULL.
  // Reversed minmax over 20, 15: 100 (20 - x) / 5 -> 0, 100.
  expectValues(r.normalised[0], {0, 100, kNaN, kNaN}, "rate");
  EXPECT_EQ(r.report.indicators[0].rateNulls, 2u);
  EXPECT_EQ(r.report.indicators[0].nullCount, 2u);
  bool reported = false;
  for (const auto &m : r.report.messages)
    reported |=
        m.find("denominator 'inhabitants' is 0 or NULL for 2 feature(s)") != std::string::npos;
  EXPECT_TRUE(reported);
}

TEST(CompositeIndex, WinsorisingIsReported) {
  CompositeInput in;
  in.fields["x"] = MaskedValues::fromDoubles({1, 2, 3, 4, 10});
  CompositeSpec spec;
  spec.indicators = {{"x", "social", Direction::Positive, 1.0}};
  CompositeOptions o = minmaxOptions();
  o.winsorise = WinsorLimits{0.05, 0.95};
  const auto r = computeCompositeIndex(in, spec, o);
  // Clipped to 1.2 and 8.8 (type-7 quantiles), then 100 (x - 1.2) / 7.6.
  EXPECT_EQ(r.report.indicators[0].winsorisedLow, 1u);
  EXPECT_EQ(r.report.indicators[0].winsorisedHigh, 1u);
  expectValues(r.normalised[0], {0, 100 * 0.8 / 7.6, 100 * 1.8 / 7.6, 100 * 2.8 / 7.6, 100}, "x");
}

TEST(CompositeUncertainty, ReproducibleForASeedAndAnyThreadCount) {
  const CompositeSpec spec = smallSpec();
  const CompositeOptions o = minmaxOptions();
  const auto prepared = prepareIndicators(smallTable(), spec, o);
  UncertaintyOptions u;
  u.runs = 200;
  u.seed = 42;
  u.weightShare = 0.5;
  u.normalisations = {NormalisationMethod::MinMax, NormalisationMethod::ZScore,
                      NormalisationMethod::Rank};
  u.threads = 1;
  const auto one = runCompositeUncertainty(prepared, spec, o, u);
  u.threads = 4;
  const auto four = runCompositeUncertainty(prepared, spec, o, u);
  EXPECT_EQ(one.runsDone, 200u);
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(one.rankP05.values[i], four.rankP05.values[i]);
    EXPECT_EQ(one.rankMedian.values[i], four.rankMedian.values[i]);
    EXPECT_EQ(one.rankP95.values[i], four.rankP95.values[i]);
    EXPECT_LE(one.rankP05.values[i], one.rankMedian.values[i]);
    EXPECT_LE(one.rankMedian.values[i], one.rankP95.values[i]);
  }
  // f3 ranks top in the base index; f2 bottom.
  EXPECT_GT(one.rankMedian.values[2], one.rankMedian.values[1]);
}

TEST(CompositeUncertainty, NoPerturbationReproducesTheRanks) {
  const CompositeSpec spec = smallSpec();
  const CompositeOptions o = minmaxOptions();
  const auto prepared = prepareIndicators(smallTable(), spec, o);
  UncertaintyOptions u;
  u.runs = 10;
  u.weightShare = 0.0;
  u.threads = 1; // one run per batch, so the cancel lands half way on any machine
  std::size_t calls = 0;
  u.progress = [&](std::size_t done, std::size_t total) {
    ++calls;
    return done < total / 2; // cancel half way
  };
  const auto r = runCompositeUncertainty(prepared, spec, o, u);
  // Every run is the base index: ranks 2, 1, 4, 2 (see ArithmeticMinMaxByHand).
  expectValues(r.rankP05, {2, 1, 4, 2}, "rank_p05");
  expectValues(r.rankMedian, {2, 1, 4, 2}, "rank_median");
  expectValues(r.rankP95, {2, 1, 4, 2}, "rank_p95");
  EXPECT_TRUE(r.cancelled);
  EXPECT_LT(r.runsDone, 10u);
  EXPECT_GT(calls, 0u);
}

TEST(CompositeCorrelation, SpearmanRanksOnlyThePairsCompleteInBoth) {
  // x has a NULL and a tie. Complete pairs (x, y): (1, 6) (2, 5) (2, 7) (5, 1) (3, 2); ranks of
  // x 1 2.5 2.5 5 4, of y 4 3 5 1 2; deviations from 3: (-2 -0.5 -0.5 2 1) and (1 0 2 -2 -1);
  // sxy = -2 + 0 - 1 - 4 - 1 = -8, sxx = 9.5, syy = 10: rho = -8 / sqrt(95) = -0.8207827 (R:
  // cor(c(1, 2, 2, 5, 3), c(6, 5, 7, 1, 2), method = "spearman")).
  CompositeSpec spec;
  spec.indicators = {IndicatorSpec("x", "personal")};
  CompositeResult result;
  result.normalised = {MaskedValues::fromDoubles({1, 2, kNaN, 2, 5, 3})};
  result.resilience = MaskedValues::fromDoubles({6, 5, 4, 7, 1, 2});
  const auto report = correlateComposite(spec, result);
  EXPECT_NEAR(report.spearmanAt(0, 1), -8 / std::sqrt(95.0), kTol);
  EXPECT_NEAR(report.spearmanAt(1, 0), -8 / std::sqrt(95.0), kTol);
  EXPECT_EQ(report.pairs[1], 5u);
  EXPECT_NEAR(report.spearmanAt(1, 1), 1.0, kTol);
}

TEST(CompositeCorrelation, PearsonAndSpearmanByHand) {
  // x = 1 2 3 4, y = 2 4 5 9: deviations -1.5 -0.5 0.5 1.5 and -3 -1 0 4;
  // sxy = 4.5 + 0.5 + 0 + 6 = 11, sxx = 5, syy = 26, r = 11 / sqrt(130). Same order: rho = 1.
  const auto x = MaskedValues::fromDoubles({1, 2, 3, kNaN, 4});
  const auto y = MaskedValues::fromDoubles({2, 4, 5, 100, 9});
  std::size_t pairs = 0;
  EXPECT_NEAR(pearsonCorrelation(x, y, &pairs), 11 / std::sqrt(130.0), kTol);
  EXPECT_EQ(pairs, 4u);
  EXPECT_NEAR(spearmanCorrelation(x, y), 1.0, kTol);

  const auto r = computeCompositeIndex(smallTable(), smallSpec(), minmaxOptions());
  const auto report = correlateComposite(smallSpec(), r);
  ASSERT_EQ(report.names.back(), "resilience");
  // a and reversed b: 0, 100/3, 200/3, 100 against 100, 100/3, 200/3, 0. Deviations from 50:
  // (-50, -50/3, 50/3, 50) and (50, -50/3, 50/3, -50): sxy = -2500 + 2500/9 + 2500/9 - 2500,
  // sxx = syy = 2 * 2500 + 2 * 2500/9, so r = -(2 - 2/9) / (2 + 2/9) = -0.8.
  EXPECT_NEAR(report.pearsonAt(0, 1), -0.8, kTol);
  EXPECT_NEAR(report.pearsonAt(1, 0), -0.8, kTol);
  EXPECT_NEAR(report.pearsonAt(2, 2), 1.0, kTol);
}
