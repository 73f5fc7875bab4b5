#include "common/input_error.h"
#include "reference_weights.h"
#include "statistics/kernel_smooth.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

using namespace resilience;
using resilience::testing::closeTo;
using resilience::testing::ReferenceCsv;
using resilience::testing::referenceValues;
using resilience::testing::referenceWeights;

namespace {

const std::vector<std::string> kModes{"fixed", "adaptive"};
const std::vector<std::string> kKernels{"triangular", "uniform", "epanechnikov", "quartic",
                                        "gaussian"};

// The kernels of reference.R, on u = d / h < 1.
double kernel(const std::string &name, double u) {
  if (name == "triangular")
    return 1.0 - u;
  if (name == "uniform")
    return 0.5;
  if (name == "epanechnikov")
    return 0.75 * (1.0 - u * u);
  if (name == "quartic")
    return (15.0 / 16.0) * (1.0 - u * u) * (1.0 - u * u);
  return std::exp(-u * u / 2.0) / std::sqrt(2.0 * std::acos(-1.0)); // gaussian
}

// reference.R kernel weights from coordinates, written out here: h_i = 1.0000001 * distance to the
// 4th nearest neighbour (adaptive) or the largest such distance (fixed); w_ij = K(d_ij / h_i) for
// every j with d_ij < h_i, itself included (d_ii = 0).
SpatialWeights kernelWeights(const std::vector<double> &x, const std::vector<double> &y,
                             const std::string &mode, const std::string &name) {
  const std::size_t n = x.size();
  std::vector<double> h(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<double> d(n);
    for (std::size_t j = 0; j < n; ++j)
      d[j] = std::hypot(x[i] - x[j], y[i] - y[j]);
    std::nth_element(d.begin(), d.begin() + 4, d.end());
    h[i] = d[4]; // d[0] is the point itself
  }
  const double hMax = *std::max_element(h.begin(), h.end());
  std::vector<std::size_t> offsets{0};
  std::vector<std::uint32_t> neighbours;
  std::vector<double> weights;
  for (std::size_t i = 0; i < n; ++i) {
    const double hi = 1.0000001 * (mode == "fixed" ? hMax : h[i]);
    for (std::size_t j = 0; j < n; ++j) {
      const double d = std::hypot(x[i] - x[j], y[i] - y[j]);
      if (d < hi) {
        neighbours.push_back(static_cast<std::uint32_t>(j));
        weights.push_back(kernel(name, d / hi));
      }
    }
    offsets.push_back(neighbours.size());
  }
  return SpatialWeights(offsets, neighbours, weights, mode + " " + name);
}

} // namespace

// Weights straight from reference.R's output (self links included, w_ii = K(0)).
TEST(KernelSmooth, ColumbusMatchesReferenceWithReferenceWeights) {
  const std::string smoothFile = "spdep/columbus_kernel_smooth_XY_k4.csv";
  const ReferenceCsv ref(smoothFile);
  const MaskedValues crime = referenceValues(smoothFile, "CRIME");
  for (const auto &mode : kModes)
    for (const auto &name : kKernels) {
      const SpatialWeights w = referenceWeights("spdep/columbus_kernel_weights_XY_k4.csv", 49, "w",
                                                [&](const ReferenceCsv &csv, std::size_t row) {
                                                  return csv.text(row, "mode") == mode &&
                                                         csv.text(row, "kernel") == name;
                                                });
      const KernelSmoothResult r = kernelSmooth(crime, w);
      for (std::size_t i = 0; i < 49; ++i)
        EXPECT_TRUE(closeTo(r.smoothed[i], ref.number(i, mode + "_" + name)))
            << mode << " " << name << " feature " << i + 1;
    }
}

// North Carolina: the weights are rebuilt here from the projected centroids with reference.R's
// formula, so the bandwidths are checked too.
TEST(KernelSmooth, NorthCarolinaMatchesReference) {
  const ReferenceCsv ref("spdep/nc_kernel_smooth_SIDR74_32119_k4.csv");
  const ReferenceCsv input("spdep/nc_input.csv");
  const MaskedValues sidr = referenceValues("spdep/nc_input.csv", "SIDR74");
  for (const auto &mode : kModes)
    for (const auto &name : kKernels) {
      const KernelSmoothResult r =
          kernelSmooth(sidr, kernelWeights(input.column("cent_x_32119"),
                                           input.column("cent_y_32119"), mode, name));
      for (std::size_t i = 0; i < 100; ++i)
        EXPECT_TRUE(closeTo(r.smoothed[i], ref.number(i, mode + "_" + name)))
            << mode << " " << name << " feature " << i + 1;
    }
}

// By hand: path 0-1-2 with weights 2 (0-1) and 1 (1-2), values 1, 4, 10, self weight 3.
TEST(KernelSmooth, SelfIncludedOrNotByHand) {
  const SpatialWeights w({0, 1, 3, 4}, {1, 0, 2, 1}, {2.0, 2.0, 1.0, 1.0}, "weighted path");
  const MaskedValues v = MaskedValues::fromDoubles({1.0, 4.0, 10.0});
  KernelSmoothOptions options;
  options.selfWeight = 3.0;
  const KernelSmoothResult with = kernelSmooth(v, w, options);
  EXPECT_DOUBLE_EQ(with.smoothed[1], (3.0 * 4.0 + 2.0 * 1.0 + 1.0 * 10.0) / 6.0);
  EXPECT_DOUBLE_EQ(with.smoothed[0], (3.0 * 1.0 + 2.0 * 4.0) / 5.0);
  options.includeSelf = false;
  const KernelSmoothResult without = kernelSmooth(v, w, options);
  EXPECT_DOUBLE_EQ(without.smoothed[1], (2.0 * 1.0 + 1.0 * 10.0) / 3.0);
  EXPECT_DOUBLE_EQ(without.smoothed[2], 4.0);
}

TEST(KernelSmooth, NullValuesAreSkippedAndIsolatedFeaturesAreNull) {
  const SpatialWeights w =
      SpatialWeights::fromNeighbourLists({{1, 2}, {0}, {0}, {}}, "star and island");
  MaskedValues v = MaskedValues::fromDoubles({1.0, 4.0, 10.0, 7.0});
  v.setNull(2);
  const KernelSmoothResult r = kernelSmooth(v, w);
  EXPECT_DOUBLE_EQ(r.smoothed[0], 2.5); // (1 + 4) / 2: the NULL neighbour is left out
  EXPECT_EQ(r.reason[2], NullReason::NullValue);
  EXPECT_EQ(r.reason[3], NullReason::Island);
  EXPECT_TRUE(std::isnan(r.smoothed[3]));
  EXPECT_EQ(r.summary.computed, 2u);
}

TEST(KernelSmooth, NonFiniteWeightIsAnInputError) {
  const SpatialWeights w({0, 1, 2}, {1, 0}, {NAN, 1.0}, "bad");
  EXPECT_THROW(kernelSmooth(MaskedValues::fromDoubles({1.0, 2.0}), w), InputError);
}
