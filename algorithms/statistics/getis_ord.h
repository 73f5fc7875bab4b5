#pragma once
// Getis-Ord local G statistics as z-values, exactly as spdep localG (Getis & Ord 1992, Ord &
// Getis 1995): Gi leaves the feature itself out of its neighbourhood, Gi* includes it
// (spdep include.self). Hot/cold spot bins follow ArcGIS Hot Spot Analysis (Gi_Bin).
#include "common/masked_values.h"
#include "statistics/permutation.h"
#include "statistics/valid_subset.h"
#include "weights/spatial_weights.h"

#include <cstdint>
#include <string>
#include <vector>

namespace resilience {

struct GetisOrdOptions {
  bool star = true;           // Gi* (self included) when true, Gi when false
  bool rowStandardise = true; // spdep style "W"; false keeps the weights ("B" for binary)
  // Conditional permutation pseudo p (the feature's own value stays in place for Gi*).
  PermutationOptions permutation{0, 12345, 0};
  bool binsFromPermutation = false; // bins from p_sim instead of the normal p
  std::string valueName = "value";  // the field, for error messages
};

// Every vector is in input feature order; NaN (NULL) where reason != None.
struct GetisOrdResult {
  std::vector<double> g;        // G_i or G*_i (spdep internals "Gi" / "G*i")
  std::vector<double> expected; // E(G)
  std::vector<double> variance; // V(G)
  std::vector<double> z;        // the value spdep localG returns
  std::vector<double> p;        // two-sided normal p of z
  std::vector<double> pSim;     // folded pseudo p; empty without permutations
  std::vector<std::int8_t> bin; // -3..3 (Gi_Bin); 0 where NULL, check reason
  std::vector<NullReason> reason;
  NullSummary summary;
};

// Throws InputError for mismatched sizes, fewer than 3 valid values or zero variance.
GetisOrdResult getisOrd(const MaskedValues &values, const SpatialWeights &weights,
                        const GetisOrdOptions &options = {});

// ArcGIS Gi_Bin: +-3, +-2, +-1 when the two-sided p is below 0.01, 0.05, 0.10 (99, 95, 90 %
// confidence), signed by z (hot > 0, cold < 0); 0 otherwise or when p or z is NaN.
std::vector<std::int8_t> hotspotBins(const std::vector<double> &z, const std::vector<double> &p);

// "Hot Spot - 99% Confidence", ..., "Not Significant", ..., "Cold Spot - 99% Confidence";
// "Undefined" when the result is NULL.
const char *hotspotClassText(std::int8_t bin, NullReason reason = NullReason::None);

} // namespace resilience
