// Weights builders on regular hexagon tessellations generated in memory (no files). Timed: the
// compute step only, from WKB blobs (or x/y arrays) to SpatialWeights. Reproduce the table in
// docs/weights.md with: bench/compare_weights.sh (or run this binary alone).
#include "tessellation.h"
#include "weights/contiguity.h"
#include "weights/point_weights.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <map>
#include <sys/resource.h>

using namespace resilience;

namespace {

// Cached per (cells, jitter): generating a million hexagons takes longer than building weights.
const std::vector<std::vector<unsigned char>> &hexagons(std::size_t cells, double jitter) {
  static std::map<std::pair<std::size_t, double>, std::vector<std::vector<unsigned char>>> cache;
  auto &layer = cache[{cells, jitter}];
  if (layer.empty()) {
    TessellationSpec spec;
    spec.columns = spec.rows = static_cast<std::size_t>(std::sqrt(static_cast<double>(cells)));
    spec.cellSize = 100.0;
    spec.jitter = jitter;
    layer = tessellationWkb(spec);
  }
  return layer;
}

double processCpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval &t) {
    return static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_usec);
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Peak resident memory of the process (input tessellations included), and CPU seconds of all
// threads per iteration: on a shared machine the wall time also counts waiting for a core.
void reportResources(benchmark::State &state, double cpuBefore) {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_RSS_MiB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
  state.counters["all_threads_cpu_s"] =
      (processCpuSeconds() - cpuBefore) / static_cast<double>(state.iterations());
}

void contiguity(benchmark::State &state, ContiguityRule rule, double jitter, double tolerance) {
  const auto &cells = hexagons(static_cast<std::size_t>(state.range(0)), jitter);
  ContiguityOptions options;
  options.rule = rule;
  options.tolerance = tolerance;
  std::size_t links = 0;
  const double cpuBefore = processCpuSeconds();
  for (auto _ : state) {
    const auto result = contiguityWeights(cells, options);
    links = result.weights.neighbours().size();
    benchmark::DoNotOptimize(links);
  }
  state.counters["features"] = static_cast<double>(cells.size());
  state.counters["links"] = static_cast<double>(links);
  reportResources(state, cpuBefore);
}

void BM_QueenExact(benchmark::State &state) {
  contiguity(state, ContiguityRule::Queen, 0, 0);
}
void BM_RookExact(benchmark::State &state) {
  contiguity(state, ContiguityRule::Rook, 0, 0);
}
// 1 mm jitter, 1 cm tolerance (hexagon side 100 m).
void BM_QueenToleranceJittered(benchmark::State &state) {
  contiguity(state, ContiguityRule::Queen, 0.001, 0.01);
}
void BM_RookToleranceJittered(benchmark::State &state) {
  contiguity(state, ContiguityRule::Rook, 0.001, 0.01);
}

void BM_Knn6(benchmark::State &state) {
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  std::vector<double> x(n), y(n);
  for (std::size_t i = 0; i < n; ++i) { // jittered lattice, deterministic
    x[i] = static_cast<double>(i % 1000) + 0.25 * static_cast<double>((i * 7919) % 97) / 97.0;
    y[i] = static_cast<double>(i / 1000) + 0.25 * static_cast<double>((i * 104729) % 89) / 89.0;
  }
  const double cpuBefore = processCpuSeconds();
  for (auto _ : state)
    benchmark::DoNotOptimize(knnWeights(x, y, 6, DistanceMetric::planar()).weights.size());
  reportResources(state, cpuBefore);
}

} // namespace

BENCHMARK(BM_QueenExact)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_RookExact)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_QueenToleranceJittered)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_RookToleranceJittered)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_Knn6)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
