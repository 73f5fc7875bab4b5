#pragma once
// Emerging hot spots (ArcGIS Pro Emerging Hot Spot Analysis, "How Emerging Hot Spot Analysis
// works"): a Getis-Ord Gi* z-score for every feature in every period (a space-time neighbourhood:
// the spatial neighbours and the feature itself in this period and in `timeNeighbours` earlier
// ones, the whole cube as the population; with 0 earlier periods each period is a plain spatial
// Gi* of its own values, exactly spdep localG), a Mann-Kendall trend test of each feature's z
// series, and one of ArcGIS's 17 categories from the series of significant hot and cold bins.
#include "common/masked_values.h"
#include "statistics/getis_ord.h"
#include "statistics/mann_kendall.h"
#include "statistics/multiple_testing.h"
#include "statistics/risk_direction.h"
#include "weights/spatial_weights.h"

#include <cstdint>
#include <string>
#include <vector>

namespace resilience {

// The 17 categories in ArcGIS's order (No Pattern Detected first), then Undefined (no value in any
// period: no category at all).
enum class EmergingCategory : std::uint8_t {
  NoPattern,
  NewHot,
  ConsecutiveHot,
  IntensifyingHot,
  PersistentHot,
  DiminishingHot,
  SporadicHot,
  OscillatingHot,
  HistoricalHot,
  NewCold,
  ConsecutiveCold,
  IntensifyingCold,
  PersistentCold,
  DiminishingCold,
  SporadicCold,
  OscillatingCold,
  HistoricalCold,
  Undefined
};

// ArcGIS's English name ("New Hot Spot", "No Pattern Detected", ...; "Undefined"): the stable text
// written to ehs_category, translated by the style.
const char *emergingCategoryName(EmergingCategory c);

// The same category seen from the risk end (design "Risk first"): with the risk at the low end a
// cold spot of the values is a spot of risk. Names: "New Risk Spot", "Persistent Low-Risk Spot",
// ...; with the risk at the high end the hot spots are the risk spots.
const char *emergingRiskName(EmergingCategory c, RiskEnd end);

// The category of one location from its significant bins per period (+1 hot, -1 cold, 0 not
// significant or no value), in time order, and the Mann-Kendall test of its z series. A trend is
// significant when trendP < alpha; its direction is the sign of trendZ. Rules (ArcGIS, with the
// overlaps ArcGIS leaves open settled as documented in docs/monitor.md):
//   final bin hot, >= 90 % of bins hot: intensifying (significant upward trend), diminishing
//     (significant downward trend), persistent (no significant trend);
//   final bin hot, < 90 % hot: oscillating (a cold bin before), new (no other significant bin),
//     consecutive (one final run of >= 2 hot bins, nothing significant before it), sporadic
//     (otherwise: earlier hot bins with gaps, never cold);
//   final bin not hot, >= 90 % hot and the final bin not cold: historical;
//   the same for cold with hot and cold exchanged; otherwise no pattern detected.
// "90 %" counts bins: 10 hot >= 9 n. An empty series (no period) is Undefined.
EmergingCategory classifyEmerging(const std::vector<std::int8_t> &significant, double trendZ,
                                  double trendP, double alpha);

struct EmergingOptions {
  std::size_t timeNeighbours = 1; // earlier periods in each space-time neighbourhood (ArcGIS: 1)
  bool rowStandardise = false;    // ArcGIS weighs neighbours as given (binary); true = spdep "W"
  PermutationOptions permutation{0, 12345, 0};
  PValueAdjustment correction = PValueAdjustment::None; // over all bins of the cube
  double alpha = 0.10; // significance of bins and trends (ArcGIS: 90 % confidence)
  std::string valueName = "value";
};

struct EmergingResult {
  std::size_t features = 0, periods = 0;
  // Per bin, index period * features + feature: Gi* z, p, pseudo p (empty without permutations),
  // adjusted p used for the bins, ArcGIS Gi_Bin (0 where NULL) and whether it is NULL.
  std::vector<double> z, p, pSim, pAdjusted;
  std::vector<std::int8_t> bin;
  std::vector<std::uint8_t> defined;
  // Per feature.
  std::vector<MannKendallResult> trend; // of the z series
  std::vector<std::uint32_t> hotCount, coldCount;
  std::vector<EmergingCategory> category;
  std::size_t undefinedBins = 0; // NULL value or island
};

// periods: one value column per period, each with one entry per feature (weights order). Throws
// InputError (naming valueName and the period) for columns of different lengths, fewer than two
// periods, or a period (timeNeighbours = 0) or cube that Gi* cannot use (zero variance, < 3
// values).
EmergingResult emergingHotspots(const std::vector<MaskedValues> &periods,
                                const SpatialWeights &weights, const EmergingOptions &options);

// The space-time weights of a cube with `periods` slices: node (t, i) = t * n + i is linked to
// (s, j) for every spatial link i -> j and to (s, i) itself for s < t, for s from t -
// timeNeighbours to t (earlier periods than the first are absent); the weights of the spatial links
// are kept, the feature's own earlier bins weigh 1. The node's own bin is added by Gi*
// (include.self).
SpatialWeights spaceTimeWeights(const SpatialWeights &spatial, std::size_t periods,
                                std::size_t timeNeighbours);

} // namespace resilience
