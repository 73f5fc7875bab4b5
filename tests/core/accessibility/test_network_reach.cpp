// Network reach against a hand-drawn graph and against Floyd-Warshall on a random grid.
#include "accessibility/accessibility.h"
#include "accessibility/network_reach.h"
#include "common/input_error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

using namespace resilience;

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();
}

//   0 --100-- 1 --200-- 2 --300-- 3        5 (isolated)
//             |
//             50
//             |
//             4
// Origins o0@0 o1@2 o2@4 o3@5, o4 without location; facilities f0@1, f1@3; catchment 400.
//   o0: f0 100 (f1 600 is out)   o1: f0 200, f1 300   o2: f0 50 (f1 550 out)   o3: none.
// 2SFCA with populations 10 20 30 40 50: R0 = 1 / (10+20+30) = 1/60, R1 = 1 / 20;
//   o0 = 1/60, o1 = 1/60 + 1/20 = 1/15, o2 = 1/60, o3 = 0 (reaches nothing), o4 NULL.
TEST(NetworkReach, HandDrawnGraph) {
  NetworkGraph g;
  g.vertices = 6;
  g.from = {0, 1, 2, 1};
  g.to = {1, 2, 3, 4};
  g.length = {100, 200, 300, 50};
  const std::vector<std::size_t> originVertex = {0, 2, 4, 5, kNoVertex};
  const std::vector<std::size_t> facilityVertex = {1, 3};
  const NetworkReach reach = networkReach(g, originVertex, facilityVertex, 400.0, 1);
  EXPECT_DOUBLE_EQ(reach.nearest[0], 100.0);
  EXPECT_DOUBLE_EQ(reach.nearest[1], 200.0);
  EXPECT_DOUBLE_EQ(reach.nearest[2], 50.0);
  EXPECT_TRUE(std::isnan(reach.nearest[3]));
  EXPECT_TRUE(std::isnan(reach.nearest[4]));
  EXPECT_EQ(reach.originStart, (std::vector<std::size_t>{0, 1, 3, 4, 4, 4}));
  EXPECT_EQ(reach.originFacility, (std::vector<std::uint32_t>{0, 0, 1, 0}));
  EXPECT_EQ(reach.originDistance, (std::vector<double>{100, 200, 300, 50}));
  EXPECT_EQ(reach.facilityStart, (std::vector<std::size_t>{0, 3, 4}));
  EXPECT_EQ(reach.facilityOrigin, (std::vector<std::uint32_t>{2, 0, 1, 1}));

  AccessibilityOrigins origins{
      {0, 0, 0, 0, kNaN}, {0, 0, 0, 0, kNaN}, {0, 1, 2, 3, 4}, {1, 1, 1, 1, 1}};
  AccessibilityFacilities facilities{{0, 0}, {0, 0}, MaskedValues()};
  AccessibilityOptions options;
  options.catchment = 400.0;
  const auto r = computeNetworkAccessibility(
      origins, 5, MaskedValues::fromDoubles({10, 20, 30, 40, 50}), facilities, reach, options);
  EXPECT_NEAR(r.floatingCatchment.values[0], 1.0 / 60.0, 1e-15);
  EXPECT_NEAR(r.floatingCatchment.values[1], 1.0 / 15.0, 1e-15);
  EXPECT_NEAR(r.floatingCatchment.values[2], 1.0 / 60.0, 1e-15);
  EXPECT_DOUBLE_EQ(r.floatingCatchment.values[3], 0.0);
  EXPECT_FALSE(r.nearest.isValid(3)) << "no facility is connected";
  EXPECT_DOUBLE_EQ(r.count.values[3], 0.0);
  EXPECT_FALSE(r.floatingCatchment.isValid(4));
  EXPECT_EQ(r.report.areasWithoutOrigin, (std::vector<std::size_t>{4}));
  EXPECT_EQ(r.count.values[1], 2.0);
}

TEST(NetworkReach, NearestAndCatchmentEqualFloydWarshallOnARandomGrid) {
  const std::size_t side = 12, n = side * side;
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> length(50.0, 500.0);
  NetworkGraph g;
  g.vertices = n;
  for (std::size_t r = 0; r < side; ++r)
    for (std::size_t c = 0; c < side; ++c) {
      if (c + 1 < side) {
        g.from.push_back(r * side + c);
        g.to.push_back(r * side + c + 1);
        g.length.push_back(length(rng));
      }
      if (r + 1 < side) {
        g.from.push_back(r * side + c);
        g.to.push_back((r + 1) * side + c);
        g.length.push_back(length(rng));
      }
    }
  std::vector<std::vector<double>> d(n, std::vector<double>(n, 1e300));
  for (std::size_t v = 0; v < n; ++v)
    d[v][v] = 0.0;
  for (std::size_t e = 0; e < g.from.size(); ++e) {
    d[g.from[e]][g.to[e]] = std::min(d[g.from[e]][g.to[e]], g.length[e]);
    d[g.to[e]][g.from[e]] = d[g.from[e]][g.to[e]];
  }
  for (std::size_t k = 0; k < n; ++k)
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j)
        d[i][j] = std::min(d[i][j], d[i][k] + d[k][j]);

  std::uniform_int_distribution<std::size_t> vertex(0, n - 1);
  std::vector<std::size_t> origins(60), facilities(9);
  for (auto &v : origins)
    v = vertex(rng);
  for (auto &v : facilities)
    v = vertex(rng);
  const double d0 = 900.0;
  const NetworkReach reach = networkReach(g, origins, facilities, d0, 3);
  for (std::size_t o = 0; o < origins.size(); ++o) {
    double nearest = 1e300;
    std::size_t within = 0;
    for (std::size_t f : facilities) {
      nearest = std::min(nearest, d[origins[o]][f]);
      within += d[origins[o]][f] <= d0 ? 1 : 0;
    }
    EXPECT_NEAR(reach.nearest[o], nearest, 1e-9) << "origin " << o;
    EXPECT_EQ(reach.originStart[o + 1] - reach.originStart[o], within) << "origin " << o;
    for (std::size_t p = reach.originStart[o]; p < reach.originStart[o + 1]; ++p)
      EXPECT_NEAR(reach.originDistance[p], d[origins[o]][facilities[reach.originFacility[p]]],
                  1e-9);
  }
}

TEST(NetworkReach, BadGraphNamesTheEdge) {
  NetworkGraph g;
  g.vertices = 2;
  g.from = {0};
  g.to = {1};
  g.length = {-1.0};
  try {
    networkReach(g, {0}, {1}, 10.0);
    FAIL();
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("network edge 0"), std::string::npos);
  }
  g.length = {1.0};
  EXPECT_THROW(networkReach(g, {0}, {7}, 10.0), InputError);
}
