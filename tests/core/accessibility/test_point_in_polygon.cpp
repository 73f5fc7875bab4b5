// Point-in-polygon assignment on hand-placed points: inside, on a shared edge (lowest index wins),
// outside, without coordinates, and inside a self-intersecting polygon that needs repair.
#include "accessibility/point_in_polygon.h"
#include "wkt_wkb.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>

using namespace resilience;

namespace {

std::vector<unsigned char> wkb(const std::string &wkt) {
  return resilience::testing::wkbFromWkt(wkt);
}

} // namespace

TEST(PointInPolygon, InsideOnSharedEdgeOutsideAndUnlocated) {
  const std::vector<std::vector<unsigned char>> polygons = {
      wkb("POLYGON((10 0, 20 0, 20 10, 10 10, 10 0))"), // 0: right square
      wkb("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"),    // 1: left square
      {},                                               // 2: no geometry
      wkb("POLYGON((30 0, 40 10, 40 0, 30 10, 30 0))"), // 3: bow tie, repaired
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> x = {5, 15, 10, 25, nan, 31, 35};
  const std::vector<double> y = {5, 5, 5, 5, nan, 5, 9};
  const PointsInPolygons r = polygonsContainingPoints(x, y, polygons, 2);
  EXPECT_EQ(r.polygon[0], 1u);
  EXPECT_EQ(r.polygon[1], 0u);
  EXPECT_EQ(r.polygon[2], 0u) << "the shared edge goes to the lower index";
  EXPECT_EQ(r.polygon[3], kNoPolygon);
  EXPECT_EQ(r.polygon[4], kNoPolygon);
  EXPECT_EQ(r.polygon[5], 3u) << "left triangle of the bow tie";
  EXPECT_EQ(r.polygon[6], kNoPolygon) << "between the bow tie's triangles";
  EXPECT_EQ(r.report.nullGeometries, (std::vector<std::size_t>{2}));
  EXPECT_EQ(r.report.repaired, (std::vector<std::size_t>{3}));
}
