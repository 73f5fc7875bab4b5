#include "statistics/local_moran_bivariate.h"

#include "common/input_error.h"

#include <cmath>
#include <limits>
#include <utility>

namespace resilience {

namespace {

// R scale() over the subset: (v - mean) / sd, sd with divisor n - 1.
std::vector<double> scaled(const std::vector<double> &v) {
  const double n = static_cast<double>(v.size());
  double mean = 0.0;
  for (double x : v)
    mean += x;
  mean /= n;
  double ss = 0.0;
  for (double x : v)
    ss += (x - mean) * (x - mean);
  const double sd = std::sqrt(ss / (n - 1.0));
  std::vector<double> z(v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    z[i] = (v[i] - mean) / sd;
  return z;
}

} // namespace

LocalMoranResult bivariateLocalMoran(const MaskedValues &x, const MaskedValues &y,
                                     const SpatialWeights &weights,
                                     const BivariateLocalMoranOptions &options) {
  if (x.size() != y.size())
    throw InputError("'" + options.valueName + "' has " + std::to_string(x.size()) + " values, '" +
                     options.lagValueName + "' has " + std::to_string(y.size()));
  MaskedValues complete = x;
  for (std::size_t i = 0; i < x.size(); ++i)
    complete.valid[i] = x.valid[i] && y.valid[i];
  ValidSubset s = makeValidSubset(complete, weights, {options.rowStandardise, SelfLink::Exclude},
                                  options.valueName + " and " + options.lagValueName);
  requireSpread(s, 3, options.valueName, "The bivariate local Moran's I");
  const std::vector<double> zx = scaled(s.values);
  for (std::size_t r = 0; r < s.size(); ++r)
    s.values[r] = y.values[s.feature[r]];
  requireSpread(s, 3, options.lagValueName, "The bivariate local Moran's I");
  const std::vector<double> zy = scaled(s.values);

  const std::size_t n = s.size(), total = x.size();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> lag = spatialLag(s.weights, zy);
  std::vector<double> ii(n, nan), lagOut(n, nan);
  std::vector<std::uint8_t> skip(n, 1);
  std::vector<Quadrant> quadrant(n, Quadrant::Undefined);
  for (std::size_t r = 0; r < n; ++r) {
    if (s.island[r])
      continue;
    ii[r] = zx[r] * lag[r];
    lagOut[r] = lag[r];
    // zx_i = 0 gives I = 0 in every permutation: no evidence either way.
    skip[r] = zx[r] == 0.0;
    const bool high = zx[r] > 0.0, lagHigh = lag[r] > 0.0;
    quadrant[r] = high ? (lagHigh ? Quadrant::HighHigh : Quadrant::HighLow)
                       : (lagHigh ? Quadrant::LowHigh : Quadrant::LowLow);
  }

  LocalMoranResult res;
  if (options.permutation.permutations > 0) {
    const std::vector<double> offset(n, 0.0);
    res.pSim = toInputOrder(s,
                            conditionalPermutationPValues(zy, s.weights, offset, zx, ii, skip,
                                                          s.feature, options.permutation),
                            total);
  }
  res.ii = toInputOrder(s, std::move(ii), total);
  res.expected.assign(total, nan);
  res.variance.assign(total, nan);
  res.z.assign(total, nan);
  res.p.assign(total, nan);
  res.lag = toInputOrder(s, std::move(lagOut), total);
  res.quadrant.assign(total, Quadrant::Undefined);
  for (std::size_t r = 0; r < n; ++r)
    res.quadrant[s.feature[r]] = quadrant[r];
  res.cluster =
      lisaClusters(res.quadrant, res.pSim.empty() ? res.p : res.pSim, options.significance);
  res.reason = nullReasons(s, total);
  res.summary = s.summary;
  return res;
}

} // namespace resilience
