#include "weights/representative_points.h"

#include "common/input_error.h"
#include "common/parallel_ranges.h"
#include "io/wkb_reading.h"

#include <limits>
#include <string>

namespace resilience {

RepresentativePoints representativePoints(const std::vector<std::vector<unsigned char>> &geometries,
                                          RepresentativePoint kind, unsigned threads) {
  const std::size_t n = geometries.size();
  RepresentativePoints out;
  out.x.assign(n, std::numeric_limits<double>::quiet_NaN());
  out.y = out.x;
  const unsigned chunks = effectiveThreads(threads, n);
  std::vector<WeightsBuildReport> reports(chunks);
  forEachChunk(n, chunks, [&](unsigned c, std::size_t begin, std::size_t end) {
    GeosThreadContext ctx;
    GEOSContextHandle_t h = ctx.handle();
    for (std::size_t i = begin; i < end; ++i) {
      if (geometries[i].empty()) {
        reports[c].nullGeometries.push_back(i);
        continue;
      }
      ValidGeometry read = readValidGeometry(ctx, geometries[i], i);
      if (read.repaired)
        reports[c].repaired.push_back(i);
      if (!read.geometry) {
        (read.repaired ? reports[c].noArea : reports[c].nullGeometries).push_back(i);
        continue;
      }
      const GeosGeometry g = std::move(read.geometry);
      GeosGeometry p =
          ctx.own(kind == RepresentativePoint::Centroid ? GEOSGetCentroid_r(h, g.get())
                                                        : GEOSPointOnSurface_r(h, g.get()));
      if (!p || GEOSisEmpty_r(h, p.get()) == 1) {
        reports[c].noArea.push_back(i);
        continue;
      }
      GEOSGeomGetX_r(h, p.get(), &out.x[i]);
      GEOSGeomGetY_r(h, p.get(), &out.y[i]);
    }
  });
  for (const auto &r : reports)
    out.report.append(r);
  return out;
}

} // namespace resilience
