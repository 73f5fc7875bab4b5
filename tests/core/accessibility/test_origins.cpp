// Origins of neighbourhoods from hand-placed address points and from the polygons themselves:
// which points count, for which square, with which weight, and where a square without a point
// starts.
#include "accessibility/origins.h"
#include "wkt_wkb.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

using namespace resilience;

namespace {

std::vector<unsigned char> wkb(const std::string &wkt) {
  return resilience::testing::wkbFromWkt(wkt);
}

// Three 10 x 10 squares in a row: [0,10], [10,20] and [20,30] along x.
std::vector<std::vector<unsigned char>> squares() {
  return {wkb("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"),
          wkb("POLYGON((10 0, 20 0, 20 10, 10 10, 10 0))"),
          wkb("POLYGON((20 0, 30 0, 30 10, 20 10, 20 0))")};
}

MaskedValues weights(const std::vector<double> &values, const std::vector<std::uint8_t> &valid) {
  MaskedValues m;
  m.values = values;
  m.valid = valid;
  return m;
}

} // namespace

TEST(Origins, PointsCountInTheSquareThatHoldsThemAndEmptySquaresUseTheirPointOnSurface) {
  const std::vector<std::vector<unsigned char>> points = {
      wkb("POINT(2 3)"),                // 0: square 0, weight 4
      wkb("MULTIPOINT((12 1),(14 5))"), // 1: centroid (13, 3) in square 1, weight 2.5
      wkb("POINT(5 5)"),                // 2: NULL weight
      wkb("POINT(6 6)"),                // 3: weight 0
      wkb("POINT(50 5)"),               // 4: outside every square
      {},                               // 5: no geometry, counted as outside
      wkb("POINT(8 9)"),                // 6: square 0 again, weight 1
  };
  const PointOrigins r =
      originsFromPoints(squares(), points, weights({4, 2.5, 0, 0, 7, 7, 1}, {1, 1, 0, 1, 1, 1, 1}));
  EXPECT_EQ(r.used, 3u);
  EXPECT_EQ(r.outside, 2u);
  EXPECT_EQ(r.nullWeight, 1u);
  EXPECT_EQ(r.zeroWeight, 1u);
  EXPECT_EQ(r.fallback, (std::vector<std::size_t>{2}));
  // The points in reading order, then square 2 at its point on surface: the middle of the
  // widest interior segment of the horizontal line through its middle, (25, 5).
  EXPECT_EQ(r.origins.area, (std::vector<std::size_t>{0, 1, 0, 2}));
  EXPECT_EQ(r.origins.weight, (std::vector<double>{4, 2.5, 1, 1}));
  EXPECT_EQ(r.origins.x, (std::vector<double>{2, 13, 8, 25}));
  EXPECT_EQ(r.origins.y, (std::vector<double>{3, 3, 9, 5}));
}

TEST(Origins, WithoutWeightsEveryPointWeighsOne) {
  const PointOrigins r =
      originsFromPoints(squares(), {wkb("POINT(15 5)"), wkb("POINT(16 5)")}, MaskedValues());
  EXPECT_EQ(r.used, 2u);
  EXPECT_EQ(r.origins.area, (std::vector<std::size_t>{1, 1, 0, 2}));
  EXPECT_EQ(r.origins.weight, (std::vector<double>{1, 1, 1, 1}));
  EXPECT_EQ(r.fallback, (std::vector<std::size_t>{0, 2}));
}

TEST(Origins, OnePerPolygonAtItsCentroidOrPointOnSurface) {
  // An L of three 10 x 10 cells, [0,20]x[0,10]
  // and [0,10]x[10,20]; its centroid is the area-weighted mean of the cells' centres
  // (5,5), (15,5), (5,15): (25/3, 25/3), which lies inside the L.
  const std::vector<std::vector<unsigned char>> polygons = {
      wkb("POLYGON((0 0, 20 0, 20 10, 10 10, 10 20, 0 20, 0 0))"), {}};
  const PolygonOrigins centroid = originsFromPolygons(polygons, RepresentativePoint::Centroid);
  ASSERT_EQ(centroid.origins.x.size(), 2u);
  EXPECT_NEAR(centroid.origins.x[0], 25.0 / 3.0, 1e-12);
  EXPECT_NEAR(centroid.origins.y[0], 25.0 / 3.0, 1e-12);
  EXPECT_TRUE(std::isnan(centroid.origins.x[1])) << "no geometry, no location";
  EXPECT_EQ(centroid.origins.area, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(centroid.origins.weight, (std::vector<double>{1, 1}));
  EXPECT_TRUE(centroid.repaired.empty());

  // A bow tie is repaired before its point is taken, and listed.
  const PolygonOrigins surface = originsFromPolygons(
      {wkb("POLYGON((30 0, 40 10, 40 0, 30 10, 30 0))")}, RepresentativePoint::PointOnSurface);
  EXPECT_EQ(surface.repaired, (std::vector<std::size_t>{0}));
  EXPECT_GT(surface.origins.x[0], 30.0);
  EXPECT_LT(surface.origins.x[0], 40.0);
}
