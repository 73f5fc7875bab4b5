#pragma once
// Which polygon contains each point: address points into neighbourhoods, neighbourhoods' points on
// surface into regions. A point on a shared boundary, or inside overlapping polygons, goes to the
// polygon with the lowest index, so the answer never depends on the thread count. Candidates come
// from a k-d tree over the points, queried with each polygon's bounding box; the exact test is a
// GEOS prepared-geometry intersects on the (repaired) polygon.
#include "weights/weights_build_report.h"

#include <cstddef>
#include <limits>
#include <vector>

namespace resilience {

constexpr std::size_t kNoPolygon = std::numeric_limits<std::size_t>::max();

struct PointsInPolygons {
  std::vector<std::size_t> polygon; // per point: the containing polygon, or kNoPolygon
  WeightsBuildReport report;        // repaired or empty polygons
};

// Points with NaN coordinates get kNoPolygon. Throws InputError naming the polygon for blobs
// that are not readable WKB.
PointsInPolygons polygonsContainingPoints(const std::vector<double> &x,
                                          const std::vector<double> &y,
                                          const std::vector<std::vector<unsigned char>> &polygons,
                                          unsigned threads = 0);

} // namespace resilience
