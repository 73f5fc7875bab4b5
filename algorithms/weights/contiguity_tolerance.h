#pragma once
// Contiguity with a snapping tolerance (see contiguity.h): candidate segment pairs from a uniform
// grid, bucketed by the Morton key of their cells; each pair is tested once.
#include "weights/contiguity.h"
#include "weights/contiguity_links.h"

namespace resilience::contiguity_detail {

// Throws Cancelled when *cancel (may be null) becomes true.
std::vector<Pairs> toleranceContiguity(const PolygonRings &rings, ContiguityRule rule,
                                       double tolerance, unsigned threads,
                                       const std::atomic<bool> *cancel = nullptr);

} // namespace resilience::contiguity_detail
