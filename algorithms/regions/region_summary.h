#pragma once
// The summary table of a map book page: each region beside the province (all neighbourhoods
// together), and the neighbourhoods of each region that score lowest, with their rank in the
// province. Built on aggregateToRegions, so a region's figures equal resilience:aggregate's.
#include "regions/regional_aggregation.h"

#include <cstddef>
#include <vector>

namespace resilience {

struct RankedArea {
  std::size_t index; // neighbourhood
  double score;
  // 1 = the lowest score of the province; ties share the lowest rank ("competition" ranking:
  // 1, 2, 2, 4), so a rank never depends on the order of the input.
  std::size_t rank;
};

struct RegionSummary {
  RegionalAggregation regions;  // one entry per region
  RegionalAggregation province; // one entry: every neighbourhood, in a region or not
  // Per region: its `lowestCount` lowest-scoring neighbourhoods, lowest first (ties by rank,
  // then by input order). Neighbourhoods with a NULL score are not ranked.
  std::vector<std::vector<RankedArea>> lowest;
  std::vector<RankedArea> provinceLowest; // the same over every neighbourhood
  MaskedValues rank; // per neighbourhood: its rank in the province; NULL without a score
};

RegionSummary summariseRegions(const RegionalAggregationInput &input, std::size_t lowestCount);

// Class 1 for scores at or below `upperBound` (the map's lowest class), 2 above, NULL for NULL:
// the classes for shareLowestClass when the layer has no class field of its own.
MaskedValues lowestClassByScore(const MaskedValues &score, double upperBound);

} // namespace resilience
