#include "scoring/normalisation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace resilience {

namespace {

bool takesPart(const MaskedValues &x, const std::vector<std::uint8_t> &include, std::size_t i) {
  return x.isValid(i) && (include.empty() || include[i] != 0);
}

// The values that take part, direction applied, in input order.
std::vector<double> participants(const MaskedValues &x, const std::vector<std::uint8_t> &include,
                                 double sign) {
  std::vector<double> v;
  v.reserve(x.size());
  for (std::size_t i = 0; i < x.size(); ++i)
    if (takesPart(x, include, i))
      v.push_back(sign * x.values[i]);
  return v;
}

std::vector<double> sortedCopy(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v;
}

// Maps every participating value through f; the rest stays NULL.
template <typename F>
MaskedValues mapParticipants(const MaskedValues &x, const std::vector<std::uint8_t> &include,
                             double sign, F f) {
  MaskedValues out(x.size());
  for (std::size_t i = 0; i < x.size(); ++i)
    if (takesPart(x, include, i))
      out.set(i, f(sign * x.values[i]));
  return out;
}

// Sample mean and standard deviation (n - 1), two-pass for accuracy.
std::pair<double, double> meanAndSd(const std::vector<double> &v) {
  const double n = static_cast<double>(v.size());
  const double mean = std::accumulate(v.begin(), v.end(), 0.0) / n;
  double ss = 0.0;
  for (double x : v)
    ss += (x - mean) * (x - mean);
  return {mean, std::sqrt(ss / (n - 1.0))};
}

// Ranks of the participating entries, ties resolved by `tieRank(first, last)` (1-based positions
// of the tie block in sorted order).
template <typename TieRank>
MaskedValues ranksInOrder(const std::vector<std::pair<double, std::size_t>> &order,
                          std::size_t size, TieRank tieRank) {
  MaskedValues out(size);
  for (std::size_t first = 0; first < order.size();) {
    std::size_t last = first;
    while (last + 1 < order.size() && order[last + 1].first == order[first].first)
      ++last;
    const double r = tieRank(first + 1, last + 1);
    for (std::size_t k = first; k <= last; ++k)
      out.set(order[k].second, r);
    first = last + 1;
  }
  return out;
}

template <typename TieRank> MaskedValues ranksWith(const MaskedValues &x, TieRank tieRank) {
  return ranksInOrder(ascendingEntries(x), x.size(), tieRank);
}

double averageOfPositions(std::size_t first, std::size_t last) {
  return 0.5 * static_cast<double>(first + last);
}

} // namespace

std::vector<std::pair<double, std::size_t>> ascendingEntries(const MaskedValues &x) {
  std::vector<std::pair<double, std::size_t>> order; // (value, index): sorts without indirection
  order.reserve(x.size());
  for (std::size_t i = 0; i < x.size(); ++i)
    if (x.isValid(i))
      order.emplace_back(x.values[i], i);
  std::sort(order.begin(), order.end());
  return order;
}

std::string normalisationName(NormalisationMethod method) {
  switch (method) {
  case NormalisationMethod::ZScore:
    return "zscore";
  case NormalisationMethod::MinMax:
    return "minmax";
  case NormalisationMethod::Rank:
    return "rank";
  case NormalisationMethod::Robust:
    return "robust";
  case NormalisationMethod::Goalposts:
    return "goalposts";
  }
  return "";
}

std::optional<NormalisationMethod> parseNormalisation(const std::string &name) {
  for (auto m :
       {NormalisationMethod::ZScore, NormalisationMethod::MinMax, NormalisationMethod::Rank,
        NormalisationMethod::Robust, NormalisationMethod::Goalposts})
    if (normalisationName(m) == name)
      return m;
  return std::nullopt;
}

double quantileType7(const std::vector<double> &sorted, double p) {
  const double h = (static_cast<double>(sorted.size()) - 1.0) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

MaskedValues minRanks(const MaskedValues &x) {
  return ranksWith(x, [](std::size_t first, std::size_t) { return static_cast<double>(first); });
}

MaskedValues averageRanks(const MaskedValues &x) {
  return ranksWith(x, averageOfPositions);
}

MaskedValues averageRanksWhereValid(const std::vector<std::pair<double, std::size_t>> &ascending,
                                    std::size_t size, const MaskedValues &also) {
  std::vector<std::pair<double, std::size_t>> kept;
  kept.reserve(ascending.size());
  for (const auto &entry : ascending)
    if (also.isValid(entry.second))
      kept.push_back(entry);
  return ranksInOrder(kept, size, averageOfPositions);
}

ReferenceOrReason normalisationReference(const MaskedValues &x,
                                         const std::vector<std::uint8_t> &include,
                                         NormalisationMethod method, bool reverse,
                                         const std::optional<Goalposts> &goalposts) {
  const double sign = reverse ? -1.0 : 1.0;
  ReferenceOrReason out;
  NormalisationReference &ref = out.reference;
  ref.method = method;
  ref.reverse = reverse;
  std::vector<double> v = participants(x, include, sign);
  if (v.empty()) {
    out.skipReason = "no valid value";
    return out;
  }
  if (method == NormalisationMethod::Goalposts) {
    if (!goalposts) {
      out.skipReason = "no goalposts given";
      return out;
    }
    // Negating x turns goalposts (lo, hi) into (-hi, -lo): 100 (hi - x) / (hi - lo).
    ref.centre = reverse ? -goalposts->high : goalposts->low;
    ref.upper = reverse ? -goalposts->low : goalposts->high;
    ref.clamp = goalposts->clamp;
    return out;
  }
  if (v.size() < 2) {
    out.skipReason = "only one valid value";
    return out;
  }
  const auto [minIt, maxIt] = std::minmax_element(v.begin(), v.end());
  const double min = *minIt, max = *maxIt;
  if (min == max) {
    char value[32];
    std::snprintf(value, sizeof value, "%.10g", sign * min);
    out.skipReason = std::string("zero variance (every value is ") + value + ")";
    return out;
  }
  switch (method) {
  case NormalisationMethod::ZScore: {
    const auto [mean, sd] = meanAndSd(v);
    ref.centre = mean;
    ref.spread = sd;
    break;
  }
  case NormalisationMethod::MinMax:
    ref.centre = min;
    ref.upper = max;
    break;
  case NormalisationMethod::Rank:
    ref.sorted = sortedCopy(std::move(v));
    break;
  case NormalisationMethod::Robust: {
    std::sort(v.begin(), v.end());
    const double median = quantileType7(v, 0.5);
    const double iqr = quantileType7(v, 0.75) - quantileType7(v, 0.25);
    if (iqr == 0.0) {
      out.skipReason = "interquartile range is zero (the middle half of the values are equal)";
      return out;
    }
    ref.centre = median;
    ref.spread = iqr;
    break;
  }
  case NormalisationMethod::Goalposts:
    break; // handled above
  }
  return out;
}

MaskedValues applyNormalisation(const MaskedValues &x, const std::vector<std::uint8_t> &include,
                                const NormalisationReference &ref) {
  const double sign = ref.reverse ? -1.0 : 1.0;
  const double centre = ref.centre, spread = ref.spread, upper = ref.upper;
  switch (ref.method) {
  case NormalisationMethod::ZScore:
  case NormalisationMethod::Robust:
    return mapParticipants(x, include, sign, [=](double y) { return (y - centre) / spread; });
  case NormalisationMethod::MinMax:
    return mapParticipants(x, include, sign,
                           [=](double y) { return 100.0 * (y - centre) / (upper - centre); });
  case NormalisationMethod::Goalposts: {
    const bool clamp = ref.clamp;
    return mapParticipants(x, include, sign, [=](double y) {
      const double s = 100.0 * (y - centre) / (upper - centre);
      return clamp ? std::clamp(s, 0.0, 100.0) : s;
    });
  }
  case NormalisationMethod::Rank: {
    // The min rank r of y among the reference values is 1 + the number strictly below it, so
    // 100 (r - 1) / (n - 1) counts those below (COINr n_prank; ties share the lowest rank).
    const std::vector<double> &sorted = ref.sorted;
    const double n = static_cast<double>(sorted.size());
    return mapParticipants(x, include, sign, [&sorted, n](double y) {
      const auto below = std::lower_bound(sorted.begin(), sorted.end(), y) - sorted.begin();
      return 100.0 * static_cast<double>(below) / (n - 1.0);
    });
  }
  }
  return MaskedValues(x.size());
}

NormalisedColumn normalise(const MaskedValues &x, const std::vector<std::uint8_t> &include,
                           NormalisationMethod method, bool reverse,
                           const std::optional<Goalposts> &goalposts) {
  NormalisedColumn out;
  const ReferenceOrReason ref = normalisationReference(x, include, method, reverse, goalposts);
  out.skipReason = ref.skipReason;
  if (ref.usable())
    out.values = applyNormalisation(x, include, ref.reference);
  return out;
}

std::pair<double, double> winsorBounds(const MaskedValues &x,
                                       const std::vector<std::uint8_t> &include, double lower,
                                       double upper) {
  const std::vector<double> v = sortedCopy(participants(x, include, 1.0));
  if (v.empty())
    return {NAN, NAN};
  return {quantileType7(v, lower), quantileType7(v, upper)};
}

WinsorCounts clipToBounds(MaskedValues &x, const std::vector<std::uint8_t> &include, double lo,
                          double hi) {
  WinsorCounts counts;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (!takesPart(x, include, i))
      continue;
    if (x.values[i] < lo) {
      x.values[i] = lo;
      ++counts.low;
    } else if (x.values[i] > hi) {
      x.values[i] = hi;
      ++counts.high;
    }
  }
  return counts;
}

WinsorCounts winsorise(MaskedValues &x, const std::vector<std::uint8_t> &include, double lower,
                       double upper) {
  const auto [lo, hi] = winsorBounds(x, include, lower, upper);
  if (std::isnan(lo))
    return {};
  return clipToBounds(x, include, lo, hi);
}

} // namespace resilience
