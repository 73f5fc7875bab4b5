#include "accessibility/network_reach.h"

#include "common/input_error.h"
#include "common/parallel_ranges.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <string>
#include <utility>

namespace resilience {
namespace {

// Undirected adjacency in CSR form.
struct Adjacency {
  std::vector<std::size_t> start;
  std::vector<std::size_t> target;
  std::vector<double> length;
};

Adjacency adjacency(const NetworkGraph &g) {
  const std::size_t edges = g.from.size();
  if (g.to.size() != edges || g.length.size() != edges)
    throw InputError("network: from, to and length must have one entry per edge");
  Adjacency a;
  a.start.assign(g.vertices + 1, 0);
  for (std::size_t e = 0; e < edges; ++e) {
    if (g.from[e] >= g.vertices || g.to[e] >= g.vertices)
      throw InputError("network edge " + std::to_string(e) + ": vertex out of range");
    if (!(g.length[e] >= 0.0) || !std::isfinite(g.length[e]))
      throw InputError("network edge " + std::to_string(e) + ": length must be finite and >= 0");
    ++a.start[g.from[e] + 1];
    ++a.start[g.to[e] + 1];
  }
  for (std::size_t v = 0; v < g.vertices; ++v)
    a.start[v + 1] += a.start[v];
  a.target.resize(2 * edges);
  a.length.resize(2 * edges);
  std::vector<std::size_t> fill(a.start.begin(), a.start.end() - 1);
  for (std::size_t e = 0; e < edges; ++e) {
    a.target[fill[g.from[e]]] = g.to[e];
    a.length[fill[g.from[e]]++] = g.length[e];
    a.target[fill[g.to[e]]] = g.from[e];
    a.length[fill[g.to[e]]++] = g.length[e];
  }
  return a;
}

// Dijkstra from the given sources, stopping beyond `limit`; `reached` lists the settled vertices.
class BoundedDijkstra {
public:
  explicit BoundedDijkstra(std::size_t vertices)
      : distance_(vertices, std::numeric_limits<double>::infinity()) {}

  void run(const Adjacency &a, const std::vector<std::size_t> &sources, double limit) {
    for (std::size_t v : reached_)
      distance_[v] = std::numeric_limits<double>::infinity();
    reached_.clear();
    using Entry = std::pair<double, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> queue;
    for (std::size_t s : sources)
      if (distance_[s] > 0.0) {
        if (std::isinf(distance_[s]))
          reached_.push_back(s);
        distance_[s] = 0.0;
        queue.push({0.0, s});
      }
    while (!queue.empty()) {
      const auto [d, v] = queue.top();
      queue.pop();
      if (d > distance_[v])
        continue;
      for (std::size_t k = a.start[v]; k < a.start[v + 1]; ++k) {
        const double nd = d + a.length[k];
        const std::size_t w = a.target[k];
        if (nd <= limit && nd < distance_[w]) {
          if (std::isinf(distance_[w]))
            reached_.push_back(w);
          distance_[w] = nd;
          queue.push({nd, w});
        }
      }
    }
  }
  double distance(std::size_t v) const { return distance_[v]; }
  const std::vector<std::size_t> &reached() const { return reached_; }

private:
  std::vector<double> distance_;
  std::vector<std::size_t> reached_;
};

} // namespace

NetworkReach networkReach(const NetworkGraph &graph, const std::vector<std::size_t> &originVertex,
                          const std::vector<std::size_t> &facilityVertex, double catchment,
                          unsigned threads) {
  if (!(catchment > 0.0) || !std::isfinite(catchment))
    throw InputError("catchment distance: must be a positive number");
  const Adjacency a = adjacency(graph);
  for (const auto *vertices : {&originVertex, &facilityVertex})
    for (std::size_t v : *vertices)
      if (v != kNoVertex && v >= graph.vertices)
        throw InputError("network: a point is snapped to vertex " + std::to_string(v) +
                         ", which does not exist");
  const std::size_t nOrigins = originVertex.size(), nFacilities = facilityVertex.size();
  NetworkReach reach;

  // Nearest facility: one multi-source search from all facilities (the graph is undirected).
  {
    std::vector<std::size_t> sources;
    for (std::size_t v : facilityVertex)
      if (v != kNoVertex)
        sources.push_back(v);
    BoundedDijkstra search(graph.vertices);
    search.run(a, sources, std::numeric_limits<double>::infinity());
    reach.nearest.assign(nOrigins, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t o = 0; o < nOrigins; ++o)
      if (originVertex[o] != kNoVertex && std::isfinite(search.distance(originVertex[o])))
        reach.nearest[o] = search.distance(originVertex[o]);
  }

  // Origins at each vertex, so a facility's search lists the origins it reaches.
  std::vector<std::size_t> atStart(graph.vertices + 1, 0), atVertex(nOrigins);
  for (std::size_t v : originVertex)
    if (v != kNoVertex)
      ++atStart[v + 1];
  for (std::size_t v = 0; v < graph.vertices; ++v)
    atStart[v + 1] += atStart[v];
  {
    std::vector<std::size_t> fill(atStart.begin(), atStart.end() - 1);
    for (std::size_t o = 0; o < nOrigins; ++o)
      if (originVertex[o] != kNoVertex)
        atVertex[fill[originVertex[o]]++] = o;
  }

  // Per facility, a search bounded by the catchment; chunks in facility order keep it
  // deterministic.
  using Pair = std::pair<double, std::uint32_t>;
  std::vector<std::vector<Pair>> perFacility(nFacilities);
  const unsigned chunks = effectiveThreads(threads, nFacilities * 64);
  forEachChunk(nFacilities, chunks, [&](unsigned, std::size_t begin, std::size_t end) {
    BoundedDijkstra search(graph.vertices);
    for (std::size_t j = begin; j < end; ++j) {
      if (facilityVertex[j] == kNoVertex)
        continue;
      search.run(a, {facilityVertex[j]}, catchment);
      for (std::size_t v : search.reached())
        for (std::size_t k = atStart[v]; k < atStart[v + 1]; ++k)
          perFacility[j].push_back({search.distance(v), static_cast<std::uint32_t>(atVertex[k])});
      std::sort(perFacility[j].begin(), perFacility[j].end());
    }
  });

  // Facility-major CSR by concatenation; origin-major CSR by counting, each origin's segment then
  // sorted by (distance, facility).
  std::vector<std::size_t> count(nOrigins + 1, 0);
  for (std::size_t j = 0; j < nFacilities; ++j) {
    for (const auto &[d, o] : perFacility[j]) {
      reach.facilityOrigin.push_back(o);
      reach.facilityDistance.push_back(d);
      ++count[o + 1];
    }
    reach.facilityStart.push_back(reach.facilityOrigin.size());
    std::vector<Pair>().swap(perFacility[j]);
  }
  for (std::size_t o = 0; o < nOrigins; ++o)
    count[o + 1] += count[o];
  reach.originStart = count;
  std::vector<Pair> byOrigin(reach.facilityOrigin.size());
  for (std::size_t j = 0; j < nFacilities; ++j)
    for (std::size_t p = reach.facilityStart[j]; p < reach.facilityStart[j + 1]; ++p)
      byOrigin[count[reach.facilityOrigin[p]]++] = {reach.facilityDistance[p],
                                                    static_cast<std::uint32_t>(j)};
  reach.originFacility.resize(byOrigin.size());
  reach.originDistance.resize(byOrigin.size());
  for (std::size_t o = 0; o < nOrigins; ++o) {
    const auto begin = byOrigin.begin() + static_cast<std::ptrdiff_t>(reach.originStart[o]);
    const auto end = byOrigin.begin() + static_cast<std::ptrdiff_t>(reach.originStart[o + 1]);
    std::sort(begin, end);
    for (std::size_t p = reach.originStart[o]; p < reach.originStart[o + 1]; ++p) {
      reach.originDistance[p] = byOrigin[p].first;
      reach.originFacility[p] = byOrigin[p].second;
    }
  }
  return reach;
}

} // namespace resilience
