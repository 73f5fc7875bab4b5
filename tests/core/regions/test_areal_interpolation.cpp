// Areal interpolation: exact values on hand-drawn overlapping squares (every number worked out
// below), conservation of counts, NULL sources, crosswalk shares, and the overlay equal to a
// brute-force intersection of every pair of polygons, on any number of threads.
#include "common/input_error.h"
#include "regions/areal_interpolation.h"
#include "wkt_wkb.h"

#include "tessellation.h"

#include <geos_c.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>

using namespace resilience;
using resilience::testing::wkbFromWkt;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string square(double x0, double y0, double x1, double y1) {
  const auto n = [](double v) { return std::to_string(v); };
  return "POLYGON((" + n(x0) + " " + n(y0) + ", " + n(x1) + " " + n(y0) + ", " + n(x1) + " " +
         n(y1) + ", " + n(x0) + " " + n(y1) + ", " + n(x0) + " " + n(y0) + "))";
}

// Sources A [0,2]x[0,2] (count 100, rate 10), B [2,4]x[0,2] (count 50, rate 20), C [10,12]x[0,2]
// (count 30, rate 5, reaches no target). Targets T1 [0,3]x[0,2], T2 [3,5]x[0,2], T3 [20,21]x[0,1].
struct Squares {
  std::vector<std::vector<unsigned char>> sources = {wkbFromWkt(square(0, 0, 2, 2)),
                                                     wkbFromWkt(square(2, 0, 4, 2)),
                                                     wkbFromWkt(square(10, 0, 12, 2))};
  std::vector<std::vector<unsigned char>> targets = {wkbFromWkt(square(0, 0, 3, 2)),
                                                     wkbFromWkt(square(3, 0, 5, 2)),
                                                     wkbFromWkt(square(20, 0, 21, 1))};
};

} // namespace

// T1 holds all of A (4 of 4) and half of B (2 of 4): count 100 + 50/2 = 125, rate
// (10 * 4 + 20 * 2) / 6 = 40/3, coverage 6/6. T2 holds the other half of B (2 of 4) and 2 of its
// own 4 units lie outside every source: count 25, rate 20, coverage 2/4. T3 meets nothing: NULL.
// Counts: 180 in the sources, 150 of them in the part the targets cover (A and B whole, not C),
// 150 in the targets.
TEST(ArealInterpolation, HandDrawnSquares) {
  const Squares g;
  const AreaLinks links = polygonAreaLinks(g.sources, g.targets, 1);
  ASSERT_EQ(links.links.size(), 3u);
  EXPECT_DOUBLE_EQ(links.sourceArea[1], 4.0);
  EXPECT_DOUBLE_EQ(links.targetArea[1], 4.0);
  const ApportionResult r =
      apportion(links.links, 3, 3, {"count"}, {MaskedValues::fromDoubles({100, 50, 30})}, {"rate"},
                {MaskedValues::fromDoubles({10, 20, 5})});
  const ApportionedField &count = r.extensive[0], &rate = r.intensive[0];
  EXPECT_NEAR(count.values.values[0], 125.0, 1e-12);
  EXPECT_NEAR(count.values.values[1], 25.0, 1e-12);
  EXPECT_FALSE(count.values.isValid(2));
  EXPECT_NEAR(rate.values.values[0], 40.0 / 3.0, 1e-12);
  EXPECT_NEAR(rate.values.values[1], 20.0, 1e-12);
  EXPECT_FALSE(rate.values.isValid(2));
  EXPECT_DOUBLE_EQ(count.sumSources, 180.0);
  EXPECT_NEAR(count.sumCovered, 150.0, 1e-12);
  EXPECT_NEAR(count.sumTargets, 150.0, 1e-12);
  EXPECT_EQ(r.unlinkedTargets, std::vector<std::size_t>{2});
  EXPECT_EQ(r.unlinkedSources, std::vector<std::size_t>{2});
  const MaskedValues coverage = areaCoverage(links);
  EXPECT_NEAR(coverage.values[0], 1.0, 1e-12);
  EXPECT_NEAR(coverage.values[1], 0.5, 1e-12);
  EXPECT_NEAR(coverage.values[2], 0.0, 1e-12);
}

// B's count unknown: T1 and T2 both take a part of B, so both are NULL (an unknown part cannot be
// split); the rate of A alone is not the rate of T1 either.
TEST(ArealInterpolation, NullSourceMakesItsTargetsNull) {
  const Squares g;
  const AreaLinks links = polygonAreaLinks(g.sources, g.targets, 1);
  const ApportionResult r =
      apportion(links.links, 3, 3, {"count"}, {MaskedValues::fromDoubles({100, kNaN, 30})},
                {"rate"}, {MaskedValues::fromDoubles({10, kNaN, 5})});
  EXPECT_FALSE(r.extensive[0].values.isValid(0));
  EXPECT_FALSE(r.extensive[0].values.isValid(1));
  EXPECT_EQ(r.extensive[0].nullTargets, 2u);
  EXPECT_FALSE(r.intensive[0].values.isValid(0));
  EXPECT_EQ(r.intensive[0].nullTargets, 2u);
}

// Population-weighted: weight points in A at (0.5, 0.5) with 10 and (1.5, 1.5) with 30 (both in
// T1); in B at (2.5, 1) with 20 (T1) and (3.5, 1) with 60 (T2); one at (4.5, 1) with 5 in T2 but in
// no source; one without weight. w(A, T1) = 40 of A's 40: share 1; w(B, T1) = 20 and w(B, T2) = 60
// of B's 80: shares 1/4 and 3/4. Counts: T1 = 100 + 50/4 = 112.5, T2 = 37.5. Rates: T1 =
// (10 * 40 + 20 * 20) / 60 = 40/3, T2 = 20. Coverage: T1 60 of 60, T2 60 of 65. C has no point.
TEST(ArealInterpolation, PopulationWeightedByHand) {
  const Squares g;
  const PointWeightLinks links = pointWeightLinks(
      {0.5, 1.5, 2.5, 3.5, 4.5, 1.0}, {0.5, 1.5, 1.0, 1.0, 1.0, 1.0},
      MaskedValues::fromDoubles({10, 30, 20, 60, 5, kNaN}), g.sources, g.targets, 1);
  ASSERT_EQ(links.links.size(), 3u);
  EXPECT_EQ(links.pointsOutsideSources, 1u);
  EXPECT_EQ(links.pointsWithoutWeight, 1u);
  EXPECT_EQ(links.sourcesWithoutWeight, std::vector<std::size_t>{2});
  const ApportionResult r =
      apportion(links.links, 3, 3, {"count"}, {MaskedValues::fromDoubles({100, 50, 30})}, {"rate"},
                {MaskedValues::fromDoubles({10, 20, 5})});
  EXPECT_NEAR(r.extensive[0].values.values[0], 112.5, 1e-12);
  EXPECT_NEAR(r.extensive[0].values.values[1], 37.5, 1e-12);
  EXPECT_NEAR(r.intensive[0].values.values[0], 40.0 / 3.0, 1e-12);
  EXPECT_NEAR(r.intensive[0].values.values[1], 20.0, 1e-12);
  EXPECT_NEAR(links.coverage.values[0], 1.0, 1e-12);
  EXPECT_NEAR(links.coverage.values[1], 60.0 / 65.0, 1e-12);
  EXPECT_FALSE(links.coverage.isValid(2)) << "no weight in T3";
  EXPECT_THROW(
      pointWeightLinks({0.5}, {0.5}, MaskedValues::fromDoubles({-1}), g.sources, g.targets, 1),
      InputError);
}

// A conversion table between boundary years: s0 (count 100, rate 10) goes 70 % to t0 and 30 % to
// t1, s1 (count 50, rate 20) wholly to t1. t0 = 70, t1 = 30 + 50 = 80; rates t0 = 10,
// t1 = (10 * 0.3 + 20 * 1) / 1.3 = 23 / 1.3.
TEST(ArealInterpolation, CrosswalkSharesByHand) {
  const std::vector<ApportionLink> links = {{0, 0, 0.7, 0.7}, {0, 1, 0.3, 0.3}, {1, 1, 1.0, 1.0}};
  const ApportionResult r =
      apportion(links, 2, 2, {"count"}, {MaskedValues::fromDoubles({100, 50})}, {"rate"},
                {MaskedValues::fromDoubles({10, 20})});
  EXPECT_NEAR(r.extensive[0].values.values[0], 70.0, 1e-12);
  EXPECT_NEAR(r.extensive[0].values.values[1], 80.0, 1e-12);
  EXPECT_NEAR(r.intensive[0].values.values[0], 10.0, 1e-12);
  EXPECT_NEAR(r.intensive[0].values.values[1], 23.0 / 1.3, 1e-12);
  EXPECT_NEAR(r.extensive[0].sumTargets, 150.0, 1e-12);
  EXPECT_THROW(apportion({{0, 5, 1.0, 1.0}}, 2, 2, {}, {}, {}, {}), InputError);
  EXPECT_THROW(apportion({{0, 0, -0.5, 1.0}}, 2, 2, {}, {}, {}, {}), InputError);
}

// Hexagons (sources) against larger squares shifted across them (targets): every pair's
// intersection area computed directly with GEOS, without any index, must equal the links, and the
// links must not depend on the thread count; each hexagon's shares add up to the part of it the
// squares cover.
TEST(ArealInterpolation, EqualsABruteForceOverlay) {
  TessellationSpec hex;
  hex.columns = 9;
  hex.rows = 7;
  TessellationSpec squares;
  squares.shape = CellShape::Square;
  squares.columns = 6;
  squares.rows = 5;
  squares.cellSize = 190.0;
  const auto sources = tessellationWkb(hex);
  auto targets = tessellationWkb(squares);
  const AreaLinks one = polygonAreaLinks(sources, targets, 1);
  const AreaLinks three = polygonAreaLinks(sources, targets, 3);
  ASSERT_EQ(one.links.size(), three.links.size());
  for (std::size_t k = 0; k < one.links.size(); ++k) {
    EXPECT_EQ(one.links[k].source, three.links[k].source);
    EXPECT_EQ(one.links[k].target, three.links[k].target);
    EXPECT_EQ(one.links[k].weight, three.links[k].weight);
  }

  GEOSContextHandle_t h = GEOS_init_r();
  GEOSWKBReader *reader = GEOSWKBReader_create_r(h);
  const auto read = [&](const std::vector<unsigned char> &wkb) {
    return GEOSWKBReader_read_r(h, reader, wkb.data(), wkb.size());
  };
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> expected;
  for (std::uint32_t t = 0; t < targets.size(); ++t) {
    GEOSGeometry *tg = read(targets[t]);
    for (std::uint32_t s = 0; s < sources.size(); ++s) {
      GEOSGeometry *sg = read(sources[s]);
      GEOSGeometry *cut = GEOSIntersection_r(h, tg, sg);
      double area = 0;
      GEOSArea_r(h, cut, &area);
      if (area > 1e-9)
        expected[{s, t}] = area;
      GEOSGeom_destroy_r(h, cut);
      GEOSGeom_destroy_r(h, sg);
    }
    GEOSGeom_destroy_r(h, tg);
  }
  GEOSWKBReader_destroy_r(h, reader);
  GEOS_finish_r(h);

  ASSERT_EQ(one.links.size(), expected.size());
  for (const ApportionLink &l : one.links) {
    const auto it = expected.find({l.source, l.target});
    ASSERT_NE(it, expected.end()) << "source " << l.source << " target " << l.target;
    EXPECT_NEAR(l.weight, it->second, 1e-9 * it->second);
    EXPECT_NEAR(l.share, it->second / one.sourceArea[l.source], 1e-12);
  }
  // A cancel request stops the overlay: no partial links.
  const std::atomic<bool> cancelled{true};
  EXPECT_THROW(polygonAreaLinks(sources, targets, 1, &cancelled), Cancelled);
  // Conservation: with every hexagon's count 1, the targets hold the covered share of each.
  const ApportionResult r =
      apportion(one.links, sources.size(), targets.size(), {"one"},
                {MaskedValues::fromDoubles(std::vector<double>(sources.size(), 1.0))}, {}, {});
  EXPECT_NEAR(r.extensive[0].sumTargets, r.extensive[0].sumCovered, 1e-9);
}
