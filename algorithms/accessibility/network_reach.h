#pragma once
// Shortest-path distances over a road network for the accessibility measures: which facilities
// each origin reaches within the catchment, and how far the nearest one is. The network is an
// undirected graph of vertices and edges with lengths (the plugin builds it with QGIS's network
// analysis library and snaps origins and facilities onto it); distances are Dijkstra path lengths
// between the snapped vertices, without the straight leg from a point to its snapped vertex.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace resilience {

constexpr std::size_t kNoVertex = std::numeric_limits<std::size_t>::max();

struct NetworkGraph {
  std::size_t vertices = 0;
  std::vector<std::size_t> from, to; // one entry per edge, travelled both ways
  std::vector<double> length;        // >= 0
};

// Pairs within the catchment, stored both ways (CSR), ascending by (distance, index).
struct NetworkReach {
  std::vector<double> nearest; // per origin: distance to the nearest facility (NaN: none reachable)
  std::vector<std::size_t> originStart{0}; // facilities of origin o: [originStart[o], [o+1])
  std::vector<std::uint32_t> originFacility;
  std::vector<double> originDistance;
  std::vector<std::size_t> facilityStart{0}; // origins of facility j: [facilityStart[j], [j+1])
  std::vector<std::uint32_t> facilityOrigin;
  std::vector<double> facilityDistance;
};

// originVertex / facilityVertex: the vertex each point is snapped to, or kNoVertex when it has no
// location. Throws InputError for edges with a bad vertex or a negative or non-finite length.
NetworkReach networkReach(const NetworkGraph &graph, const std::vector<std::size_t> &originVertex,
                          const std::vector<std::size_t> &facilityVertex, double catchment,
                          unsigned threads = 0);

} // namespace resilience
