#include "statistics/local_geary.h"

#include "common/input_error.h"

#include <cmath>
#include <limits>
#include <utility>

namespace resilience {

const char *localGearyClusterText(LocalGearyCluster cluster) {
  switch (cluster) {
  case LocalGearyCluster::NotSignificant:
    return "Not significant";
  case LocalGearyCluster::HighHigh:
    return "High-High";
  case LocalGearyCluster::LowLow:
    return "Low-Low";
  case LocalGearyCluster::OtherPositive:
    return "Other positive";
  case LocalGearyCluster::Negative:
    return "Negative";
  case LocalGearyCluster::PositiveAssociation:
    return "Positive association";
  case LocalGearyCluster::NegativeAssociation:
    return "Negative association";
  case LocalGearyCluster::Undefined:
    break;
  }
  return "Undefined";
}

std::vector<LocalGearyCluster> localGearyClusters(const std::vector<LocalGearyCluster> &association,
                                                  const std::vector<double> &p,
                                                  double significance) {
  std::vector<LocalGearyCluster> out(association.size(), LocalGearyCluster::Undefined);
  for (std::size_t i = 0; i < association.size(); ++i)
    if (association[i] != LocalGearyCluster::Undefined)
      out[i] =
          i < p.size() && p[i] < significance ? association[i] : LocalGearyCluster::NotSignificant;
  return out;
}

namespace {

std::string nameOf(const LocalGearyOptions &options, std::size_t v) {
  return v < options.valueNames.size() ? options.valueNames[v]
                                       : "variable " + std::to_string(v + 1);
}

} // namespace

LocalGearyResult localGeary(const std::vector<MaskedValues> &variables,
                            const SpatialWeights &weights, const LocalGearyOptions &options) {
  if (variables.empty())
    throw InputError("local Geary needs at least one variable");
  const std::size_t total = variables.front().size(), k = variables.size();
  std::string names;
  for (std::size_t v = 0; v < k; ++v) {
    if (variables[v].size() != total)
      throw InputError("'" + nameOf(options, v) + "' has " + std::to_string(variables[v].size()) +
                       " values, '" + nameOf(options, 0) + "' has " + std::to_string(total));
    names += (v ? ", " : "") + nameOf(options, v);
  }
  // A feature takes part when every variable has a value there.
  MaskedValues complete = variables.front();
  for (std::size_t v = 1; v < k; ++v)
    for (std::size_t i = 0; i < total; ++i)
      complete.valid[i] = complete.valid[i] && variables[v].valid[i];
  const ValidSubset s =
      makeValidSubset(complete, weights, {options.rowStandardise, SelfLink::Exclude}, names);
  const std::size_t n = s.size();
  const double nd = static_cast<double>(n);

  // Scaled variables over the subset (R scale(): sd with divisor n - 1).
  std::vector<std::vector<double>> z(k, std::vector<double>(n));
  for (std::size_t v = 0; v < k; ++v) {
    ValidSubset one = s; // the same features, this variable's values
    for (std::size_t r = 0; r < n; ++r)
      one.values[r] = variables[v].values[s.feature[r]];
    requireSpread(one, 3, nameOf(options, v), "Local Geary's c");
    double mean = 0.0;
    for (double x : one.values)
      mean += x;
    mean /= nd;
    double ss = 0.0;
    for (double x : one.values)
      ss += (x - mean) * (x - mean);
    const double sd = std::sqrt(ss / (nd - 1.0));
    for (std::size_t r = 0; r < n; ++r)
      z[v][r] = (one.values[r] - mean) / sd;
  }

  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double kd = static_cast<double>(k);
  std::vector<double> c(n, nan), expected(n, nan), offset(n, 0.0);
  std::vector<std::uint8_t> skip(n, 1);
  std::vector<LocalGearyCluster> association(n, LocalGearyCluster::Undefined);
  const std::vector<double> lagZ = spatialLag(s.weights, z.front());
  for (std::size_t r = 0; r < n; ++r) {
    if (s.island[r])
      continue;
    const std::uint32_t *nb = s.weights.neighboursBegin(r);
    const double *w = s.weights.weightsBegin(r);
    double wi = 0.0, sum = 0.0, squares = 0.0;
    for (std::size_t t = 0; t < s.weights.neighbourCount(r); ++t)
      wi += w[t];
    for (std::size_t v = 0; v < k; ++v) {
      for (std::size_t t = 0; t < s.weights.neighbourCount(r); ++t) {
        const double d = z[v][r] - z[v][nb[t]];
        sum += w[t] * d * d;
      }
      squares += z[v][r] * z[v][r];
    }
    c[r] = sum / kd;
    expected[r] = wi * (1.0 + (squares / kd) * nd / (nd - 1.0));
    offset[r] = wi * squares / kd;
    skip[r] = 0;
    const bool positive = c[r] < expected[r];
    if (k > 1)
      association[r] = positive ? LocalGearyCluster::PositiveAssociation
                                : LocalGearyCluster::NegativeAssociation;
    else if (!positive)
      association[r] = LocalGearyCluster::Negative;
    else if (z[0][r] > 0.0 && lagZ[r] > 0.0)
      association[r] = LocalGearyCluster::HighHigh;
    else if (z[0][r] <= 0.0 && lagZ[r] <= 0.0)
      association[r] = LocalGearyCluster::LowLow;
    else
      association[r] = LocalGearyCluster::OtherPositive;
  }

  LocalGearyResult res;
  if (options.permutation.permutations > 0) {
    // c_i = (1/k) sum_v (z_iv^2 W_i - 2 z_iv lag_v + lag of z_v^2): the pools z_1..z_k and the
    // mean square (1/k) sum_v z_jv^2, with coefficients -2 z_iv / k and 1.
    std::vector<std::vector<double>> pools = z;
    std::vector<std::vector<double>> scales(k + 1, std::vector<double>(n));
    std::vector<double> meanSquare(n, 0.0);
    for (std::size_t v = 0; v < k; ++v)
      for (std::size_t r = 0; r < n; ++r) {
        meanSquare[r] += z[v][r] * z[v][r] / kd;
        scales[v][r] = -2.0 * z[v][r] / kd;
      }
    pools.push_back(std::move(meanSquare));
    scales[k].assign(n, 1.0);
    res.pSim = toInputOrder(s,
                            conditionalPermutationPValues(pools, s.weights, offset, scales, c, skip,
                                                          s.feature, options.permutation),
                            total);
  }
  res.c = toInputOrder(s, std::move(c), total);
  res.expected = toInputOrder(s, std::move(expected), total);
  res.association.assign(total, LocalGearyCluster::Undefined);
  for (std::size_t r = 0; r < n; ++r)
    res.association[s.feature[r]] = association[r];
  res.cluster = localGearyClusters(res.association, res.pSim, options.significance);
  res.reason = nullReasons(s, total);
  res.summary = s.summary;
  return res;
}

} // namespace resilience
