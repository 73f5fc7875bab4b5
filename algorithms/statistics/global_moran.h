#pragma once
// Global Moran's I with the moments of spdep moran.test (Cliff & Ord 1981) under normality and
// randomisation, and a permutation pseudo p (spdep moran.mc, folded as PySAL esda Moran p_sim).
#include "common/masked_values.h"
#include "statistics/permutation.h"
#include "statistics/valid_subset.h"
#include "weights/spatial_weights.h"

#include <string>

namespace resilience {

struct GlobalMoranOptions {
  bool rowStandardise = true;     // spdep style "W"
  PermutationOptions permutation; // permutations = 0: analytical inference only
  std::string valueName = "value";
};

struct MoranInference {
  double variance = 0.0; // Var(I)
  double z = 0.0;
  double pGreater = 0.0;  // P(Z > z), spdep moran.test's default alternative
  double pTwoSided = 0.0; // 2 P(Z > |z|)
};

struct GlobalMoranResult {
  double i = 0.0;        // Moran's I
  double expected = 0.0; // E(I) = -1 / (n - 1)
  MoranInference normality;
  MoranInference randomisation;
  double pSim = 0.0;            // folded pseudo p; NaN without permutations or when I cannot vary
  std::size_t permutations = 0; // how many were run
  std::size_t n = 0;            // features in the formulas (valid, minus islands as spdep adjust.n)
  double s0 = 0.0, s1 = 0.0, s2 = 0.0; // weight constants of Cliff & Ord
  NullSummary summary;
};

// Throws InputError for mismatched sizes, fewer than 4 valid values, zero variance, or no links;
// Cancelled when options.permutation.cancel is set during the permutations.
GlobalMoranResult globalMoran(const MaskedValues &values, const SpatialWeights &weights,
                              const GlobalMoranOptions &options = {});

} // namespace resilience
