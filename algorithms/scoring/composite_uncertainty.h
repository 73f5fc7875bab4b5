#pragma once
// Uncertainty of the composite index ranks (OECD/JRC Handbook 2008, section 7: uncertainty
// analysis by Monte Carlo over the modelling choices; COINr get_sensitivity): every run perturbs
// each indicator and domain weight by a uniform factor in [1 - share, 1 + share] and draws one
// normalisation from a list, rescores all features and ranks them. The 5th, 50th and 95th
// percentiles (type 7) of each feature's ranks summarise how firmly its position is fixed.
//
// Run r draws from its own generator StreamRandom(seed, r), so a seed gives the same result with
// any number of threads.
#include "scoring/composite_index.h"

#include <cstdint>
#include <functional>

namespace resilience {

struct UncertaintyOptions {
  std::size_t runs = 0; // 0 = no uncertainty analysis
  std::uint64_t seed = 12345;
  double weightShare = 0.25; // weights vary within +-25 %
  // Normalisations drawn with equal probability per run; empty = only the index's own method.
  std::vector<NormalisationMethod> normalisations;
  unsigned threads = 0; // 0 = all hardware threads
  // Called on the calling thread between batches of runs; return false to stop early.
  std::function<bool(std::size_t done, std::size_t total)> progress;
};

struct UncertaintyResult {
  MaskedValues rankP05;    // rank_p05 (1 = lowest, as resilience_rank)
  MaskedValues rankMedian; // rank_median
  MaskedValues rankP95;    // rank_p95
  std::size_t runsDone = 0;
  bool cancelled = false;
};

// Memory: 4 bytes per feature and run for the ranks. Throws InputError for invalid options or when
// a drawn normalisation cannot be used (e.g. goalposts without goalposts, zscore with a geometric
// mean), naming the run's choice.
UncertaintyResult runCompositeUncertainty(const PreparedIndicators &prepared,
                                          const CompositeSpec &spec,
                                          const CompositeOptions &options,
                                          const UncertaintyOptions &uncertainty);

} // namespace resilience
