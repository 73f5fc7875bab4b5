#pragma once
// Bivariate local Moran (Anselin, Syabri & Smirnov 2002; GeoDa's bivariate LISA), as R spdep
// 1.2-7 localmoran_bv(scale = TRUE): both variables scaled by R's scale() (sd with divisor
// n - 1), I_i = zx_i * sum_j w_ij zy_j: a feature's x against the weighted mean of its
// neighbours' y (low resilience next to poor library access). PySAL esda's Moran_Local_BV
// scales with the population sd (divisor n), so its I_i is ours times n / (n - 1): the same
// p-values and clusters, a slightly larger number.
//
// Inference by conditional permutation of y around each feature (permutation.h), folded pseudo
// p (spdep "Pr(folded) Sim", esda p_sim); there is no analytical variance (expected, variance, z
// and p of the result are NaN). Quadrant (GeoDa): High/Low of zx_i against 0 and of the lag of
// zy against 0, so High-Low is a high x among low y. A feature with either value NULL is left
// out of both (valid_subset.h); islands and NULLs get cluster Undefined.
#include "statistics/local_moran.h"

namespace resilience {

struct BivariateLocalMoranOptions {
  bool rowStandardise = true;
  double significance = 0.05;
  PermutationOptions permutation;
  std::string valueName = "x";    // FIELD
  std::string lagValueName = "y"; // FIELD_LAG
};

// Throws InputError for mismatched sizes, fewer than 3 complete features or a variable without
// spread (named).
LocalMoranResult bivariateLocalMoran(const MaskedValues &x, const MaskedValues &y,
                                     const SpatialWeights &weights,
                                     const BivariateLocalMoranOptions &options = {});

} // namespace resilience
