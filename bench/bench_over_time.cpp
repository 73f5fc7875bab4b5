// Compute-only timings of the algorithms over time on the hexagonal lattice of bench_statistics
// (issue 13's "Speed"): emerging hot spots on 100,000 polygons x 10 periods with 999
// permutations, LISA Markov on 1,000,000 polygons x 10 periods, harmonise 100,000 hexagons onto
// 100,000 squares.
// Run: build/bench/bench_over_time (see docs/monitor.md for measured times).
#include "regions/areal_interpolation.h"
#include "statistics/emerging_hotspots.h"
#include "statistics/lisa_markov.h"

#include "hex_lattice.h"
#include "tessellation.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <map>
#include <vector>

using namespace resilience;

namespace {

struct Cube {
  SpatialWeights weights;
  std::vector<MaskedValues> periods;
};

// Ten periods: the lattice's surface drifting a little each period, so hot spots move.
const Cube &cube(std::size_t features) {
  static std::map<std::size_t, Cube> cache;
  auto it = cache.find(features);
  if (it == cache.end()) {
    const auto side = static_cast<std::size_t>(std::llround(std::sqrt(double(features))));
    Cube c{hexLattice(side), {}};
    const MaskedValues base = latticeValues(side);
    for (int t = 0; t < 10; ++t) {
      MaskedValues v = base;
      for (std::size_t i = 0; i < v.size(); ++i)
        v.values[i] += 0.05 * t * std::sin(static_cast<double>(i % side) / 31.0);
      c.periods.push_back(std::move(v));
    }
    it = cache.emplace(features, std::move(c)).first;
  }
  return it->second;
}

void emergingHotspotsPermutations(benchmark::State &state) {
  const Cube &c = cube(static_cast<std::size_t>(state.range(0)));
  EmergingOptions options; // one earlier period, as ArcGIS
  options.permutation.permutations = static_cast<std::size_t>(state.range(1));
  options.permutation.threads = static_cast<unsigned>(state.range(2));
  for (auto _ : state)
    benchmark::DoNotOptimize(emergingHotspots(c.periods, c.weights, options));
  state.counters["features"] = static_cast<double>(c.weights.size());
}
BENCHMARK(emergingHotspotsPermutations)
    ->Args({100'000, 999, 2})
    ->Args({100'000, 0, 2})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

void lisaMarkovChains(benchmark::State &state) {
  const Cube &c = cube(static_cast<std::size_t>(state.range(0)));
  LisaMarkovOptions options; // every feature by quadrant, spatial Markov with quintiles
  options.permutation.threads = 2;
  for (auto _ : state)
    benchmark::DoNotOptimize(lisaMarkov(c.periods, c.weights, options));
  state.counters["features"] = static_cast<double>(c.weights.size());
}
BENCHMARK(lisaMarkovChains)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(1);

// 316 x 316 hexagons (side 100 m) onto 316 x 316 squares of about the same area (side 161 m),
// each square overlapping a few hexagons: the overlay and the apportioning of one count.
void harmonisePolygons(benchmark::State &state) {
  static const auto sources = [] {
    TessellationSpec hex;
    hex.columns = hex.rows = 316;
    return tessellationWkb(hex);
  }();
  static const auto targets = [] {
    TessellationSpec squares;
    squares.shape = CellShape::Square;
    squares.columns = squares.rows = 316;
    squares.cellSize = 161.0;
    return tessellationWkb(squares);
  }();
  const std::vector<MaskedValues> counts = {
      MaskedValues::fromDoubles(std::vector<double>(sources.size(), 1.0))};
  for (auto _ : state) {
    const AreaLinks links = polygonAreaLinks(sources, targets, 2);
    benchmark::DoNotOptimize(
        apportion(links.links, sources.size(), targets.size(), {"count"}, counts, {}, {}));
  }
  state.counters["sources"] = static_cast<double>(sources.size());
  state.counters["targets"] = static_cast<double>(targets.size());
}
BENCHMARK(harmonisePolygons)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
