// The map book's summary table: region beside province, and the lowest-scoring neighbourhoods
// with their province rank, against a hand-worked example.
#include "regions/region_summary.h"

#include <gtest/gtest.h>

#include <limits>

using namespace resilience;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

//  area region score  pop  bin
//   0     0     30    100    3
//   1     0     10    300    0
//   2     0    NULL    50    2
//   3     1     10    200    0
//   4     1     50    100    2
//   5   none     5    250    3
//   6     0     70     50    0
// Province ranks (lowest first): 5 -> 1, areas 1 and 3 tie at 10 -> 2 and 2, 0 -> 4, 4 -> 5,
// 6 -> 6; area 2 has no score and no rank.
RegionalAggregationInput handExample() {
  RegionalAggregationInput in;
  in.region = {0, 0, 0, 1, 1, kNoRegion, 0};
  in.regions = 2;
  in.score = MaskedValues::fromDoubles({30, 10, kNaN, 10, 50, 5, 70});
  in.population = MaskedValues::fromDoubles({100, 300, 50, 200, 100, 250, 50});
  in.hotspotBin = MaskedValues::fromDoubles({3, 0, 2, 0, 2, 3, 0});
  in.classes = lowestClassByScore(in.score, 20.0);
  return in;
}

} // namespace

TEST(RegionSummary, LowestAreasCarryTheirProvinceRank) {
  const RegionSummary s = summariseRegions(handExample(), 2);
  ASSERT_EQ(s.lowest.size(), 2u);
  // Region 0: area 1 (10, rank 2), then area 0 (30, rank 4); area 6 is third and left out.
  ASSERT_EQ(s.lowest[0].size(), 2u);
  EXPECT_EQ(s.lowest[0][0].index, 1u);
  EXPECT_EQ(s.lowest[0][0].rank, 2u);
  EXPECT_DOUBLE_EQ(s.lowest[0][0].score, 10.0);
  EXPECT_EQ(s.lowest[0][1].index, 0u);
  EXPECT_EQ(s.lowest[0][1].rank, 4u);
  // Region 1: area 3 shares rank 2 with area 1; area 4 is rank 5.
  ASSERT_EQ(s.lowest[1].size(), 2u);
  EXPECT_EQ(s.lowest[1][0].index, 3u);
  EXPECT_EQ(s.lowest[1][0].rank, 2u);
  EXPECT_EQ(s.lowest[1][1].index, 4u);
  EXPECT_EQ(s.lowest[1][1].rank, 5u);
  // The province's two lowest: area 5 (in no region, rank 1), then area 1 (first of the tie).
  ASSERT_EQ(s.provinceLowest.size(), 2u);
  EXPECT_EQ(s.provinceLowest[0].index, 5u);
  EXPECT_EQ(s.provinceLowest[0].rank, 1u);
  EXPECT_EQ(s.provinceLowest[1].index, 1u);
  EXPECT_EQ(s.provinceLowest[1].rank, 2u);
  // Every scored area's rank; area 2 (NULL score) has none.
  const std::vector<double> ranks = {4, 2, 0, 2, 5, 1, 6};
  for (std::size_t i = 0; i < ranks.size(); ++i)
    if (i == 2)
      EXPECT_FALSE(s.rank.isValid(i));
    else
      EXPECT_DOUBLE_EQ(s.rank.values[i], ranks[i]) << "area " << i;
}

TEST(RegionSummary, ProvinceCountsEveryNeighbourhood) {
  const RegionSummary s = summariseRegions(handExample(), 5);
  // Region 0: population 100 + 300 + 50 + 50 = 500; mean (100*30 + 300*10 + 50*70) / 450
  // = 9500 / 450; lowest class (score <= 20): area 1 only, 300 / 450; hot spots (bin >= 2):
  // areas 0 and 2.
  EXPECT_DOUBLE_EQ(s.regions.population.values[0], 500.0);
  EXPECT_DOUBLE_EQ(s.regions.scoreMean.values[0], 9500.0 / 450.0);
  EXPECT_DOUBLE_EQ(s.regions.shareLowestClass.values[0], 300.0 / 450.0);
  EXPECT_DOUBLE_EQ(s.regions.hotspots.values[0], 2.0);
  EXPECT_EQ(s.lowest[0].size(), 3u) << "fewer scored areas than asked: all of them";
  // Province: all seven areas, area 5 in no region included: population 1050; mean
  // (3000 + 3000 + 2000 + 5000 + 1250 + 3500) / 1000 = 17750 / 1000; lowest class: areas 1, 3
  // and 5, (300 + 200 + 250) / 1000; hot spots: areas 0, 2, 4 and 5.
  ASSERT_EQ(s.province.areas.size(), 1u);
  EXPECT_EQ(s.province.areas[0], 7u);
  EXPECT_DOUBLE_EQ(s.province.population.values[0], 1050.0);
  EXPECT_DOUBLE_EQ(s.province.scoreMean.values[0], 17.75);
  EXPECT_DOUBLE_EQ(s.province.shareLowestClass.values[0], 0.75);
  EXPECT_DOUBLE_EQ(s.province.hotspots.values[0], 4.0);
}

TEST(RegionSummary, LowestClassByScoreKeepsNulls) {
  const MaskedValues classes =
      lowestClassByScore(MaskedValues::fromDoubles({20, 20.5, kNaN, 0}), 20.0);
  EXPECT_DOUBLE_EQ(classes.values[0], 1.0);
  EXPECT_DOUBLE_EQ(classes.values[1], 2.0);
  EXPECT_FALSE(classes.isValid(2));
  EXPECT_DOUBLE_EQ(classes.values[3], 1.0);
}
