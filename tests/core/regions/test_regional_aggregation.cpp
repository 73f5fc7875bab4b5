// Regional aggregation against a hand-worked example and against totals over the members.
#include "common/input_error.h"
#include "regions/regional_aggregation.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>

using namespace resilience;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

//  area region score  pop  class bin
//   0     0     10    100    1    3
//   1     0     20    300    2    0
//   2     0    NULL    50    1    2
//   3     1     40    200    1   NULL
//   4     1     60   NULL    3    2
//   5   none    99     10    1    3
// Region 2 has no members.
RegionalAggregationInput handExample() {
  RegionalAggregationInput in;
  in.region = {0, 0, 0, 1, 1, kNoRegion};
  in.regions = 3;
  in.score = MaskedValues::fromDoubles({10, 20, kNaN, 40, 60, 99});
  in.population = MaskedValues::fromDoubles({100, 300, 50, 200, kNaN, 10});
  in.classes = MaskedValues::fromDoubles({1, 2, 1, 1, 3, 1});
  in.hotspotBin = MaskedValues::fromDoubles({3, 0, 2, kNaN, 2, 3});
  return in;
}

} // namespace

TEST(RegionalAggregation, PopulationWeightedHandExample) {
  const RegionalAggregation r = aggregateToRegions(handExample());
  EXPECT_EQ(r.areas, (std::vector<std::size_t>{3, 2, 0}));
  // Region 0: areas 0 and 1 carry a score: (100*10 + 300*20) / (100 + 300) = 7000 / 400 = 17.5.
  // Lowest class: (100 + 50) / (100 + 300 + 50) = 1/3. Hot spots: bins 3 and 2 -> 2.
  EXPECT_EQ(r.scored[0], 2u);
  EXPECT_DOUBLE_EQ(r.population.values[0], 450.0);
  EXPECT_DOUBLE_EQ(r.scoreMean.values[0], 17.5);
  EXPECT_DOUBLE_EQ(r.scoreMin.values[0], 10.0);
  EXPECT_DOUBLE_EQ(r.scoreMax.values[0], 20.0);
  EXPECT_DOUBLE_EQ(r.shareLowestClass.values[0], 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(r.hotspots.values[0], 2.0);
  // Region 1: area 4 has no population, so only area 3 is weighted: mean 40, share 200/200 = 1;
  // its score still counts for the maximum; its bin 2 is a hot spot.
  EXPECT_EQ(r.scored[1], 1u);
  EXPECT_DOUBLE_EQ(r.population.values[1], 200.0);
  EXPECT_DOUBLE_EQ(r.scoreMean.values[1], 40.0);
  EXPECT_DOUBLE_EQ(r.scoreMax.values[1], 60.0);
  EXPECT_DOUBLE_EQ(r.shareLowestClass.values[1], 1.0);
  EXPECT_DOUBLE_EQ(r.hotspots.values[1], 1.0);
  // Region 2: empty.
  EXPECT_DOUBLE_EQ(r.population.values[2], 0.0);
  EXPECT_FALSE(r.scoreMean.isValid(2));
  EXPECT_FALSE(r.scoreMin.isValid(2));
  EXPECT_FALSE(r.shareLowestClass.isValid(2));
  EXPECT_DOUBLE_EQ(r.hotspots.values[2], 0.0);

  EXPECT_EQ(r.report.unassigned, (std::vector<std::size_t>{5}));
  EXPECT_EQ(r.report.nullScore, (std::vector<std::size_t>{2}));
  EXPECT_EQ(r.report.nullPopulation, (std::vector<std::size_t>{4}));
}

TEST(RegionalAggregation, PopulationShareWithStackedRisks) {
  // Stacked (3 or more risk flags) per area: 1, 0, 1, NULL, 1, 1.
  // Region 0: (100 + 50) / (100 + 300 + 50) = 1/3 of the population lives with stacked risks.
  // Region 1: area 3's stacking is unknown and area 4 has no population: no share (NULL).
  RegionalAggregationInput in = handExample();
  in.stacked = MaskedValues::fromDoubles({1, 0, 1, kNaN, 1, 1});
  const RegionalAggregation r = aggregateToRegions(in);
  EXPECT_DOUBLE_EQ(r.shareStacked.values[0], 1.0 / 3.0);
  EXPECT_FALSE(r.shareStacked.isValid(1));
  EXPECT_FALSE(r.shareStacked.isValid(2));
  EXPECT_EQ(r.report.unknownStacking, (std::vector<std::size_t>{3}));
  // Without population every known area counts once: region 1 then has area 4 only, stacked.
  in.population = MaskedValues();
  const RegionalAggregation unweighted = aggregateToRegions(in);
  EXPECT_DOUBLE_EQ(unweighted.shareStacked.values[0], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(unweighted.shareStacked.values[1], 1.0);
  // Not given: NULL everywhere.
  EXPECT_FALSE(aggregateToRegions(handExample()).shareStacked.isValid(0));
}

TEST(RegionalAggregation, WithoutPopulationMeansAndSharesCountAreas) {
  RegionalAggregationInput in = handExample();
  in.population = MaskedValues();
  in.classes = MaskedValues();
  const RegionalAggregation r = aggregateToRegions(in);
  EXPECT_DOUBLE_EQ(r.scoreMean.values[0], (10.0 + 20.0) / 2.0);
  EXPECT_DOUBLE_EQ(r.scoreMean.values[1], (40.0 + 60.0) / 2.0);
  EXPECT_FALSE(r.population.isValid(0));
  EXPECT_FALSE(r.shareLowestClass.isValid(0)) << "no class column given";
  EXPECT_TRUE(r.report.nullPopulation.empty());

  in.classes = MaskedValues::fromDoubles({1, 2, 1, 1, 3, 1});
  EXPECT_DOUBLE_EQ(aggregateToRegions(in).shareLowestClass.values[0], 2.0 / 3.0);
}

TEST(RegionalAggregation, TotalsEqualSumsOverMembers) {
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<std::size_t> region(0, 11);
  std::uniform_real_distribution<double> u(0.0, 1000.0);
  RegionalAggregationInput in;
  in.regions = 12;
  std::vector<double> score, population;
  for (int i = 0; i < 5000; ++i) {
    in.region.push_back(i % 97 == 0 ? kNoRegion : region(rng));
    score.push_back(u(rng));
    population.push_back(std::floor(u(rng)));
  }
  in.score = MaskedValues::fromDoubles(score);
  in.population = MaskedValues::fromDoubles(population);
  const RegionalAggregation r = aggregateToRegions(in);

  double populationTotal = 0.0, assignedPopulation = 0.0, weightedTotal = 0.0;
  std::size_t areasTotal = 0;
  for (std::size_t k = 0; k < in.regions; ++k) {
    populationTotal += r.population.values[k];
    areasTotal += r.areas[k];
    weightedTotal += r.scoreMean.values[k] * r.population.values[k];
  }
  double weightedAssigned = 0.0;
  for (std::size_t i = 0; i < score.size(); ++i)
    if (in.region[i] != kNoRegion) {
      assignedPopulation += population[i];
      weightedAssigned += population[i] * score[i];
    }
  EXPECT_EQ(areasTotal, score.size() - r.report.unassigned.size());
  EXPECT_EQ(r.report.unassigned.size(), 52u); // i = 0, 97, ..., 4947
  EXPECT_DOUBLE_EQ(populationTotal, assignedPopulation);
  EXPECT_NEAR(weightedTotal, weightedAssigned, 1e-9 * weightedAssigned);
}

TEST(RegionalAggregation, BadInputNamesTheNeighbourhood) {
  RegionalAggregationInput in = handExample();
  in.region[3] = 7;
  try {
    aggregateToRegions(in);
    FAIL();
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("neighbourhood 3: region 7"), std::string::npos);
  }
  in = handExample();
  in.population.values[1] = -1.0;
  EXPECT_THROW(aggregateToRegions(in), InputError);
  in = handExample();
  in.classes = MaskedValues::fromDoubles({1, 2});
  EXPECT_THROW(aggregateToRegions(in), InputError);
}
