// Accessibility measures against brute-force loops over all pairs written here, against
// geod_inverse called directly for lon/lat input, and against hand-worked 2SFCA examples.
#include "accessibility/accessibility.h"
#include "common/input_error.h"

#include <geodesic.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

using namespace resilience;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// One origin per neighbourhood (the centroid case).
AccessibilityOrigins oneOriginEach(const std::vector<double> &x, const std::vector<double> &y) {
  AccessibilityOrigins o;
  o.x = x;
  o.y = y;
  for (std::size_t i = 0; i < x.size(); ++i) {
    o.area.push_back(i);
    o.weight.push_back(1.0);
  }
  return o;
}

AccessibilityOptions options(double catchment, double decayRate = 0.0, unsigned threads = 0) {
  AccessibilityOptions opt;
  opt.catchment = catchment;
  opt.decayRate = decayRate;
  opt.threads = threads;
  return opt;
}

struct RandomLayout {
  std::vector<double> ax, ay, fx, fy;
  MaskedValues population, capacity;
};

RandomLayout randomLayout(std::size_t areas, std::size_t facilities, double extent, double x0 = 0.0,
                          double y0 = 0.0) {
  std::mt19937_64 rng(20261127);
  std::uniform_real_distribution<double> u(0.0, extent);
  std::uniform_int_distribution<int> people(0, 3000), beds(1, 20);
  RandomLayout l;
  for (std::size_t i = 0; i < areas; ++i) {
    l.ax.push_back(x0 + u(rng));
    l.ay.push_back(y0 + u(rng));
  }
  for (std::size_t j = 0; j < facilities; ++j) {
    l.fx.push_back(x0 + u(rng));
    l.fy.push_back(y0 + u(rng));
  }
  std::vector<double> p, c;
  for (std::size_t i = 0; i < areas; ++i)
    p.push_back(people(rng));
  for (std::size_t j = 0; j < facilities; ++j)
    c.push_back(beds(rng));
  l.population = MaskedValues::fromDoubles(p);
  l.capacity = MaskedValues::fromDoubles(c);
  return l;
}

// All four measures by looping over every pair, with the formulas of Luo & Wang (2003) and
// Hansen (1959) written out directly.
struct BruteForce {
  std::vector<double> nearest, count, gravity, fca;
};

template <class Distance>
BruteForce bruteForce(const RandomLayout &l, double d0, double beta, Distance distance) {
  const std::size_t n = l.ax.size(), m = l.fx.size();
  BruteForce b{std::vector<double>(n, 1e300), std::vector<double>(n, 0.0),
               std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
  std::vector<double> ratio(m, 0.0);
  for (std::size_t j = 0; j < m; ++j) {
    double demand = 0.0;
    for (std::size_t i = 0; i < n; ++i)
      if (distance(l.ax[i], l.ay[i], l.fx[j], l.fy[j]) <= d0)
        demand += l.population.values[i];
    ratio[j] = demand > 0.0 ? l.capacity.values[j] / demand : 0.0;
  }
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < m; ++j) {
      const double d = distance(l.ax[i], l.ay[i], l.fx[j], l.fy[j]);
      b.nearest[i] = std::min(b.nearest[i], d);
      if (d <= d0) {
        b.count[i] += 1.0;
        b.gravity[i] += l.capacity.values[j] * std::exp(-beta * d);
        b.fca[i] += ratio[j];
      }
    }
  return b;
}

void expectMatches(const AccessibilityResult &r, const BruteForce &b, double distanceTolerance) {
  for (std::size_t i = 0; i < b.nearest.size(); ++i) {
    ASSERT_TRUE(r.nearest.isValid(i));
    EXPECT_NEAR(r.nearest.values[i], b.nearest[i], distanceTolerance) << "area " << i;
    EXPECT_EQ(r.count.values[i], b.count[i]) << "area " << i;
    EXPECT_NEAR(r.gravity.values[i], b.gravity[i], 1e-9 * (1.0 + b.gravity[i])) << "area " << i;
    ASSERT_TRUE(r.floatingCatchment.isValid(i)) << "area " << i;
    EXPECT_NEAR(r.floatingCatchment.values[i], b.fca[i], 1e-12 + 1e-9 * b.fca[i]) << "area " << i;
  }
}

} // namespace

TEST(Accessibility, PlanarMeasuresEqualBruteForceOverAllPairs) {
  const RandomLayout l = randomLayout(1500, 300, 20000.0);
  AccessibilityFacilities f{l.fx, l.fy, l.capacity};
  const double d0 = 1500.0, beta = 1.0 / 1000.0;
  const auto r = computeAccessibility(oneOriginEach(l.ax, l.ay), l.ax.size(), l.population, f,
                                      options(d0, beta), DistanceMetric::planar());
  const BruteForce b = bruteForce(l, d0, beta, [](double x1, double y1, double x2, double y2) {
    return std::hypot(x1 - x2, y1 - y2);
  });
  expectMatches(r, b, 1e-9);
  EXPECT_TRUE(r.report.areasWithoutOrigin.empty());
}

TEST(Accessibility, LonLatMeasuresEqualGeodInverseOverAllPairs) {
  // Around Brabant: 4.5-6.0 E, 51.2-52.7 N; WGS84.
  const RandomLayout l = randomLayout(600, 150, 1.5, 4.5, 51.2);
  AccessibilityFacilities f{l.fx, l.fy, l.capacity};
  geod_geodesic g;
  geod_init(&g, 6378137.0, 1.0 / 298.257223563);
  const double d0 = 8000.0, beta = 0.5 / 1000.0;
  const auto r = computeAccessibility(oneOriginEach(l.ax, l.ay), l.ax.size(), l.population, f,
                                      options(d0, beta),
                                      DistanceMetric::ellipsoidal(6378137.0, 1.0 / 298.257223563));
  const BruteForce b =
      bruteForce(l, d0, beta, [&g](double lon1, double lat1, double lon2, double lat2) {
        double s = 0.0;
        geod_inverse(&g, lat1, lon1, lat2, lon2, &s, nullptr, nullptr);
        return s;
      });
  expectMatches(r, b, 1e-6);
}

TEST(Accessibility, ResultsDoNotDependOnThreadCount) {
  const RandomLayout l = randomLayout(20000, 500, 50000.0);
  AccessibilityFacilities f{l.fx, l.fy, l.capacity};
  const auto one = computeAccessibility(oneOriginEach(l.ax, l.ay), l.ax.size(), l.population, f,
                                        options(2000.0, 0.001, 1), DistanceMetric::planar());
  const auto four = computeAccessibility(oneOriginEach(l.ax, l.ay), l.ax.size(), l.population, f,
                                         options(2000.0, 0.001, 4), DistanceMetric::planar());
  EXPECT_EQ(one.nearest.values, four.nearest.values);
  EXPECT_EQ(one.gravity.values, four.gravity.values);
  EXPECT_EQ(one.floatingCatchment.values, four.floatingCatchment.values);
}

// Three neighbourhoods and two facilities on a line (metres):
//   A x=0 P=100, B x=1000 P=200, C x=5000 P=50;  F1 x=500 S=3, F2 x=4500 S=1;  d0 = 3600.
//   Distances: A-F1 500, B-F1 500, C-F1 4500 (out); A-F2 4500 (out), B-F2 3500, C-F2 500.
//   Step 1: R1 = 3 / (100 + 200) = 0.01;  R2 = 1 / (200 + 50) = 0.004.
//   Step 2: A = R1 = 0.01;  B = R1 + R2 = 0.014;  C = R2 = 0.004.
//   Gravity, beta = 1/km: A = 3 e^-0.5;  B = 3 e^-0.5 + e^-3.5;  C = e^-0.5.
TEST(Accessibility, TwoStepFloatingCatchmentHandWorked) {
  AccessibilityFacilities f{{500.0, 4500.0}, {0.0, 0.0}, MaskedValues::fromDoubles({3.0, 1.0})};
  const auto r = computeAccessibility(oneOriginEach({0.0, 1000.0, 5000.0}, {0.0, 0.0, 0.0}), 3,
                                      MaskedValues::fromDoubles({100.0, 200.0, 50.0}), f,
                                      options(3600.0, 0.001), DistanceMetric::planar());
  EXPECT_NEAR(r.floatingCatchment.values[0], 0.01, 1e-15);
  EXPECT_NEAR(r.floatingCatchment.values[1], 0.014, 1e-15);
  EXPECT_NEAR(r.floatingCatchment.values[2], 0.004, 1e-15);
  EXPECT_NEAR(r.gravity.values[0], 3.0 * std::exp(-0.5), 1e-12);
  EXPECT_NEAR(r.gravity.values[1], 3.0 * std::exp(-0.5) + std::exp(-3.5), 1e-12);
  EXPECT_NEAR(r.gravity.values[2], std::exp(-0.5), 1e-12);
  EXPECT_EQ(r.count.values, (std::vector<double>{1.0, 2.0, 1.0}));
  EXPECT_EQ(r.nearest.values, (std::vector<double>{500.0, 500.0, 500.0}));
}

// One neighbourhood (P = 400) with two address points: x=0 weight 1, x=2000 weight 3, so shares
// 1/4 and 3/4 and demands 100 and 300. Facility F at x=0, S=2, d0=1000 reaches only the first.
//   R = 2 / 100 = 0.02; origin values 0.02 and 0 -> 2SFCA = 0.25*0.02 + 0.75*0 = 0.005.
//   nearest = 0.25*0 + 0.75*2000 = 1500; count = 0.25*1 + 0.75*0 = 0.25.
TEST(Accessibility, WeightedOriginPointsShareDemandAndAverageMeasures) {
  AccessibilityOrigins o{{0.0, 2000.0}, {0.0, 0.0}, {0, 0}, {1.0, 3.0}};
  AccessibilityFacilities f{{0.0}, {0.0}, MaskedValues::fromDoubles({2.0})};
  const auto r = computeAccessibility(o, 1, MaskedValues::fromDoubles({400.0}), f, options(1000.0),
                                      DistanceMetric::planar());
  EXPECT_NEAR(r.floatingCatchment.values[0], 0.005, 1e-15);
  EXPECT_DOUBLE_EQ(r.nearest.values[0], 1500.0);
  EXPECT_DOUBLE_EQ(r.count.values[0], 0.25);
  EXPECT_DOUBLE_EQ(r.gravity.values[0], 0.25 * 2.0); // beta = 0: capacity within reach
}

TEST(Accessibility, ZeroPopulationInCatchmentGivesNullRatioAndIsReported) {
  // F0 reaches only the uninhabited A; F1 reaches only B (P = 10).
  AccessibilityFacilities f{{0.0, 10000.0}, {0.0, 0.0}, MaskedValues()};
  const auto r = computeAccessibility(oneOriginEach({0.0, 10000.0}, {0.0, 0.0}), 2,
                                      MaskedValues::fromDoubles({0.0, 10.0}), f, options(500.0),
                                      DistanceMetric::planar());
  EXPECT_FALSE(r.floatingCatchment.isValid(0)) << "1 / 0 must not become a number";
  EXPECT_DOUBLE_EQ(r.floatingCatchment.values[1], 0.1);
  EXPECT_EQ(r.report.facilitiesWithoutDemand, (std::vector<std::size_t>{0}));
  EXPECT_EQ(r.report.areasWithUndefinedRatio, (std::vector<std::size_t>{0}));
  EXPECT_TRUE(r.count.isValid(0));
  EXPECT_TRUE(r.gravity.isValid(0));
}

TEST(Accessibility, NullPopulationMakesTheRatioUnknownWhereItMatters) {
  // A (NULL population) and B share F0; C is alone with F1.
  AccessibilityFacilities f{{0.0, 10000.0}, {0.0, 0.0}, MaskedValues()};
  MaskedValues population = MaskedValues::fromDoubles({kNaN, 5.0, 20.0});
  const auto r = computeAccessibility(oneOriginEach({0.0, 100.0, 10000.0}, {0.0, 0.0, 0.0}), 3,
                                      population, f, options(500.0), DistanceMetric::planar());
  EXPECT_FALSE(r.floatingCatchment.isValid(0));
  EXPECT_FALSE(r.floatingCatchment.isValid(1)) << "B's share of F0 depends on A's population";
  EXPECT_DOUBLE_EQ(r.floatingCatchment.values[2], 1.0 / 20.0);
  EXPECT_EQ(r.report.facilitiesWithUnknownDemand, (std::vector<std::size_t>{0}));
  EXPECT_EQ(r.report.areasWithUndefinedRatio, (std::vector<std::size_t>{0, 1}));
  EXPECT_TRUE(r.nearest.isValid(0)) << "distances do not need the population";
}

TEST(Accessibility, NullCapacityNullsGravityAndRatioWithinReachOnly) {
  AccessibilityFacilities f{{0.0, 10000.0}, {0.0, 0.0}, MaskedValues::fromDoubles({kNaN, 4.0})};
  const auto r = computeAccessibility(oneOriginEach({0.0, 10000.0}, {0.0, 0.0}), 2,
                                      MaskedValues::fromDoubles({10.0, 10.0}), f, options(500.0),
                                      DistanceMetric::planar());
  EXPECT_FALSE(r.gravity.isValid(0));
  EXPECT_FALSE(r.floatingCatchment.isValid(0));
  EXPECT_DOUBLE_EQ(r.count.values[0], 1.0);
  EXPECT_DOUBLE_EQ(r.gravity.values[1], 4.0);
  EXPECT_DOUBLE_EQ(r.floatingCatchment.values[1], 0.4);
  EXPECT_EQ(r.report.facilitiesWithoutCapacity, (std::vector<std::size_t>{0}));
}

TEST(Accessibility, NoFacilitiesGiveNullNearestAndZeroCounts) {
  AccessibilityFacilities none;
  const auto r = computeAccessibility(oneOriginEach({0.0, 1.0}, {0.0, 0.0}), 2,
                                      MaskedValues::fromDoubles({10.0, 10.0}), none, options(500.0),
                                      DistanceMetric::planar());
  EXPECT_FALSE(r.nearest.isValid(0));
  EXPECT_EQ(r.count.values, (std::vector<double>{0.0, 0.0}));
  EXPECT_EQ(r.gravity.values, (std::vector<double>{0.0, 0.0}));
  EXPECT_EQ(r.floatingCatchment.values, (std::vector<double>{0.0, 0.0}));
  EXPECT_TRUE(r.floatingCatchment.isValid(1));
}

TEST(Accessibility, UnlocatedInputIsSkippedAndReported) {
  // Area 1 has no geometry (NaN); facility 1 has none either.
  AccessibilityFacilities f{{0.0, kNaN}, {0.0, kNaN}, MaskedValues()};
  const auto r = computeAccessibility(oneOriginEach({0.0, kNaN}, {0.0, kNaN}), 2, MaskedValues(), f,
                                      options(10.0), DistanceMetric::planar());
  EXPECT_EQ(r.report.areasWithoutOrigin, (std::vector<std::size_t>{1}));
  EXPECT_EQ(r.report.facilitiesWithoutLocation, (std::vector<std::size_t>{1}));
  EXPECT_FALSE(r.nearest.isValid(1));
  EXPECT_DOUBLE_EQ(r.count.values[0], 1.0);
  EXPECT_FALSE(r.floatingCatchment.isValid(0)) << "no population given: 2SFCA is NULL";
  EXPECT_TRUE(r.report.areasWithUndefinedRatio.empty());
}

TEST(Accessibility, BadInputNamesWhatToFix) {
  AccessibilityFacilities f{{0.0}, {0.0}, MaskedValues::fromDoubles({-1.0})};
  const auto origins = oneOriginEach({0.0, 1.0}, {0.0, 0.0});
  const auto metric = DistanceMetric::planar();
  try {
    computeAccessibility(origins, 2, MaskedValues(), f, options(10.0), metric);
    FAIL() << "negative capacity accepted";
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("facility 0: capacity"), std::string::npos) << e.what();
  }
  f.capacity = MaskedValues();
  try {
    computeAccessibility(origins, 2, MaskedValues::fromDoubles({1.0, -5.0}), f, options(10.0),
                         metric);
    FAIL() << "negative population accepted";
  } catch (const InputError &e) {
    EXPECT_NE(std::string(e.what()).find("neighbourhood 1: population"), std::string::npos);
  }
  EXPECT_THROW(computeAccessibility(origins, 2, MaskedValues(), f, options(0.0), metric),
               InputError);
  EXPECT_THROW(computeAccessibility(origins, 2, MaskedValues(), f, options(10.0, -1.0), metric),
               InputError);
  // Projected coordinates (RD New) passed as lon/lat.
  EXPECT_THROW(computeAccessibility(oneOriginEach({155000.0}, {463000.0}), 1, MaskedValues(), f,
                                    options(10.0),
                                    DistanceMetric::ellipsoidal(6378137.0, 1.0 / 298.257223563)),
               InputError);
}

// Luo & Wang's ratios conserve supply: sum_i P_i A_i = sum_j R_j sum_{i in catchment j} P_i =
// sum of S_j over the facilities with population in their catchment.
TEST(Accessibility, TwoStepFloatingCatchmentConservesCapacity) {
  const RandomLayout l = randomLayout(3000, 400, 30000.0);
  AccessibilityFacilities f{l.fx, l.fy, l.capacity};
  const double d0 = 1200.0;
  const auto r = computeAccessibility(oneOriginEach(l.ax, l.ay), l.ax.size(), l.population, f,
                                      options(d0), DistanceMetric::planar());
  double served = 0.0;
  for (std::size_t j = 0; j < l.fx.size(); ++j) {
    bool populated = false;
    for (std::size_t i = 0; i < l.ax.size() && !populated; ++i)
      populated =
          l.population.values[i] > 0.0 && std::hypot(l.ax[i] - l.fx[j], l.ay[i] - l.fy[j]) <= d0;
    served += populated ? l.capacity.values[j] : 0.0;
  }
  double delivered = 0.0;
  for (std::size_t i = 0; i < l.ax.size(); ++i)
    if (r.floatingCatchment.isValid(i))
      delivered += l.population.values[i] * r.floatingCatchment.values[i];
  EXPECT_GT(served, 0.0);
  EXPECT_NEAR(delivered, served, 1e-9 * served);
}
