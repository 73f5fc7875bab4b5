#pragma once
// Kernel-weighted neighbourhood mean of a value: yhat_i = sum_j w_ij y_j / sum_j w_ij over the
// feature's neighbours with a valid value, the feature itself included or not. With kernel
// weights w_ij = K(d_ij / h_i) this is a Nadaraya-Watson smoother (testdata/spdep/reference.R,
// kernel_smooth).
#include "common/masked_values.h"
#include "statistics/valid_subset.h"
#include "weights/spatial_weights.h"

#include <string>
#include <vector>

namespace resilience {

struct KernelSmoothOptions {
  bool includeSelf = true; // the feature's own value takes part in its mean
  // Weight of the feature itself when the weights do not list it (the kernel at distance 0,
  // K(0)); a self link already in the weights keeps its weight.
  double selfWeight = 1.0;
  std::string valueName = "value"; // the field, for error messages
};

// Vectors in input order; NaN (NULL) where reason != None: the feature's own value is NULL, or
// no neighbour (other than itself) has a valid value and a non-zero weight.
struct KernelSmoothResult {
  std::vector<double> smoothed;
  std::vector<NullReason> reason;
  NullSummary summary;
};

// Throws InputError when the weights and the values differ in size or a weight is not finite.
KernelSmoothResult kernelSmooth(const MaskedValues &values, const SpatialWeights &weights,
                                const KernelSmoothOptions &options = {});

} // namespace resilience
