#pragma once
// The union of each region's polygons, for summaries whose regions come from a field (the buurten
// of a gemeente dissolved into the gemeente). Neighbourhood polygons usually tile their region
// edge to edge, so GEOS's coverage union (which only drops the shared edges) does the work; it is
// checked (valid result, area equal to the sum of the parts) and replaced by the general overlay
// union when the polygons overlap or do not meet edge to edge.
#include <cstddef>
#include <vector>

namespace resilience {

struct DissolvedRegions {
  // One WKB (multi)polygon per region; empty for a region without any geometry.
  std::vector<std::vector<unsigned char>> wkb;
  std::size_t coverageUnions = 0;    // regions dissolved as an exact coverage
  std::size_t overlayUnions = 0;     // regions that needed the general (slower) union
  std::vector<std::size_t> repaired; // features whose invalid polygon was repaired (MakeValid)
};

// regionOf[i] is feature i's region in [0, regions), or any larger value for none. Empty WKB
// counts as no geometry. Throws InputError naming the feature or region GEOS cannot handle.
DissolvedRegions dissolveRegions(const std::vector<std::vector<unsigned char>> &geometries,
                                 const std::vector<std::size_t> &regionOf, std::size_t regions,
                                 unsigned threads = 0);

} // namespace resilience
