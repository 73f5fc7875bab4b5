#include "statistics/kernel_smooth.h"

#include <limits>
#include <utility>

namespace resilience {

KernelSmoothResult kernelSmooth(const MaskedValues &values, const SpatialWeights &weights,
                                const KernelSmoothOptions &options) {
  SubsetOptions subsetOptions;
  subsetOptions.rowStandardise = true; // the weighted mean divides by the row's weight sum
  subsetOptions.self = options.includeSelf ? SelfLink::Include : SelfLink::Exclude;
  subsetOptions.selfWeight = options.selfWeight;
  const ValidSubset s = makeValidSubset(values, weights, subsetOptions, options.valueName);
  std::vector<double> smoothed = spatialLag(s.weights, s.values);
  for (std::size_t r = 0; r < s.size(); ++r)
    if (s.island[r])
      smoothed[r] = std::numeric_limits<double>::quiet_NaN();
  KernelSmoothResult res;
  res.smoothed = toInputOrder(s, std::move(smoothed), values.size());
  res.reason = nullReasons(s, values.size());
  res.summary = s.summary;
  return res;
}

} // namespace resilience
