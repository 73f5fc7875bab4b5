#pragma once
// Where a neighbourhood's trips start (accessibility, site selection): one point per polygon (its
// centroid or point on surface), or weighted origin points such as address points with their
// residents, each belonging to the polygon that contains it. Polygons that contain no usable point
// start from their point on surface, so every neighbourhood with a geometry has an origin.
#include "accessibility/accessibility.h"
#include "common/masked_values.h"
#include "weights/representative_points.h"

#include <cstddef>
#include <vector>

namespace resilience {

// One origin of weight 1 per polygon, at its `kind` point; `repaired` lists the invalid polygons
// that were repaired first (representative_points.h).
struct PolygonOrigins {
  AccessibilityOrigins origins;
  std::vector<std::size_t> repaired;
};
PolygonOrigins originsFromPolygons(const std::vector<std::vector<unsigned char>> &polygons,
                                   RepresentativePoint kind);

// Origins from points: every point (its centroid, for a multipoint) with a valid weight above 0
// that lies in a polygon becomes an origin of that polygon; weights empty means weight 1 each.
// Points with a NULL weight, weight 0, or outside every polygon (or without geometry) are counted
// and left out; the polygons left without an origin get one at their point on surface, weight 1,
// after the points' origins, in polygon order.
struct PointOrigins {
  AccessibilityOrigins origins;
  std::size_t used = 0, outside = 0, nullWeight = 0, zeroWeight = 0;
  std::vector<std::size_t> fallback; // polygons that start from their point on surface
};
// Weights are not negative (the caller checks them, naming the feature). Throws InputError for
// blobs that are not readable WKB.
PointOrigins originsFromPoints(const std::vector<std::vector<unsigned char>> &polygons,
                               const std::vector<std::vector<unsigned char>> &points,
                               const MaskedValues &weights);

} // namespace resilience
