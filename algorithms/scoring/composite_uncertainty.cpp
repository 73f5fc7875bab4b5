#include "scoring/composite_uncertainty.h"

#include "common/input_error.h"
#include "common/parallel_ranges.h"
#include "statistics/permutation.h"

#include <algorithm>
#include <thread>

namespace resilience {

namespace {

// Uniform in [0, 1) from the top 53 bits.
double uniform01(StreamRandom &rng) {
  return static_cast<double>(rng.next() >> 11) * 0x1.0p-53;
}

double perturbed(double weight, double share, StreamRandom &rng) {
  return weight * (1.0 + share * (2.0 * uniform01(rng) - 1.0));
}

// The spec and options of run r: draws in a fixed order (normalisation, indicator weights in spec
// order, domain weights in output order) so a run is defined by (seed, r) alone.
std::pair<CompositeSpec, CompositeOptions> drawRun(const CompositeSpec &spec,
                                                   const CompositeOptions &options,
                                                   const UncertaintyOptions &u, std::size_t r) {
  StreamRandom rng(u.seed, r);
  std::pair<CompositeSpec, CompositeOptions> run{spec, options};
  if (!u.normalisations.empty())
    run.second.normalisation =
        u.normalisations[rng.below(static_cast<std::uint32_t>(u.normalisations.size()))];
  for (auto &ind : run.first.indicators)
    ind.weight = perturbed(ind.weight, u.weightShare, rng);
  run.first.domains = usedDomains(spec);
  for (auto &d : run.first.domains)
    d.weight = perturbed(d.weight, u.weightShare, rng);
  return run;
}

} // namespace

UncertaintyResult runCompositeUncertainty(const PreparedIndicators &prepared,
                                          const CompositeSpec &spec,
                                          const CompositeOptions &options,
                                          const UncertaintyOptions &uncertainty) {
  if (!(uncertainty.weightShare >= 0.0 && uncertainty.weightShare < 1.0))
    throw InputError("the weight perturbation share must lie in [0, 1), not " +
                     std::to_string(uncertainty.weightShare));
  const std::size_t n = prepared.featureCount;
  const std::size_t runs = uncertainty.runs;
  UncertaintyResult result;
  result.rankP05 = result.rankMedian = result.rankP95 = MaskedValues(n);
  if (runs == 0)
    return result;

  // ranks[r * n + i]: rank of feature i in run r, 0 = no score in that run.
  std::vector<std::uint32_t> ranks(runs * n, 0);
  const auto scoreRun = [&](std::size_t r) {
    const auto [runSpec, runOptions] = drawRun(spec, options, uncertainty, r);
    CompositeResult scored;
    try {
      scored = scoreIndicators(prepared, runSpec, runOptions);
    } catch (const InputError &e) {
      throw InputError("uncertainty run " + std::to_string(r + 1) + " (normalisation " +
                       normalisationName(runOptions.normalisation) + "): " + e.what());
    }
    for (std::size_t i = 0; i < n; ++i)
      if (scored.rank.isValid(i))
        ranks[r * n + i] = static_cast<std::uint32_t>(scored.rank.values[i]);
  };

  // Batches let the caller report progress and cancel between them; each batch is split over the
  // workers (a run rescores every feature, so even small tables are worth a thread).
  const unsigned requested = uncertainty.threads != 0
                                 ? uncertainty.threads
                                 : std::max(1u, std::thread::hardware_concurrency());
  const auto workers = static_cast<unsigned>(std::min<std::size_t>(requested, runs));
  const std::size_t batch = std::max<std::size_t>(runs / 50, workers);
  for (std::size_t begin = 0; begin < runs; begin += batch) {
    const std::size_t count = std::min(batch, runs - begin);
    forEachChunk(count, static_cast<unsigned>(std::min<std::size_t>(workers, count)),
                 [&](unsigned, std::size_t from, std::size_t to) {
                   for (std::size_t r = begin + from; r < begin + to; ++r)
                     scoreRun(r);
                 });
    result.runsDone = begin + count;
    if (uncertainty.progress && !uncertainty.progress(result.runsDone, runs) &&
        result.runsDone < runs) {
      result.cancelled = true;
      break;
    }
  }

  std::vector<double> featureRanks;
  for (std::size_t i = 0; i < n; ++i) {
    featureRanks.clear();
    for (std::size_t r = 0; r < result.runsDone; ++r)
      if (ranks[r * n + i] != 0)
        featureRanks.push_back(ranks[r * n + i]);
    if (featureRanks.empty())
      continue;
    std::sort(featureRanks.begin(), featureRanks.end());
    result.rankP05.set(i, quantileType7(featureRanks, 0.05));
    result.rankMedian.set(i, quantileType7(featureRanks, 0.5));
    result.rankP95.set(i, quantileType7(featureRanks, 0.95));
  }
  return result;
}

} // namespace resilience
