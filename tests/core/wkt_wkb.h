#pragma once
// WKT -> WKB for tests that draw their polygons by hand. Test-only helper.
#include <geos_c.h>

#include <string>
#include <vector>

namespace resilience::testing {

inline std::vector<unsigned char> wkbFromWkt(const std::string &wkt) {
  GEOSContextHandle_t h = GEOS_init_r();
  GEOSWKTReader *reader = GEOSWKTReader_create_r(h);
  GEOSWKBWriter *writer = GEOSWKBWriter_create_r(h);
  GEOSGeometry *g = GEOSWKTReader_read_r(h, reader, wkt.c_str());
  std::size_t size = 0;
  unsigned char *bytes = GEOSWKBWriter_write_r(h, writer, g, &size);
  std::vector<unsigned char> out(bytes, bytes + size);
  GEOSFree_r(h, bytes);
  GEOSGeom_destroy_r(h, g);
  GEOSWKBWriter_destroy_r(h, writer);
  GEOSWKTReader_destroy_r(h, reader);
  GEOS_finish_r(h);
  return out;
}

} // namespace resilience::testing
