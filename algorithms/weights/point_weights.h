#pragma once
// Distance-based weights on points (x/y arrays, e.g. representative points of polygons):
// k nearest neighbours, distance band and kernel weights, with an explicit distance metric.
// A point with a NaN coordinate is a NULL geometry: it becomes an island and is reported.
#include "weights/distance_metric.h"
#include "weights/weights_build_report.h"

#include <cstddef>
#include <vector>

namespace resilience {

// spdep::knearneigh + knn2nb: the k nearest other points, binary weights, not symmetric. Equal
// distances are broken by the lower feature index (deterministic).
WeightsResult knnWeights(const std::vector<double> &x, const std::vector<double> &y, std::size_t k,
                         const DistanceMetric &metric, unsigned threads = 0);

// spdep::dnearneigh(x, 0, threshold): every other point with distance <= threshold, binary.
WeightsResult distanceBandWeights(const std::vector<double> &x, const std::vector<double> &y,
                                  double threshold, const DistanceMetric &metric,
                                  unsigned threads = 0);

// The smallest band that leaves no point without a neighbour: the largest nearest-neighbour
// distance (spdep: max(unlist(nbdists(knn2nb(knearneigh(xy, 1)), xy)))).
double smallestConnectingBand(const std::vector<double> &x, const std::vector<double> &y,
                              const DistanceMetric &metric, unsigned threads = 0);

enum class KernelFunction { Gaussian, Bisquare, Epanechnikov, Triangular, Uniform };
enum class KernelBandwidth { Fixed, Adaptive };

struct KernelOptions {
  KernelFunction function = KernelFunction::Triangular;
  KernelBandwidth bandwidth = KernelBandwidth::Adaptive;
  // Adaptive: h_i = inflation * distance from i to its k-th nearest neighbour.
  // Fixed: h = fixedBandwidth if > 0, else inflation * the largest such distance (libpysal Kernel).
  std::size_t k = 4;
  double fixedBandwidth = 0.0;
  double inflation = 1.0000001; // libpysal's factor: the k-th neighbour itself gets a weight > 0
  bool includeSelf = true;      // libpysal Kernel keeps the diagonal K(0)
};

// w_ij = K(d_ij / h_i) for every j with d_ij < h_i, where with u = d/h:
//   triangular 1-u, uniform 1/2, epanechnikov 3/4 (1-u^2), bisquare 15/16 (1-u^2)^2,
//   gaussian exp(-u^2/2)/sqrt(2 pi) (cut at u = 1 like the others, as libpysal Kernel).
// Rows are not standardised.
WeightsResult kernelWeights(const std::vector<double> &x, const std::vector<double> &y,
                            const KernelOptions &options, const DistanceMetric &metric,
                            unsigned threads = 0);

// Islands policy "attach": each island gets its nearest point as neighbour (and becomes that
// point's neighbour too, weight 1), as libpysal.weights.util.attach_islands. Points with NaN
// coordinates stay islands.
SpatialWeights attachIslandsToNearest(const SpatialWeights &weights, const std::vector<double> &x,
                                      const std::vector<double> &y, const DistanceMetric &metric);

} // namespace resilience
