#pragma once
// LISA Markov chains and the spatial Markov chain, with the definitions of PySAL giddy
// (giddy.markov.LISA_Markov, Spatial_Markov; Rey 2001, Rey, Murray & Anselin 2011):
// - each feature's Moran scatterplot quadrant per period, numbered as giddy: 1 HH, 2 LH, 3 LL,
//   4 HL; transitions counted between consecutive periods over all features (a 4 x 4 matrix,
//   rows = from, columns = to), their row probabilities and the steady state (the left
//   eigenvector of the probabilities for eigenvalue 1, summing to 1; giddy.ergodic.steady_state);
// - the spatial Markov chain: values in k quantile classes pooled over all periods (giddy
//   fixed=True), the spatial lag in k classes likewise, and the class transitions of features
//   counted separately for each lag class of the origin period.
#include "common/masked_values.h"
#include "statistics/permutation.h"
#include "weights/spatial_weights.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace resilience {

// Which quadrant rule: PySAL / GeoDa compare z = x - mean(x) and its spatial lag with 0 (so the
// lag with the mean of x); spdep compares x with mean(x) and the lag with the mean of the lags
// ("mean" quadrants). A value equal to its mean is Low in both.
enum class QuadrantRule { PySAL, Spdep };

// giddy numbering: 0 = undefined (NULL value or island), 1 HH, 2 LH, 3 LL, 4 HL.
const char *markovStateName(std::uint8_t state); // "HH", "LH", "LL", "HL", "NA"

struct LisaMarkovOptions {
  QuadrantRule rule = QuadrantRule::PySAL;
  // 0: every feature counts with its quadrant. > 0: a transition counts only when the feature's
  // local Moran is significant (pseudo p <= significance) in both periods (giddy's significant
  // moves).
  PermutationOptions permutation{0, 12345, 0};
  double significance = 0.05;
  std::size_t spatialClasses = 5; // quintiles (Rey 2001); 0 = no spatial Markov chain
  std::string valueName = "value";
};

struct LisaMarkovResult {
  std::size_t features = 0, periods = 0;
  std::vector<std::uint8_t> state;        // period * features + feature, giddy numbering
  std::vector<std::uint8_t> counted;      // per bin: significant (always 1 without permutations)
  std::array<double, 16> transitions{};   // counts, row-major, states HH, LH, LL, HL
  std::array<double, 16> probabilities{}; // rows of the counts divided by their sums; NaN rows
                                          // for a state never left
  std::array<double, 4> steadyState{};    // NaN when the chain has no unique steady state
  std::vector<std::string> path;          // per feature, "HH>HH>LL" ("NA" for undefined)
  std::vector<std::uint32_t> moves;       // per feature: counted transitions to another state

  // Spatial Markov: spatialCounts[c][a * k + b] = transitions from value class a to b among
  // features whose lag was in class c in the origin period; classes 0 (lowest) to k - 1.
  std::size_t k = 0;
  std::vector<double> valueBreaks, lagBreaks; // k - 1 inner breaks (upper bounds, inclusive)
  std::vector<std::vector<double>> spatialCounts;
};

// periods: one value column per period (weights order). Throws InputError (naming valueName and
// the period) for different lengths, fewer than two periods, or a period local Moran cannot use.
// Weights are row-standardised (giddy's Moran_Local default).
LisaMarkovResult lisaMarkov(const std::vector<MaskedValues> &periods, const SpatialWeights &weights,
                            const LisaMarkovOptions &options);

// Left eigenvector of a row-stochastic matrix for eigenvalue 1, summing to 1 (solves
// pi (P - I) = 0 with sum pi = 1). NaN entries when P has a NaN row or no unique solution.
std::vector<double> steadyState(const std::vector<double> &p, std::size_t states);

// Class of v among upper-inclusive breaks: the number of breaks strictly below v (mapclassify's
// searchsorted); breaks are type-7 quantiles at 1/k .. (k-1)/k of the pooled values.
std::vector<double> quantileBreaks(std::vector<double> pooled, std::size_t k);
std::size_t classOf(double v, const std::vector<double> &breaks);

} // namespace resilience
