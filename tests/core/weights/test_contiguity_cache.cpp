// Contiguity weights reused within a pipeline run, and only for identical polygons and options.
#include "weights/contiguity_cache.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

using namespace resilience;

namespace {

// A 3 x 1 row of unit squares as WKB polygons (little-endian): 1-2 and 2-3 share edges.
std::vector<std::vector<unsigned char>> rowOfSquares() {
  std::vector<std::vector<unsigned char>> wkb;
  for (int i = 0; i < 3; ++i) {
    const double x = i;
    const double ring[] = {x, 0, x + 1, 0, x + 1, 1, x, 1, x, 0};
    std::vector<unsigned char> blob = {1, 3, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0};
    const auto *bytes = reinterpret_cast<const unsigned char *>(ring);
    blob.insert(blob.end(), bytes, bytes + sizeof ring);
    wkb.push_back(blob);
  }
  return wkb;
}

} // namespace

TEST(ContiguityCache, ReusesOnlyIdenticalPolygonsAndOptionsWithinAScope) {
  const auto squares = rowOfSquares();
  ContiguityOptions queen;
  bool reused = true;
  EXPECT_EQ(ContiguityCache::weights(squares, queen, reused).weights.neighbourCount(1), 2u);
  EXPECT_FALSE(reused) << "no scope: nothing kept";
  {
    const ContiguityCache::Scope scope;
    ContiguityCache::weights(squares, queen, reused);
    EXPECT_FALSE(reused);
    const WeightsResult again = ContiguityCache::weights(squares, queen, reused);
    EXPECT_TRUE(reused);
    EXPECT_EQ(again.weights.neighbourCount(0), 1u);
    EXPECT_EQ(again.weights.neighbourCount(1), 2u);

    ContiguityOptions rook = queen;
    rook.rule = ContiguityRule::Rook;
    ContiguityCache::weights(squares, rook, reused);
    EXPECT_FALSE(reused) << "another rule";

    auto moved = squares;
    const double shifted = 5.0; // the third square's first x: 2 -> 5, it no longer touches
    std::memcpy(moved[2].data() + 13, &shifted, sizeof shifted);
    std::memcpy(moved[2].data() + 13 + 6 * sizeof(double), &shifted, sizeof shifted);
    std::memcpy(moved[2].data() + 13 + 8 * sizeof(double), &shifted, sizeof shifted);
    const WeightsResult other = ContiguityCache::weights(moved, rook, reused);
    EXPECT_FALSE(reused) << "other polygons";
    EXPECT_EQ(other.weights.neighbourCount(2), 0u);
  }
  ContiguityCache::weights(squares, queen, reused);
  EXPECT_FALSE(reused) << "the scope has ended";
}
