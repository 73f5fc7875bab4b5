#include "statistics/lisa_markov.h"

#include "common/input_error.h"
#include "scoring/normalisation.h"
#include "statistics/local_moran.h"
#include "statistics/valid_subset.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace resilience {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// giddy's state from highness of the value and of the lag.
std::uint8_t giddyState(bool highValue, bool highLag) {
  if (highValue)
    return highLag ? 1 : 4; // HH, HL
  return highLag ? 2 : 3;   // LH, LL
}

} // namespace

const char *markovStateName(std::uint8_t state) {
  switch (state) {
  case 1:
    return "HH";
  case 2:
    return "LH";
  case 3:
    return "LL";
  case 4:
    return "HL";
  default:
    return "NA";
  }
}

std::vector<double> steadyState(const std::vector<double> &p, std::size_t m) {
  std::vector<double> none(m, kNaN);
  for (double v : p)
    if (!std::isfinite(v))
      return none;
  // Rows of the system A pi = b: (P^T - I) pi = 0 with the last equation replaced by sum pi = 1.
  std::vector<std::vector<double>> a(m, std::vector<double>(m + 1, 0.0));
  for (std::size_t r = 0; r < m; ++r)
    for (std::size_t c = 0; c < m; ++c)
      a[r][c] = p[c * m + r] - (r == c ? 1.0 : 0.0);
  for (std::size_t c = 0; c < m; ++c)
    a[m - 1][c] = 1.0;
  a[m - 1][m] = 1.0;
  // Gaussian elimination with partial pivoting.
  for (std::size_t col = 0; col < m; ++col) {
    std::size_t pivot = col;
    for (std::size_t r = col + 1; r < m; ++r)
      if (std::fabs(a[r][col]) > std::fabs(a[pivot][col]))
        pivot = r;
    if (std::fabs(a[pivot][col]) < 1e-12)
      return none; // several closed classes: no unique steady state
    std::swap(a[pivot], a[col]);
    for (std::size_t r = 0; r < m; ++r) {
      if (r == col)
        continue;
      const double f = a[r][col] / a[col][col];
      for (std::size_t c = col; c <= m; ++c)
        a[r][c] -= f * a[col][c];
    }
  }
  std::vector<double> pi(m);
  for (std::size_t r = 0; r < m; ++r)
    pi[r] = a[r][m] / a[r][r];
  return pi;
}

std::vector<double> quantileBreaks(std::vector<double> pooled, std::size_t k) {
  // Type-7 quantiles (as quantileType7 on the sorted values) by selection: ten million pooled
  // values need k - 1 partial partitions, not a full sort.
  std::vector<double> breaks;
  if (pooled.empty())
    return std::vector<double>(k > 0 ? k - 1 : 0, kNaN);
  const double last = static_cast<double>(pooled.size() - 1);
  for (std::size_t c = 1; c < k; ++c) {
    const double h = last * static_cast<double>(c) / static_cast<double>(k);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    std::nth_element(pooled.begin(), pooled.begin() + static_cast<long>(lo), pooled.end());
    const double below = pooled[lo];
    const double above =
        lo + 1 < pooled.size()
            ? *std::min_element(pooled.begin() + static_cast<long>(lo) + 1, pooled.end())
            : below;
    breaks.push_back(below + (h - static_cast<double>(lo)) * (above - below));
  }
  return breaks;
}

std::size_t classOf(double v, const std::vector<double> &breaks) {
  return static_cast<std::size_t>(std::lower_bound(breaks.begin(), breaks.end(), v) -
                                  breaks.begin());
}

LisaMarkovResult lisaMarkov(const std::vector<MaskedValues> &periods, const SpatialWeights &weights,
                            const LisaMarkovOptions &options) {
  const std::size_t n = weights.size(), T = periods.size();
  if (T < 2)
    throw InputError("LISA Markov needs at least two periods, not " + std::to_string(T));
  for (std::size_t t = 0; t < T; ++t)
    if (periods[t].size() != n)
      throw InputError(options.valueName + " of period " + std::to_string(t + 1) + " has " +
                       std::to_string(periods[t].size()) + " values for " + std::to_string(n) +
                       " features");
  LisaMarkovResult r;
  r.features = n;
  r.periods = T;
  r.state.assign(n * T, 0);
  r.counted.assign(n * T, 0);
  std::vector<double> lags(n * T, kNaN);

  LocalMoranOptions lm;
  lm.rowStandardise = true;
  lm.permutation = options.permutation;
  lm.significance = options.significance;
  for (std::size_t t = 0; t < T; ++t) {
    lm.valueName = options.valueName + " (period " + std::to_string(t + 1) + ")";
    lm.permutation.seed = options.permutation.seed + t;
    const MaskedValues &x = periods[t];
    if (options.rule == QuadrantRule::PySAL && options.permutation.permutations == 0) {
      // Only the quadrants are needed: the spatial lag on the same valid subset local Moran
      // uses (and the same checks), without its moments, which cost ten times as much.
      const ValidSubset subset =
          makeValidSubset(x, weights, {true, SelfLink::Exclude}, lm.valueName);
      requireSpread(subset, 3, lm.valueName, "local Moran");
      const std::vector<double> lag = spatialLag(subset.weights, subset.values);
      double sum = 0.0;
      for (double v : subset.values)
        sum += v;
      const double mean = sum / static_cast<double>(subset.size());
      for (std::size_t k = 0; k < subset.size(); ++k) {
        if (subset.island[k])
          continue;
        const std::size_t b = t * n + subset.feature[k];
        lags[b] = lag[k];
        r.state[b] = giddyState(subset.values[k] > mean, lag[k] - mean > 0.0);
        r.counted[b] = 1;
      }
      continue;
    }
    const LocalMoranResult l = localMoran(x, weights, lm);
    double sum = 0.0, count = 0.0;
    for (std::size_t i = 0; i < n; ++i)
      if (x.isValid(i)) {
        sum += x.values[i];
        count += 1.0;
      }
    const double mean = sum / count;
    for (std::size_t i = 0; i < n; ++i) {
      if (l.reason[i] != NullReason::None)
        continue;
      const std::size_t b = t * n + i;
      lags[b] = l.lag[i];
      if (options.rule == QuadrantRule::Spdep) {
        // spdep's "mean" quadrants, as the local Moran core computes them (GeoDa numbering).
        switch (l.quadrant[i]) {
        case Quadrant::HighHigh:
          r.state[b] = 1;
          break;
        case Quadrant::LowHigh:
          r.state[b] = 2;
          break;
        case Quadrant::LowLow:
          r.state[b] = 3;
          break;
        case Quadrant::HighLow:
          r.state[b] = 4;
          break;
        case Quadrant::Undefined:
          break;
        }
      } else {
        // PySAL: z = x - mean > 0, and its row-standardised lag lag(x) - mean > 0.
        r.state[b] = giddyState(x.values[i] > mean, l.lag[i] - mean > 0.0);
      }
      r.counted[b] = options.permutation.permutations == 0 ||
                     (!l.pSim.empty() && l.pSim[i] <= options.significance);
    }
  }

  r.path.resize(n);
  r.moves.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    std::string path;
    for (std::size_t t = 0; t < T; ++t) {
      path += (t ? ">" : "") + std::string(markovStateName(r.state[t * n + i]));
      if (t == 0)
        continue;
      const std::size_t from = (t - 1) * n + i, to = t * n + i;
      if (!r.state[from] || !r.state[to] || !r.counted[from] || !r.counted[to])
        continue;
      r.transitions[(r.state[from] - 1) * 4 + (r.state[to] - 1)] += 1.0;
      r.moves[i] += r.state[from] != r.state[to];
    }
    r.path[i] = std::move(path);
  }
  for (std::size_t a = 0; a < 4; ++a) {
    double rowSum = 0.0;
    for (std::size_t b = 0; b < 4; ++b)
      rowSum += r.transitions[a * 4 + b];
    for (std::size_t b = 0; b < 4; ++b)
      r.probabilities[a * 4 + b] = rowSum > 0.0 ? r.transitions[a * 4 + b] / rowSum : kNaN;
  }
  const std::vector<double> pi =
      steadyState(std::vector<double>(r.probabilities.begin(), r.probabilities.end()), 4);
  std::copy(pi.begin(), pi.end(), r.steadyState.begin());

  // Spatial Markov (Rey 2001): classes of the values and of their lags, pooled over periods.
  r.k = options.spatialClasses;
  if (r.k >= 2) {
    std::vector<double> pooledValues, pooledLags;
    for (std::size_t b = 0; b < n * T; ++b)
      if (r.state[b]) {
        pooledValues.push_back(periods[b / n].values[b % n]);
        pooledLags.push_back(lags[b]);
      }
    r.valueBreaks = quantileBreaks(pooledValues, r.k);
    r.lagBreaks = quantileBreaks(pooledLags, r.k);
    r.spatialCounts.assign(r.k, std::vector<double>(r.k * r.k, 0.0));
    for (std::size_t t = 1; t < T; ++t)
      for (std::size_t i = 0; i < n; ++i) {
        const std::size_t from = (t - 1) * n + i, to = t * n + i;
        if (!r.state[from] || !r.state[to])
          continue;
        const std::size_t c = classOf(lags[from], r.lagBreaks);
        const std::size_t a = classOf(periods[t - 1].values[i], r.valueBreaks);
        const std::size_t b = classOf(periods[t].values[i], r.valueBreaks);
        r.spatialCounts[c][a * r.k + b] += 1.0;
      }
  }
  return r;
}

} // namespace resilience
