// Site selection at the scale, over a Netherlands-sized extent (RD New, 200 x 250 km):
//   exact coverage: 15,000 neighbourhoods (about the number of buurten), 2,000 candidates, K = 10,
//     solved to proven optimality with GLPK;
//   greedy + swap: 100,000 neighbourhoods, 10,000 candidates, K = 10, with the gap to the LP bound.
// Demand is population (0..5,000) x need (1..100) at random; the counters report the
// objective, the gap and whether optimality was proven. Run once each (Iterations(1)): these are
// minutes-scale solver runs, not micro-benchmarks.
#include "accessibility/site_selection.h"
#include "accessibility/site_selection_pairs.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <random>

using namespace resilience;

namespace {

struct Scene {
  SitePoints demandPoints, candidates;
  std::vector<double> demand;
};

// Settlements as the buurten are: 600 towns at random over the extent with sizes falling off as
// 1/rank (a few cities, many villages); neighbourhoods and candidates lie around their town
// (normal, 1.5 km per axis, wider for bigger towns), so catchments overlap as in a real province.
Scene scene(std::size_t areas, std::size_t candidates) {
  std::mt19937_64 rng(18);
  std::uniform_real_distribution<double> x(10000.0, 210000.0), y(300000.0, 550000.0);
  std::uniform_int_distribution<int> people(0, 5000), need(1, 100);
  const std::size_t towns = 600;
  std::vector<double> tx, ty, size;
  for (std::size_t t = 0; t < towns; ++t) {
    tx.push_back(x(rng));
    ty.push_back(y(rng));
    size.push_back(1.0 / double(t + 1));
  }
  std::discrete_distribution<std::size_t> town(size.begin(), size.end());
  auto place = [&](SitePoints &p, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
      const std::size_t t = town(rng);
      std::normal_distribution<double> spread(0.0, 1500.0 * (1.0 + 4.0 * std::sqrt(size[t])));
      p.x.push_back(tx[t] + spread(rng));
      p.y.push_back(ty[t] + spread(rng));
    }
  };
  Scene s;
  place(s.demandPoints, areas);
  place(s.candidates, candidates);
  for (std::size_t i = 0; i < areas; ++i)
    s.demand.push_back(double(people(rng)) * need(rng));
  return s;
}

// range(0): neighbourhoods, range(1): candidates, range(2): catchment in metres,
// range(3): 1 = exact (MIP), 0 = greedy + swap with the LP bound.
void coverage(benchmark::State &state) {
  const Scene s = scene(state.range(0), state.range(1));
  SiteSelectionOptions options;
  options.objective = SiteObjective::Coverage;
  options.k = 10;
  options.catchment = double(state.range(2));
  options.exact = state.range(3) == 1;
  options.timeLimit = 300.0;
  options.maxMipSize = 50000000;
  SiteSelectionResult result;
  for (auto _ : state) {
    const SitePairs pairs = straightLineSitePairs(s.demandPoints, s.candidates, {},
                                                  DistanceMetric::planar(), options.catchment);
    result = selectSites(s.demand, pairs, options);
    // (not the double objective itself: Debian's benchmark 1.7.1 DoNotOptimize clobbered it)
    benchmark::DoNotOptimize(result.chosen.data());
  }
  char label[160];
  std::snprintf(label, sizeof label, "covered %.4f of demand, gap %.2e, %s, %s",
                result.objective / result.totalDemand, result.gap,
                result.provenOptimal ? "proven optimal" : "not proven", result.method.c_str());
  state.SetLabel(label);
  for (const auto &note : result.notes)
    std::fprintf(stderr, "  %s\n", note.c_str());
}

} // namespace

BENCHMARK(coverage)
    ->Args({15000, 2000, 2000, 1})
    ->Args({15000, 2000, 5000, 1})
    ->Args({100000, 10000, 2000, 0})
    ->Args({100000, 10000, 5000, 0})
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kSecond);

BENCHMARK_MAIN();
