#pragma once
// Local Moran's I (Anselin 1995, LISA) with the moments and quadrants of spdep 1.2-7 localmoran,
// conditional permutation pseudo p-values (spdep localmoran_perm / PySAL esda Moran_Local) and
// GeoDa-style cluster codes.
#include "common/masked_values.h"
#include "statistics/permutation.h"
#include "statistics/valid_subset.h"
#include "weights/spatial_weights.h"

#include <cstdint>
#include <string>
#include <vector>

namespace resilience {

enum class LocalMoranVariance {
  Conditional, // spdep 1.2-7 default: conditional randomisation (Sokal, Oden & Thomson 1998)
  Total        // total randomisation (Anselin 1995), spdep conditional = FALSE
};

// Moran scatterplot quadrant, "mean" version of spdep: x against mean(x), lag(x) against the mean
// of lag(x). Numbered as GeoDa's cluster codes.
enum class Quadrant : std::uint8_t {
  Undefined = 0,
  HighHigh = 1,
  LowLow = 2,
  LowHigh = 3,
  HighLow = 4
};

// GeoDa LISA cluster codes: 0 not significant, 1-4 the quadrant of a significant feature,
// 5 undefined (NULL value or no neighbour).
enum class LisaCluster : std::uint8_t {
  NotSignificant = 0,
  HighHigh = 1,
  LowLow = 2,
  LowHigh = 3,
  HighLow = 4,
  Undefined = 5
};

const char *quadrantText(Quadrant quadrant); // "High-High", ..., "Undefined"
const char *
lisaClusterText(LisaCluster cluster); // "High-High", ..., "Not significant", "Undefined"

struct LocalMoranOptions {
  LocalMoranVariance variance = LocalMoranVariance::Conditional;
  bool rowStandardise = true;          // spdep style "W"
  double significance = 0.05;          // p below this makes a cluster
  PermutationOptions permutation;      // permutations = 0: analytical inference only
  bool clustersFromPermutation = true; // use p_sim (when computed) for the clusters
  std::string valueName = "value";     // the field, for error messages
};

// Every vector is in input feature order; NaN (NULL) where reason != None.
struct LocalMoranResult {
  std::vector<double> ii;       // Ii
  std::vector<double> expected; // E.Ii
  std::vector<double> variance; // Var.Ii
  std::vector<double> z;        // Z.Ii
  std::vector<double> p;        // two-sided normal p of Z.Ii
  std::vector<double> pSim;     // folded pseudo p; empty without permutations
  std::vector<double> lag;      // spatial lag of the value (Moran scatterplot y axis)
  std::vector<Quadrant> quadrant;
  std::vector<LisaCluster> cluster;
  std::vector<NullReason> reason;
  NullSummary summary;
};

// Throws InputError for mismatched sizes, fewer than 3 valid values or zero variance.
LocalMoranResult localMoran(const MaskedValues &values, const SpatialWeights &weights,
                            const LocalMoranOptions &options = {});

// Cluster of each feature: its quadrant when p < significance, NotSignificant otherwise (also
// when p is NaN for a computed feature), Undefined where the quadrant is Undefined. Lets a caller
// recompute clusters from adjusted p-values.
std::vector<LisaCluster> lisaClusters(const std::vector<Quadrant> &quadrant,
                                      const std::vector<double> &p, double significance);

} // namespace resilience
