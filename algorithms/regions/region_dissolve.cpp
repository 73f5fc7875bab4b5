#include "regions/region_dissolve.h"

#include "common/geos_context.h"
#include "common/input_error.h"
#include "common/parallel_ranges.h"
#include "io/wkb_reading.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace resilience {

namespace {

// A coverage union is right when it is valid and loses no area: overlapping parts would count
// twice in the sum, parts that do not meet edge to edge leave an invalid result.
bool acceptableCoverageUnion(GEOSContextHandle_t h, const GEOSGeometry *result, double partsArea) {
  double area = 0.0;
  return result && GEOSisValid_r(h, result) == 1 && GEOSArea_r(h, result, &area) == 1 &&
         std::abs(area - partsArea) <= 1e-9 * partsArea;
}

std::vector<unsigned char> toWkb(GEOSContextHandle_t h, const GEOSGeometry *g) {
  GEOSWKBWriter *writer = GEOSWKBWriter_create_r(h);
  std::size_t size = 0;
  unsigned char *bytes = GEOSWKBWriter_write_r(h, writer, g, &size);
  GEOSWKBWriter_destroy_r(h, writer);
  std::vector<unsigned char> out(bytes, bytes + size);
  GEOSFree_r(h, bytes);
  return out;
}

} // namespace

DissolvedRegions dissolveRegions(const std::vector<std::vector<unsigned char>> &geometries,
                                 const std::vector<std::size_t> &regionOf, std::size_t regions,
                                 unsigned threads) {
  std::vector<std::vector<std::size_t>> members(regions);
  for (std::size_t i = 0; i < regionOf.size() && i < geometries.size(); ++i)
    if (regionOf[i] < regions)
      members[regionOf[i]].push_back(i);

  DissolvedRegions out;
  out.wkb.resize(regions);
  // Regions are few and costly, so they are split over the threads even when there are few.
  const unsigned chunks = costlyItemThreads(threads, regions);
  std::vector<std::vector<std::size_t>> repaired(chunks);
  std::vector<std::size_t> coverage(chunks, 0), overlay(chunks, 0);
  forEachChunk(regions, chunks, [&](unsigned c, std::size_t begin, std::size_t end) {
    GeosThreadContext ctx;
    GEOSContextHandle_t h = ctx.handle();
    for (std::size_t r = begin; r < end; ++r) {
      std::vector<GEOSGeometry *> parts;
      double partsArea = 0.0;
      for (std::size_t i : members[r]) {
        if (geometries[i].empty())
          continue;
        ValidGeometry read = readValidGeometry(ctx, geometries[i], i);
        if (read.repaired)
          repaired[c].push_back(i);
        GeosGeometry g = std::move(read.geometry);
        if (!g)
          continue;
        double area = 0.0;
        GEOSArea_r(h, g.get(), &area);
        partsArea += area;
        parts.push_back(g.release());
      }
      if (parts.empty())
        continue;
      GeosGeometry collection = ctx.own(GEOSGeom_createCollection_r(
          h, GEOS_GEOMETRYCOLLECTION, parts.data(), static_cast<unsigned>(parts.size())));
      GeosGeometry merged = ctx.own(GEOSCoverageUnion_r(h, collection.get()));
      if (acceptableCoverageUnion(h, merged.get(), partsArea)) {
        ++coverage[c];
      } else {
        merged = ctx.own(GEOSUnaryUnion_r(h, collection.get()));
        if (!merged)
          throw InputError("region " + std::to_string(r) + ": GEOS could not union its " +
                           std::to_string(parts.size()) + " polygons");
        ++overlay[c];
      }
      out.wkb[r] = toWkb(h, merged.get());
    }
  });
  for (unsigned c = 0; c < chunks; ++c) {
    out.coverageUnions += coverage[c];
    out.overlayUnions += overlay[c];
    out.repaired.insert(out.repaired.end(), repaired[c].begin(), repaired[c].end());
  }
  std::sort(out.repaired.begin(), out.repaired.end());
  return out;
}

} // namespace resilience
