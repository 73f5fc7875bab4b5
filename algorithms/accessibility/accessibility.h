#pragma once
// Accessibility of facilities (GPs, schools, supermarkets) from neighbourhoods, on x/y arrays in
// one explicit distance metric (metres when ellipsoidal). With d0 the catchment distance:
//   nearest  - distance to the nearest facility, whatever d0;
//   count    - number of facilities with d_ij <= d0;
//   gravity  - Hansen (1959) potential with exponential decay, truncated at the catchment:
//              A_i = sum_{j: d_ij <= d0} S_j exp(-beta d_ij);
//   2SFCA    - two-step floating catchment (Luo & Wang 2003, Environment and Planning B 30):
//              step 1  R_j = S_j / sum_{k: d_kj <= d0} P_k   (supply per head in j's catchment)
//              step 2  A_i = sum_{j: d_ij <= d0} R_j.
// S_j is the facility's capacity (1 when none is given), P_k a neighbourhood's population.
//
// A neighbourhood is represented by one or more weighted origin points (its centroid, or the
// address points inside it with their counts). Every measure is computed per origin and the
// neighbourhood receives the weighted mean over its origins; for 2SFCA its population is spread
// over its origins in proportion to their weights. Candidate pairs come from k-d trees over the
// facilities and the origins, never from all pairs.
//
// NULLs (never a guessed number): a neighbourhood without origin gets NULL everywhere; a facility
// with NULL capacity makes gravity and 2SFCA NULL wherever it is within reach; R_j is NULL when j's
// catchment holds no population (S_j / 0) or a neighbourhood with NULL population, and then 2SFCA
// is NULL for every neighbourhood that reaches j. All of these are listed in the report.
#include "accessibility/network_reach.h"
#include "common/masked_values.h"
#include "weights/distance_metric.h"

#include <cstddef>
#include <vector>

namespace resilience {

struct AccessibilityOrigins {
  std::vector<double> x, y;      // NaN: no location (ignored)
  std::vector<std::size_t> area; // the neighbourhood each origin belongs to
  std::vector<double> weight;    // > 0; an origin's share is its weight over its area's total
};

struct AccessibilityFacilities {
  std::vector<double> x, y; // NaN: no location (skipped, reported)
  MaskedValues capacity;    // S_j >= 0; empty: every facility has capacity 1
};

struct AccessibilityOptions {
  double catchment = 0.0; // d0 > 0, in the metric's unit
  double decayRate = 0.0; // beta >= 0 per distance unit (0: gravity = capacity within d0)
  unsigned threads = 0;   // 0: all hardware threads; results do not depend on it
};

struct AccessibilityReport {
  std::vector<std::size_t> areasWithoutOrigin;          // every measure NULL
  std::vector<std::size_t> facilitiesWithoutLocation;   // not used at all
  std::vector<std::size_t> facilitiesWithoutCapacity;   // gravity and 2SFCA NULL within their reach
  std::vector<std::size_t> facilitiesWithoutDemand;     // zero population in catchment: R_j NULL
  std::vector<std::size_t> facilitiesWithUnknownDemand; // NULL population in catchment: R_j NULL
  std::vector<std::size_t> areasWithUndefinedRatio;     // 2SFCA NULL although the area has origins
};

struct AccessibilityResult {
  // One value per neighbourhood. floatingCatchment is all NULL when no population was given.
  MaskedValues nearest, count, gravity, floatingCatchment;
  AccessibilityReport report;
};

// population: one value per neighbourhood, or empty when there is none (2SFCA is then NULL).
// Throws InputError naming the origin, facility or neighbourhood for negative capacities or
// populations, non-positive origin weights, coordinates the metric cannot use, and bad options.
AccessibilityResult computeAccessibility(const AccessibilityOrigins &origins, std::size_t areas,
                                         const MaskedValues &population,
                                         const AccessibilityFacilities &facilities,
                                         const AccessibilityOptions &options,
                                         const DistanceMetric &metric);

// The same measures with distances along a road network: `network` holds the pairs found by
// networkReach for these origins and facilities with (at least) options.catchment. Coordinates only
// tell which origins and facilities have a location (finite x and y): pass NaN for those that could
// not be placed on the network.
AccessibilityResult computeNetworkAccessibility(const AccessibilityOrigins &origins,
                                                std::size_t areas, const MaskedValues &population,
                                                const AccessibilityFacilities &facilities,
                                                const NetworkReach &network,
                                                const AccessibilityOptions &options);

} // namespace resilience
