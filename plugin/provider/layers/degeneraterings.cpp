#include "layers/degeneraterings.h"

#include "io/wkb_reading.h"

#include <qgscurve.h>
#include <qgscurvepolygon.h>
#include <qgsgeometrycollection.h>

#include <vector>

namespace {

bool needsRepair(const QgsCurve *ring) {
  return ring &&
         resilience::ringNeedsRepair(static_cast<std::size_t>(ring->numPoints()), ring->isClosed());
}

// Tested on the parsed geometry: serialising every feature for the core's repair cost 2 s per
// million features written, for the handful that have such a ring.
bool anyRingNeedsRepair(const QgsAbstractGeometry *shape) {
  if (const auto *polygon = qgsgeometry_cast<const QgsCurvePolygon *>(shape)) {
    if (needsRepair(polygon->exteriorRing()))
      return true;
    for (int i = 0; i < polygon->numInteriorRings(); ++i)
      if (needsRepair(polygon->interiorRing(i)))
        return true;
    return false;
  }
  if (const auto *collection = qgsgeometry_cast<const QgsGeometryCollection *>(shape))
    for (int i = 0; i < collection->numGeometries(); ++i)
      if (anyRingNeedsRepair(collection->geometryN(i)))
        return true;
  return false;
}

} // namespace

bool dropDegenerateRings(QgsGeometry &geometry, std::size_t &dropped) {
  dropped = 0;
  if (geometry.type() != QgsWkbTypes::PolygonGeometry || !anyRingNeedsRepair(geometry.constGet()))
    return false;
  const QByteArray wkb = geometry.asWkb();
  const std::vector<unsigned char> cleaned = resilience::withoutDegenerateRings(
      std::vector<unsigned char>(wkb.begin(), wkb.end()), dropped);
  if (cleaned.empty())
    return false; // nothing to change, or no (multi)polygon the core reads: kept as it is
  geometry.fromWkb(
      QByteArray(reinterpret_cast<const char *>(cleaned.data()), static_cast<int>(cleaned.size())));
  return true;
}
