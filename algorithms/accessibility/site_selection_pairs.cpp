#include "accessibility/site_selection_pairs.h"

#include "common/input_error.h"
#include "common/parallel_ranges.h"
#include "weights/point_index.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

namespace resilience {

namespace {

bool located(const SitePoints &p, std::size_t i) {
  return std::isfinite(p.x[i]) && std::isfinite(p.y[i]);
}

void checkPoints(const SitePoints &p, const char *what, const DistanceMetric &metric) {
  if (p.x.size() != p.y.size())
    throw InputError(std::string(what) + ": " + std::to_string(p.x.size()) + " x coordinates but " +
                     std::to_string(p.y.size()) + " y coordinates");
  for (std::size_t i = 0; i < p.x.size(); ++i)
    if (located(p, i))
      metric.validate(p.x[i], p.y[i], i);
}

} // namespace

SitePairs straightLineSitePairs(const SitePoints &demand, const SitePoints &candidates,
                                const SitePoints &existing, const DistanceMetric &metric,
                                double maxDistance, std::size_t maxPairs) {
  checkPoints(demand, "demand points", metric);
  checkPoints(candidates, "candidates", metric);
  checkPoints(existing, "existing sites", metric);
  if (!(maxDistance > 0.0))
    throw InputError("catchment distance: must be a positive number, not " +
                     std::to_string(maxDistance));
  const std::size_t m = candidates.x.size(), e = existing.x.size(), n = demand.x.size();
  if (m + e >= std::numeric_limits<std::uint32_t>::max())
    throw InputError("candidates and existing sites: more than 4294967294 points");
  // Site coordinates in one array: candidates, then existing sites.
  std::vector<double> sx(candidates.x), sy(candidates.y);
  sx.insert(sx.end(), existing.x.begin(), existing.x.end());
  sy.insert(sy.end(), existing.y.begin(), existing.y.end());

  SitePairs pairs;
  pairs.candidates = m;
  pairs.existing = e;
  pairs.start.reserve(n + 1);
  std::vector<std::pair<double, std::uint32_t>> hits;
  if (std::isinf(maxDistance)) {
    // Every pair (p-median): no index helps.
    std::size_t located = 0;
    for (std::size_t j = 0; j < m + e; ++j)
      located += std::isfinite(sx[j]) && std::isfinite(sy[j]);
    std::size_t demandLocated = 0;
    for (std::size_t i = 0; i < n; ++i)
      demandLocated += ::resilience::located(demand, i);
    if (demandLocated != 0 && located > maxPairs / demandLocated)
      throw InputError("p-median needs the distance of every demand point to every site: " +
                       std::to_string(demandLocated) + " x " + std::to_string(located) +
                       " pairs is more than the " + std::to_string(maxPairs) +
                       " this run may hold; use the coverage objective or fewer candidates");
    for (std::size_t i = 0; i < n; ++i) {
      hits.clear();
      if (::resilience::located(demand, i))
        for (std::size_t j = 0; j < m + e; ++j)
          if (std::isfinite(sx[j]) && std::isfinite(sy[j]))
            hits.push_back({metric.distance(demand.x[i], demand.y[i], sx[j], sy[j]),
                            static_cast<std::uint32_t>(j)});
      std::sort(hits.begin(), hits.end());
      for (const auto &h : hits) {
        pairs.site.push_back(h.second);
        pairs.distance.push_back(h.first);
      }
      pairs.start.push_back(pairs.site.size());
    }
    return pairs;
  }
  // Within the catchment: a k-d tree over the sites' embedding, where a chord never exceeds the
  // geodesic, so the chord search finds every candidate and the exact test is on the metric.
  std::vector<std::array<double, 3>> points;
  std::vector<std::uint32_t> ids;
  for (std::size_t j = 0; j < m + e; ++j)
    if (std::isfinite(sx[j]) && std::isfinite(sy[j])) {
      points.push_back(metric.embed(sx[j], sy[j]));
      ids.push_back(static_cast<std::uint32_t>(j));
    }
  const PointIndex index(std::move(points), std::move(ids));
  const double slack = maxDistance * (1.0 + 1e-9) + 1e-9;
  // Demand points in chunks on all threads, each chunk's pairs concatenated in chunk order: the
  // same pairs whatever the thread count.
  const unsigned threads = effectiveThreads(0, n / 8);
  std::vector<SitePairs> parts(threads);
  forEachChunk(n, threads, [&](unsigned chunk, std::size_t begin, std::size_t end) {
    SitePairs &part = parts[chunk];
    std::vector<PointIndex::Hit> found;
    std::vector<std::pair<double, std::uint32_t>> hits;
    for (std::size_t i = begin; i < end; ++i) {
      hits.clear();
      if (::resilience::located(demand, i)) {
        index.within(metric.embed(demand.x[i], demand.y[i]), slack * slack, found);
        for (const auto &f : found) {
          const double d = metric.distance(demand.x[i], demand.y[i], sx[f.second], sy[f.second]);
          if (d <= maxDistance)
            hits.push_back({d, f.second});
        }
        std::sort(hits.begin(), hits.end());
      }
      for (const auto &h : hits) {
        part.site.push_back(h.second);
        part.distance.push_back(h.first);
      }
      part.start.push_back(part.site.size());
    }
  });
  for (const SitePairs &part : parts) {
    const std::size_t offset = pairs.site.size();
    for (std::size_t k = 1; k < part.start.size(); ++k)
      pairs.start.push_back(offset + part.start[k]);
    pairs.site.insert(pairs.site.end(), part.site.begin(), part.site.end());
    pairs.distance.insert(pairs.distance.end(), part.distance.begin(), part.distance.end());
  }
  return pairs;
}

SitePairs networkSitePairs(const NetworkReach &reach, std::size_t candidates,
                           std::size_t existing) {
  if (reach.facilityStart.size() != candidates + existing + 1)
    throw InputError("network reach: computed for " +
                     std::to_string(reach.facilityStart.size() - 1) + " sites, not " +
                     std::to_string(candidates + existing));
  SitePairs pairs;
  pairs.candidates = candidates;
  pairs.existing = existing;
  pairs.start = reach.originStart;
  pairs.site = reach.originFacility;
  pairs.distance = reach.originDistance;
  return pairs;
}

} // namespace resilience
