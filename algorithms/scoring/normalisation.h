#pragma once
// Normalisation of one indicator column onto a common scale, and the order statistics it needs
// (type-7 quantiles, ranks). Conventions follow COINr (Becker et al., n_zscore, n_minmax, n_prank,
// n_goalposts) and the OECD/JRC Handbook on Constructing Composite Indicators (2008), section 5:
// the direction is applied first (COINr multiplies by -1), then the scale.
#include "common/masked_values.h"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace resilience {

enum class NormalisationMethod {
  ZScore,   // (x - mean) / sd, sample sd (n - 1) as R's sd() and COINr n_zscore
  MinMax,   // 100 (x - min) / (max - min), COINr n_minmax with l_u = c(0, 100)
  Rank,     // percentile rank 100 (r - 1) / (n - 1), r = rank with ties "min" (COINr n_prank)
  Robust,   // (x - median) / IQR, quartiles by R's default quantile type 7
  Goalposts // 100 (x - lo) / (hi - lo) with fixed goalposts, optionally clamped (COINr n_goalposts)
};

// Option names as users type them: zscore, minmax, rank, robust, goalposts.
std::string normalisationName(NormalisationMethod method);
std::optional<NormalisationMethod> parseNormalisation(const std::string &name);

struct Goalposts {
  double low = 0.0;  // value mapped to 0
  double high = 0.0; // value mapped to 100
  bool clamp = true; // values beyond the goalposts become 0 or 100 (COINr n_goalposts trunc)
};

// Result of normalising one column: either values (NULL where the input is NULL) or the reason
// the indicator cannot be normalised (all NULL, one value, zero variance, zero IQR).
struct NormalisedColumn {
  MaskedValues values;
  std::string skipReason; // empty when the column is usable
  bool usable() const { return skipReason.empty(); }
};

// What a column is normalised against: the statistics of the participating values with the
// direction applied (negated for '-'), exactly as normalise() uses them. A baseline file stores
// one per indicator so that later years are scored on the reference year's scale.
struct NormalisationReference {
  NormalisationMethod method = NormalisationMethod::ZScore;
  bool reverse = false; // direction '-': values are negated before the scale is applied
  // zscore: (y - centre) / spread          centre = mean, spread = sample sd
  // minmax: 100 (y - centre) / (upper - centre)   centre = min, upper = max
  // robust: (y - centre) / spread          centre = median, spread = IQR
  // goalposts: 100 (y - centre) / (upper - centre), clamped to 0-100 when clamp
  // rank: 100 (number of sorted values below y) / (n - 1), n = sorted.size()
  double centre = 0.0;
  double spread = 1.0;
  double upper = 0.0;
  bool clamp = true;
  std::vector<double> sorted;
};

// The reference of one column, or the reason it cannot be normalised (same reasons as normalise).
struct ReferenceOrReason {
  NormalisationReference reference;
  std::string skipReason;
  bool usable() const { return skipReason.empty(); }
};
ReferenceOrReason normalisationReference(const MaskedValues &x,
                                         const std::vector<std::uint8_t> &include,
                                         NormalisationMethod method, bool reverse,
                                         const std::optional<Goalposts> &goalposts);
// Maps the participating entries of x onto the reference's scale; no statistic of x is used, so
// values outside the reference range leave the usual range (minmax, rank beyond 0-100) unless the
// reference clamps (goalposts). normalise() is normalisationReference followed by this.
MaskedValues applyNormalisation(const MaskedValues &x, const std::vector<std::uint8_t> &include,
                                const NormalisationReference &reference);

// Normalises the valid entries of `x` where `include` is 1 (an empty include means all).
// `reverse` applies direction '-': the column is negated (goalposts become (-high, -low)), so a
// low raw value scores high on every scale. goalposts is required for Goalposts, ignored otherwise.
NormalisedColumn normalise(const MaskedValues &x, const std::vector<std::uint8_t> &include,
                           NormalisationMethod method, bool reverse,
                           const std::optional<Goalposts> &goalposts);

// Quantile of sorted values with R's default type 7: h = (n - 1) p, linear between neighbours.
double quantileType7(const std::vector<double> &sorted, double p);

// Ranks of the valid entries (1 = smallest); ties get the lowest rank of the tie ("min", as R's
// rank(ties.method = "min")). Invalid entries stay invalid.
MaskedValues minRanks(const MaskedValues &x);
// Same with ties given their mean rank (R's default "average"), as used by Spearman's rho.
MaskedValues averageRanks(const MaskedValues &x);
// The valid entries of x as (value, index), ascending (ties by index): the order ranks follow.
std::vector<std::pair<double, std::size_t>> ascendingEntries(const MaskedValues &x);
// averageRanks of x, given as ascendingEntries(x) and its size, with only the entries also valid
// in `also`: the ranks Spearman's rho needs for the pairs complete in both columns, in one pass
// over the sorted order instead of another sort.
MaskedValues averageRanksWhereValid(const std::vector<std::pair<double, std::size_t>> &ascending,
                                    std::size_t size, const MaskedValues &also);

// Winsorising: values below the `lower` quantile or above the `upper` quantile (type 7, over the
// valid entries where include is 1) are set to that quantile. Returns how many were clipped.
struct WinsorCounts {
  std::size_t low = 0;
  std::size_t high = 0;
};
WinsorCounts winsorise(MaskedValues &x, const std::vector<std::uint8_t> &include, double lower,
                       double upper);
// The raw values winsorise() clips at (type-7 quantiles of the participating values); NaN when no
// value takes part.
std::pair<double, double> winsorBounds(const MaskedValues &x,
                                       const std::vector<std::uint8_t> &include, double lower,
                                       double upper);
// Clips the participating values at fixed bounds (a baseline's), counting what was changed.
WinsorCounts clipToBounds(MaskedValues &x, const std::vector<std::uint8_t> &include, double low,
                          double high);

} // namespace resilience
