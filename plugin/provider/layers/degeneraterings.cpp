#include "layers/degeneraterings.h"

#include "io/wkb_reading.h"

#include <vector>

bool dropDegenerateRings(QgsGeometry &geometry, std::size_t &dropped) {
  dropped = 0;
  if (geometry.type() != QgsWkbTypes::PolygonGeometry)
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
