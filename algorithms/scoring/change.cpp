#include "scoring/change.h"

#include "common/input_error.h"
#include "scoring/normalisation.h"

#include <cmath>
#include <cstdio>

namespace resilience {

namespace {

std::string label(const std::vector<std::string> &ids, std::size_t i) {
  return ids.empty() ? featureAtPosition(i) : "feature '" + ids[i] + "'";
}

std::string text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

// The score's interval: its bounds, or the score itself where a bound is absent or NULL.
struct Interval {
  double lower, upper;
};

Interval interval(const MaskedValues &value, const MaskedValues &lower, const MaskedValues &upper,
                  std::size_t i, const char *year, const std::vector<std::string> &ids,
                  std::size_t &nullBounds) {
  const double v = value.values[i];
  Interval out{v, v};
  if (!lower.values.empty()) {
    if (lower.isValid(i))
      out.lower = lower.values[i];
    else
      ++nullBounds;
  }
  if (!upper.values.empty()) {
    if (upper.isValid(i))
      out.upper = upper.values[i];
    else
      ++nullBounds;
  }
  if (out.lower > v || out.upper < v)
    throw InputError(label(ids, i) + ": the " + year + " score " + text(v) +
                     " lies outside its bounds [" + text(out.lower) + ", " + text(out.upper) +
                     "]; the bounds must be on the scores' scale (e.g. rank_p05 and rank_p95 "
                     "with resilience_rank)");
  return out;
}

void requireSize(const MaskedValues &column, std::size_t n, const char *name) {
  if (!column.values.empty() && column.size() != n)
    throw InputError(std::string("change: ") + name + " has " + std::to_string(column.size()) +
                     " values for " + std::to_string(n) + " features");
}

} // namespace

const char *changeClassCode(ChangeClass c) {
  switch (c) {
  case ChangeClass::ClearlyWorse:
    return "Clearly worse";
  case ChangeClass::WorseWithinUncertainty:
    return "Worse within uncertainty";
  case ChangeClass::Stable:
    return "Stable";
  case ChangeClass::BetterWithinUncertainty:
    return "Better within uncertainty";
  case ChangeClass::ClearlyBetter:
    return "Clearly better";
  case ChangeClass::Undefined:
    break;
  }
  return "Undefined";
}

ChangeResult computeChange(const ChangeInput &in) {
  const std::size_t n = in.before.size();
  requireSize(in.after, n, "the after scores");
  requireSize(in.lowerBefore, n, "the lower bound before");
  requireSize(in.upperBefore, n, "the upper bound before");
  requireSize(in.lowerAfter, n, "the lower bound after");
  requireSize(in.upperAfter, n, "the upper bound after");
  if (!in.featureIds.empty() && in.featureIds.size() != n)
    throw InputError("change: " + std::to_string(in.featureIds.size()) + " feature ids for " +
                     std::to_string(n) + " features");
  if (!(in.stableMargin >= 0.0) || !std::isfinite(in.stableMargin))
    throw InputError("change: the stable margin must be a number >= 0, not " +
                     text(in.stableMargin));

  ChangeResult r;
  r.change = r.changePct = r.rankChange = MaskedValues(n);
  r.changeClass.assign(n, ChangeClass::Undefined);
  // Ranks over the features scored in both years, so the two rankings count the same features.
  MaskedValues before(n), after(n);
  for (std::size_t i = 0; i < n; ++i)
    if (in.before.isValid(i) && in.after.isValid(i)) {
      before.set(i, in.before.values[i]);
      after.set(i, in.after.values[i]);
    }
  r.rankBefore = minRanks(before);
  r.rankAfter = minRanks(after);

  const double worseSign = in.risk == RiskEnd::Low ? -1.0 : 1.0; // direction of getting worse
  for (std::size_t i = 0; i < n; ++i) {
    if (!before.isValid(i)) {
      ++r.counts[static_cast<int>(ChangeClass::Undefined)];
      continue;
    }
    const double b = before.values[i], a = after.values[i];
    const double d = a - b;
    r.change.set(i, d);
    if (b != 0.0)
      r.changePct.set(i, 100.0 * d / std::fabs(b));
    else
      ++r.zeroBefore;
    r.rankChange.set(i, r.rankAfter.values[i] - r.rankBefore.values[i]);

    const Interval ib = interval(in.before, in.lowerBefore, in.upperBefore, i, "before",
                                 in.featureIds, r.nullBounds);
    const Interval ia =
        interval(in.after, in.lowerAfter, in.upperAfter, i, "after", in.featureIds, r.nullBounds);
    ChangeClass c;
    if (std::fabs(d) <= in.stableMargin) {
      c = ChangeClass::Stable;
    } else {
      const bool worse = d * worseSign > 0.0;
      const bool apart = ia.lower > ib.upper || ia.upper < ib.lower;
      c = worse ? (apart ? ChangeClass::ClearlyWorse : ChangeClass::WorseWithinUncertainty)
                : (apart ? ChangeClass::ClearlyBetter : ChangeClass::BetterWithinUncertainty);
    }
    r.changeClass[i] = c;
    ++r.counts[static_cast<int>(c)];
  }
  if (r.zeroBefore)
    r.messages.push_back(std::to_string(r.zeroBefore) +
                         " feature(s) score 0 before: their change_pct is NULL (a percentage of "
                         "0 is undefined)");
  if (r.nullBounds)
    r.messages.push_back(std::to_string(r.nullBounds) +
                         " bound(s) are NULL where the score is not: the score itself stands in "
                         "for them (no uncertainty known there)");
  return r;
}

} // namespace resilience
