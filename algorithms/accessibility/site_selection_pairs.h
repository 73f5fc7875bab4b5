#pragma once
// The distances site selection works on (site_selection.h: SitePairs), from points in one distance
// metric (straight lines, metres when ellipsoidal) or from a road network's reach.
#include "accessibility/network_reach.h"
#include "accessibility/site_selection.h"
#include "weights/distance_metric.h"

#include <cstddef>
#include <vector>

namespace resilience {

struct SitePoints {
  std::vector<double> x, y; // NaN: no location (reaches nothing, is reached by nothing)
};

// Pairs (demand point, site) with distance <= maxDistance; maxDistance = infinity gives every pair
// (p-median), which is refused with an InputError above maxPairs pairs. Sites are the candidates
// followed by the existing sites. Throws InputError for coordinates the metric cannot use.
SitePairs straightLineSitePairs(const SitePoints &demand, const SitePoints &candidates,
                                const SitePoints &existing, const DistanceMetric &metric,
                                double maxDistance, std::size_t maxPairs = 50000000);

// The same from network reach computed with the candidates followed by the existing sites as
// facilities (networkReach's catchment bounds the pairs; pass infinity for p-median).
SitePairs networkSitePairs(const NetworkReach &reach, std::size_t candidates, std::size_t existing);

} // namespace resilience
