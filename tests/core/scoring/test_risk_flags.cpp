// Risk flags: percentile ranks, flags, theme sums and stacking against hand computations written
// out below, and the CDC/ATSDR's own published SVI 2022 county table for Pennsylvania
// (testdata/svi): every EPL_, SPL_, RPL_ and F_ column recomputed from the EP_ inputs.
#include "common/input_error.h"
#include "reference_csv.h"
#include "scoring/risk_flags.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace resilience;
using resilience::testing::ReferenceCsv;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTol = 1e-12;

void expectColumn(const MaskedValues &c, const std::vector<double> &expected,
                  const std::string &what) {
  ASSERT_EQ(c.size(), expected.size()) << what;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (std::isnan(expected[i])) {
      EXPECT_FALSE(c.isValid(i)) << what << " feature " << i;
      continue;
    }
    ASSERT_TRUE(c.isValid(i)) << what << " feature " << i;
    EXPECT_NEAR(c.values[i], expected[i], kTol) << what << " feature " << i;
  }
}

// Two domains: a = {x1 (+), x2 (-)}, b = {x3 (+)}, five features, x3 NULL at feature 2.
CompositeSpec twoDomains() {
  CompositeSpec spec;
  spec.indicators = {{"x1", "a", Direction::Positive},
                     {"x2", "a", Direction::Negative},
                     {"x3", "b", Direction::Positive}};
  return spec;
}

std::vector<MaskedValues> twoDomainColumns() {
  return {MaskedValues::fromDoubles({10, 20, 30, 40, 50}),
          MaskedValues::fromDoubles({5, 4, 3, 2, 1}),
          MaskedValues::fromDoubles({1, 1, kNaN, 2, 3})};
}

} // namespace

TEST(RiskFlags, PercentRankSharesTheLowestRankAmongTies) {
  // x = 3, 1, 4, 1, 5, NULL, 9: six values, n - 1 = 5. Sorted 1, 1, 3, 4, 5, 9: both 1s have no
  // lower value (0/5), 3 has two (2/5), 4 three, 5 four, 9 five (5/5 = 1).
  const auto x = MaskedValues::fromDoubles({3, 1, 4, 1, 5, kNaN, 9});
  expectColumn(percentRankInclusive(x, false, -1, "x"), {0.4, 0.0, 0.6, 0.0, 0.8, kNaN, 1.0}, "+");
  // Reversed: -9, -5, -4, -3, -1, -1: 9 is lowest (0), 5 0.2, 4 0.4, 3 0.6, the two 1s share 4/5.
  expectColumn(percentRankInclusive(x, true, -1, "x"), {0.6, 0.8, 0.4, 0.8, 0.2, kNaN, 0.0}, "-");
}

TEST(RiskFlags, RoundsLikeThePublisher) {
  // 67 counties: 1/66 = 0.0151515... -> 0.0152 (rounded, not truncated as PERCENTRANK.INC's own
  // significance argument would), 3/66 = 0.0454545... -> 0.0455, 4/66 = 0.060606... -> 0.0606.
  std::vector<double> v(67);
  for (std::size_t i = 0; i < v.size(); ++i)
    v[i] = static_cast<double>(i);
  const MaskedValues pr = percentRankInclusive(MaskedValues::fromDoubles(v), false, 4, "v");
  EXPECT_DOUBLE_EQ(pr.values[1], 0.0152);
  EXPECT_DOUBLE_EQ(pr.values[3], 0.0455);
  EXPECT_DOUBLE_EQ(pr.values[4], 0.0606);
  EXPECT_DOUBLE_EQ(roundToDecimals(0.00005, 4), 0.0001); // half away from zero
  EXPECT_DOUBLE_EQ(roundToDecimals(0.123456, -1), 0.123456);
}

TEST(RiskFlags, DomainsSumsFlagsAndStackingByHand) {
  RiskFlagOptions options;
  options.threshold = 0.75;
  const RiskFlagResult r = computeRiskFlags(twoDomains(), twoDomainColumns(), options);
  // x1 10..50 and reversed x2 (5..1 -> -5..-1) both rank 0, .25, .5, .75, 1. x3 has four values
  // (1, 1, 2, 3; n - 1 = 3): 0, 0, NULL, 2/3, 1.
  expectColumn(r.rank[0], {0, 0.25, 0.5, 0.75, 1}, "pr x1");
  expectColumn(r.rank[1], {0, 0.25, 0.5, 0.75, 1}, "pr x2");
  expectColumn(r.rank[2], {0, 0, kNaN, 2.0 / 3, 1}, "pr x3");
  // Flags at 0.75: x1 and x2 at features 3 and 4; x3 only at 4 (2/3 < 0.75); NULL stays NULL.
  expectColumn(r.flag[0], {0, 0, 0, 1, 1}, "flag x1");
  expectColumn(r.flag[2], {0, 0, kNaN, 0, 1}, "flag x3");
  ASSERT_EQ(r.domains, (std::vector<std::string>{"a", "b"}));
  // Domain a: sums 0, .5, 1, 1.5, 2, ranked 0, .25, .5, .75, 1; flags 0, 0, 0, 2, 2.
  expectColumn(r.domainSum[0], {0, 0.5, 1, 1.5, 2}, "sum a");
  expectColumn(r.domainRank[0], {0, 0.25, 0.5, 0.75, 1}, "pr_sum a");
  expectColumn(r.domainFlags[0], {0, 0, 0, 2, 2}, "flags a");
  // Domain b: its one rank; the NULL feature has no sum, but a flag count (0 flags present).
  expectColumn(r.domainSum[1], {0, 0, kNaN, 2.0 / 3, 1}, "sum b");
  expectColumn(r.domainRank[1], {0, 0, kNaN, 2.0 / 3, 1}, "pr_sum b");
  expectColumn(r.domainFlags[1], {0, 0, 0, 0, 1}, "flags b");
  // Overall: 0, .5, NULL, 1.5 + 2/3, 3; four sums ranked 0, 1/3, NULL, 2/3, 1.
  expectColumn(r.sumAll, {0, 0.5, kNaN, 1.5 + 2.0 / 3, 3}, "sum all");
  expectColumn(r.rankAll, {0, 1.0 / 3, kNaN, 2.0 / 3, 1}, "pr_sum all");
  expectColumn(r.flagsTotal, {0, 0, 0, 2, 3}, "flags total");
  // Feature 2 has no flag among the indicators present but misses x3: Undefined, not "none".
  EXPECT_EQ(r.stacking, (std::vector<StackingClass>{StackingClass::None, StackingClass::None,
                                                    StackingClass::Undefined, StackingClass::Two,
                                                    StackingClass::ThreeOrMore}));
  EXPECT_EQ(r.incomplete, 1u);
  EXPECT_EQ(r.indicators[2].nulls, 1u);
  EXPECT_EQ(r.indicators[2].ranked, 4u);
  EXPECT_EQ(r.indicators[2].tied, 2u);
  EXPECT_EQ(r.indicators[0].flags, 2u);
  EXPECT_STREQ(stackingClassText(StackingClass::ThreeOrMore), "3 or more flags");
}

TEST(RiskFlags, ThreeFlagsStackEvenWithAMissingIndicator) {
  // Feature 0 is NULL in x3 but carries flags in x1 and x2 (both at rank 1 when reversed order
  // puts it on top) and a third in x4: three flags are three flags whatever x3 would add.
  CompositeSpec spec;
  spec.indicators = {{"x1", "a", Direction::Negative},
                     {"x2", "a", Direction::Positive},
                     {"x3", "b", Direction::Positive},
                     {"x4", "b", Direction::Positive}};
  const std::vector<MaskedValues> columns = {
      MaskedValues::fromDoubles({1, 2, 3}), MaskedValues::fromDoubles({3, 2, 1}),
      MaskedValues::fromDoubles({kNaN, 1, 2}), MaskedValues::fromDoubles({9, 1, 2})};
  const RiskFlagResult r = computeRiskFlags(spec, columns);
  expectColumn(r.flagsTotal, {3, 0, 1}, "flags");
  EXPECT_EQ(r.stacking[0], StackingClass::ThreeOrMore);
  EXPECT_FALSE(r.sumAll.isValid(0));
}

TEST(RiskFlags, RoundedSumsTieAsPublished) {
  // x1 = 0..10 ranks i/10; x2 gives feature 1 rank 0.2 and feature 3 rank 0. Feature 1 sums
  // 0.1 + 0.2 (0.30000000000000004 in doubles), feature 3 sums 0.3 + 0: with DECIMALS both are
  // 0.3 and share the rank of the sum, 1/10 (only feature 0, 0.0 + 0.1, is lower).
  CompositeSpec spec;
  spec.indicators = {{"x1", "a", Direction::Positive}, {"x2", "a", Direction::Positive}};
  const std::vector<MaskedValues> columns = {
      MaskedValues::fromDoubles({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}),
      MaskedValues::fromDoubles({1, 2, 3, 0, 4, 5, 6, 7, 8, 9, 10})};
  RiskFlagOptions options;
  options.decimals = 4;
  const RiskFlagResult r = computeRiskFlags(spec, columns, options);
  EXPECT_EQ(r.domainSum[0].values[1], r.domainSum[0].values[3]);
  EXPECT_DOUBLE_EQ(r.domainRank[0].values[1], 0.1);
  EXPECT_DOUBLE_EQ(r.domainRank[0].values[3], 0.1);
}

TEST(RiskFlags, BadInputIsNamed) {
  const auto columns = twoDomainColumns();
  RiskFlagOptions options;
  options.threshold = 90; // a percentage instead of a share
  EXPECT_THROW(
      {
        try {
          computeRiskFlags(twoDomains(), columns, options);
        } catch (const InputError &e) {
          EXPECT_NE(std::string(e.what()).find("(0, 1]"), std::string::npos) << e.what();
          throw;
        }
      },
      InputError);
  std::vector<MaskedValues> oneValue = columns;
  oneValue[2] = MaskedValues::fromDoubles({kNaN, kNaN, kNaN, 4, kNaN});
  try {
    computeRiskFlags(twoDomains(), oneValue);
    FAIL() << "an indicator with one value was ranked";
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("'x3'"), std::string::npos) << e.what();
  }
  std::vector<MaskedValues> shorter = columns;
  shorter[1] = MaskedValues::fromDoubles({1, 2, 3});
  EXPECT_THROW(computeRiskFlags(twoDomains(), shorter), InputError);
}

TEST(RiskFlags, ReproducesTheCdcSvi2022CountyTable) {
  const ReferenceCsv cdc("svi/2022svi_pa_co_cdc.csv");
  const CompositeSpec spec =
      readSpecFile(resilience::testing::testdataPath("svi/svi2022_spec.csv"));
  ASSERT_EQ(spec.indicators.size(), 16u);
  std::vector<MaskedValues> columns;
  for (const IndicatorSpec &ind : spec.indicators)
    columns.push_back(MaskedValues::fromDoubles(cdc.column(ind.field)));
  for (unsigned threads : {1u, 2u}) {
    RiskFlagOptions options;
    options.decimals = 4;
    options.threads = threads;
    const RiskFlagResult r = computeRiskFlags(spec, columns, options);
    ASSERT_EQ(cdc.rows(), 67u);
    const auto compare = [&](const MaskedValues &ours, const std::string &column) {
      const std::vector<double> published = cdc.column(column);
      ASSERT_EQ(ours.size(), published.size()) << column;
      for (std::size_t i = 0; i < published.size(); ++i) {
        ASSERT_TRUE(ours.isValid(i)) << column << " " << cdc.text(i, "COUNTY");
        EXPECT_NEAR(ours.values[i], published[i], 1e-9)
            << column << " " << cdc.text(i, "COUNTY") << " (threads " << threads << ")";
      }
    };
    for (std::size_t k = 0; k < spec.indicators.size(); ++k) {
      const std::string variable = spec.indicators[k].field.substr(3); // EP_POV150 -> POV150
      compare(r.rank[k], "EPL_" + variable);
      compare(r.flag[k], "F_" + variable);
    }
    ASSERT_EQ(r.domains.size(), 4u);
    for (std::size_t d = 0; d < 4; ++d) {
      const std::string theme = "THEME" + std::to_string(d + 1);
      compare(r.domainSum[d], "SPL_" + theme);
      compare(r.domainRank[d], "RPL_" + theme);
      compare(r.domainFlags[d], "F_" + theme);
    }
    compare(r.sumAll, "SPL_THEMES");
    compare(r.rankAll, "RPL_THEMES");
    compare(r.flagsTotal, "F_TOTAL");
  }
}
