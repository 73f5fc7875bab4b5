#pragma once
// One point per feature for distance-based weights: the GEOS centroid (sf::st_centroid with s2
// off) or a point guaranteed on the surface (GEOSPointOnSurface). NULL geometries give NaN
// coordinates (islands in the point builders); invalid polygons are repaired first. Both are
// listed in the report.
#include "weights/weights_build_report.h"

#include <vector>

namespace resilience {

enum class RepresentativePoint { Centroid, PointOnSurface };

struct RepresentativePoints {
  std::vector<double> x, y;
  WeightsBuildReport report;
};

// Throws InputError naming the feature for blobs that are not readable WKB.
RepresentativePoints representativePoints(const std::vector<std::vector<unsigned char>> &geometries,
                                          RepresentativePoint kind, unsigned threads = 0);

} // namespace resilience
