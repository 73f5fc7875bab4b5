#include "statistics/getis_ord.h"

#include "statistics/cancellation.h"

#include "statistics/normal_distribution.h"

#include <cmath>
#include <limits>
#include <utility>

namespace resilience {

std::vector<std::int8_t> hotspotBins(const std::vector<double> &z, const std::vector<double> &p) {
  std::vector<std::int8_t> bins(z.size(), 0);
  for (std::size_t i = 0; i < z.size(); ++i) {
    if (!(p[i] < 0.10) || !std::isfinite(z[i]) || z[i] == 0.0)
      continue;
    const std::int8_t level = p[i] < 0.01 ? 3 : p[i] < 0.05 ? 2 : 1;
    bins[i] = z[i] > 0.0 ? level : static_cast<std::int8_t>(-level);
  }
  return bins;
}

const char *hotspotClassText(std::int8_t bin, NullReason reason) {
  if (reason != NullReason::None)
    return "Undefined";
  switch (bin) {
  case 3:
    return "Hot Spot - 99% Confidence";
  case 2:
    return "Hot Spot - 95% Confidence";
  case 1:
    return "Hot Spot - 90% Confidence";
  case -1:
    return "Cold Spot - 90% Confidence";
  case -2:
    return "Cold Spot - 95% Confidence";
  case -3:
    return "Cold Spot - 99% Confidence";
  default:
    return "Not Significant";
  }
}

GetisOrdResult getisOrd(const MaskedValues &values, const SpatialWeights &weights,
                        const GetisOrdOptions &options) {
  const SelfLink self = options.star ? SelfLink::Include : SelfLink::Exclude;
  const ValidSubset s =
      makeValidSubset(values, weights, {options.rowStandardise, self}, options.valueName);
  const char *name = options.star ? "Getis-Ord Gi*" : "Getis-Ord Gi";
  requireSpread(s, 3, options.valueName, name);
  const std::size_t n = s.size();
  const double nd = static_cast<double>(n);

  double total = 0.0;
  for (double v : s.values)
    total += v;
  const double mean = total / nd;
  // Moments from centred values c = x - mean, algebraically equal to spdep's raw sums but
  // without their cancellation for values far from zero.
  double sumC2 = 0.0;
  for (double v : s.values)
    sumC2 += (v - mean) * (v - mean);
  const std::vector<double> lag = spatialLag(s.weights, s.values);

  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> g(n, nan), e(n, nan), var(n, nan), z(n, nan), p(n, nan);
  std::vector<double> selfTerm(n, 0.0);
  for (std::size_t r = 0; r < n; ++r) {
    if (s.island[r])
      continue;
    double wi = 0.0, s1i = 0.0; // sum_j w_ij and sum_j w_ij^2
    const std::uint32_t *nb = s.weights.neighboursBegin(r);
    const double *w = s.weights.weightsBegin(r);
    for (std::size_t k = 0; k < s.weights.neighbourCount(r); ++k) {
      wi += w[k];
      s1i += w[k] * w[k];
      if (nb[k] == r)
        selfTerm[r] = w[k] * s.values[r];
    }
    // spdep localG: xibar and si2 are the mean and (divisor-n) variance of the values that can be
    // neighbours: all n for Gi*, the other n - 1 for Gi.
    double xibar, si2, vg, denominator;
    if (options.star) {
      xibar = mean;
      si2 = sumC2 / nd;
      vg = si2 * (differenceBeyondRounding(nd * s1i, wi * wi) / (nd - 1.0));
      denominator = total;
    } else {
      const double c = s.values[r] - mean;
      xibar = mean - c / (nd - 1.0);
      si2 = (sumC2 - c * c) / (nd - 1.0) - (c / (nd - 1.0)) * (c / (nd - 1.0));
      vg = si2 * (differenceBeyondRounding((nd - 1.0) * s1i, wi * wi) / (nd - 2.0));
      denominator = total - s.values[r];
    }
    const double eg = wi * xibar;
    g[r] = lag[r] / denominator;
    e[r] = eg / denominator;
    var[r] = vg / (denominator * denominator);
    if (vg > 0.0) {
      z[r] = (lag[r] - eg) / std::sqrt(vg);
      p[r] = normalTwoSided(z[r]);
    }
  }

  GetisOrdResult res;
  const std::size_t count = values.size();
  res.g = toInputOrder(s, std::move(g), count);
  res.expected = toInputOrder(s, std::move(e), count);
  res.variance = toInputOrder(s, std::move(var), count);
  res.z = toInputOrder(s, std::move(z), count);
  res.p = toInputOrder(s, std::move(p), count);
  if (options.permutation.permutations > 0) {
    // The permuted statistic is the lag: the self term stays, the neighbours are drawn.
    const std::vector<double> scale(n, 1.0);
    res.pSim = toInputOrder(s,
                            conditionalPermutationPValues(s.values, s.weights, selfTerm, scale, lag,
                                                          s.island, s.feature, options.permutation),
                            count);
  }
  const bool usePermutation = options.binsFromPermutation && !res.pSim.empty();
  res.bin = hotspotBins(res.z, usePermutation ? res.pSim : res.p);
  res.reason = nullReasons(s, count);
  res.summary = s.summary;
  return res;
}

} // namespace resilience
