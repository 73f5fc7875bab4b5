#include "regions/region_summary.h"

#include <algorithm>
#include <numeric>

namespace resilience {

RegionSummary summariseRegions(const RegionalAggregationInput &input, std::size_t lowestCount) {
  RegionSummary summary;
  summary.regions = aggregateToRegions(input);
  RegionalAggregationInput whole = input;
  whole.region.assign(input.region.size(), 0);
  whole.regions = 1;
  summary.province = aggregateToRegions(whole);

  // Province-wide ranks, lowest score first.
  const std::size_t n = input.region.size();
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < n; ++i)
    if (input.score.isValid(i))
      order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return input.score.values[a] < input.score.values[b];
  });
  std::vector<std::size_t> rank(n, 0);
  for (std::size_t k = 0; k < order.size(); ++k)
    rank[order[k]] = k > 0 && input.score.values[order[k]] == input.score.values[order[k - 1]]
                         ? rank[order[k - 1]]
                         : k + 1;

  summary.rank = MaskedValues(n);
  for (std::size_t i : order)
    summary.rank.set(i, static_cast<double>(rank[i]));
  summary.lowest.assign(input.regions, {});
  for (std::size_t i : order) {
    if (summary.provinceLowest.size() < lowestCount)
      summary.provinceLowest.push_back({i, input.score.values[i], rank[i]});
    const std::size_t r = input.region[i];
    if (r == kNoRegion || summary.lowest[r].size() >= lowestCount)
      continue;
    summary.lowest[r].push_back({i, input.score.values[i], rank[i]});
  }
  return summary;
}

MaskedValues lowestClassByScore(const MaskedValues &score, double upperBound) {
  MaskedValues classes(score.size());
  for (std::size_t i = 0; i < score.size(); ++i)
    if (score.isValid(i))
      classes.set(i, score.values[i] <= upperBound ? 1.0 : 2.0);
  return classes;
}

} // namespace resilience
