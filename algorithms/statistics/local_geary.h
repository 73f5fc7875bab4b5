#pragma once
// Local Geary's c for one or several variables (Anselin 2019, "A local indicator of multivariate
// spatial association: extending Geary's c", Geographical Analysis 51), as R spdep 1.2-7 localC /
// localC_perm and GeoDa compute it:
//   every variable is scaled (z = (x - mean) / sd, sd with divisor n - 1, R's scale()), and
//   c_i = (1/k) sum_v sum_j w_ij (z_iv - z_jv)^2 over the k variables.
// A small c_i means the neighbours are alike (positive association), a large one that they differ
// (negative association). Inference by conditional permutation (permutation.h), folded pseudo p as
// spdep's "Pr(folded) Sim". Clusters (GeoDa's local Geary cluster map): a significant feature is
// associated positively when c_i is below its expectation under conditional permutation,
// E[c_i] = W_i (1/k) sum_v (1 + z_iv^2 n / (n - 1)) (W_i = sum_j w_ij: every other feature is an
// equally likely neighbour), negatively otherwise. One variable: positive association splits into
// High-High (z_i > 0 and lag z_i > 0), Low-Low (both <= 0, as spdep's cut) and Other positive;
// several variables: Positive / Negative association.
//
// NULLs and islands follow valid_subset.h: a feature with a NULL in any of the variables is left
// out of every variable's mean and sd; an island gets NULL results and cluster Undefined.
#include "common/masked_values.h"
#include "statistics/permutation.h"
#include "statistics/valid_subset.h"
#include "weights/spatial_weights.h"

#include <cstdint>
#include <string>
#include <vector>

namespace resilience {

enum class LocalGearyCluster : std::uint8_t {
  NotSignificant = 0,
  HighHigh = 1,
  LowLow = 2,
  OtherPositive = 3,
  Negative = 4,
  Undefined = 5,
  PositiveAssociation = 6, // several variables
  NegativeAssociation = 7  // several variables
};

// "High-High", "Low-Low", "Other positive", "Negative", "Not significant", "Undefined",
// "Positive association", "Negative association".
const char *localGearyClusterText(LocalGearyCluster cluster);

struct LocalGearyOptions {
  bool rowStandardise = true;          // spdep style "W"
  double significance = 0.05;          // p_sim below this makes a cluster
  PermutationOptions permutation;      // permutations = 0: no p_sim, every feature Not significant
  std::vector<std::string> valueNames; // the fields, for error messages
};

// In input feature order; NaN (NULL) where reason != None.
struct LocalGearyResult {
  std::vector<double> c;        // localC
  std::vector<double> expected; // E[c_i] under conditional permutation
  std::vector<double> pSim;     // folded pseudo p; empty without permutations
  // The cluster each feature has when significant (Undefined for NULL values and islands):
  // localGearyClusters turns it and a p into the cluster.
  std::vector<LocalGearyCluster> association;
  std::vector<LocalGearyCluster> cluster; // from pSim and significance
  std::vector<NullReason> reason;
  NullSummary summary;
};

// variables: 1..k columns of the same length. Throws InputError for no variable, columns of other
// lengths, fewer than 3 complete features or a variable without spread (named).
LocalGearyResult localGeary(const std::vector<MaskedValues> &variables,
                            const SpatialWeights &weights, const LocalGearyOptions &options = {});

// association where p < significance, NotSignificant otherwise (also for a NaN p), Undefined
// where association is Undefined: recomputes clusters from adjusted p-values.
std::vector<LocalGearyCluster> localGearyClusters(const std::vector<LocalGearyCluster> &association,
                                                  const std::vector<double> &p,
                                                  double significance);

} // namespace resilience
