#include "weights/spatial_weights.h"

#include <gtest/gtest.h>

using resilience::SpatialWeights;

namespace {
// A path 0-1-2 plus an island 3, written out by hand.
SpatialWeights pathWithIsland() {
  return SpatialWeights::fromNeighbourLists({{1}, {2, 0, 0}, {1}, {}}, "hand-made path");
}
} // namespace

TEST(SpatialWeights, ReportCountsLinksIslandsAndComponents) {
  const auto report = pathWithIsland().report();
  EXPECT_EQ(report.features, 4u);
  EXPECT_EQ(report.links, 4u); // 0-1, 1-0, 1-2, 2-1 (the duplicate 1->0 is dropped)
  EXPECT_EQ(report.minNeighbours, 0u);
  EXPECT_EQ(report.maxNeighbours, 2u);
  EXPECT_DOUBLE_EQ(report.meanNeighbours, 1.0);
  ASSERT_EQ(report.islands.size(), 1u);
  EXPECT_EQ(report.islands[0], 3u);
  EXPECT_EQ(report.components, 2u); // {0,1,2} and {3}
  EXPECT_TRUE(report.symmetric);
}

TEST(SpatialWeights, RowStandardisingDividesByRowSums) {
  const auto w = pathWithIsland().rowStandardised();
  ASSERT_EQ(w.neighbourCount(1), 2u);
  EXPECT_DOUBLE_EQ(w.weightsBegin(1)[0], 0.5);
  EXPECT_DOUBLE_EQ(w.weightsBegin(1)[1], 0.5);
  EXPECT_DOUBLE_EQ(w.weightsBegin(0)[0], 1.0);
  EXPECT_EQ(w.neighbourCount(3), 0u); // islands stay islands
}

TEST(SpatialWeights, WithSelfInsertsDiagonalInOrder) {
  const auto w = pathWithIsland().withSelf();
  ASSERT_EQ(w.neighbourCount(1), 3u);
  EXPECT_EQ(w.neighboursBegin(1)[0], 0u);
  EXPECT_EQ(w.neighboursBegin(1)[1], 1u);
  EXPECT_EQ(w.neighboursBegin(1)[2], 2u);
  EXPECT_EQ(w.neighbourCount(3), 1u);
}

TEST(SpatialWeights, RejectsNeighbourOutsideRange) {
  EXPECT_THROW(SpatialWeights::fromNeighbourLists({{5}}, "bad"), std::runtime_error);
}

TEST(SpatialWeights, AsymmetricLinksAreReported) {
  EXPECT_FALSE(SpatialWeights::fromNeighbourLists({{1}, {}}, "one way").report().symmetric);
}
