#pragma once
// Change between two years scored on one scale (a composite index on a shared baseline): the
// difference, the percentage change, ranks in each year and how far a feature moved, and a class
// that says whether it got worse or better beyond the uncertainty of both scores.
//
// "Clearly" worse/better: the uncertainty intervals [lower, upper] of the two years do not overlap
// (the composite index's Monte Carlo p05/p95 on the same scale as the scores). Overlapping
// intervals give "worse/better within uncertainty"; a change within the stable margin (default 0:
// no change at all) is "stable". Without bounds the interval is the score itself, so any change
// beyond the margin is "clear": say so when reporting. Which direction is worse follows the risk
// end: for a resilience score (risk low) a decrease is worse, for a deprivation rate (risk high)
// an increase is.
#include "common/masked_values.h"
#include "statistics/risk_direction.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace resilience {

enum class ChangeClass : std::uint8_t {
  Undefined = 0, // a score is NULL
  ClearlyWorse = 1,
  WorseWithinUncertainty = 2,
  Stable = 3,
  BetterWithinUncertainty = 4,
  ClearlyBetter = 5
};

// The stable text written to change_class ("Clearly worse", ...); the styles translate it.
const char *changeClassCode(ChangeClass c);

struct ChangeInput {
  MaskedValues before, after;
  // Optional bounds of each score, on the scores' scale; empty = none. A NULL bound of a feature
  // counts as its score (reported).
  MaskedValues lowerBefore, upperBefore, lowerAfter, upperAfter;
  RiskEnd risk = RiskEnd::Low;         // the end of the scores that is the risk
  double stableMargin = 0.0;           // |change| at or below it is stable (>= 0)
  std::vector<std::string> featureIds; // for messages; may be empty
};

struct ChangeResult {
  MaskedValues change;     // after - before
  MaskedValues changePct;  // 100 (after - before) / |before|; NULL where before is 0
  MaskedValues rankBefore; // 1 = lowest score, ties share the lowest (features with both years)
  MaskedValues rankAfter;
  MaskedValues rankChange; // rankAfter - rankBefore: positive = moved up the ranking
  std::vector<ChangeClass> changeClass;
  std::size_t counts[6] = {0, 0, 0, 0, 0, 0}; // per ChangeClass value
  std::size_t zeroBefore = 0;                 // change_pct NULL because before is 0
  std::size_t nullBounds = 0;                 // bounds NULL where the score is not
  std::vector<std::string> messages;
};

// Throws InputError for columns of different lengths, a negative margin, or a score outside its
// own bounds (naming the feature and which bound).
ChangeResult computeChange(const ChangeInput &input);

} // namespace resilience
