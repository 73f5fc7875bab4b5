#include "io/wkb_reading.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>

using namespace resilience;

namespace {

void put32(std::vector<unsigned char> &b, std::uint32_t v) {
  for (int k = 0; k < 4; ++k)
    b.push_back(static_cast<unsigned char>(v >> (8 * k)));
}
void putRing(std::vector<unsigned char> &b, const std::vector<double> &xy) {
  put32(b, static_cast<std::uint32_t>(xy.size() / 2));
  for (double v : xy) {
    unsigned char bytes[8];
    std::memcpy(bytes, &v, 8);
    b.insert(b.end(), bytes, bytes + 8);
  }
}
// A little-endian WKB multipolygon of the given parts, each a list of rings.
std::vector<unsigned char>
multiPolygon(const std::vector<std::vector<std::vector<double>>> &parts) {
  std::vector<unsigned char> b{1};
  put32(b, 6);
  put32(b, static_cast<std::uint32_t>(parts.size()));
  for (const auto &rings : parts) {
    b.push_back(1);
    put32(b, 3);
    put32(b, static_cast<std::uint32_t>(rings.size()));
    for (const auto &ring : rings)
      putRing(b, ring);
  }
  return b;
}

const std::vector<double> kSquare{0, 0, 10, 0, 10, 10, 0, 10, 0, 0}; // area 100
const std::vector<double> kHole{2, 2, 4, 2, 4, 4, 2, 2};             // area 2
const std::vector<double> kTwoPoints{5, 5, 6, 6};                    // no area

} // namespace

// Issue 12 item 7: CBS municipalities (Baarle-Nassau, Steenbergen, Moerdijk in
// nl_gemeenten_2015.gpkg) carry two-point rings, which GEOS refuses when a map is drawn. The
// ring goes, the rest stays: a two-point hole leaves the square (100 - 2 = 98 with the real hole),
// a two-point shell takes its part away.
TEST(WkbReading, DegenerateRingsAreDropped) {
  std::size_t dropped = 0;
  const auto holeOut =
      withoutDegenerateRings(multiPolygon({{kSquare, kHole, kTwoPoints}}), dropped);
  EXPECT_EQ(dropped, 1u);
  const auto partOut =
      withoutDegenerateRings(multiPolygon({{kSquare}, {kTwoPoints, kHole}}), dropped);
  EXPECT_EQ(dropped, 2u); // the shell and the hole it held
  GeosThreadContext ctx;
  double area = 0.0;
  GeosGeometry g = ctx.read(holeOut);
  ASSERT_TRUE(g);
  GEOSArea_r(ctx.handle(), g.get(), &area);
  EXPECT_DOUBLE_EQ(area, 98.0);
  g = ctx.read(partOut);
  ASSERT_TRUE(g);
  GEOSArea_r(ctx.handle(), g.get(), &area);
  EXPECT_DOUBLE_EQ(area, 100.0);
  EXPECT_EQ(GEOSGetNumGeometries_r(ctx.handle(), g.get()), 1);
  // Nothing to drop: empty, keep the original.
  EXPECT_TRUE(withoutDegenerateRings(multiPolygon({{kSquare, kHole}}), dropped).empty());
  EXPECT_EQ(dropped, 0u);
  EXPECT_TRUE(withoutDegenerateRings({1, 2, 3}, dropped).empty());
}
