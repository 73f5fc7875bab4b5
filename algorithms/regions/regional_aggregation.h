#pragma once
// Neighbourhood results summarised per region, as the monitor reports buurt -> wijk -> gemeente ->
// regio -> provincie. Per region r with members i (P_i population, s_i score):
//   areas            - number of members;
//   scored           - members that entered the mean (valid score, and valid population when
//                      weighted);
//   population       - sum of the members' valid populations;
//   scoreMean        - population-weighted mean  sum P_i s_i / sum P_i  (plain mean without
//                      population); NULL when no member has a score or the weights sum to 0;
//   scoreMin/Max     - over the members' valid scores;
//   shareLowestClass - population share (member share without population) of the members in the
//                      lowest class, among members with a valid class (and population);
//   hotspots         - members whose hot-spot bin is >= the threshold (Getis-Ord bins: 2 = 95 %,
//                      3 = 99 % confidence); members with a NULL bin are not hot spots;
//   shareStacked     - population share (member share without population) living in members with
//                      stacked risks (3 or more risk flags: stacked = 1), among members whose
//                      stacking is known (the monitor's "10-30 % of residents").
// A column that is not given (empty) leaves its results NULL. Members with a NULL score,
// population, class or bin are left out of what needs that value and are listed in the report.
#include "common/masked_values.h"

#include <cstddef>
#include <limits>
#include <vector>

namespace resilience {

constexpr std::size_t kNoRegion = std::numeric_limits<std::size_t>::max();

struct RegionalAggregationInput {
  std::vector<std::size_t> region; // per neighbourhood: its region, or kNoRegion
  std::size_t regions = 0;
  MaskedValues score;
  MaskedValues population; // empty: unweighted
  MaskedValues classes;    // empty: no shareLowestClass
  double lowestClass = 1.0;
  MaskedValues hotspotBin; // empty: no hotspots
  double hotspotMinBin = 2.0;
  MaskedValues stacked; // 1 = stacked risks, 0 = not, NULL = unknown; empty: no shareStacked
};

struct RegionalAggregationReport {
  std::vector<std::size_t> unassigned;      // neighbourhoods in no region
  std::vector<std::size_t> nullScore;       // assigned, score NULL
  std::vector<std::size_t> nullPopulation;  // assigned, population NULL (when weighted)
  std::vector<std::size_t> unknownStacking; // assigned, stacking NULL (when given)
};

struct RegionalAggregation {
  std::vector<std::size_t> areas, scored;
  MaskedValues population, scoreMean, scoreMin, scoreMax, shareLowestClass, hotspots, shareStacked;
  RegionalAggregationReport report;
};

// Throws InputError naming the neighbourhood for a region index out of range or a negative
// population, and for columns whose length differs from the number of neighbourhoods.
RegionalAggregation aggregateToRegions(const RegionalAggregationInput &input);

} // namespace resilience
