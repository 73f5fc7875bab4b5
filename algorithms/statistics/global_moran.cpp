#include "statistics/global_moran.h"

#include "common/input_error.h"
#include "common/parallel_ranges.h"
#include "statistics/normal_distribution.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace resilience {

namespace {

struct WeightConstants {
  double s0 = 0.0, s1 = 0.0, s2 = 0.0;
};

// spdep spweights.constants: S0 = sum w_ij, S1 = sum_ij (w_ij^2 + w_ij w_ji)
// (= 1/2 sum (w_ij + w_ji)^2), S2 = sum_i (row sum_i + column sum_i)^2. Rows are sorted, so
// w_ji is found by binary search in row j.
WeightConstants weightConstants(const SpatialWeights &w) {
  WeightConstants c;
  const std::size_t n = w.size();
  std::vector<double> rowSum(n, 0.0), colSum(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t *nb = w.neighboursBegin(i);
    const double *wi = w.weightsBegin(i);
    for (std::size_t k = 0; k < w.neighbourCount(i); ++k) {
      const std::uint32_t j = nb[k];
      const std::uint32_t *begin = w.neighboursBegin(j), *end = begin + w.neighbourCount(j);
      const std::uint32_t *found = std::lower_bound(begin, end, static_cast<std::uint32_t>(i));
      const double wji = (found != end && *found == i) ? w.weightsBegin(j)[found - begin] : 0.0;
      c.s1 += wi[k] * wi[k] + wi[k] * wji;
      rowSum[i] += wi[k];
      colSum[j] += wi[k];
    }
    c.s0 += rowSum[i];
  }
  for (std::size_t i = 0; i < n; ++i)
    c.s2 += (rowSum[i] + colSum[i]) * (rowSum[i] + colSum[i]);
  return c;
}

// sum_i z_i * sum_j w_ij z_j
double crossProduct(const SpatialWeights &w, const std::vector<double> &z) {
  double sum = 0.0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const std::uint32_t *nb = w.neighboursBegin(i);
    const double *wi = w.weightsBegin(i);
    double lag = 0.0;
    for (std::size_t k = 0; k < w.neighbourCount(i); ++k)
      lag += wi[k] * z[nb[k]];
    sum += z[i] * lag;
  }
  return sum;
}

MoranInference inference(double i, double expected, double variance) {
  MoranInference m;
  m.variance = variance;
  m.z = (i - expected) / std::sqrt(variance);
  m.pGreater = normalUpperTail(m.z);
  m.pTwoSided = normalTwoSided(m.z);
  return m;
}

// spdep moran.mc: I of random permutations of the values over the features. Permutation s
// shuffles with its own generator (seed, s), so the thread count does not matter. Every thread
// checks options.cancel before each permutation; a cancelled run throws Cancelled, no p.
double permutationPValue(const SpatialWeights &w, const std::vector<double> &z, double factor,
                         double observed, const PermutationOptions &options) {
  const std::size_t nsim = options.permutations;
  const unsigned threads = costlyItemThreads(options.threads, nsim);
  // |I| <= factor * sum_ij |w_ij| max|z|^2 bounds the terms of the cross product.
  double largest = 0.0;
  for (double v : z)
    largest = std::max(largest, std::abs(v));
  double absWeights = 0.0;
  for (double wij : w.weights())
    absWeights += std::abs(wij);
  const double tolerance = tieTolerance(std::abs(factor) * absWeights * largest * largest);
  std::vector<PermutationTally> tallies(threads);
  forEachChunk(nsim, threads, [&](unsigned chunk, std::size_t begin, std::size_t end) {
    std::vector<double> shuffled(z.size());
    for (std::size_t s = begin; s < end; ++s) {
      if (options.cancel && options.cancel->load(std::memory_order_relaxed))
        return;
      StreamRandom rng(options.seed, s);
      shuffled = z;
      for (std::size_t k = shuffled.size() - 1; k > 0; --k)
        std::swap(shuffled[k], shuffled[rng.below(static_cast<std::uint32_t>(k + 1))]);
      const double permuted = factor * crossProduct(w, shuffled);
      tallies[chunk].atOrAbove += (permuted >= observed - tolerance);
      tallies[chunk].atOrBelow += (permuted <= observed + tolerance);
    }
  });
  if (options.cancel && options.cancel->load())
    throw Cancelled();
  PermutationTally total;
  for (const PermutationTally &t : tallies) {
    total.atOrAbove += t.atOrAbove;
    total.atOrBelow += t.atOrBelow;
  }
  return foldedPseudoP(total, nsim);
}

} // namespace

GlobalMoranResult globalMoran(const MaskedValues &values, const SpatialWeights &weights,
                              const GlobalMoranOptions &options) {
  const ValidSubset s = makeValidSubset(
      values, weights, {options.rowStandardise, SelfLink::Exclude}, options.valueName);
  requireSpread(s, 4, options.valueName, "Global Moran's I");
  const std::size_t total = s.size();
  GlobalMoranResult res;
  res.summary = s.summary;
  // spdep adjust.n = TRUE: features without neighbours leave n (but not the mean or K).
  res.n = total - s.summary.islands;
  if (res.n < 4)
    throw InputError("Global Moran's I needs at least 4 features with a valid '" +
                     options.valueName + "' value and a neighbour, found " + std::to_string(res.n));
  const WeightConstants c = weightConstants(s.weights);
  res.s0 = c.s0;
  res.s1 = c.s1;
  res.s2 = c.s2;

  double mean = 0.0;
  for (double v : s.values)
    mean += v;
  mean /= static_cast<double>(total);
  std::vector<double> z(total);
  double zz = 0.0, z4 = 0.0;
  for (std::size_t r = 0; r < total; ++r) {
    z[r] = s.values[r] - mean;
    zz += z[r] * z[r];
    z4 += z[r] * z[r] * z[r] * z[r];
  }
  const double n = static_cast<double>(res.n);
  const double factor = n / (c.s0 * zz);
  res.i = factor * crossProduct(s.weights, z);
  res.expected = -1.0 / (n - 1.0);

  // Cliff & Ord (1981) moments as spdep moran.test; K is the sample kurtosis over all values.
  const double s02 = c.s0 * c.s0, nn = n * n;
  const double e2 = res.expected * res.expected;
  res.normality =
      inference(res.i, res.expected, (nn * c.s1 - n * c.s2 + 3.0 * s02) / (s02 * (nn - 1.0)) - e2);
  const double k = static_cast<double>(total) * z4 / (zz * zz);
  const double a = n * (c.s1 * (nn - 3.0 * n + 3.0) - n * c.s2 + 3.0 * s02);
  const double b = k * (c.s1 * (nn - n) - 2.0 * n * c.s2 + 6.0 * s02);
  res.randomisation =
      inference(res.i, res.expected, (a - b) / ((n - 1.0) * (n - 2.0) * (n - 3.0) * s02) - e2);

  res.permutations = options.permutation.permutations;
  res.pSim = res.permutations > 0
                 ? permutationPValue(s.weights, z, factor, res.i, options.permutation)
                 : std::numeric_limits<double>::quiet_NaN();
  return res;
}

} // namespace resilience
