#pragma once
// What a weights builder did to its input, so nothing is dropped or repaired silently: the plugin
// lists these features in its log. Indices are 0-based feature positions.
#include "spatial_weights.h"

#include <cstddef>
#include <vector>

namespace resilience {

struct WeightsBuildReport {
  std::vector<std::size_t> repaired;       // invalid geometry, repaired with GEOSMakeValid
  std::vector<std::size_t> nullGeometries; // empty blob, empty geometry or NaN point -> island
  std::vector<std::size_t> noArea; // invalid geometry whose repair kept no polygon -> island
};

struct WeightsResult {
  SpatialWeights weights;
  WeightsBuildReport report;
};

} // namespace resilience
