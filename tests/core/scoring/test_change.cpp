// Change between two years, every expected value worked out by hand in the comments.
#include "common/input_error.h"
#include "scoring/change.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace resilience;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

// Five features, risk low (a resilience score): a decrease is worse.
//   before 50, 40, 60, 0, 30; after 40, 45, 60, 10, NULL
//   change -10, +5, 0, +10, NULL; change_pct -20, +12.5, 0, NULL (before 0), NULL
//   ranks over the four with both years: before 50, 40, 60, 0 -> 3, 2, 4, 1;
//   after 40, 45, 60, 10 -> 2, 3, 4, 1; rank change -1, +1, 0, 0.
// Bounds: before [45, 55], [38, 42], [55, 65], [0, 2]; after [35, 41], [39, 50], [58, 62],
// [5, 12]:
//   f1: after [35, 41] and before [45, 55] do not overlap, change < 0 -> clearly worse
//   f2: after [39, 50] overlaps before [38, 42], change > 0 -> better within uncertainty
//   f3: change 0 -> stable
//   f4: after [5, 12] and before [0, 2] do not overlap, change > 0 -> clearly better
//   f5: NULL after -> undefined
TEST(Change, ByHandWithBounds) {
  ChangeInput in;
  in.before = MaskedValues::fromDoubles({50, 40, 60, 0, 30});
  in.after = MaskedValues::fromDoubles({40, 45, 60, 10, kNaN});
  in.lowerBefore = MaskedValues::fromDoubles({45, 38, 55, 0, 25});
  in.upperBefore = MaskedValues::fromDoubles({55, 42, 65, 2, 35});
  in.lowerAfter = MaskedValues::fromDoubles({35, 39, 58, 5, kNaN});
  in.upperAfter = MaskedValues::fromDoubles({41, 50, 62, 12, kNaN});
  const ChangeResult r = computeChange(in);
  const double change[] = {-10, 5, 0, 10};
  const double pct[] = {-20, 12.5, 0};
  const double rankBefore[] = {3, 2, 4, 1}, rankAfter[] = {2, 3, 4, 1};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_DOUBLE_EQ(r.change.values[i], change[i]) << i;
    EXPECT_EQ(r.rankBefore.values[i], rankBefore[i]) << i;
    EXPECT_EQ(r.rankAfter.values[i], rankAfter[i]) << i;
    EXPECT_EQ(r.rankChange.values[i], rankAfter[i] - rankBefore[i]) << i;
  }
  for (std::size_t i = 0; i < 3; ++i)
    EXPECT_DOUBLE_EQ(r.changePct.values[i], pct[i]) << i;
  EXPECT_FALSE(r.changePct.isValid(3)) << "0 before: no percentage";
  EXPECT_FALSE(r.change.isValid(4));
  EXPECT_FALSE(r.rankBefore.isValid(4)) << "ranked only with both years";
  EXPECT_EQ(r.changeClass[0], ChangeClass::ClearlyWorse);
  EXPECT_EQ(r.changeClass[1], ChangeClass::BetterWithinUncertainty);
  EXPECT_EQ(r.changeClass[2], ChangeClass::Stable);
  EXPECT_EQ(r.changeClass[3], ChangeClass::ClearlyBetter);
  EXPECT_EQ(r.changeClass[4], ChangeClass::Undefined);
  EXPECT_EQ(r.zeroBefore, 1u);
  EXPECT_EQ(r.counts[static_cast<int>(ChangeClass::ClearlyWorse)], 1u);
  EXPECT_EQ(r.counts[static_cast<int>(ChangeClass::Undefined)], 1u);
}

// Risk high (a deprivation rate): the same changes read the other way round. Without bounds a
// change beyond the margin is "clear"; with margin 5 the +5 of f2 is stable.
//   before 50, 40, 60; after 40, 45, 61; change -10, +5, +1
//   margin 0: better (decrease of a rate), worse, worse -> all clearly (no bounds)
//   margin 5: clearly better, stable, stable
TEST(Change, RiskHighAndStableMargin) {
  ChangeInput in;
  in.before = MaskedValues::fromDoubles({50, 40, 60});
  in.after = MaskedValues::fromDoubles({40, 45, 61});
  in.risk = RiskEnd::High;
  ChangeResult r = computeChange(in);
  EXPECT_EQ(r.changeClass[0], ChangeClass::ClearlyBetter);
  EXPECT_EQ(r.changeClass[1], ChangeClass::ClearlyWorse);
  EXPECT_EQ(r.changeClass[2], ChangeClass::ClearlyWorse);
  in.stableMargin = 5;
  r = computeChange(in);
  EXPECT_EQ(r.changeClass[0], ChangeClass::ClearlyBetter);
  EXPECT_EQ(r.changeClass[1], ChangeClass::Stable);
  EXPECT_EQ(r.changeClass[2], ChangeClass::Stable);
  // Touching intervals overlap: before [40, 50], after [50, 60] with change +10 and risk low is
  // better within uncertainty, not clearly better.
  ChangeInput touch;
  touch.before = MaskedValues::fromDoubles({45});
  touch.after = MaskedValues::fromDoubles({55});
  touch.lowerBefore = MaskedValues::fromDoubles({40});
  touch.upperBefore = MaskedValues::fromDoubles({50});
  touch.lowerAfter = MaskedValues::fromDoubles({50});
  touch.upperAfter = MaskedValues::fromDoubles({60});
  EXPECT_EQ(computeChange(touch).changeClass[0], ChangeClass::BetterWithinUncertainty);
}

TEST(Change, BadInputIsNamed) {
  ChangeInput in;
  in.before = MaskedValues::fromDoubles({50, 40});
  in.after = MaskedValues::fromDoubles({40, 45});
  in.lowerAfter = MaskedValues::fromDoubles({30, 46}); // 46 > 45: outside its own bounds
  in.featureIds = {"GM0003", "GM0005"};
  try {
    computeChange(in);
    FAIL() << "a score outside its bounds was accepted";
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("feature 'GM0005': the after score 45 lies outside its "
                                         "bounds [46, 45]"),
              std::string::npos)
        << e.what();
  }
  in.lowerAfter = MaskedValues::fromDoubles({30, kNaN}); // NULL bound: the score stands in
  const ChangeResult r = computeChange(in);
  EXPECT_EQ(r.nullBounds, 1u);
  in.stableMargin = -1;
  EXPECT_THROW(computeChange(in), InputError);
  in.stableMargin = 0;
  in.after = MaskedValues::fromDoubles({1, 2, 3});
  EXPECT_THROW(computeChange(in), InputError);
}
