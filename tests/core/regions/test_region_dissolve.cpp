#include "regions/region_dissolve.h"

#include "common/input_error.h"
#include "regions/regional_aggregation.h"
#include "tessellation.h"

#include <geos_c.h>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace resilience;

namespace {

// GEOS for writing test polygons as WKT and measuring results.
class Geos {
public:
  Geos() : h_(GEOS_init_r()) {}
  ~Geos() { GEOS_finish_r(h_); }
  std::vector<unsigned char> wkb(const std::string &wkt) const {
    GEOSWKTReader *reader = GEOSWKTReader_create_r(h_);
    GEOSGeometry *g = GEOSWKTReader_read_r(h_, reader, wkt.c_str());
    GEOSWKTReader_destroy_r(h_, reader);
    GEOSWKBWriter *writer = GEOSWKBWriter_create_r(h_);
    std::size_t size = 0;
    unsigned char *bytes = GEOSWKBWriter_write_r(h_, writer, g, &size);
    std::vector<unsigned char> out(bytes, bytes + size);
    GEOSFree_r(h_, bytes);
    GEOSWKBWriter_destroy_r(h_, writer);
    GEOSGeom_destroy_r(h_, g);
    return out;
  }
  struct Shape {
    double area = 0, xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    int polygons = 0;
    bool valid = false;
  };
  Shape shape(const std::vector<unsigned char> &wkb) const {
    Shape s;
    GEOSWKBReader *reader = GEOSWKBReader_create_r(h_);
    GEOSGeometry *g = GEOSWKBReader_read_r(h_, reader, wkb.data(), wkb.size());
    GEOSWKBReader_destroy_r(h_, reader);
    GEOSArea_r(h_, g, &s.area);
    GEOSGeom_getXMin_r(h_, g, &s.xmin);
    GEOSGeom_getYMin_r(h_, g, &s.ymin);
    GEOSGeom_getXMax_r(h_, g, &s.xmax);
    GEOSGeom_getYMax_r(h_, g, &s.ymax);
    s.polygons = GEOSGetNumGeometries_r(h_, g);
    s.valid = GEOSisValid_r(h_, g) == 1;
    GEOSGeom_destroy_r(h_, g);
    return s;
  }

private:
  GEOSContextHandle_t h_;
};

// 4 x 4 squares of 100 m, row-major from (0, 0): columns 0-1 are region 0, columns 2-3 region 1.
std::vector<std::size_t> leftAndRightHalves() {
  std::vector<std::size_t> region(16);
  for (std::size_t i = 0; i < 16; ++i)
    region[i] = (i % 4) < 2 ? 0 : 1;
  return region;
}

} // namespace

TEST(RegionDissolve, EdgeToEdgeSquaresDissolveAsACoverage) {
  TessellationSpec spec;
  spec.shape = CellShape::Square;
  spec.columns = spec.rows = 4;
  const DissolvedRegions d = dissolveRegions(tessellationWkb(spec), leftAndRightHalves(), 2);
  EXPECT_EQ(d.coverageUnions, 2u);
  EXPECT_EQ(d.overlayUnions, 0u);
  EXPECT_TRUE(d.repaired.empty());
  Geos geos;
  const auto left = geos.shape(d.wkb[0]), right = geos.shape(d.wkb[1]);
  // Each half: 2 x 4 squares of 100 m x 100 m = 80,000 m2, one polygon.
  EXPECT_DOUBLE_EQ(left.area, 80000.0);
  EXPECT_DOUBLE_EQ(right.area, 80000.0);
  EXPECT_EQ(left.polygons, 1);
  EXPECT_TRUE(left.valid);
  EXPECT_DOUBLE_EQ(left.xmin, 0.0);
  EXPECT_DOUBLE_EQ(left.xmax, 200.0);
  EXPECT_DOUBLE_EQ(right.xmin, 200.0);
  EXPECT_DOUBLE_EQ(right.ymax, 400.0);
}

// Squares digitised apart (each vertex moved by 0.01 m on its own) leave slivers and overlaps
// between neighbours: not a coverage, so the general union does the work.
TEST(RegionDissolve, PolygonsThatDoNotMeetEdgeToEdgeFallBackToTheOverlayUnion) {
  TessellationSpec spec;
  spec.shape = CellShape::Square;
  spec.columns = spec.rows = 4;
  spec.jitter = 0.01;
  const DissolvedRegions d = dissolveRegions(tessellationWkb(spec), leftAndRightHalves(), 2);
  EXPECT_EQ(d.coverageUnions, 0u);
  EXPECT_EQ(d.overlayUnions, 2u);
  Geos geos;
  const auto left = geos.shape(d.wkb[0]);
  EXPECT_TRUE(left.valid);
  // 80,000 m2 give or take the jitter along the boundary (about 1,200 m of edge x 0.01 m).
  EXPECT_NEAR(left.area, 80000.0, 12.0);
}

// Two 100 m squares overlapping by half: 10,000 + 10,000 - 5,000 = 15,000 m2, where a coverage
// union would be wrong.
TEST(RegionDissolve, OverlappingPolygonsAreUnionedNotAdded) {
  Geos geos;
  const std::vector<std::vector<unsigned char>> wkb = {
      geos.wkb("POLYGON((0 0,100 0,100 100,0 100,0 0))"),
      geos.wkb("POLYGON((50 0,150 0,150 100,50 100,50 0))")};
  const DissolvedRegions d = dissolveRegions(wkb, {0, 0}, 1);
  EXPECT_EQ(d.overlayUnions, 1u);
  EXPECT_DOUBLE_EQ(geos.shape(d.wkb[0]).area, 15000.0);
}

// A bow tie (self-intersecting ring) is repaired into two triangles of 50 m2 each and reported;
// a NULL geometry and a feature in no region are left out; a region without geometry stays empty.
TEST(RegionDissolve, InvalidNullAndUnassignedFeatures) {
  Geos geos;
  const std::vector<std::vector<unsigned char>> wkb = {
      geos.wkb("POLYGON((0 0,10 10,10 0,0 10,0 0))"),
      {},
      geos.wkb("POLYGON((0 0,1 0,1 1,0 0))"),
      {}};
  const DissolvedRegions d = dissolveRegions(wkb, {0, 0, kNoRegion, 1}, 2);
  EXPECT_EQ(d.repaired, std::vector<std::size_t>{0});
  EXPECT_DOUBLE_EQ(geos.shape(d.wkb[0]).area, 50.0);
  EXPECT_TRUE(d.wkb[1].empty());
}

TEST(RegionDissolve, SameResultOnAnyThreadCount) {
  TessellationSpec spec;
  spec.shape = CellShape::Hexagon;
  spec.columns = spec.rows = 12;
  const auto cells = tessellationWkb(spec);
  std::vector<std::size_t> region(cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i)
    region[i] = (i / 12) / 3 * 4 + (i % 12) / 3; // 3 x 3 blocks: 16 regions
  const DissolvedRegions one = dissolveRegions(cells, region, 16, 1);
  EXPECT_EQ(one.coverageUnions, 16u);
  for (unsigned threads : {2u, 5u})
    EXPECT_EQ(one.wkb, dissolveRegions(cells, region, 16, threads).wkb) << threads;
}

TEST(RegionDissolve, UnreadableGeometryNamesTheFeature) {
  const std::vector<std::vector<unsigned char>> wkb = {{1, 2, 3}};
  try {
    dissolveRegions(wkb, {0}, 1);
    FAIL() << "no error";
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("feature #1 (in reading order)"), std::string::npos)
        << e.what();
  }
}
