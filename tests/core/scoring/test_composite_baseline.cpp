// Scoring a later year on a stored baseline: expected values computed by hand from the reference
// year's statistics (written out below), out-of-range values reported and not clipped, the 0-100
// scale and the classes of the reference year, and baseline files that cannot be used.
// (Year A on its own baseline, bit for bit: test_composite_municipalities.cpp.)
#include "common/input_error.h"
#include "scoring/composite_baseline.h"
#include "scoring/composite_index.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

using namespace resilience;

namespace {

constexpr double kTol = 1e-12;

// One indicator per domain so the aggregate is the mean of two z-scores:
// a (+) in personal, b (-) in social.
CompositeSpec twoIndicators() {
  CompositeSpec spec;
  spec.indicators = {{"a", "personal", Direction::Positive, 1.0},
                     {"b", "social", Direction::Negative, 1.0}};
  return spec;
}

CompositeInput table(std::vector<double> a, std::vector<double> b) {
  CompositeInput in;
  in.fields["a"] = MaskedValues::fromDoubles(a);
  in.fields["b"] = MaskedValues::fromDoubles(b);
  return in;
}

CompositeBaseline baselineOf(const CompositeInput &input, const CompositeSpec &spec,
                             const CompositeOptions &options) {
  const auto prepared = prepareIndicators(input, spec, options);
  return makeBaseline(prepared, spec, options, scoreIndicators(prepared, spec, options));
}

// Year A: a = 1, 2, 3, 4, 5 (mean 3, sd sqrt(2.5)); b = 10, 20, 30, 40, 50 (mean 30,
// sd sqrt(250)), pointing down: z_b = -(b - 30) / sqrt(250) = -(a - 3) / sqrt(2.5) at every
// feature. The aggregate (z_a + z_b) / 2 is then 0 everywhere: choose b so it is not.
// b = 50, 40, 10, 30, 20: mean 30, deviations 20, 10, -20, 0, -10, sd sqrt(1000/4) = sqrt(250).
const std::vector<double> kA = {1, 2, 3, 4, 5};
const std::vector<double> kB = {50, 40, 10, 30, 20};

} // namespace

TEST(CompositeBaseline, StatisticsOfTheReferenceYear) {
  const auto b = baselineOf(table(kA, kB), twoIndicators(), CompositeOptions{});
  ASSERT_EQ(b.indicators.size(), 2u);
  const auto &a = b.indicators[0];
  EXPECT_EQ(a.count, 5u);
  EXPECT_NEAR(a.mean, 3.0, kTol);
  EXPECT_NEAR(a.sd, std::sqrt(2.5), kTol);
  EXPECT_EQ(a.min, 1.0);
  EXPECT_EQ(a.max, 5.0);
  // Type-7 quantiles of 1..5: h = 4 p, so p05 = 1.2, p25 = 2, p50 = 3, p75 = 4, p95 = 4.8.
  EXPECT_NEAR(a.p05, 1.2, kTol);
  EXPECT_NEAR(a.p25, 2.0, kTol);
  EXPECT_NEAR(a.p50, 3.0, kTol);
  EXPECT_NEAR(a.p75, 4.0, kTol);
  EXPECT_NEAR(a.p95, 4.8, kTol);
  // b points down: the reference is on the negated values, mean -30.
  EXPECT_TRUE(b.indicators[1].reference.reverse);
  EXPECT_NEAR(b.indicators[1].reference.centre, -30.0, kTol);
  EXPECT_NEAR(b.indicators[1].reference.spread, std::sqrt(250.0), kTol);
  EXPECT_NEAR(b.indicators[1].mean, 30.0, kTol); // raw units
}

TEST(CompositeBaseline, LaterYearOnTheReferenceScaleByHand) {
  const CompositeBaseline baseline = baselineOf(table(kA, kB), twoIndicators(), CompositeOptions{});
  // Year A by hand: z_a = (a - 3) / sqrt(2.5), z_b = -(b - 30) / sqrt(250) = -(b - 30) / (10
  // sqrt(2.5)); with s = sqrt(2.5): z_a = -2/s, -1/s, 0, 1/s, 2/s; z_b = -2/s, -1/s, 2/s, 0, 1/s;
  // aggregate = (z_a + z_b) / 2 = -2/s, -1/s, 1/s, 1/(2s), 3/(2s). Min -2/s, max 3/(2s).
  const double s = std::sqrt(2.5);
  EXPECT_NEAR(baseline.aggregateMin, -2 / s, kTol);
  EXPECT_NEAR(baseline.aggregateMax, 1.5 / s, kTol);
  // Classes of year A: ranks 1..5 by aggregate are features 1, 2, 4, 3, 5, so class = rank and
  // the lowest aggregate of classes 2, 3, 4, 5 is -1/s, 1/(2s), 1/s, 3/(2s).
  ASSERT_EQ(baseline.classBreaks.size(), 4u);
  EXPECT_NEAR(baseline.classBreaks[0], -1 / s, kTol);
  EXPECT_NEAR(baseline.classBreaks[1], 0.5 / s, kTol);
  EXPECT_NEAR(baseline.classBreaks[2], 1 / s, kTol);
  EXPECT_NEAR(baseline.classBreaks[3], 1.5 / s, kTol);

  // Year B, three features: everyone improved. a = 3, 6, 5; b = 30, 30, 0.
  // z_a = 0, 3/s, 2/s; z_b = 0, 0, 3/s (b = 0 is below the baseline's minimum 10: reported).
  // aggregate = 0, 3/(2s), 5/(2s).
  // resilience = 100 (agg + 2/s) / (3.5/s) = 100 (agg s + 2) / 3.5 = 400/7, 100, 450/3.5.
  const auto r = scoreOnBaseline(table({3, 6, 5}, {30, 30, 0}), baseline);
  EXPECT_NEAR(r.aggregate.values[0], 0.0, kTol);
  EXPECT_NEAR(r.aggregate.values[1], 1.5 / s, kTol);
  EXPECT_NEAR(r.aggregate.values[2], 2.5 / s, kTol);
  EXPECT_NEAR(r.resilience.values[0], 400.0 / 7, 1e-9);
  EXPECT_NEAR(r.resilience.values[1], 100.0, 1e-9);
  EXPECT_NEAR(r.resilience.values[2], 450.0 / 3.5, 1e-9); // above 100: kept, not clipped
  // Classes on year A's breaks: 0 >= -1/s only -> 2; 3/(2s) reaches all four -> 5; so does 5/(2s).
  EXPECT_EQ(r.resilienceClass.values[0], 2.0);
  EXPECT_EQ(r.resilienceClass.values[1], 5.0);
  EXPECT_EQ(r.resilienceClass.values[2], 5.0);
  // Ranks stay within the year.
  EXPECT_EQ(r.rank.values[0], 1.0);
  EXPECT_EQ(r.rank.values[2], 3.0);
  // Outside the range: a = 6 above 5, b = 0 below 10.
  EXPECT_EQ(r.report.indicators[0].aboveBaseline, 1u);
  EXPECT_EQ(r.report.indicators[0].belowBaseline, 0u);
  EXPECT_EQ(r.report.indicators[1].belowBaseline, 1u);
  bool reported100 = false;
  for (const auto &m : r.report.messages)
    reported100 |= m.find("1 above 100") != std::string::npos;
  EXPECT_TRUE(reported100);
}

TEST(CompositeBaseline, RankAndMinMaxOnTheReferenceScale) {
  CompositeSpec spec;
  spec.indicators = {{"a", "personal", Direction::Positive, 1.0}};
  CompositeInput yearA;
  yearA.fields["a"] = MaskedValues::fromDoubles({10, 20, 20, 40, 50});
  CompositeInput yearB;
  yearB.fields["a"] = MaskedValues::fromDoubles({5, 20, 30, 60});
  CompositeOptions rank;
  rank.normalisation = NormalisationMethod::Rank;
  // Rank against year A's values 10, 20, 20, 40, 50: the number below y, times 100 / (5 - 1):
  // 5 -> 0, 20 -> 1 below -> 25, 30 -> 3 below -> 75, 60 -> 5 below -> 125.
  const auto r = scoreOnBaseline(yearB, baselineOf(yearA, spec, rank));
  EXPECT_NEAR(r.normalised[0].values[0], 0.0, kTol);
  EXPECT_NEAR(r.normalised[0].values[1], 25.0, kTol);
  EXPECT_NEAR(r.normalised[0].values[2], 75.0, kTol);
  EXPECT_NEAR(r.normalised[0].values[3], 125.0, kTol);
  CompositeOptions minmax;
  minmax.normalisation = NormalisationMethod::MinMax;
  // 100 (y - 10) / 40: -12.5, 25, 50, 125.
  const auto m = scoreOnBaseline(yearB, baselineOf(yearA, spec, minmax));
  EXPECT_NEAR(m.normalised[0].values[0], -12.5, kTol);
  EXPECT_NEAR(m.normalised[0].values[3], 125.0, kTol);
  EXPECT_EQ(m.report.indicators[0].belowBaseline, 1u);
  EXPECT_EQ(m.report.indicators[0].aboveBaseline, 1u);
}

TEST(CompositeBaseline, WinsorisingKeepsTheReferenceBounds) {
  CompositeSpec spec;
  spec.indicators = {{"a", "personal", Direction::Positive, 1.0}};
  CompositeInput yearA;
  yearA.fields["a"] = MaskedValues::fromDoubles({0, 10, 20, 30, 40});
  CompositeOptions o;
  o.normalisation = NormalisationMethod::MinMax;
  o.winsorise = WinsorLimits{0.25, 0.75};
  // Year A's quartiles (type 7, h = 4 p): 10 and 30. Year B's own would be 100 and 300.
  const auto baseline = baselineOf(yearA, spec, o);
  EXPECT_EQ(baseline.indicators[0].winsorLow, 10.0);
  EXPECT_EQ(baseline.indicators[0].winsorHigh, 30.0);
  CompositeInput yearB;
  yearB.fields["a"] = MaskedValues::fromDoubles({0, 100, 200, 300, 400});
  const auto r = scoreOnBaseline(yearB, baseline);
  // Clipped to 10, 30, 30, 30, 30, then minmax on year A's winsorised range 10..30: 0, 100, ...
  EXPECT_NEAR(r.normalised[0].values[0], 0.0, kTol);
  EXPECT_NEAR(r.normalised[0].values[1], 100.0, kTol);
  EXPECT_EQ(r.report.indicators[0].winsorisedLow, 1u);
  EXPECT_EQ(r.report.indicators[0].winsorisedHigh, 4u);
}

TEST(CompositeBaseline, UnusableFilesAreRefusedWithTheReason) {
  EXPECT_THROW(
      {
        try {
          parseBaselineJson("{\"indicators\": []}", "old.json");
        } catch (const InputError &e) {
          EXPECT_NE(std::string(e.what()).find("old.json: not a baseline file"), std::string::npos)
              << e.what();
          throw;
        }
      },
      InputError);
  const std::string good =
      writeBaselineJson(baselineOf(table(kA, kB), twoIndicators(), CompositeOptions{}));
  EXPECT_THROW(parseBaselineJson(good.substr(0, good.size() / 2), "cut.json"), InputError);
  std::string noSd = good;
  const auto at = noSd.find("\"sd\":", noSd.find("\"reference\""));
  ASSERT_NE(at, std::string::npos);
  noSd.replace(at, 5, "\"sx\":");
  try {
    parseBaselineJson(noSd, "b.json");
    FAIL() << "a reference without sd was accepted";
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("indicator 1 ('a') has no \"sd\""), std::string::npos)
        << e.what();
  }
}
