#include "permutation.h"

#include "input_error.h"

#include "parallel_ranges.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <thread>
#include <utility>

namespace resilience {

namespace {

std::uint64_t splitmix64(std::uint64_t &state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// Up to this many neighbours, drawing with rejection of repeats (checked by a scan of the
// draws so far) beats a partial Fisher-Yates shuffle, which touches an index array of size n.
constexpr std::size_t kRejectionSamplingLimit = 32;

// Draws k distinct indices from {0, ..., n-1} without `self` and returns the weighted sum of
// their values, sum_t weights[t] * pool[drawn_t].
class NeighbourSampler {
public:
  explicit NeighbourSampler(std::size_t n) : range_(static_cast<std::uint32_t>(n - 1)) {}

  double weightedSum(StreamRandom &rng, std::uint32_t self, const double *weights, std::size_t k,
                     const double *pool) {
    double sum = 0.0;
    if (k <= kRejectionSamplingLimit) {
      for (std::size_t t = 0; t < k; ++t) {
        std::uint32_t j;
        bool repeated;
        do {
          j = rng.below(range_);
          j += (j >= self); // skip self: map [0, n-1) onto the others
          repeated = false;
          for (std::size_t u = 0; u < t; ++u)
            repeated |= (drawn_[u] == j);
        } while (repeated);
        drawn_[t] = j;
        sum += weights[t] * pool[j];
      }
      return sum;
    }
    // Partial Fisher-Yates over 0..n-2, undone afterwards so the array stays the identity.
    if (index_.empty()) {
      index_.resize(range_);
      std::iota(index_.begin(), index_.end(), 0u);
    }
    swaps_.resize(k);
    for (std::size_t t = 0; t < k; ++t) {
      const std::uint32_t r = static_cast<std::uint32_t>(t) + rng.below(range_ - std::uint32_t(t));
      std::swap(index_[t], index_[r]);
      swaps_[t] = r;
      sum += weights[t] * pool[index_[t] + (index_[t] >= self)];
    }
    for (std::size_t t = k; t-- > 0;)
      std::swap(index_[t], index_[swaps_[t]]);
    return sum;
  }

private:
  std::uint32_t range_;
  std::uint32_t drawn_[kRejectionSamplingLimit];
  std::vector<std::uint32_t> index_;
  std::vector<std::uint32_t> swaps_;
};

} // namespace

StreamRandom::StreamRandom(std::uint64_t seed, std::uint64_t stream) {
  std::uint64_t state = seed;
  state = splitmix64(state) ^ (stream * 0xD1B54A32D192ED03ull);
  for (auto &word : s_)
    word = splitmix64(state);
}

unsigned permutationThreads(unsigned requested, std::size_t items) {
  const unsigned t = requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(t, items)));
}

double foldedPseudoP(std::size_t larger, std::size_t permutations) {
  const std::size_t folded = std::min(larger, permutations - larger);
  return (static_cast<double>(folded) + 1.0) / (static_cast<double>(permutations) + 1.0);
}

std::vector<double> conditionalPermutationPValues(
    const std::vector<double> &pool, const SpatialWeights &weights,
    const std::vector<double> &offset, const std::vector<double> &scale,
    const std::vector<double> &observed, const std::vector<std::uint8_t> &skip,
    const std::vector<std::uint32_t> &stream, const PermutationOptions &options) {
  const std::size_t n = pool.size();
  std::vector<double> p(n, std::numeric_limits<double>::quiet_NaN());
  const std::size_t nsim = options.permutations;
  if (nsim == 0 || n < 2)
    return p;
  // Contiguous chunks, one per thread: rows cost about the same, and each row has its own
  // generator, so the split does not change the result.
  auto rows = [&](unsigned, std::size_t begin, std::size_t end) {
    NeighbourSampler sampler(n);
    std::vector<double> rowWeights; // the row without its self link
    for (std::size_t i = begin; i < end; ++i) {
      if (options.cancel && options.cancel->load(std::memory_order_relaxed))
        return;
      if (skip[i])
        continue;
      rowWeights.clear();
      const std::uint32_t *nb = weights.neighboursBegin(i);
      const double *w = weights.weightsBegin(i);
      for (std::size_t k = 0; k < weights.neighbourCount(i); ++k)
        if (nb[k] != i)
          rowWeights.push_back(w[k]);
      const std::size_t k = rowWeights.size();
      if (k == 0 || k > n - 1)
        continue;
      StreamRandom rng(options.seed, stream[i]);
      const auto self = static_cast<std::uint32_t>(i);
      std::size_t larger = 0;
      for (std::size_t s = 0; s < nsim; ++s) {
        const double lag = sampler.weightedSum(rng, self, rowWeights.data(), k, pool.data());
        larger += (offset[i] + scale[i] * lag >= observed[i]);
      }
      p[i] = foldedPseudoP(larger, nsim);
    }
  };
  forEachChunk(n, permutationThreads(options.threads, n), rows);
  if (options.cancel && options.cancel->load())
    throw Cancelled();
  return p;
}

} // namespace resilience
