#include "accessibility/origins.h"

#include "accessibility/point_in_polygon.h"

#include <cstdint>

namespace resilience {

PolygonOrigins originsFromPolygons(const std::vector<std::vector<unsigned char>> &polygons,
                                   RepresentativePoint kind) {
  RepresentativePoints points = representativePoints(polygons, kind);
  PolygonOrigins out;
  out.origins.x = std::move(points.x);
  out.origins.y = std::move(points.y);
  out.origins.area.reserve(polygons.size());
  for (std::size_t i = 0; i < polygons.size(); ++i)
    out.origins.area.push_back(i);
  out.origins.weight.assign(polygons.size(), 1.0);
  out.repaired = std::move(points.report.repaired);
  return out;
}

PointOrigins originsFromPoints(const std::vector<std::vector<unsigned char>> &polygons,
                               const std::vector<std::vector<unsigned char>> &points,
                               const MaskedValues &weights) {
  const RepresentativePoints located = representativePoints(points, RepresentativePoint::Centroid);
  const PointsInPolygons inside = polygonsContainingPoints(located.x, located.y, polygons);

  PointOrigins out;
  AccessibilityOrigins &origins = out.origins;
  std::vector<std::uint8_t> covered(polygons.size(), 0);
  const bool weighted = weights.size() > 0;
  for (std::size_t p = 0; p < points.size(); ++p) {
    const double weight = weighted ? weights.values[p] : 1.0;
    if (weighted && !weights.isValid(p)) {
      ++out.nullWeight;
    } else if (weight == 0.0) {
      ++out.zeroWeight;
    } else if (inside.polygon[p] == kNoPolygon) {
      ++out.outside;
    } else {
      origins.x.push_back(located.x[p]);
      origins.y.push_back(located.y[p]);
      origins.area.push_back(inside.polygon[p]);
      origins.weight.push_back(weight);
      covered[inside.polygon[p]] = 1;
    }
  }
  out.used = origins.x.size();

  for (std::size_t i = 0; i < polygons.size(); ++i)
    if (!covered[i])
      out.fallback.push_back(i);
  if (!out.fallback.empty()) {
    const RepresentativePoints surface =
        representativePoints(polygons, RepresentativePoint::PointOnSurface);
    for (std::size_t i : out.fallback) {
      origins.x.push_back(surface.x[i]);
      origins.y.push_back(surface.y[i]);
      origins.area.push_back(i);
      origins.weight.push_back(1.0);
    }
  }
  return out;
}

} // namespace resilience
