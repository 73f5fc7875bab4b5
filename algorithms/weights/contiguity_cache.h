#pragma once
// Contiguity weights remembered while a pipeline runs. Its smoothing, hot-spot and LISA steps
// each read the neighbourhoods from the previous step's copy and would build the same queen
// weights three times (about 2.5 s each at a million). Within a Scope (the pipeline's run, on its
// thread) weights built from identical geometries (the same WKB in the same order; compared by
// two 64-bit fingerprints) and options are reused. Outside a scope nothing is kept, so an
// algorithm run on its own always builds its weights.
#include "weights/contiguity.h"

#include <vector>

namespace resilience::ContiguityCache {

class Scope {
public:
  Scope();
  ~Scope(); // forgets the weights kept
  Scope(const Scope &) = delete;
  Scope &operator=(const Scope &) = delete;
};

// contiguityWeights(geometries, options), or a copy of an identical earlier result in this
// thread's scope (reused is then set).
resilience::WeightsResult weights(const std::vector<std::vector<unsigned char>> &geometries,
                                  const resilience::ContiguityOptions &options, bool &reused);

} // namespace resilience::ContiguityCache
