// Contiguity weights against spdep::poly2nb (testdata/spdep/*_queen_edges.csv, *_rook_edges.csv,
// produced by reference.R) and against hand-built cases: NULL and invalid geometries, jittered
// tessellations, and the Dutch municipalities of 2015.
#include "contiguity.h"
#include "input_error.h"
#include "weights_test_support.h"

#include <gtest/gtest.h>

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
