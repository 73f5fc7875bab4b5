#pragma once
// Permutation inference that gives the same answer for a seed whatever the number of threads:
// every feature (or every permutation of a global statistic) draws from its own generator,
// derived from (seed, stream index) by splitmix64, so the work can be split in any way.
#include "weights/spatial_weights.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace resilience {

struct PermutationOptions {
  std::size_t permutations = 999; // 0 = no permutation inference
  std::uint64_t seed = 12345;
  unsigned threads = 0; // 0 = std::thread::hardware_concurrency()
  // Set from another thread (the user pressed Cancel) to stop early: the permutation functions
  // then throw Cancelled instead of returning partial p-values.
  const std::atomic<bool> *cancel = nullptr;
};

// xoshiro256** (Blackman & Vigna 2018) seeded from splitmix64(seed, stream).
class StreamRandom {
public:
  StreamRandom(std::uint64_t seed, std::uint64_t stream);
  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  // Uniform integer in [0, range), range > 0, without modulo bias (Lemire 2019), using 32 random
  // bits per call (each 64-bit output is used twice).
  std::uint32_t below(std::uint32_t range) {
    std::uint64_t m = std::uint64_t(next32()) * range;
    auto low = static_cast<std::uint32_t>(m);
    if (low < range) {
      const std::uint32_t threshold = (0u - range) % range;
      while (low < threshold) {
        m = std::uint64_t(next32()) * range;
        low = static_cast<std::uint32_t>(m);
      }
    }
    return static_cast<std::uint32_t>(m >> 32);
  }

private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint32_t next32() {
    if (haveSpare_) {
      haveSpare_ = false;
      return spare_;
    }
    const std::uint64_t v = next();
    spare_ = static_cast<std::uint32_t>(v >> 32);
    haveSpare_ = true;
    return static_cast<std::uint32_t>(v);
  }
  std::uint64_t s_[4];
  std::uint32_t spare_ = 0;
  bool haveSpare_ = false;
};

// How a statistic's permutations compare with its observed value. A permuted value within
// rounding of the observed one (a tie) is at least as extreme in both tails.
struct PermutationTally {
  std::size_t atOrAbove = 0; // permuted >= observed (ties included)
  std::size_t atOrBelow = 0; // permuted <= observed (ties included)
};

// Folded pseudo p-value (min(atOrAbove, atOrBelow) + 1) / (nsim + 1). Without ties it is spdep
// localmoran_perm's "Pr(folded) Sim" and PySAL esda's p_sim, which count ties as extreme in the
// lower tail only (nsim - #{>=}): a permutation equal to the observed statistic then makes it look
// significant. Counting a tie in both tails never does, as spdep's rank-based p-values (moran.mc,
// localmoran_perm rank = TRUE) rank ties at their average. When every permutation ties with the
// observed statistic, the statistic cannot vary (a feature linked to all others, every other value
// equal): the result is NaN (NULL), not a p-value.
double foldedPseudoP(const PermutationTally &tally, std::size_t permutations);

// Two values of a statistic closer than this are a tie: `magnitude` bounds the absolute size of
// the terms summed (e.g. sum |w| * max |x|), and sums of the same terms in another order differ by
// far less than 1e-10 of it.
inline double tieTolerance(double magnitude) {
  return 1e-10 * magnitude;
}

// Conditional permutation (Anselin 1995): for row i, the values at its k_i neighbours (self links
// excluded, they stay fixed) are replaced by k_i values drawn without replacement from the other
// n - 1 entries of `pool`, options.permutations times. The statistic of a draw is
// offset[i] + scale[i] * sum_k w_ik * drawn_k, compared with observed[i] (ties as foldedPseudoP).
// Rows with skip[i] != 0, and rows whose statistic cannot vary, get NaN. Rows with the same weights
// (every row of a row-standardised contiguity with the same number of neighbours) share one set of
// draws, as PySAL esda's crand shares its permutation matrix: each row still gets exactly its own
// conditional distribution, at the cost of a binary search. A row with weights of its own draws
// alone from the generator stream[i] (the input feature index); a group draws from the smallest
// stream of its rows. So the result depends on the seed and the data, never on the thread count or
// the order of work.
std::vector<double> conditionalPermutationPValues(
    const std::vector<double> &pool, const SpatialWeights &weights,
    const std::vector<double> &offset, const std::vector<double> &scale,
    const std::vector<double> &observed, const std::vector<std::uint8_t> &skip,
    const std::vector<std::uint32_t> &stream, const PermutationOptions &options);

// The same conditional permutation for a statistic linear in several spatial lags, such as local
// Geary's c (Anselin 2019), whose sum_j w_ij (z_i - z_j)^2 expands to
// z_i^2 W_i - 2 z_i sum_j w_ij z_j + sum_j w_ij z_j^2: a draw's statistic is
// offset[i] + sum_p scales[p][i] * sum_k w_ik * pools[p][drawn_k], one draw shared by every pool
// (the k_i features drawn carry all their values). Shared draws, generators and skip as above; the
// statistic is not monotone in one lag, so a row of a group scans the group's lags
// (pools.size() multiplications per permutation) instead of a binary search. Ties count as in
// the single-lag version (in both tails, within tieTolerance of the terms' magnitude).
std::vector<double> conditionalPermutationPValues(
    const std::vector<std::vector<double>> &pools, const SpatialWeights &weights,
    const std::vector<double> &offset, const std::vector<std::vector<double>> &scales,
    const std::vector<double> &observed, const std::vector<std::uint8_t> &skip,
    const std::vector<std::uint32_t> &stream, const PermutationOptions &options);

} // namespace resilience
