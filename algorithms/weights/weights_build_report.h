#pragma once
// What a weights builder did to its input, so nothing is dropped or repaired silently: the plugin
// lists these features in its log. Indices are 0-based feature positions.
#include "weights/spatial_weights.h"

#include <cstddef>
#include <vector>

namespace resilience {

struct WeightsBuildReport {
  std::vector<std::size_t> repaired;       // invalid geometry, repaired with GEOSMakeValid
  std::vector<std::size_t> nullGeometries; // empty blob, empty geometry or NaN point -> island
  std::vector<std::size_t> noArea; // invalid geometry whose repair kept no polygon -> island

  // Adds the features of another report, e.g. of one thread's chunk, after this one's.
  void append(const WeightsBuildReport &other) {
    repaired.insert(repaired.end(), other.repaired.begin(), other.repaired.end());
    nullGeometries.insert(nullGeometries.end(), other.nullGeometries.begin(),
                          other.nullGeometries.end());
    noArea.insert(noArea.end(), other.noArea.begin(), other.noArea.end());
  }
};

struct WeightsResult {
  SpatialWeights weights;
  WeightsBuildReport report;
  double tolerance = 0.0; // contiguity: the snapping tolerance used (an automatic one resolved)
};

} // namespace resilience
