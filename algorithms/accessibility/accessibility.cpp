#include "accessibility/accessibility.h"

#include "common/input_error.h"
#include "common/parallel_ranges.h"
#include "weights/point_index.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>

namespace resilience {
namespace {

using Hit = std::pair<double, std::uint32_t>; // (distance in the metric, point)
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The located points of one layer in a Euclidean k-d tree over the metric's embedding. Chords
// never exceed geodesics, so a chord search of radius r finds every point within metric distance
// r; the exact test is then made on metric distances.
class MetricPointSet {
public:
  MetricPointSet(const std::vector<double> &x, const std::vector<double> &y,
                 const DistanceMetric &metric, const char *what)
      : x_(x), y_(y), metric_(metric) {
    if (x.size() != y.size())
      throw InputError(std::string(what) + ": " + std::to_string(x.size()) + " x coordinates but " +
                       std::to_string(y.size()) + " y coordinates");
    if (x.size() >= std::numeric_limits<std::uint32_t>::max())
      throw InputError(std::string(what) + ": more than 4294967294 points");
    std::vector<std::array<double, 3>> points;
    std::vector<std::uint32_t> ids;
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (!located(i))
        continue;
      metric.validate(x[i], y[i], i);
      points.push_back(metric.embed(x[i], y[i]));
      ids.push_back(static_cast<std::uint32_t>(i));
    }
    empty_ = ids.empty();
    index_ = std::make_unique<PointIndex>(std::move(points), std::move(ids));
  }

  bool located(std::size_t i) const { return std::isfinite(x_[i]) && std::isfinite(y_[i]); }

  // Every point with distance <= radius from (x, y), ascending by (distance, point).
  void within(double x, double y, double radius, std::vector<Hit> &out) const {
    const double slack = radius * (1.0 + 1e-9) + 1e-9; // the exact test is below
    index_->within(metric_.embed(x, y), slack * slack, candidates());
    out.clear();
    for (const auto &c : candidates()) {
      const double d = metric_.distance(x, y, x_[c.second], y_[c.second]);
      if (d <= radius)
        out.push_back({d, c.second});
    }
    std::sort(out.begin(), out.end());
  }

  // Distance to the nearest point; NaN when the set is empty.
  double nearestDistance(double x, double y) const {
    if (empty_)
      return kNaN;
    constexpr std::uint32_t noSelf = std::numeric_limits<std::uint32_t>::max();
    index_->nearest(metric_.embed(x, y), 1, noSelf, candidates());
    const std::uint32_t j = candidates().front().second;
    const double reach = metric_.distance(x, y, x_[j], y_[j]);
    if (!metric_.isEllipsoidal())
      return reach;
    // The chord-nearest point need not be the geodesically nearest one, but that one lies within
    // `reach` as a chord too.
    thread_local std::vector<Hit> closer;
    within(x, y, reach, closer);
    return closer.empty() ? reach : std::min(reach, closer.front().first);
  }

private:
  static std::vector<PointIndex::Hit> &candidates() {
    thread_local std::vector<PointIndex::Hit> buffer;
    return buffer;
  }

  const std::vector<double> &x_, &y_;
  const DistanceMetric &metric_;
  bool empty_ = true;
  std::unique_ptr<PointIndex> index_;
};

void validateInput(const AccessibilityOrigins &origins, std::size_t areas,
                   const MaskedValues &population, const AccessibilityFacilities &facilities,
                   const AccessibilityOptions &options) {
  const std::size_t n = origins.x.size();
  if (origins.y.size() != n || origins.area.size() != n || origins.weight.size() != n)
    throw InputError("origins: x, y, area and weight must have one entry per origin point");
  if (!population.values.empty() && population.size() != areas)
    throw InputError("population: " + std::to_string(population.size()) + " values for " +
                     std::to_string(areas) + " neighbourhoods");
  if (!facilities.capacity.values.empty() && facilities.capacity.size() != facilities.x.size())
    throw InputError("capacity: " + std::to_string(facilities.capacity.size()) + " values for " +
                     std::to_string(facilities.x.size()) + " facilities");
  if (!(options.catchment > 0.0) || !std::isfinite(options.catchment))
    throw InputError("catchment distance: must be a positive number, not " +
                     std::to_string(options.catchment));
  if (!(options.decayRate >= 0.0) || !std::isfinite(options.decayRate))
    throw InputError("decay: must be zero or positive, not " + std::to_string(options.decayRate));
  for (std::size_t o = 0; o < n; ++o) {
    if (origins.area[o] >= areas)
      throw InputError("origin point " + std::to_string(o) + ": neighbourhood " +
                       std::to_string(origins.area[o]) + " does not exist");
    if (!(origins.weight[o] > 0.0) || !std::isfinite(origins.weight[o]))
      throw InputError("origin point " + std::to_string(o) + ": weight must be positive, not " +
                       std::to_string(origins.weight[o]));
  }
  for (std::size_t i = 0; i < population.size(); ++i)
    if (population.isValid(i) && population.values[i] < 0.0)
      throw InputError("neighbourhood " + std::to_string(i) + ": population " +
                       std::to_string(population.values[i]) + " is negative");
  for (std::size_t j = 0; j < facilities.capacity.size(); ++j)
    if (facilities.capacity.isValid(j) && facilities.capacity.values[j] < 0.0)
      throw InputError("facility " + std::to_string(j) + ": capacity " +
                       std::to_string(facilities.capacity.values[j]) + " is negative");
}

bool located(const std::vector<double> &x, const std::vector<double> &y, std::size_t i) {
  return std::isfinite(x[i]) && std::isfinite(y[i]);
}

// Straight-line reach: k-d trees over the facilities (nearest, step 2) and the origins (step 1).
class StraightLineReach {
public:
  StraightLineReach(const AccessibilityOrigins &origins, const AccessibilityFacilities &facilities,
                    double catchment, const DistanceMetric &metric)
      : origins_(origins), facilities_(facilities), catchment_(catchment),
        originSet_(origins.x, origins.y, metric, "origin points"),
        facilitySet_(facilities.x, facilities.y, metric, "facilities") {}

  double nearest(std::size_t o) const {
    return facilitySet_.nearestDistance(origins_.x[o], origins_.y[o]);
  }
  void facilitiesOf(std::size_t o, std::vector<Hit> &out) const {
    facilitySet_.within(origins_.x[o], origins_.y[o], catchment_, out);
  }
  void originsOf(std::size_t j, std::vector<Hit> &out) const {
    originSet_.within(facilities_.x[j], facilities_.y[j], catchment_, out);
  }

private:
  const AccessibilityOrigins &origins_;
  const AccessibilityFacilities &facilities_;
  double catchment_;
  MetricPointSet originSet_, facilitySet_;
};

// Network reach: the pairs found by networkReach, read back within the catchment.
class NetworkPairs {
public:
  NetworkPairs(const NetworkReach &reach, std::size_t origins, std::size_t facilities,
               double catchment)
      : reach_(reach), catchment_(catchment) {
    if (reach.nearest.size() != origins || reach.originStart.size() != origins + 1 ||
        reach.facilityStart.size() != facilities + 1)
      throw InputError("network reach: computed for other origins or facilities");
  }
  double nearest(std::size_t o) const { return reach_.nearest[o]; }
  void facilitiesOf(std::size_t o, std::vector<Hit> &out) const {
    copy(reach_.originStart, reach_.originFacility, reach_.originDistance, o, out);
  }
  void originsOf(std::size_t j, std::vector<Hit> &out) const {
    copy(reach_.facilityStart, reach_.facilityOrigin, reach_.facilityDistance, j, out);
  }

private:
  void copy(const std::vector<std::size_t> &start, const std::vector<std::uint32_t> &index,
            const std::vector<double> &distance, std::size_t k, std::vector<Hit> &out) const {
    out.clear();
    for (std::size_t p = start[k]; p < start[k + 1]; ++p)
      if (distance[p] <= catchment_)
        out.push_back({distance[p], index[p]});
  }
  const NetworkReach &reach_;
  double catchment_;
};

// Each origin's share of its neighbourhood: weight / total weight of the area's located origins.
std::vector<double> originShares(const AccessibilityOrigins &origins, std::size_t areas) {
  std::vector<double> total(areas, 0.0);
  for (std::size_t o = 0; o < origins.x.size(); ++o)
    if (located(origins.x, origins.y, o))
      total[origins.area[o]] += origins.weight[o];
  std::vector<double> share(origins.x.size(), 0.0);
  for (std::size_t o = 0; o < origins.x.size(); ++o)
    if (located(origins.x, origins.y, o))
      share[o] = origins.weight[o] / total[origins.area[o]];
  return share;
}

// The four measures from a reach: nearest(o), facilitiesOf(o) and originsOf(j), each list within
// the catchment and ascending by (distance, index), so sums run in a fixed order.
template <class Reach>
AccessibilityResult measure(const Reach &reach, const AccessibilityOrigins &origins,
                            std::size_t areas, const MaskedValues &population,
                            const AccessibilityFacilities &facilities,
                            const AccessibilityOptions &options) {
  const std::size_t nOrigins = origins.x.size(), nFacilities = facilities.x.size();
  const bool withPopulation = !population.values.empty();
  AccessibilityResult result;
  AccessibilityReport &report = result.report;

  MaskedValues capacity(nFacilities);
  for (std::size_t j = 0; j < nFacilities; ++j) {
    if (!located(facilities.x, facilities.y, j))
      report.facilitiesWithoutLocation.push_back(j);
    else if (facilities.capacity.values.empty())
      capacity.set(j, 1.0);
    else if (facilities.capacity.isValid(j))
      capacity.set(j, facilities.capacity.values[j]);
    else
      report.facilitiesWithoutCapacity.push_back(j);
  }

  const std::vector<double> share = originShares(origins, areas);
  // Demand at an origin: its share of the neighbourhood's population (NULL with the population).
  MaskedValues demand(nOrigins);
  if (withPopulation)
    for (std::size_t o = 0; o < nOrigins; ++o)
      if (population.isValid(origins.area[o]))
        demand.set(o, population.values[origins.area[o]] * share[o]);

  // Step 1 of 2SFCA: supply per head within each facility's catchment.
  MaskedValues ratio(nFacilities);
  std::vector<std::uint8_t> demandState(nFacilities, 0); // 1 = no demand, 2 = unknown demand
  if (withPopulation) {
    const unsigned chunks = effectiveThreads(options.threads, nFacilities);
    forEachChunk(nFacilities, chunks, [&](unsigned, std::size_t begin, std::size_t end) {
      std::vector<Hit> reached;
      for (std::size_t j = begin; j < end; ++j) {
        if (!located(facilities.x, facilities.y, j))
          continue;
        reach.originsOf(j, reached);
        double total = 0.0;
        bool known = true;
        for (const auto &hit : reached) {
          known = known && demand.isValid(hit.second);
          total += demand.values[hit.second];
        }
        if (!known)
          demandState[j] = 2;
        else if (total <= 0.0)
          demandState[j] = 1;
        else if (capacity.isValid(j))
          ratio.set(j, capacity.values[j] / total);
      }
    });
    for (std::size_t j = 0; j < nFacilities; ++j) {
      if (demandState[j] == 1)
        report.facilitiesWithoutDemand.push_back(j);
      else if (demandState[j] == 2)
        report.facilitiesWithUnknownDemand.push_back(j);
    }
  }

  // Per origin: nearest distance, count and gravity within the catchment, step 2 of 2SFCA.
  MaskedValues nearest(nOrigins), count(nOrigins), gravity(nOrigins), floating(nOrigins);
  {
    const unsigned chunks = effectiveThreads(options.threads, nOrigins);
    forEachChunk(nOrigins, chunks, [&](unsigned, std::size_t begin, std::size_t end) {
      std::vector<Hit> reached;
      for (std::size_t o = begin; o < end; ++o) {
        if (!located(origins.x, origins.y, o))
          continue;
        nearest.set(o, reach.nearest(o));
        reach.facilitiesOf(o, reached);
        count.set(o, static_cast<double>(reached.size()));
        double potential = 0.0, supply = 0.0;
        bool potentialKnown = true, supplyKnown = withPopulation;
        for (const auto &hit : reached) {
          potentialKnown = potentialKnown && capacity.isValid(hit.second);
          potential += capacity.values[hit.second] * std::exp(-options.decayRate * hit.first);
          supplyKnown = supplyKnown && ratio.isValid(hit.second);
          supply += ratio.values[hit.second];
        }
        if (potentialKnown)
          gravity.set(o, potential);
        if (supplyKnown)
          floating.set(o, supply);
      }
    });
  }

  // Per neighbourhood: the share-weighted mean over its origins; NULL if any origin's is NULL.
  result.nearest = MaskedValues(areas);
  result.count = MaskedValues(areas);
  result.gravity = MaskedValues(areas);
  result.floatingCatchment = MaskedValues(areas);
  std::vector<std::uint8_t> hasOrigin(areas, 0);
  struct Sum {
    MaskedValues *out;
    const MaskedValues *perOrigin;
  };
  const Sum sums[] = {{&result.nearest, &nearest},
                      {&result.count, &count},
                      {&result.gravity, &gravity},
                      {&result.floatingCatchment, &floating}};
  for (const Sum &s : sums)
    std::fill(s.out->valid.begin(), s.out->valid.end(), 1);
  for (std::size_t o = 0; o < nOrigins; ++o) {
    if (!located(origins.x, origins.y, o))
      continue;
    const std::size_t i = origins.area[o];
    hasOrigin[i] = 1;
    for (const Sum &s : sums) {
      s.out->values[i] += share[o] * s.perOrigin->values[o];
      s.out->valid[i] = s.out->valid[i] && s.perOrigin->isValid(o);
    }
  }
  for (std::size_t i = 0; i < areas; ++i) {
    if (!hasOrigin[i]) {
      report.areasWithoutOrigin.push_back(i);
      for (const Sum &s : sums)
        s.out->setNull(i);
      continue;
    }
    for (const Sum &s : sums)
      if (!s.out->isValid(i))
        s.out->setNull(i);
    if (withPopulation && !result.floatingCatchment.isValid(i))
      report.areasWithUndefinedRatio.push_back(i);
  }
  return result;
}

} // namespace

AccessibilityResult computeAccessibility(const AccessibilityOrigins &origins, std::size_t areas,
                                         const MaskedValues &population,
                                         const AccessibilityFacilities &facilities,
                                         const AccessibilityOptions &options,
                                         const DistanceMetric &metric) {
  validateInput(origins, areas, population, facilities, options);
  const StraightLineReach reach(origins, facilities, options.catchment, metric);
  return measure(reach, origins, areas, population, facilities, options);
}

AccessibilityResult computeNetworkAccessibility(const AccessibilityOrigins &origins,
                                                std::size_t areas, const MaskedValues &population,
                                                const AccessibilityFacilities &facilities,
                                                const NetworkReach &network,
                                                const AccessibilityOptions &options) {
  validateInput(origins, areas, population, facilities, options);
  const NetworkPairs reach(network, origins.x.size(), facilities.x.size(), options.catchment);
  return measure(reach, origins, areas, population, facilities, options);
}

} // namespace resilience
