// Compute-only timings of the statistics on a hexagonal lattice (6 neighbours inside, fewer on the
// border) generated here, the same lattice bench/compare_statistics.R builds for spdep.
// Run: build/bench/bench_statistics --benchmark_filter=... (see docs/statistics.md).
#include "scoring/risk_flags.h"
#include "statistics/empirical_bayes.h"
#include "statistics/getis_ord.h"
#include "statistics/global_moran.h"
#include "statistics/local_geary.h"
#include "statistics/local_moran.h"

#include "hex_lattice.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace resilience;

namespace {

struct Lattice {
  SpatialWeights weights;
  MaskedValues values;
};

const Lattice &lattice(std::size_t features) {
  static std::map<std::size_t, Lattice> cache;
  auto it = cache.find(features);
  if (it == cache.end()) {
    const auto side = static_cast<std::size_t>(std::llround(std::sqrt(double(features))));
    it = cache.emplace(features, Lattice{hexLattice(side), latticeValues(side)}).first;
  }
  return it->second;
}

void localMoranPermutations(benchmark::State &state) {
  const Lattice &l = lattice(static_cast<std::size_t>(state.range(0)));
  LocalMoranOptions options;
  options.permutation.permutations = static_cast<std::size_t>(state.range(1));
  options.permutation.threads = static_cast<unsigned>(state.range(2));
  for (auto _ : state)
    benchmark::DoNotOptimize(localMoran(l.values, l.weights, options));
  state.counters["features"] = static_cast<double>(l.values.size());
}

void localMoranAnalytical(benchmark::State &state) {
  const Lattice &l = lattice(static_cast<std::size_t>(state.range(0)));
  LocalMoranOptions options;
  options.permutation.permutations = 0;
  for (auto _ : state)
    benchmark::DoNotOptimize(localMoran(l.values, l.weights, options));
}

void getisOrdStar(benchmark::State &state) {
  const Lattice &l = lattice(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state)
    benchmark::DoNotOptimize(getisOrd(l.values, l.weights));
}

void globalMoranAnalytical(benchmark::State &state) {
  const Lattice &l = lattice(static_cast<std::size_t>(state.range(0)));
  GlobalMoranOptions options;
  options.permutation.permutations = 0;
  for (auto _ : state)
    benchmark::DoNotOptimize(globalMoran(l.values, l.weights, options));
}

// Events and populations derived from the lattice values: population 1000..2000, events a
// rate around 1 % of it.
void empiricalBayesLocalRates(benchmark::State &state) {
  const Lattice &l = lattice(static_cast<std::size_t>(state.range(0)));
  const std::size_t n = l.values.size();
  std::vector<double> events(n), population(n);
  for (std::size_t i = 0; i < n; ++i) {
    population[i] = 1000.0 + static_cast<double>((i * 40503u) % 1000);
    events[i] = std::floor(population[i] * l.values.values[i] / 1000.0);
  }
  const MaskedValues e = MaskedValues::fromDoubles(events),
                     p = MaskedValues::fromDoubles(population);
  for (auto _ : state)
    benchmark::DoNotOptimize(empiricalBayesLocal(e, p, l.weights));
}

// A second and third variable on the lattice: other smooth surfaces with the same noise, so the
// three are related but not equal (as the three resource domains).
std::vector<MaskedValues> latticeVariables(const Lattice &l, std::size_t side) {
  std::vector<MaskedValues> v = {l.values, l.values, l.values};
  for (std::size_t i = 0; i < l.values.size(); ++i) {
    const double r = static_cast<double>(i / side), c = static_cast<double>(i % side);
    const double noise = static_cast<double>((i * 2654435761u) % 1000) / 1000.0;
    v[1].values[i] = 5.0 + std::cos(r / 13.0) * std::sin(c / 29.0) + noise;
    v[2].values[i] = 20.0 + std::sin((r + c) / 31.0) + 0.5 * noise;
  }
  return v;
}

void localGearyPermutations(benchmark::State &state) {
  const auto features = static_cast<std::size_t>(state.range(0));
  const Lattice &l = lattice(features);
  const auto side = static_cast<std::size_t>(std::llround(std::sqrt(double(features))));
  const std::vector<MaskedValues> variables = latticeVariables(l, side);
  LocalGearyOptions options;
  options.permutation.permutations = static_cast<std::size_t>(state.range(1));
  options.permutation.threads = static_cast<unsigned>(state.range(2));
  for (auto _ : state)
    benchmark::DoNotOptimize(localGeary(variables, l.weights, options));
  state.counters["features"] = static_cast<double>(l.values.size());
}

// 16 indicators in 4 domains of 5, 5, 1 and 5 (the SVI's themes), values with ties (rounded to
// one decimal, as published percentages are).
void riskFlags(benchmark::State &state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  CompositeSpec spec;
  std::vector<MaskedValues> columns;
  for (int k = 0; k < 16; ++k) {
    const char *domain = k < 5 ? "theme1" : k < 10 ? "theme2" : k < 11 ? "theme3" : "theme4";
    spec.indicators.push_back({"x" + std::to_string(k), domain, Direction::Positive});
    MaskedValues column(n);
    for (std::size_t i = 0; i < n; ++i)
      column.set(i, static_cast<double>(((i + 1) * (2654435761u + 97u * k)) % 1000) / 10.0);
    columns.push_back(std::move(column));
  }
  RiskFlagOptions options;
  options.decimals = 4;
  options.threads = static_cast<unsigned>(state.range(1));
  for (auto _ : state)
    benchmark::DoNotOptimize(computeRiskFlags(spec, columns, options));
}

} // namespace

// Targets (issue 14, 2 cores): local Geary, 3 variables x 999 permutations on 100,000 polygons
// <= 2 s; risk flags on 1,000,000 features x 16 indicators <= 2 s.
BENCHMARK(localGearyPermutations)
    ->ArgNames({"features", "permutations", "threads"})
    ->Args({100'000, 999, 1})
    ->Args({100'000, 999, 2})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();
BENCHMARK(riskFlags)
    ->ArgNames({"features", "threads"})
    ->Args({1'000'000, 1})
    ->Args({1'000'000, 2})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();

// Targets (issue 5, 2 cores): 100,000 features x 999 permutations <= 1.5 s; 10,000 x 9,999 <= 10 s.
BENCHMARK(localMoranPermutations)
    ->ArgNames({"features", "permutations", "threads"})
    ->Args({100'000, 999, 1})
    ->Args({100'000, 999, 2})
    ->Args({10'000, 9'999, 2})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();
// Target: well under a second each at 1,000,000 features.
BENCHMARK(localMoranAnalytical)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(getisOrdStar)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(globalMoranAnalytical)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(empiricalBayesLocalRates)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(3);

// bench/compare_statistics.sh sets these to time the statistics at the sizes it also runs spdep
// at; the rows are named after the spdep function they are compared with.
void registerComparisons() {
  auto size = [](const char *name) {
    const char *v = std::getenv(name);
    return v ? std::atol(v) : 0L;
  };
  if (const long n = size("STATS_COMPARE_PERM_FEATURES"); n > 0)
    for (long threads : {1L, 2L})
      benchmark::RegisterBenchmark(
          ("compare/localmoran_perm/threads:" + std::to_string(threads)).c_str(),
          localMoranPermutations)
          ->Args({n, 999, threads})
          ->Unit(benchmark::kMillisecond)
          ->Iterations(1)
          ->UseRealTime();
  if (const long n = size("STATS_COMPARE_GEARY_FEATURES"); n > 0)
    for (long threads : {1L, 2L})
      benchmark::RegisterBenchmark(
          ("compare/localC_perm/threads:" + std::to_string(threads)).c_str(),
          localGearyPermutations)
          ->Args({n, 999, threads})
          ->Unit(benchmark::kMillisecond)
          ->Iterations(1)
          ->UseRealTime();
  if (const long n = size("STATS_COMPARE_FLAGS_FEATURES"); n > 0)
    for (long threads : {1L, 2L})
      benchmark::RegisterBenchmark(
          ("compare/percent_rank_flags/threads:" + std::to_string(threads)).c_str(), riskFlags)
          ->Args({n, threads})
          ->Unit(benchmark::kMillisecond)
          ->Iterations(1)
          ->UseRealTime();
  if (const long n = size("STATS_COMPARE_FEATURES"); n > 0) {
    const std::pair<const char *, void (*)(benchmark::State &)> analytical[] = {
        {"compare/localG_star", getisOrdStar},
        {"compare/moran.test", globalMoranAnalytical},
        {"compare/EBlocal", empiricalBayesLocalRates},
        {"compare/localmoran", localMoranAnalytical}};
    for (const auto &[name, fn] : analytical)
      benchmark::RegisterBenchmark(name, fn)
          ->Arg(n)
          ->Unit(benchmark::kMillisecond)
          ->Iterations(1)
          ->UseRealTime();
  }
}

int main(int argc, char **argv) {
  registerComparisons();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
