#include "regions/regional_aggregation.h"

#include "common/input_error.h"

#include <algorithm>
#include <string>

namespace resilience {
namespace {

void requireLength(const MaskedValues &column, std::size_t n, const char *what) {
  if (!column.values.empty() && column.size() != n)
    throw InputError(std::string(what) + ": " + std::to_string(column.size()) + " values for " +
                     std::to_string(n) + " neighbourhoods");
}

} // namespace

RegionalAggregation aggregateToRegions(const RegionalAggregationInput &in) {
  const std::size_t n = in.region.size(), regions = in.regions;
  if (in.score.size() != n)
    throw InputError("score: " + std::to_string(in.score.size()) + " values for " +
                     std::to_string(n) + " neighbourhoods");
  requireLength(in.population, n, "population");
  requireLength(in.classes, n, "class");
  requireLength(in.hotspotBin, n, "hot-spot bin");
  requireLength(in.stacked, n, "stacking");
  const bool weighted = !in.population.values.empty();
  for (std::size_t i = 0; i < n; ++i) {
    if (in.region[i] != kNoRegion && in.region[i] >= regions)
      throw InputError("neighbourhood " + std::to_string(i) + ": region " +
                       std::to_string(in.region[i]) + " does not exist");
    if (weighted && in.population.isValid(i) && in.population.values[i] < 0.0)
      throw InputError("neighbourhood " + std::to_string(i) + ": population " +
                       std::to_string(in.population.values[i]) + " is negative");
  }

  RegionalAggregation out;
  out.areas.assign(regions, 0);
  out.scored.assign(regions, 0);
  std::vector<double> weightedSum(regions, 0.0), weightSum(regions, 0.0);
  std::vector<double> lowest(regions, 0.0), classed(regions, 0.0), population(regions, 0.0);
  std::vector<double> hotspots(regions, 0.0), stacked(regions, 0.0), stackingKnown(regions, 0.0);
  out.scoreMin = MaskedValues(regions);
  out.scoreMax = MaskedValues(regions);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t r = in.region[i];
    if (r == kNoRegion) {
      out.report.unassigned.push_back(i);
      continue;
    }
    ++out.areas[r];
    const bool hasWeight = !weighted || in.population.isValid(i);
    const double w = weighted ? in.population.values[i] : 1.0;
    if (!hasWeight)
      out.report.nullPopulation.push_back(i);
    else
      population[r] += w;
    if (!in.score.isValid(i)) {
      out.report.nullScore.push_back(i);
    } else {
      const double s = in.score.values[i];
      out.scoreMin.set(r, out.scoreMin.isValid(r) ? std::min(out.scoreMin.values[r], s) : s);
      out.scoreMax.set(r, out.scoreMax.isValid(r) ? std::max(out.scoreMax.values[r], s) : s);
      if (hasWeight) {
        ++out.scored[r];
        weightedSum[r] += w * s;
        weightSum[r] += w;
      }
    }
    if (!in.classes.values.empty() && in.classes.isValid(i) && hasWeight) {
      classed[r] += w;
      if (in.classes.values[i] == in.lowestClass)
        lowest[r] += w;
    }
    if (!in.hotspotBin.values.empty() && in.hotspotBin.isValid(i) &&
        in.hotspotBin.values[i] >= in.hotspotMinBin)
      hotspots[r] += 1.0;
    if (!in.stacked.values.empty()) {
      if (!in.stacked.isValid(i)) {
        out.report.unknownStacking.push_back(i);
      } else if (hasWeight) {
        stackingKnown[r] += w;
        if (in.stacked.values[i] != 0.0)
          stacked[r] += w;
      }
    }
  }

  out.population = MaskedValues(regions);
  out.scoreMean = MaskedValues(regions);
  out.shareLowestClass = MaskedValues(regions);
  out.hotspots = MaskedValues(regions);
  out.shareStacked = MaskedValues(regions);
  for (std::size_t r = 0; r < regions; ++r) {
    if (weighted)
      out.population.set(r, population[r]);
    if (weightSum[r] > 0.0)
      out.scoreMean.set(r, weightedSum[r] / weightSum[r]);
    if (classed[r] > 0.0)
      out.shareLowestClass.set(r, lowest[r] / classed[r]);
    if (!in.hotspotBin.values.empty())
      out.hotspots.set(r, hotspots[r]);
    if (stackingKnown[r] > 0.0)
      out.shareStacked.set(r, stacked[r] / stackingKnown[r]);
  }
  return out;
}

} // namespace resilience
