#include "accessibility/point_in_polygon.h"

#include "common/geos_context.h"
#include "common/input_error.h"
#include "common/parallel_ranges.h"
#include "io/wkb_reading.h"
#include "weights/point_index.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

namespace resilience {

PointsInPolygons polygonsContainingPoints(const std::vector<double> &x,
                                          const std::vector<double> &y,
                                          const std::vector<std::vector<unsigned char>> &polygons,
                                          unsigned threads) {
  if (x.size() != y.size())
    throw InputError("points: " + std::to_string(x.size()) + " x coordinates but " +
                     std::to_string(y.size()) + " y coordinates");
  std::vector<std::array<double, 3>> located;
  std::vector<std::uint32_t> ids;
  for (std::size_t p = 0; p < x.size(); ++p)
    if (std::isfinite(x[p]) && std::isfinite(y[p])) {
      located.push_back({x[p], y[p], 0.0});
      ids.push_back(static_cast<std::uint32_t>(p));
    }
  const PointIndex index(std::move(located), std::move(ids));

  const unsigned chunks = effectiveThreads(threads, polygons.size());
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> found(chunks); // (point, polygon)
  std::vector<WeightsBuildReport> reports(chunks);
  forEachChunk(polygons.size(), chunks, [&](unsigned c, std::size_t begin, std::size_t end) {
    GeosThreadContext ctx;
    GEOSContextHandle_t h = ctx.handle();
    std::vector<PointIndex::Hit> candidates;
    for (std::size_t k = begin; k < end; ++k) {
      if (polygons[k].empty()) {
        reports[c].nullGeometries.push_back(k);
        continue;
      }
      bool rebuilt = false;
      GeosGeometry g = readWkbLenient(ctx, polygons[k], rebuilt);
      if (!g)
        throw InputError("polygon " + std::to_string(k) + ": the geometry is not readable WKB");
      if (GEOSisValid_r(h, g.get()) != 1) {
        g = ctx.own(GEOSMakeValid_r(h, g.get()));
        rebuilt = true;
        if (!g)
          throw InputError("polygon " + std::to_string(k) +
                           ": the geometry is invalid and GEOS could not repair it");
      }
      if (rebuilt)
        reports[c].repaired.push_back(k);
      double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
      if (GEOSisEmpty_r(h, g.get()) == 1 || GEOSGeom_getXMin_r(h, g.get(), &xmin) != 1 ||
          GEOSGeom_getYMin_r(h, g.get(), &ymin) != 1 ||
          GEOSGeom_getXMax_r(h, g.get(), &xmax) != 1 ||
          GEOSGeom_getYMax_r(h, g.get(), &ymax) != 1) {
        reports[c].noArea.push_back(k);
        continue;
      }
      // The circle around the bounding box holds every point of the box.
      const double cx = 0.5 * (xmin + xmax), cy = 0.5 * (ymin + ymax);
      const double r2 = 0.25 * ((xmax - xmin) * (xmax - xmin) + (ymax - ymin) * (ymax - ymin));
      index.within({cx, cy, 0.0}, r2 * (1.0 + 1e-12), candidates);
      if (candidates.empty())
        continue;
      const GEOSPreparedGeometry *prepared = GEOSPrepare_r(h, g.get());
      for (const auto &hit : candidates) {
        const std::size_t p = hit.second;
        if (x[p] < xmin || x[p] > xmax || y[p] < ymin || y[p] > ymax)
          continue;
        GeosGeometry point = ctx.own(GEOSGeom_createPointFromXY_r(h, x[p], y[p]));
        if (GEOSPreparedIntersects_r(h, prepared, point.get()) == 1)
          found[c].push_back({p, k});
      }
      GEOSPreparedGeom_destroy_r(h, prepared);
    }
  });

  PointsInPolygons out;
  out.polygon.assign(x.size(), kNoPolygon);
  for (const auto &chunk : found)
    for (const auto &[point, polygon] : chunk)
      out.polygon[point] = std::min(out.polygon[point], polygon);
  for (const auto &r : reports)
    out.report.append(r);
  return out;
}

} // namespace resilience
