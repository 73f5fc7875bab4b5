// Contiguity weights against spdep::poly2nb (testdata/spdep/*_queen_edges.csv, *_rook_edges.csv,
// produced by reference.R) and against hand-built cases: NULL and invalid geometries, jittered
// tessellations, and the Dutch municipalities of 2015.
#include "common/input_error.h"
#include "tessellation.h"
#include "weights/contiguity.h"
#include "weights_test_support.h"

#include <cpl_error.h>

#include <gtest/gtest.h>

#include <cstring>
#include <set>

using namespace resilience;
using namespace resilience::testing;

namespace {

WeightsResult build(const TestLayer &layer, ContiguityRule rule, double tolerance = 0.0,
                    unsigned threads = 0) {
  ContiguityOptions options;
  options.rule = rule;
  options.tolerance = tolerance;
  options.threads = threads;
  return contiguityWeights(layer.wkb, options);
}

} // namespace

TEST(Contiguity, ColumbusQueenAndRookMatchPoly2nb) {
  const TestLayer columbus = readTestLayer("columbus.shp");
  ASSERT_EQ(columbus.wkb.size(), 49u);
  const auto queen = build(columbus, ContiguityRule::Queen);
  const auto rook = build(columbus, ContiguityRule::Rook);
  EXPECT_EQ(edgesOf(queen.weights), referenceEdges("columbus_queen_edges.csv"));
  EXPECT_EQ(edgesOf(rook.weights), referenceEdges("columbus_rook_edges.csv"));
  EXPECT_EQ(queen.weights.report().links, 236u); // pysal_crosscheck.txt: pysal=236 spdep=236
  EXPECT_EQ(rook.weights.report().links, 200u);
}

TEST(Contiguity, NorthCarolinaQueenAndRookMatchPoly2nb) {
  const TestLayer nc = readTestLayer("nc.gpkg");
  ASSERT_EQ(nc.wkb.size(), 100u);
  EXPECT_EQ(edgesOf(build(nc, ContiguityRule::Queen).weights),
            referenceEdges("nc_queen_edges.csv"));
  EXPECT_EQ(edgesOf(build(nc, ContiguityRule::Rook).weights), referenceEdges("nc_rook_edges.csv"));
}

TEST(Contiguity, ResultDoesNotDependOnThreadCount) {
  const TestLayer nc = readTestLayer("nc.gpkg");
  for (auto rule : {ContiguityRule::Queen, ContiguityRule::Rook})
    for (double tolerance : {0.0, 1e-3}) {
      const auto one = build(nc, rule, tolerance, 1), two = build(nc, rule, tolerance, 2);
      EXPECT_EQ(one.weights.offsets(), two.weights.offsets());
      EXPECT_EQ(one.weights.neighbours(), two.weights.neighbours());
    }
}

TEST(Contiguity, TinyToleranceReproducesExactOnCleanData) {
  // Columbus and NC share vertices exactly and have no vertex lying on a neighbour's edge, so a
  // tolerance far below any edge length must give poly2nb's sets again.
  const TestLayer columbus = readTestLayer("columbus.shp");
  EXPECT_EQ(edgesOf(build(columbus, ContiguityRule::Queen, 1e-9).weights),
            referenceEdges("columbus_queen_edges.csv"));
  EXPECT_EQ(edgesOf(build(columbus, ContiguityRule::Rook, 1e-9).weights),
            referenceEdges("columbus_rook_edges.csv"));
  const TestLayer nc = readTestLayer("nc.gpkg");
  EXPECT_EQ(edgesOf(build(nc, ContiguityRule::Queen, 1e-9).weights),
            referenceEdges("nc_queen_edges.csv"));
  EXPECT_EQ(edgesOf(build(nc, ContiguityRule::Rook, 1e-9).weights),
            referenceEdges("nc_rook_edges.csv"));
}

namespace {

// Neighbours of cell (r, c) in a columns x rows grid, written out from the geometry (1-based).
EdgeSet expectedGridEdges(CellShape shape, std::size_t columns, std::size_t rows, bool diagonals) {
  EdgeSet edges;
  auto id = [&](long r, long c) { return static_cast<std::size_t>(r) * columns + c + 1; };
  for (long r = 0; r < static_cast<long>(rows); ++r)
    for (long c = 0; c < static_cast<long>(columns); ++c) {
      std::vector<std::pair<long, long>> around;
      if (shape == CellShape::Square) {
        around = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}};
        if (diagonals)
          around.insert(around.end(),
                        {{r - 1, c - 1}, {r - 1, c + 1}, {r + 1, c - 1}, {r + 1, c + 1}});
      } else {
        // Flat-topped hexagons, odd columns shifted up by half a cell: same column above/below,
        // and in the next/previous column rows r and r-1 (even c) or r and r+1 (odd c).
        const long other = c % 2 == 0 ? r - 1 : r + 1;
        around = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}, {other, c - 1}, {other, c + 1}};
      }
      for (const auto &[nr, nc] : around)
        if (nr >= 0 && nc >= 0 && nr < static_cast<long>(rows) && nc < static_cast<long>(columns))
          edges.insert({id(r, c), id(nr, nc)});
    }
  return edges;
}

TestLayer tessellation(CellShape shape, double jitter, std::size_t columns = 30,
                       std::size_t rows = 30) {
  TessellationSpec spec;
  spec.shape = shape;
  spec.columns = columns;
  spec.rows = rows;
  spec.cellSize = 100.0; // metres
  spec.jitter = jitter;
  TestLayer layer;
  layer.wkb = tessellationWkb(spec);
  return layer;
}

} // namespace

TEST(Contiguity, ExactTessellationsGiveTheGridNeighbours) {
  const auto hex = tessellation(CellShape::Hexagon, 0.0);
  const EdgeSet hexEdges = expectedGridEdges(CellShape::Hexagon, 30, 30, false);
  EXPECT_EQ(edgesOf(build(hex, ContiguityRule::Queen).weights), hexEdges);
  EXPECT_EQ(edgesOf(build(hex, ContiguityRule::Rook).weights), hexEdges);
  const auto squares = tessellation(CellShape::Square, 0.0);
  EXPECT_EQ(edgesOf(build(squares, ContiguityRule::Queen).weights),
            expectedGridEdges(CellShape::Square, 30, 30, true));
  EXPECT_EQ(edgesOf(build(squares, ContiguityRule::Rook).weights),
            expectedGridEdges(CellShape::Square, 30, 30, false));
}

TEST(Contiguity, JitteredBoundariesNeedTheTolerance) {
  // Every cell moves its own copy of each vertex by 1 mm: exact matching finds (almost) nothing
  // and the warning fires; the default tolerance (1e-6 of the ~6.5 km extent diagonal = 6.5 mm,
  // above the 2 mm worst case between two copies) finds every neighbour again.
  for (auto shape : {CellShape::Hexagon, CellShape::Square}) {
    const auto jittered = tessellation(shape, 0.001);
    const auto exact = build(jittered, ContiguityRule::Queen).weights.report();
    EXPECT_EQ(exact.links, 0u);
    EXPECT_FALSE(unmatchedBoundaryWarning(exact).empty());
    const bool square = shape == CellShape::Square;
    const auto queen = build(jittered, ContiguityRule::Queen, kAutoTolerance).weights;
    const auto rook = build(jittered, ContiguityRule::Rook, kAutoTolerance).weights;
    EXPECT_EQ(edgesOf(queen), expectedGridEdges(shape, 30, 30, square));
    EXPECT_EQ(edgesOf(rook), expectedGridEdges(shape, 30, 30, false));
    EXPECT_TRUE(unmatchedBoundaryWarning(queen.report()).empty());
  }
}

TEST(Contiguity, ThreadCountDoesNotChangeLargeResults) {
  const auto hex = tessellation(CellShape::Hexagon, 0.001, 100, 100);
  for (auto rule : {ContiguityRule::Queen, ContiguityRule::Rook})
    for (double tolerance : {0.0, 0.01}) {
      const auto one = build(hex, rule, tolerance, 1), two = build(hex, rule, tolerance, 2);
      EXPECT_EQ(one.weights.offsets(), two.weights.offsets());
      EXPECT_EQ(one.weights.neighbours(), two.weights.neighbours());
    }
}

TEST(Contiguity, NullAndInvalidGeometriesAreReported) {
  auto layer = tessellation(CellShape::Square, 0.0, 3, 1); // three squares in a row
  layer.wkb[2].clear();                                    // NULL geometry
  // A bow-tie (self-intersecting) replacing the middle square, still touching square 0 at (1,0)
  // and (1,1): GEOSMakeValid turns it into two triangles.
  const double bowtie[] = {1, 0, 2, 1, 2, 0, 1, 1, 1, 0};
  std::vector<unsigned char> wkb{1, 3, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0};
  const auto *bytes = reinterpret_cast<const unsigned char *>(bowtie);
  wkb.insert(wkb.end(), bytes, bytes + sizeof bowtie);
  for (std::size_t k = 13; k < wkb.size(); k += 8) { // scale lattice units to the 100 m cells
    double v;
    std::memcpy(&v, &wkb[k], 8);
    v *= 100.0;
    std::memcpy(&wkb[k], &v, 8);
  }
  layer.wkb[1] = wkb;
  const auto r = build(layer, ContiguityRule::Queen);
  EXPECT_EQ(r.report.nullGeometries, std::vector<std::size_t>{2});
  EXPECT_EQ(r.report.repaired, std::vector<std::size_t>{1});
  EXPECT_EQ(edgesOf(r.weights), (EdgeSet{{1, 2}, {2, 1}}));
  EXPECT_EQ(r.weights.report().islands, std::vector<std::size_t>{2});

  std::vector<std::vector<unsigned char>> point{
      {1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}};
  EXPECT_THROW(contiguityWeights(point), InputError);
  EXPECT_THROW(contiguityWeights({{1, 2, 3}}), InputError);
}

TEST(Contiguity, DutchMunicipalitiesOnlyWaddenIslandsAreIslands) {
  // CBS 2015 municipalities from a quantised TopoJSON: neighbours share arcs, so boundaries meet
  // vertex for vertex even where the quantisation made 113 of 484 geometries invalid.
  const TestLayer all =
      readTestLayer("nl_gemeenten_2015.gpkg", "gemeenten", {"gemeentenaam", "water"});
  ASSERT_EQ(all.wkb.size(), 484u);
  TestLayer land;
  std::vector<std::string> names;
  std::size_t invalidLand = 0, invalidAll = 0;
  CPLPushErrorHandler(CPLQuietErrorHandler); // OGR logs every invalid ring otherwise
  for (std::size_t i = 0; i < all.wkb.size(); ++i) {
    // Independent validity count: OGR's GEOS check (false also for rings GEOS cannot build).
    OGRGeometryH g = nullptr;
    OGR_G_CreateFromWkb(all.wkb[i].data(), nullptr, &g, static_cast<int>(all.wkb[i].size()));
    const bool valid = OGR_G_IsValid(g);
    OGR_G_DestroyGeometry(g);
    invalidAll += valid ? 0 : 1;
    if (all.fields[1][i] == "NEE") {
      land.wkb.push_back(all.wkb[i]);
      names.push_back(all.fields[0][i]);
      invalidLand += valid ? 0 : 1;
    }
  }
  CPLPopErrorHandler();
  ASSERT_EQ(land.wkb.size(), 393u);
  EXPECT_EQ(invalidAll, 113u); // testdata/SOURCES.md
  EXPECT_EQ(build(all, ContiguityRule::Queen).report.repaired.size(), invalidAll);

  const std::set<std::string> wadden{"Texel", "Vlieland", "Terschelling", "Ameland",
                                     "Schiermonnikoog"};
  for (double tolerance : {0.0, kAutoTolerance}) {
    const auto r = build(land, ContiguityRule::Queen, tolerance);
    EXPECT_EQ(r.report.repaired.size(), invalidLand);
    EXPECT_TRUE(r.report.nullGeometries.empty());
    std::set<std::string> islands;
    for (auto i : r.weights.report().islands)
      islands.insert(names[i]);
    EXPECT_EQ(islands, wadden) << "tolerance " << tolerance;
    EXPECT_TRUE(unmatchedBoundaryWarning(r.weights.report()).empty());
  }
}

TEST(Contiguity, NegativeToleranceIsAnInputError) {
  EXPECT_THROW(build(tessellation(CellShape::Square, 0.0, 2, 2), ContiguityRule::Queen, -0.5),
               InputError);
}

TEST(Contiguity, ExtraVertexOnASharedBoundaryNeedsTheToleranceForRook) {
  // Squares [0,2]x[0,2] and [2,4]x[0,2]; the right one has an extra vertex (2,1) on the common
  // boundary. They share the vertices (2,0) and (2,2) (queen) but no identical edge (exact rook).
  auto polygon = [](std::vector<double> ring) {
    std::vector<unsigned char> wkb{1, 3, 0, 0, 0, 1, 0, 0, 0};
    const auto points = static_cast<std::uint32_t>(ring.size() / 2);
    const auto *count = reinterpret_cast<const unsigned char *>(&points);
    wkb.insert(wkb.end(), count, count + 4);
    const auto *bytes = reinterpret_cast<const unsigned char *>(ring.data());
    wkb.insert(wkb.end(), bytes, bytes + 8 * ring.size());
    return wkb;
  };
  TestLayer layer;
  layer.wkb = {polygon({0, 0, 2, 0, 2, 2, 0, 2, 0, 0}),
               polygon({2, 0, 4, 0, 4, 2, 2, 2, 2, 1, 2, 0})};
  const EdgeSet linked{{1, 2}, {2, 1}};
  EXPECT_EQ(edgesOf(build(layer, ContiguityRule::Queen).weights), linked);
  EXPECT_TRUE(edgesOf(build(layer, ContiguityRule::Rook).weights).empty());
  EXPECT_EQ(edgesOf(build(layer, ContiguityRule::Rook, 1e-9).weights), linked);
}

// Issue 17 item 11: one feature at 1e300 made the automatic tolerance (1e-6 of the raw extent)
// 1e294 and every feature a neighbour of every other. The robust extent spans twice the
// interquartile range of the feature centres: on the 30 x 30 grid of 100 m squares the centres'
// x run 50..2950 m, 30 of each; the quartiles (nearest rank 225 and 674 of 900) are the 8th and
// 23rd columns, 750 and 2250 m, so the span is 3000 m per axis and the tolerance
// 1e-6 * hypot(3000, 3000) = 4.24 mm, with or without the stray square far away.
TEST(Contiguity, OneFarFeatureDoesNotInflateTheAutomaticTolerance) {
  auto layer = tessellation(CellShape::Square, 0.0);
  WeightsResult plain = build(layer, ContiguityRule::Queen, kAutoTolerance);
  EXPECT_NEAR(plain.tolerance, 1e-6 * std::hypot(3000.0, 3000.0), 1e-12);
  // A square of 1 m at (1e300, 1e300).
  auto far = tessellation(CellShape::Square, 0.0, 1, 1);
  std::vector<unsigned char> &wkb = far.wkb[0];
  for (std::size_t offset = 13; offset + 16 <= wkb.size(); offset += 16) {
    double xy[2] = {1e300, 1e300};
    double original[2];
    std::memcpy(original, &wkb[offset], 16);
    xy[0] += original[0];
    xy[1] += original[1];
    std::memcpy(&wkb[offset], xy, 16);
  }
  layer.wkb.push_back(wkb);
  const WeightsResult r = build(layer, ContiguityRule::Queen, kAutoTolerance);
  EXPECT_NEAR(r.tolerance, plain.tolerance, 1e-12);
  EXPECT_EQ(r.weights.report().islands.size(), 1u); // the far square
  EXPECT_LE(r.weights.report().maxNeighbours, 8u);
  EXPECT_TRUE(implausibleNeighbourWarning(r.weights.report(), r.tolerance).empty());
}

// A tolerance larger than the layer links everything: a mean of 899 neighbours is reported.
TEST(Contiguity, ImplausibleNeighbourCountsAreReported) {
  const auto layer = tessellation(CellShape::Square, 0.0);
  const WeightsResult r = build(layer, ContiguityRule::Queen, 1e6);
  EXPECT_DOUBLE_EQ(r.weights.report().meanNeighbours, 899.0);
  EXPECT_EQ(implausibleNeighbourWarning(r.weights.report(), 1e6),
            "contiguity gives 899 neighbours per feature on average, more than touching polygons "
            "can have (a tiling averages fewer than 6): the tolerance of 1e+06 map units is far "
            "too large for these features; set TOLERANCE smaller (or 0)");
  EXPECT_TRUE(
      implausibleNeighbourWarning(build(layer, ContiguityRule::Queen).weights.report(), 0).empty());
}
