#include "statistics/local_moran.h"

#include "statistics/cancellation.h"

#include "statistics/normal_distribution.h"

#include <cmath>
#include <limits>
#include <utility>

namespace resilience {

const char *quadrantText(Quadrant quadrant) {
  switch (quadrant) {
  case Quadrant::HighHigh:
    return "High-High";
  case Quadrant::LowLow:
    return "Low-Low";
  case Quadrant::LowHigh:
    return "Low-High";
  case Quadrant::HighLow:
    return "High-Low";
  case Quadrant::Undefined:
    break;
  }
  return "Undefined";
}

const char *lisaClusterText(LisaCluster cluster) {
  switch (cluster) {
  case LisaCluster::NotSignificant:
    return "Not significant";
  case LisaCluster::Undefined:
    return "Undefined";
  default:
    return quadrantText(static_cast<Quadrant>(cluster));
  }
}

std::vector<LisaCluster> lisaClusters(const std::vector<Quadrant> &quadrant,
                                      const std::vector<double> &p, double significance) {
  std::vector<LisaCluster> out(quadrant.size(), LisaCluster::Undefined);
  for (std::size_t i = 0; i < quadrant.size(); ++i) {
    if (quadrant[i] == Quadrant::Undefined)
      continue;
    out[i] =
        p[i] < significance ? static_cast<LisaCluster>(quadrant[i]) : LisaCluster::NotSignificant;
  }
  return out;
}

namespace {

// spdep localmoran's quadr "mean": cut(x, c(-Inf, mean(x), Inf)) against
// cut(lag(x), c(-Inf, mean(lag(x)), Inf)); a value equal to the mean counts as Low. The mean of
// the lag is taken over features with neighbours (spdep would average in the islands' zero lag).
std::vector<Quadrant> meanQuadrants(const ValidSubset &s, const std::vector<double> &lag,
                                    double mean) {
  double lagSum = 0.0;
  std::size_t lagCount = 0;
  for (std::size_t r = 0; r < s.size(); ++r)
    if (!s.island[r]) {
      lagSum += lag[r];
      ++lagCount;
    }
  const double lagMean = lagCount ? lagSum / static_cast<double>(lagCount) : 0.0;
  std::vector<Quadrant> q(s.size(), Quadrant::Undefined);
  for (std::size_t r = 0; r < s.size(); ++r) {
    if (s.island[r])
      continue;
    const bool high = s.values[r] > mean, lagHigh = lag[r] > lagMean;
    q[r] = high ? (lagHigh ? Quadrant::HighHigh : Quadrant::HighLow)
                : (lagHigh ? Quadrant::LowHigh : Quadrant::LowLow);
  }
  return q;
}

} // namespace

LocalMoranResult localMoran(const MaskedValues &values, const SpatialWeights &weights,
                            const LocalMoranOptions &options) {
  const ValidSubset s = makeValidSubset(
      values, weights, {options.rowStandardise, SelfLink::Exclude}, options.valueName);
  requireSpread(s, 3, options.valueName, "Local Moran's I");
  const std::size_t n = s.size();
  const double nd = static_cast<double>(n);

  double mean = 0.0;
  for (double v : s.values)
    mean += v;
  mean /= nd;
  std::vector<double> z(n);
  double sumZ2 = 0.0, sumZ4 = 0.0;
  for (std::size_t r = 0; r < n; ++r) {
    z[r] = s.values[r] - mean;
    sumZ2 += z[r] * z[r];
    sumZ4 += z[r] * z[r] * z[r] * z[r];
  }
  // spdep mlvar = TRUE: the variance divides by n (PySAL esda divides by n - 1).
  const double m2 = sumZ2 / nd;
  const double b2 = (sumZ4 / nd) / (m2 * m2); // kurtosis, for the total-randomisation variance
  const std::vector<double> lagZ = spatialLag(s.weights, z);

  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> ii(n, nan), e(n, nan), var(n, nan), zi(n, nan), p(n, nan);
  std::vector<double> scale(n, 0.0);
  std::vector<std::uint8_t> skip(n, 1);
  for (std::size_t r = 0; r < n; ++r) {
    if (s.island[r])
      continue;
    double wi = 0.0, wi2 = 0.0; // sum_j w_ij and sum_j w_ij^2
    const double *w = s.weights.weightsBegin(r);
    for (std::size_t k = 0; k < s.weights.neighbourCount(r); ++k) {
      wi += w[k];
      wi2 += w[k] * w[k];
    }
    scale[r] = z[r] / m2;
    ii[r] = scale[r] * lagZ[r];
    if (options.variance == LocalMoranVariance::Conditional) {
      // Sokal et al. (1998), as spdep 1.2-7 localmoran(conditional = TRUE).
      e[r] = -(z[r] * z[r] * wi) / ((nd - 1.0) * m2);
      var[r] = (z[r] / m2) * (z[r] / m2) * (nd / (nd - 2.0)) *
               differenceBeyondRounding(wi2, wi * wi / (nd - 1.0)) *
               (m2 - z[r] * z[r] / (nd - 1.0));
    } else {
      // Anselin (1995) eq. 13-14, as spdep localmoran(conditional = FALSE).
      const double a = (nd - b2) / (nd - 1.0);
      const double b = (2.0 * b2 - nd) / ((nd - 1.0) * (nd - 2.0));
      e[r] = -wi / (nd - 1.0);
      var[r] = differenceBeyondRounding(a * wi2 + b * (wi * wi - wi2), e[r] * e[r]);
    }
    if (var[r] > 0.0) {
      zi[r] = (ii[r] - e[r]) / std::sqrt(var[r]);
      p[r] = normalTwoSided(zi[r]);
    }
    // A value exactly at the mean has Ii = 0 in every permutation: no evidence either way.
    skip[r] = (scale[r] == 0.0);
  }

  LocalMoranResult res;
  const std::size_t total = values.size();
  if (options.permutation.permutations > 0) {
    const std::vector<double> offset(n, 0.0);
    res.pSim = toInputOrder(s,
                            conditionalPermutationPValues(z, s.weights, offset, scale, ii, skip,
                                                          s.feature, options.permutation),
                            total);
  }
  res.ii = toInputOrder(s, std::move(ii), total);
  res.expected = toInputOrder(s, std::move(e), total);
  res.variance = toInputOrder(s, std::move(var), total);
  res.z = toInputOrder(s, std::move(zi), total);
  res.p = toInputOrder(s, std::move(p), total);

  // The lag of x itself (not of z) for the quadrants and the Moran scatterplot.
  std::vector<double> lagX = spatialLag(s.weights, s.values);
  const std::vector<Quadrant> q = meanQuadrants(s, lagX, mean);
  res.quadrant.assign(total, Quadrant::Undefined);
  for (std::size_t r = 0; r < n; ++r)
    res.quadrant[s.feature[r]] = q[r];
  for (std::size_t r = 0; r < n; ++r)
    if (s.island[r])
      lagX[r] = nan;
  res.lag = toInputOrder(s, std::move(lagX), total);

  const bool usePermutation = options.clustersFromPermutation && !res.pSim.empty();
  res.cluster = lisaClusters(res.quadrant, usePermutation ? res.pSim : res.p, options.significance);
  res.reason = nullReasons(s, total);
  res.summary = s.summary;
  return res;
}

} // namespace resilience
