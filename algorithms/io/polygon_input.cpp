#include "io/polygon_input.h"

#include "common/huge_pages.h"
#include "common/input_error.h"
#include "common/parallel_ranges.h"
#include "io/wkb_reading.h"
#include "weights/simple_ring.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace resilience {
namespace {

bool hostIsLittleEndian() {
  const std::uint16_t one = 1;
  unsigned char first;
  std::memcpy(&first, &one, 1);
  return first == 1;
}

struct ChunkRings {
  std::vector<double> xy;
  std::vector<std::size_t> ringSize;     // points per ring
  std::vector<std::size_t> featureRings; // rings per feature
  WeightsBuildReport report;
};

void appendRing(GEOSContextHandle_t h, const GEOSGeometry *ring, ChunkRings &out) {
  const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(h, ring);
  unsigned int size = 0;
  GEOSCoordSeq_getSize_r(h, seq, &size);
  if (size == 0)
    return;
  const std::size_t start = out.xy.size();
  out.xy.resize(start + 2 * std::size_t{size});
  GEOSCoordSeq_copyToBuffer_r(h, seq, out.xy.data() + start, 0, 0);
  out.ringSize.push_back(size);
}

// Appends the rings of every polygon inside g (polygon, multipolygon or a collection left by
// GEOSMakeValid); returns the number of rings appended. Lines and points in a repaired collection
// have no area and are ignored.
std::size_t appendPolygonalRings(GEOSContextHandle_t h, const GEOSGeometry *g, ChunkRings &out) {
  const std::size_t before = out.ringSize.size();
  switch (GEOSGeomTypeId_r(h, g)) {
  case GEOS_POLYGON: {
    if (GEOSisEmpty_r(h, g) == 1)
      break;
    appendRing(h, GEOSGetExteriorRing_r(h, g), out);
    const int holes = GEOSGetNumInteriorRings_r(h, g);
    for (int k = 0; k < holes; ++k)
      appendRing(h, GEOSGetInteriorRingN_r(h, g, k), out);
    break;
  }
  case GEOS_MULTIPOLYGON:
  case GEOS_GEOMETRYCOLLECTION: {
    const int parts = GEOSGetNumGeometries_r(h, g);
    for (int k = 0; k < parts; ++k)
      appendPolygonalRings(h, GEOSGetGeometryN_r(h, g, k), out);
    break;
  }
  default:
    break;
  }
  return out.ringSize.size() - before;
}

// Fast path for the most common feature, a little-endian 2-D polygon with one small ring that is
// certainly valid: copied straight from the WKB, no GEOS object. Anything else returns false and
// takes the GEOS path (validity check, repair).
bool readSimpleSingleRing(const std::vector<unsigned char> &blob, ChunkRings &out) {
  constexpr std::size_t kHeader = 1 + 4 + 4 + 4, kMaxPoints = 64;
  if (blob.size() < kHeader || blob[0] != 1 || !hostIsLittleEndian())
    return false;
  std::uint32_t type, rings, points;
  std::memcpy(&type, &blob[1], 4);
  std::memcpy(&rings, &blob[5], 4);
  std::memcpy(&points, &blob[9], 4);
  if (type != 3 || rings != 1 || points < 4 || points > kMaxPoints ||
      blob.size() != kHeader + 16 * std::size_t{points})
    return false;
  double xy[2 * kMaxPoints];
  std::memcpy(xy, &blob[kHeader], 16 * std::size_t{points});
  if (!isCertainlySimpleRing(xy, points))
    return false;
  out.xy.insert(out.xy.end(), xy, xy + 2 * std::size_t{points});
  out.ringSize.push_back(points);
  out.featureRings.push_back(1);
  return true;
}

void readFeature(const GeosThreadContext &ctx, std::size_t index,
                 const std::vector<unsigned char> &blob, ChunkRings &out) {
  GEOSContextHandle_t h = ctx.handle();
  if (blob.empty()) {
    out.report.nullGeometries.push_back(index);
    out.featureRings.push_back(0);
    return;
  }
  if (readSimpleSingleRing(blob, out))
    return;
  ValidGeometry read = readValidGeometry(ctx, blob, index, [&](const GEOSGeometry *geom) {
    const int type = GEOSGeomTypeId_r(h, geom);
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON)
      return;
    // GEOSGeomType_r returns a string the caller owns (GEOSFree_r).
    char *typeName = GEOSGeomType_r(h, geom);
    const std::string typeText = typeName ? typeName : "non-polygon geometry";
    GEOSFree_r(h, typeName);
    throw InputError(featureAtPosition(index) +
                     ": contiguity needs polygon or multipolygon geometries, got a " + typeText +
                     "; use distance-based weights for points and lines");
  });
  if (read.repaired)
    out.report.repaired.push_back(index);
  if (!read.geometry) {
    (read.repaired ? out.report.noArea : out.report.nullGeometries).push_back(index);
    out.featureRings.push_back(0);
    return;
  }
  const GeosGeometry geom = std::move(read.geometry);
  const std::size_t rings = appendPolygonalRings(h, geom.get(), out);
  if (rings == 0)
    out.report.noArea.push_back(index);
  out.featureRings.push_back(rings);
}

void appendIndices(std::vector<std::size_t> &to, const std::vector<std::size_t> &from) {
  to.insert(to.end(), from.begin(), from.end());
}

} // namespace

PolygonRings readPolygonRings(const std::vector<std::vector<unsigned char>> &wkb,
                              WeightsBuildReport &report, unsigned threads) {
  const unsigned chunks = effectiveThreads(threads, wkb.size());
  std::vector<ChunkRings> parts(chunks);
  forEachChunk(wkb.size(), chunks, [&](unsigned c, std::size_t begin, std::size_t end) {
    GeosThreadContext ctx;
    std::size_t bytes = 0;
    for (std::size_t i = begin; i < end; ++i)
      bytes += wkb[i].size();
    parts[c].xy.reserve(bytes / sizeof(double)); // a WKB point takes at least two doubles
    adviseHugePages(parts[c].xy.data(), parts[c].xy.capacity() * sizeof(double));
    parts[c].ringSize.reserve(end - begin);
    parts[c].featureRings.reserve(end - begin);
    for (std::size_t i = begin; i < end; ++i)
      readFeature(ctx, i, wkb[i], parts[c]);
  });

  PolygonRings out;
  std::size_t points = 0, rings = 0;
  for (const auto &p : parts) {
    points += p.xy.size();
    rings += p.ringSize.size();
  }
  if (parts.size() == 1)
    out.xy = std::move(parts.front().xy);
  else {
    out.xy.reserve(points);
    adviseHugePages(out.xy.data(), points * sizeof(double));
  }
  out.ringStart.reserve(rings + 1);
  out.featureRingStart.reserve(wkb.size() + 1);
  for (auto &p : parts) {
    if (parts.size() > 1)
      out.xy.insert(out.xy.end(), p.xy.begin(), p.xy.end());
    for (std::size_t size : p.ringSize)
      out.ringStart.push_back(out.ringStart.back() + size);
    for (std::size_t count : p.featureRings)
      out.featureRingStart.push_back(out.featureRingStart.back() + count);
    appendIndices(report.repaired, p.report.repaired);
    appendIndices(report.nullGeometries, p.report.nullGeometries);
    appendIndices(report.noArea, p.report.noArea);
    p = ChunkRings{};
  }
  return out;
}

} // namespace resilience
