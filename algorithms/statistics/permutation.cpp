#include "statistics/permutation.h"

#include "common/input_error.h"

#include "common/parallel_ranges.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

namespace resilience {

namespace {

std::uint64_t splitmix64(std::uint64_t &state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// Up to this many draws, rejecting repeats (checked by a scan of the draws so far) beats a
// partial Fisher-Yates shuffle, which touches an index array of the size of the range.
constexpr std::size_t kRejectionSamplingLimit = 32;

// Draws `count` distinct integers from [0, range), in random order.
class DistinctSampler {
public:
  explicit DistinctSampler(std::uint32_t range) : range_(range) {}

  void draw(StreamRandom &rng, std::size_t count, std::uint32_t *out) {
    if (count <= kRejectionSamplingLimit) {
      for (std::size_t t = 0; t < count; ++t) {
        std::uint32_t j;
        bool repeated;
        do {
          j = rng.below(range_);
          repeated = false;
          for (std::size_t u = 0; u < t; ++u)
            repeated |= (out[u] == j);
        } while (repeated);
        out[t] = j;
      }
      return;
    }
    // Partial Fisher-Yates, undone afterwards so the array stays the identity.
    if (index_.empty()) {
      index_.resize(range_);
      std::iota(index_.begin(), index_.end(), 0u);
    }
    swaps_.resize(count);
    for (std::size_t t = 0; t < count; ++t) {
      const std::uint32_t r = static_cast<std::uint32_t>(t) + rng.below(range_ - std::uint32_t(t));
      std::swap(index_[t], index_[r]);
      swaps_[t] = r;
      out[t] = index_[t];
    }
    for (std::size_t t = count; t-- > 0;)
      std::swap(index_[t], index_[swaps_[t]]);
  }

private:
  std::uint32_t range_;
  std::vector<std::uint32_t> index_;
  std::vector<std::uint32_t> swaps_;
};

double weightedSum(const double *weights, const std::uint32_t *drawn, std::size_t k,
                   const double *pool) {
  double sum = 0.0;
  for (std::size_t t = 0; t < k; ++t)
    sum += weights[t] * pool[drawn[t]];
  return sum;
}

// The rows to permute without their self links, weights sorted within each row: rows with the
// same sorted weights have the same permutation distribution (the draws are exchangeable).
struct PermutedRows {
  std::vector<std::size_t> offset{0};
  std::vector<double> weight;
  std::vector<std::uint32_t> active; // rows to permute, in row order

  std::size_t size(std::uint32_t i) const { return offset[i + 1] - offset[i]; }
  const double *begin(std::uint32_t i) const { return weight.data() + offset[i]; }
  bool sameWeights(std::uint32_t a, std::uint32_t b) const {
    return size(a) == size(b) && std::equal(begin(a), begin(a) + size(a), begin(b));
  }
  bool lessWeights(std::uint32_t a, std::uint32_t b) const {
    if (size(a) != size(b))
      return size(a) < size(b);
    return std::lexicographical_compare(begin(a), begin(a) + size(a), begin(b), begin(b) + size(b));
  }
};

PermutedRows permutedRows(const SpatialWeights &weights, const std::vector<std::uint8_t> &skip) {
  const std::size_t n = weights.size();
  PermutedRows rows;
  rows.offset.reserve(n + 1);
  rows.weight.reserve(weights.weights().size());
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t first = rows.weight.size();
    if (!skip[i]) {
      const std::uint32_t *nb = weights.neighboursBegin(i);
      const double *w = weights.weightsBegin(i);
      for (std::size_t k = 0; k < weights.neighbourCount(i); ++k)
        if (nb[k] != i)
          rows.weight.push_back(w[k]);
      std::sort(rows.weight.begin() + static_cast<std::ptrdiff_t>(first), rows.weight.end());
      const std::size_t k = rows.weight.size() - first;
      if (k > 0 && k <= n - 1)
        rows.active.push_back(static_cast<std::uint32_t>(i));
      else
        rows.weight.resize(first);
    }
    rows.offset.push_back(rows.weight.size());
  }
  return rows;
}

// What one row compares: its statistic offset + scale * lag against the observed value, a
// difference within `tolerance` being a tie.
struct RowTest {
  double offset, scale, observed, tolerance;
  bool atOrAbove(double lag) const { return offset + scale * lag >= observed - tolerance; }
  bool atOrBelow(double lag) const { return offset + scale * lag <= observed + tolerance; }
  void count(double lag, PermutationTally &tally, std::size_t add) const {
    if (atOrAbove(lag))
      tally.atOrAbove += add;
    if (atOrBelow(lag))
      tally.atOrBelow += add;
  }
  void uncount(double lag, PermutationTally &tally) const {
    tally.atOrAbove -= atOrAbove(lag);
    tally.atOrBelow -= atOrBelow(lag);
  }
  // Draws in `sortedLags` (ascending) at or above / at or below the observed statistic. The
  // statistic is monotone in the lag (rounding is monotone), so a binary search with the very
  // comparisons of atOrAbove and atOrBelow counts exactly what a scan would.
  PermutationTally countSorted(const std::vector<double> &sortedLags) const {
    const auto b = sortedLags.begin(), e = sortedLags.end();
    auto count = [&](auto test, bool increasing) -> std::size_t {
      // test holds on a suffix of the lags when it grows with them, else on a prefix
      if (increasing)
        return static_cast<std::size_t>(
            e - std::partition_point(b, e, [&](double lag) { return !test(lag); }));
      return static_cast<std::size_t>(std::partition_point(b, e, test) - b);
    };
    auto above = [&](double lag) { return atOrAbove(lag); };
    auto below = [&](double lag) { return atOrBelow(lag); };
    if (scale == 0.0)
      return {atOrAbove(0.0) ? sortedLags.size() : 0, atOrBelow(0.0) ? sortedLags.size() : 0};
    return {count(above, scale > 0.0), count(below, scale < 0.0)};
  }
};

void throwIfCancelled(const PermutationOptions &options) {
  if (options.cancel && options.cancel->load())
    throw Cancelled();
}

bool cancelRequested(const PermutationOptions &options) {
  return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

} // namespace

StreamRandom::StreamRandom(std::uint64_t seed, std::uint64_t stream) {
  std::uint64_t state = seed;
  state = splitmix64(state) ^ (stream * 0xD1B54A32D192ED03ull);
  for (auto &word : s_)
    word = splitmix64(state);
}

double foldedPseudoP(const PermutationTally &tally, std::size_t permutations) {
  if (permutations == 0 || (tally.atOrAbove == permutations && tally.atOrBelow == permutations))
    return std::numeric_limits<double>::quiet_NaN();
  const std::size_t folded = std::min(tally.atOrAbove, tally.atOrBelow);
  return (static_cast<double>(folded) + 1.0) / (static_cast<double>(permutations) + 1.0);
}

namespace {

// A row with weights of its own draws its own permutations: k of the other n - 1 features.
void permuteAlone(const std::vector<std::uint32_t> &rows, const PermutedRows &w,
                  const std::vector<double> &pool, const std::vector<RowTest> &tests,
                  const std::vector<std::uint32_t> &stream, const PermutationOptions &options,
                  std::vector<double> &p) {
  const std::size_t n = pool.size(), nsim = options.permutations;
  auto chunk = [&](unsigned, std::size_t begin, std::size_t end) {
    DistinctSampler sampler(static_cast<std::uint32_t>(n - 1));
    std::vector<std::uint32_t> drawn;
    for (std::size_t r = begin; r < end && !cancelRequested(options); ++r) {
      const std::uint32_t i = rows[r];
      const std::size_t k = w.size(i);
      drawn.resize(k);
      StreamRandom rng(options.seed, stream[i]);
      PermutationTally tally;
      for (std::size_t s = 0; s < nsim; ++s) {
        sampler.draw(rng, k, drawn.data());
        for (auto &j : drawn)
          j += (j >= i); // skip self: map [0, n-1) onto the others
        tests[i].count(weightedSum(w.begin(i), drawn.data(), k, pool.data()), tally, 1);
      }
      p[i] = foldedPseudoP(tally, nsim);
    }
  };
  forEachChunk(rows.size(), costlyItemThreads(options.threads, rows.size()), chunk);
}

// Rows with the same weights share one set of draws (as PySAL esda's crand shares one permutation
// matrix), so a row costs a binary search instead of `permutations` weighted sums. A draw is
// k + 1 distinct features of all n; row i uses the first k, or, when i is among them, the k
// others with the spare in i's place: for each row that is a uniform draw of k of the other
// n - 1, exactly the conditional permutation distribution.
void permuteShared(const std::uint32_t *rows, std::size_t count, const PermutedRows &w,
                   const std::vector<double> &pool, const std::vector<RowTest> &tests,
                   std::uint32_t stream, const PermutationOptions &options,
                   std::vector<double> &p) {
  const std::size_t n = pool.size(), nsim = options.permutations;
  const double *weights = w.begin(rows[0]);
  const std::size_t k = w.size(rows[0]), width = k + 1;
  std::vector<std::uint32_t> draws(nsim * width);
  std::vector<double> lags(nsim);
  StreamRandom rng(options.seed, stream);
  DistinctSampler sampler(static_cast<std::uint32_t>(n));
  for (std::size_t s = 0; s < nsim; ++s) {
    sampler.draw(rng, width, &draws[s * width]);
    lags[s] = weightedSum(weights, &draws[s * width], k, pool.data());
  }
  std::vector<double> sorted = lags;
  std::sort(sorted.begin(), sorted.end());
  // (feature, draw) for every feature among a draw's first k: the draws row i must redo.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> uses;
  uses.reserve(nsim * k);
  for (std::size_t s = 0; s < nsim; ++s)
    for (std::size_t t = 0; t < k; ++t)
      uses.emplace_back(draws[s * width + t], static_cast<std::uint32_t>(s));
  std::sort(uses.begin(), uses.end());

  auto chunk = [&](unsigned, std::size_t begin, std::size_t end) {
    std::vector<std::uint32_t> redone(k);
    for (std::size_t r = begin; r < end && !cancelRequested(options); ++r) {
      const std::uint32_t i = rows[r];
      const RowTest &test = tests[i];
      PermutationTally tally = test.countSorted(sorted);
      const auto first = std::lower_bound(uses.begin(), uses.end(), std::make_pair(i, 0u));
      for (auto u = first; u != uses.end() && u->first == i; ++u) {
        const std::uint32_t *draw = &draws[std::size_t(u->second) * width];
        std::copy(draw, draw + k, redone.begin());
        std::replace(redone.begin(), redone.end(), i, draw[k]);
        test.uncount(lags[u->second], tally);
        test.count(weightedSum(weights, redone.data(), k, pool.data()), tally, 1);
      }
      p[i] = foldedPseudoP(tally, nsim);
    }
  };
  forEachChunk(count, effectiveThreads(options.threads, count), chunk);
}

// Groups the rows by their weights and hands each group of two or more to shared(rows, count,
// stream), then the rows with weights of their own, in row order, to alone(rows). Ties keep row
// order, so the groups and their generators (the smallest stream of the group) do not depend on
// the thread count.
template <class Shared, class Alone>
void permuteByWeightGroups(const PermutedRows &rows, const std::vector<std::uint32_t> &stream,
                           const PermutationOptions &options, Shared &&shared, Alone &&alone) {
  std::vector<std::uint32_t> order = rows.active;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return rows.lessWeights(a, b); });
  std::vector<std::uint32_t> single;
  for (std::size_t g = 0; g < order.size();) {
    std::size_t end = g + 1;
    while (end < order.size() && rows.sameWeights(order[g], order[end]))
      ++end;
    if (end - g == 1) {
      single.push_back(order[g]);
    } else {
      std::uint32_t groupStream = stream[order[g]];
      for (std::size_t r = g; r < end; ++r)
        groupStream = std::min(groupStream, stream[order[r]]);
      shared(&order[g], end - g, groupStream);
      throwIfCancelled(options);
    }
    g = end;
  }
  std::sort(single.begin(), single.end());
  alone(single);
  throwIfCancelled(options);
}

} // namespace

std::vector<double> conditionalPermutationPValues(
    const std::vector<double> &pool, const SpatialWeights &weights,
    const std::vector<double> &offset, const std::vector<double> &scale,
    const std::vector<double> &observed, const std::vector<std::uint8_t> &skip,
    const std::vector<std::uint32_t> &stream, const PermutationOptions &options) {
  const std::size_t n = pool.size();
  std::vector<double> p(n, std::numeric_limits<double>::quiet_NaN());
  if (options.permutations == 0 || n < 2)
    return p;
  const PermutedRows rows = permutedRows(weights, skip);
  double largestValue = 0.0;
  for (double v : pool)
    largestValue = std::max(largestValue, std::abs(v));
  std::vector<RowTest> tests(n);
  for (std::size_t i = 0; i < n; ++i) {
    double absWeights = 0.0;
    for (std::size_t k = 0; k < rows.size(static_cast<std::uint32_t>(i)); ++k)
      absWeights += std::abs(rows.begin(static_cast<std::uint32_t>(i))[k]);
    const double magnitude = std::abs(offset[i]) + std::abs(scale[i]) * absWeights * largestValue;
    tests[i] = {offset[i], scale[i], observed[i], tieTolerance(magnitude)};
  }

  permuteByWeightGroups(
      rows, stream, options,
      [&](const std::uint32_t *group, std::size_t count, std::uint32_t groupStream) {
        permuteShared(group, count, rows, pool, tests, groupStream, options, p);
      },
      [&](const std::vector<std::uint32_t> &alone) {
        permuteAlone(alone, rows, pool, tests, stream, options, p);
      });
  return p;
}

namespace {

// The statistic of one draw of a linear statistic: offset + sum_p coefficient_p * lag_p.
double linearStatistic(double offset, const double *coefficient, const double *lags,
                       std::size_t pools) {
  double statistic = offset;
  for (std::size_t q = 0; q < pools; ++q)
    statistic += coefficient[q] * lags[q];
  return statistic;
}

struct LinearRows {
  const std::vector<std::vector<double>> &pools;
  const std::vector<double> &offset;
  const std::vector<std::vector<double>> &scales;
  const std::vector<double> &observed;
  std::vector<double> tolerance; // per row, as RowTest's (tieTolerance of the terms' magnitude)

  std::size_t count() const { return pools.size(); }
  // Row i's coefficients, one per pool.
  std::vector<double> coefficients(std::uint32_t i) const {
    std::vector<double> c(count());
    for (std::size_t q = 0; q < count(); ++q)
      c[q] = scales[q][i];
    return c;
  }
  void lags(const double *weights, const std::uint32_t *drawn, std::size_t k, double *out) const {
    for (std::size_t q = 0; q < count(); ++q)
      out[q] = weightedSum(weights, drawn, k, pools[q].data());
  }
  // Adds (sign +1) or removes (-1) a draw's statistic in row i's tally, ties as RowTest counts
  // them (in both tails).
  void count(std::uint32_t i, double statistic, PermutationTally &tally, int sign) const {
    const std::size_t above = statistic >= observed[i] - tolerance[i];
    const std::size_t below = statistic <= observed[i] + tolerance[i];
    tally.atOrAbove = sign > 0 ? tally.atOrAbove + above : tally.atOrAbove - above;
    tally.atOrBelow = sign > 0 ? tally.atOrBelow + below : tally.atOrBelow - below;
  }
};

void permuteLinearAlone(const std::vector<std::uint32_t> &rows, const PermutedRows &w,
                        const LinearRows &linear, const std::vector<std::uint32_t> &stream,
                        const PermutationOptions &options, std::vector<double> &p) {
  const std::size_t n = linear.pools.front().size(), nsim = options.permutations;
  const std::size_t pools = linear.count();
  auto chunk = [&](unsigned, std::size_t begin, std::size_t end) {
    DistinctSampler sampler(static_cast<std::uint32_t>(n - 1));
    std::vector<std::uint32_t> drawn;
    std::vector<double> lags(pools);
    for (std::size_t r = begin; r < end && !cancelRequested(options); ++r) {
      const std::uint32_t i = rows[r];
      const std::size_t k = w.size(i);
      const std::vector<double> c = linear.coefficients(i);
      drawn.resize(k);
      StreamRandom rng(options.seed, stream[i]);
      PermutationTally tally;
      for (std::size_t s = 0; s < nsim; ++s) {
        sampler.draw(rng, k, drawn.data());
        for (auto &j : drawn)
          j += (j >= i); // skip self: map [0, n-1) onto the others
        linear.lags(w.begin(i), drawn.data(), k, lags.data());
        linear.count(i, linearStatistic(linear.offset[i], c.data(), lags.data(), pools), tally, 1);
      }
      p[i] = foldedPseudoP(tally, nsim);
    }
  };
  forEachChunk(rows.size(), costlyItemThreads(options.threads, rows.size()), chunk);
}

// As permuteShared: one set of draws per group, the lags of every pool computed once per draw;
// each row scans them and redoes the draws that contain it.
void permuteLinearShared(const std::uint32_t *rows, std::size_t count, const PermutedRows &w,
                         const LinearRows &linear, std::uint32_t stream,
                         const PermutationOptions &options, std::vector<double> &p) {
  const std::size_t n = linear.pools.front().size(), nsim = options.permutations;
  const std::size_t pools = linear.count();
  const double *weights = w.begin(rows[0]);
  const std::size_t k = w.size(rows[0]), width = k + 1;
  std::vector<std::uint32_t> draws(nsim * width);
  std::vector<double> lags(nsim * pools);
  StreamRandom rng(options.seed, stream);
  DistinctSampler sampler(static_cast<std::uint32_t>(n));
  for (std::size_t s = 0; s < nsim; ++s) {
    sampler.draw(rng, width, &draws[s * width]);
    linear.lags(weights, &draws[s * width], k, &lags[s * pools]);
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> uses;
  uses.reserve(nsim * k);
  for (std::size_t s = 0; s < nsim; ++s)
    for (std::size_t t = 0; t < k; ++t)
      uses.emplace_back(draws[s * width + t], static_cast<std::uint32_t>(s));
  std::sort(uses.begin(), uses.end());

  auto chunk = [&](unsigned, std::size_t begin, std::size_t end) {
    std::vector<std::uint32_t> redone(k);
    std::vector<double> redoneLags(pools);
    for (std::size_t r = begin; r < end && !cancelRequested(options); ++r) {
      const std::uint32_t i = rows[r];
      const std::vector<double> c = linear.coefficients(i);
      const double offset = linear.offset[i];
      PermutationTally tally;
      for (std::size_t s = 0; s < nsim; ++s)
        linear.count(i, linearStatistic(offset, c.data(), &lags[s * pools], pools), tally, 1);
      const auto first = std::lower_bound(uses.begin(), uses.end(), std::make_pair(i, 0u));
      for (auto u = first; u != uses.end() && u->first == i; ++u) {
        const std::uint32_t *draw = &draws[std::size_t(u->second) * width];
        std::copy(draw, draw + k, redone.begin());
        std::replace(redone.begin(), redone.end(), i, draw[k]);
        linear.lags(weights, redone.data(), k, redoneLags.data());
        linear.count(i, linearStatistic(offset, c.data(), &lags[u->second * pools], pools), tally,
                     -1);
        linear.count(i, linearStatistic(offset, c.data(), redoneLags.data(), pools), tally, 1);
      }
      p[i] = foldedPseudoP(tally, nsim);
    }
  };
  forEachChunk(count, costlyItemThreads(options.threads, count), chunk);
}

} // namespace

std::vector<double> conditionalPermutationPValues(
    const std::vector<std::vector<double>> &pools, const SpatialWeights &weights,
    const std::vector<double> &offset, const std::vector<std::vector<double>> &scales,
    const std::vector<double> &observed, const std::vector<std::uint8_t> &skip,
    const std::vector<std::uint32_t> &stream, const PermutationOptions &options) {
  const std::size_t n = pools.empty() ? 0 : pools.front().size();
  std::vector<double> p(n, std::numeric_limits<double>::quiet_NaN());
  if (options.permutations == 0 || n < 2)
    return p;
  const PermutedRows rows = permutedRows(weights, skip);
  LinearRows linear{pools, offset, scales, observed, std::vector<double>(n)};
  std::vector<double> largestValue(pools.size(), 0.0);
  for (std::size_t q = 0; q < pools.size(); ++q)
    for (double v : pools[q])
      largestValue[q] = std::max(largestValue[q], std::abs(v));
  for (std::size_t i = 0; i < n; ++i) {
    double absWeights = 0.0;
    for (std::size_t k = 0; k < rows.size(static_cast<std::uint32_t>(i)); ++k)
      absWeights += std::abs(rows.begin(static_cast<std::uint32_t>(i))[k]);
    double magnitude = std::abs(offset[i]);
    for (std::size_t q = 0; q < pools.size(); ++q)
      magnitude += std::abs(scales[q][i]) * absWeights * largestValue[q];
    linear.tolerance[i] = tieTolerance(magnitude);
  }
  permuteByWeightGroups(
      rows, stream, options,
      [&](const std::uint32_t *group, std::size_t count, std::uint32_t groupStream) {
        permuteLinearShared(group, count, rows, linear, groupStream, options, p);
      },
      [&](const std::vector<std::uint32_t> &alone) {
        permuteLinearAlone(alone, rows, linear, stream, options, p);
      });
  return p;
}

} // namespace resilience
