// Accessibility at the scale: 100,000 neighbourhood origins and 10,000 facilities spread
// over a Netherlands-sized extent (200 x 250 km, about 2.4 neighbourhoods per km2 on average),
// all four measures, catchment 1, 2 and 5 km; planar (RD New) and ellipsoidal (lon/lat) metrics.
#include "accessibility/accessibility.h"
#include "accessibility/network_reach.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace resilience;

namespace {

struct Scene {
  AccessibilityOrigins origins;
  AccessibilityFacilities facilities;
  MaskedValues population;
};

Scene scene(std::size_t areas, std::size_t facilities, bool lonLat) {
  std::mt19937_64 rng(42);
  // RD New extent of the Netherlands, or its lon/lat box.
  std::uniform_real_distribution<double> x(lonLat ? 3.4 : 10000.0, lonLat ? 7.2 : 210000.0);
  std::uniform_real_distribution<double> y(lonLat ? 50.8 : 300000.0, lonLat ? 53.4 : 550000.0);
  std::uniform_int_distribution<int> people(0, 5000), beds(1, 30);
  Scene s;
  std::vector<double> p(areas), c(facilities);
  for (std::size_t i = 0; i < areas; ++i) {
    s.origins.x.push_back(x(rng));
    s.origins.y.push_back(y(rng));
    s.origins.area.push_back(i);
    s.origins.weight.push_back(1.0);
    p[i] = people(rng);
  }
  for (std::size_t j = 0; j < facilities; ++j) {
    s.facilities.x.push_back(x(rng));
    s.facilities.y.push_back(y(rng));
    c[j] = beds(rng);
  }
  s.population = MaskedValues::fromDoubles(p);
  s.facilities.capacity = MaskedValues::fromDoubles(c);
  return s;
}

void run(benchmark::State &state, bool lonLat) {
  const Scene s = scene(100000, 10000, lonLat);
  AccessibilityOptions options;
  options.catchment = static_cast<double>(state.range(0));
  options.decayRate = 1.0 / 1000.0;
  options.threads = static_cast<unsigned>(state.range(1));
  const DistanceMetric metric =
      lonLat ? DistanceMetric::ellipsoidal(6378137.0, 1 / 298.257223563) : DistanceMetric::planar();
  for (auto _ : state) {
    auto result =
        computeAccessibility(s.origins, 100000, s.population, s.facilities, options, metric);
    benchmark::DoNotOptimize(result.floatingCatchment.values.data());
  }
}

void BM_AccessibilityPlanar(benchmark::State &state) {
  run(state, false);
}
void BM_AccessibilityEllipsoidal(benchmark::State &state) {
  run(state, true);
}

// Network mode: a 400 x 400 street grid with 250 m blocks (160,000 junctions over 100 x 100 km),
// 100,000 origins and 2,000 facilities at random junctions (the facility density of 10,000 over
// the Netherlands); nearest facility and the pairs within the catchment by Dijkstra.
void BM_NetworkReach(benchmark::State &state) {
  const std::size_t side = 400;
  NetworkGraph g;
  g.vertices = side * side;
  for (std::size_t r = 0; r < side; ++r)
    for (std::size_t c = 0; c < side; ++c) {
      if (c + 1 < side) {
        g.from.push_back(r * side + c);
        g.to.push_back(r * side + c + 1);
        g.length.push_back(250.0);
      }
      if (r + 1 < side) {
        g.from.push_back(r * side + c);
        g.to.push_back((r + 1) * side + c);
        g.length.push_back(250.0);
      }
    }
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<std::size_t> vertex(0, g.vertices - 1);
  std::vector<std::size_t> origins(100000), facilities(2000);
  for (auto &v : origins)
    v = vertex(rng);
  for (auto &v : facilities)
    v = vertex(rng);
  for (auto _ : state) {
    auto reach = networkReach(g, origins, facilities, static_cast<double>(state.range(0)),
                              static_cast<unsigned>(state.range(1)));
    benchmark::DoNotOptimize(reach.nearest.data());
  }
}

} // namespace

BENCHMARK(BM_NetworkReach)->Args({2000, 1})->Args({2000, 0})->Unit(benchmark::kMillisecond);

// Arguments: catchment (m), threads (0 = all).
BENCHMARK(BM_AccessibilityPlanar)
    ->Args({1000, 1})
    ->Args({2000, 1})
    ->Args({5000, 1})
    ->Args({2000, 0})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AccessibilityEllipsoidal)
    ->Args({2000, 1})
    ->Args({2000, 0})
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
