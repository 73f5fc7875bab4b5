#pragma once
// Polygon input for the contiguity builders: WKB blobs -> flat ring coordinates. Invalid geometries
// are repaired with GEOSMakeValid and listed in the report; empty blobs (NULL geometries) become
// features without rings (islands) and are listed too.
#include "weights/weights_build_report.h"

#include <cstddef>
#include <vector>

namespace resilience {

struct PolygonRings {
  // Ring r holds points [ringStart[r], ringStart[r+1]) of xy (x, y interleaved), closing point
  // repeated as in WKB. Feature f owns rings [featureRingStart[f], featureRingStart[f+1]).
  std::vector<double> xy;
  std::vector<std::size_t> ringStart{0};
  std::vector<std::size_t> featureRingStart{0};

  std::size_t features() const { return featureRingStart.size() - 1; }
};

// Throws InputError naming the feature for blobs that are not WKB or not (multi)polygons.
// threads = 0 uses all hardware threads.
PolygonRings readPolygonRings(const std::vector<std::vector<unsigned char>> &wkb,
                              WeightsBuildReport &report, unsigned threads = 0);

} // namespace resilience
