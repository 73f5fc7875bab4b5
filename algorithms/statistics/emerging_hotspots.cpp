#include "statistics/emerging_hotspots.h"

#include "common/input_error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace resilience {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The hot (sign +1) or cold (sign -1) view of one series: the same rules apply to both.
struct SpotSeries {
  std::size_t n = 0;
  std::size_t spots = 0;      // bins of this kind
  std::size_t opposite = 0;   // bins of the other kind
  bool finalSpot = false;     // the last period is of this kind
  bool finalOpposite = false; // the last period is of the other kind
  std::size_t finalRun = 0;   // length of the run of this kind that ends the series
  bool oppositeBeforeRun = false;
  bool spotBeforeRun = false; // a bin of this kind before the final run (with a gap)
};

SpotSeries view(const std::vector<std::int8_t> &s, int sign) {
  SpotSeries v;
  v.n = s.size();
  for (std::int8_t b : s) {
    v.spots += b == sign;
    v.opposite += b == -sign;
  }
  v.finalSpot = !s.empty() && s.back() == sign;
  v.finalOpposite = !s.empty() && s.back() == -sign;
  std::size_t k = s.size();
  while (k > 0 && s[k - 1] == sign)
    --k;
  v.finalRun = s.size() - k;
  for (std::size_t i = 0; i < k; ++i) {
    v.oppositeBeforeRun |= s[i] == -sign;
    v.spotBeforeRun |= s[i] == sign;
  }
  return v;
}

// 0 = none, else the offset of the category (New .. Historical = 1 .. 8) for this kind.
int classifyKind(const SpotSeries &v, int trendDirection) {
  const bool mostly = 10 * v.spots >= 9 * v.n; // at least 90 % of the bins
  if (v.finalSpot) {
    if (mostly)
      return trendDirection > 0   ? 3
             : trendDirection < 0 ? 5
                                  : 4; // intensifying/diminishing/
                                       // persistent
    if (v.opposite > 0)
      return 7; // oscillating: a spot of the other kind before
    if (v.spots == 1)
      return 1; // new
    if (v.finalRun >= 2 && !v.spotBeforeRun)
      return 2; // consecutive
    return 6;   // sporadic
  }
  if (mostly && !v.finalOpposite)
    return 8; // historical
  return 0;
}

} // namespace

const char *emergingCategoryName(EmergingCategory c) {
  static const char *const names[] = {
      "No Pattern Detected",   "New Hot Spot",          "Consecutive Hot Spot",
      "Intensifying Hot Spot", "Persistent Hot Spot",   "Diminishing Hot Spot",
      "Sporadic Hot Spot",     "Oscillating Hot Spot",  "Historical Hot Spot",
      "New Cold Spot",         "Consecutive Cold Spot", "Intensifying Cold Spot",
      "Persistent Cold Spot",  "Diminishing Cold Spot", "Sporadic Cold Spot",
      "Oscillating Cold Spot", "Historical Cold Spot",  "Undefined"};
  return names[static_cast<int>(c)];
}

const char *emergingRiskName(EmergingCategory c, RiskEnd end) {
  static const char *const risk[] = {"New Risk Spot",          "Consecutive Risk Spot",
                                     "Intensifying Risk Spot", "Persistent Risk Spot",
                                     "Diminishing Risk Spot",  "Sporadic Risk Spot",
                                     "Oscillating Risk Spot",  "Historical Risk Spot"};
  static const char *const lowRisk[] = {"New Low-Risk Spot",          "Consecutive Low-Risk Spot",
                                        "Intensifying Low-Risk Spot", "Persistent Low-Risk Spot",
                                        "Diminishing Low-Risk Spot",  "Sporadic Low-Risk Spot",
                                        "Oscillating Low-Risk Spot",  "Historical Low-Risk Spot"};
  const int k = static_cast<int>(c);
  if (c == EmergingCategory::NoPattern || c == EmergingCategory::Undefined)
    return emergingCategoryName(c);
  const bool hot = k <= 8;
  const int offset = (hot ? k : k - 8) - 1;
  return hot == (end == RiskEnd::High) ? risk[offset] : lowRisk[offset];
}

EmergingCategory classifyEmerging(const std::vector<std::int8_t> &significant, double trendZ,
                                  double trendP, double alpha) {
  if (significant.empty())
    return EmergingCategory::Undefined;
  const int trend = trendP < alpha ? (trendZ > 0 ? 1 : trendZ < 0 ? -1 : 0) : 0;
  // The final bin decides which family is tested first, so a location that is a cold spot now
  // is never called a historical hot spot (docs/monitor.md).
  const bool coldFirst = significant.back() < 0;
  for (int pass = 0; pass < 2; ++pass) {
    const int sign = (pass == 0) != coldFirst ? 1 : -1;
    // For cold spots "intensifying" means ever colder: a downward trend of z.
    const int k = classifyKind(view(significant, sign), sign * trend);
    if (k > 0)
      return static_cast<EmergingCategory>(sign > 0 ? k : k + 8);
  }
  return EmergingCategory::NoPattern;
}

SpatialWeights spaceTimeWeights(const SpatialWeights &spatial, std::size_t periods,
                                std::size_t timeNeighbours) {
  const std::size_t n = spatial.size();
  std::vector<std::size_t> offsets{0};
  std::vector<std::uint32_t> neighbours;
  std::vector<double> weights;
  offsets.reserve(n * periods + 1);
  for (std::size_t t = 0; t < periods; ++t) {
    const std::size_t first = t >= timeNeighbours ? t - timeNeighbours : 0;
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t s = first; s <= t; ++s) {
        // Row entries sorted by node: earlier periods first, and within a period by feature.
        const std::uint32_t *nb = spatial.neighboursBegin(i);
        const double *w = spatial.weightsBegin(i);
        bool selfDone = s == t; // the node's own bin comes from Gi*'s include.self
        for (std::size_t k = 0; k < spatial.neighbourCount(i); ++k) {
          if (!selfDone && nb[k] > i) {
            neighbours.push_back(static_cast<std::uint32_t>(s * n + i));
            weights.push_back(1.0);
            selfDone = true;
          }
          if (nb[k] == i)
            continue;
          neighbours.push_back(static_cast<std::uint32_t>(s * n + nb[k]));
          weights.push_back(w[k]);
        }
        if (!selfDone) {
          neighbours.push_back(static_cast<std::uint32_t>(s * n + i));
          weights.push_back(1.0);
        }
      }
      offsets.push_back(neighbours.size());
    }
  }
  return SpatialWeights(std::move(offsets), std::move(neighbours), std::move(weights),
                        spatial.provenance() + ", space-time with " +
                            std::to_string(timeNeighbours) + " earlier period(s)");
}

EmergingResult emergingHotspots(const std::vector<MaskedValues> &periods,
                                const SpatialWeights &weights, const EmergingOptions &options) {
  const std::size_t n = weights.size(), T = periods.size();
  if (T < 2)
    throw InputError("emerging hot spots need at least two periods, not " + std::to_string(T));
  for (std::size_t t = 0; t < T; ++t)
    if (periods[t].size() != n)
      throw InputError(options.valueName + " of period " + std::to_string(t + 1) + " has " +
                       std::to_string(periods[t].size()) + " values for " + std::to_string(n) +
                       " features");
  if (!(options.alpha > 0.0 && options.alpha < 1.0))
    throw InputError("the significance level must lie between 0 and 1");
  if (static_cast<double>(n) * static_cast<double>(T) > 4.0e9)
    throw InputError("the space-time cube has more than 4 billion bins");

  EmergingResult r;
  r.features = n;
  r.periods = T;
  r.z.assign(n * T, kNaN);
  r.p.assign(n * T, kNaN);
  r.defined.assign(n * T, 0);
  GetisOrdOptions gi;
  gi.star = true;
  gi.rowStandardise = options.rowStandardise;
  gi.permutation = options.permutation;
  const auto store = [&](const GetisOrdResult &g, std::size_t offset) {
    for (std::size_t k = 0; k < g.z.size(); ++k) {
      r.z[offset + k] = g.z[k];
      r.p[offset + k] = g.p[k];
      r.defined[offset + k] = g.reason[k] == NullReason::None;
    }
    if (!g.pSim.empty()) {
      r.pSim.resize(n * T, kNaN);
      std::copy(g.pSim.begin(), g.pSim.end(), r.pSim.begin() + static_cast<long>(offset));
    }
  };
  if (options.timeNeighbours == 0) {
    // A plain spatial Gi* per period, each period its own population (spdep localG).
    for (std::size_t t = 0; t < T; ++t) {
      gi.valueName = options.valueName + " (period " + std::to_string(t + 1) + ")";
      gi.permutation.seed = options.permutation.seed + t; // independent draws per period
      store(getisOrd(periods[t], weights, gi), t * n);
    }
  } else {
    MaskedValues cube(n * T);
    for (std::size_t t = 0; t < T; ++t)
      for (std::size_t i = 0; i < n; ++i)
        if (periods[t].isValid(i))
          cube.set(t * n + i, periods[t].values[i]);
    gi.valueName = options.valueName + " (space-time cube)";
    store(getisOrd(cube, spaceTimeWeights(weights, T, options.timeNeighbours), gi), 0);
  }

  r.pAdjusted = adjustPValues(r.pSim.empty() ? r.p : r.pSim, options.correction);
  r.bin = hotspotBins(r.z, r.pAdjusted);
  r.trend.resize(n);
  r.hotCount.assign(n, 0);
  r.coldCount.assign(n, 0);
  r.category.assign(n, EmergingCategory::Undefined);
  std::vector<double> series(T);
  std::vector<std::int8_t> significant(T);
  for (std::size_t i = 0; i < n; ++i) {
    bool any = false;
    for (std::size_t t = 0; t < T; ++t) {
      const std::size_t b = t * n + i;
      if (!r.defined[b]) {
        ++r.undefinedBins;
        r.bin[b] = 0;
      }
      any |= r.defined[b] != 0;
      series[t] = r.defined[b] ? r.z[b] : kNaN;
      const bool sig = r.defined[b] && r.pAdjusted[b] < options.alpha && r.z[b] != 0.0;
      significant[t] = sig ? (r.z[b] > 0 ? 1 : -1) : 0;
      r.hotCount[i] += significant[t] > 0;
      r.coldCount[i] += significant[t] < 0;
    }
    r.trend[i] = mannKendall(series);
    if (any)
      r.category[i] = classifyEmerging(significant, r.trend[i].z, r.trend[i].p, options.alpha);
  }
  return r;
}

} // namespace resilience
