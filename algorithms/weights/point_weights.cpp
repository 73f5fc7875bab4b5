#include "weights/point_weights.h"

#include "common/input_error.h"
#include "common/parallel_ranges.h"
#include "weights/point_index.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <sstream>

namespace resilience {
namespace {

using Neighbour = std::pair<double, std::uint32_t>; // (distance in the metric, feature)

// Valid points in a Euclidean index of their embedding; queries return metric distances.
class PointSearch {
public:
  PointSearch(const std::vector<double> &x, const std::vector<double> &y,
              const DistanceMetric &metric, WeightsBuildReport &report)
      : x_(x), y_(y), metric_(metric), embedded_(x.size()), valid_(x.size(), false) {
    if (x.size() != y.size())
      throw InputError("points: " + std::to_string(x.size()) + " x coordinates but " +
                       std::to_string(y.size()) + " y coordinates");
    if (x.size() > std::numeric_limits<std::uint32_t>::max())
      throw InputError("points: more than 4294967295 features");
    std::vector<std::array<double, 3>> points;
    std::vector<std::uint32_t> ids;
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (!std::isfinite(x[i]) || !std::isfinite(y[i])) {
        report.nullGeometries.push_back(i);
        continue;
      }
      metric.validate(x[i], y[i], i);
      valid_[i] = true;
      embedded_[i] = metric.embed(x[i], y[i]);
      points.push_back(embedded_[i]);
      ids.push_back(static_cast<std::uint32_t>(i));
    }
    validCount_ = ids.size();
    index_ = std::make_unique<PointIndex>(std::move(points), std::move(ids));
  }

  std::size_t size() const { return x_.size(); }
  std::size_t validCount() const { return validCount_; }
  bool valid(std::size_t i) const { return valid_[i]; }

  // The k nearest other points of i, ascending by (distance, feature).
  void nearest(std::size_t i, std::size_t k, std::vector<Neighbour> &out) const {
    index_->nearest(embedded_[i], k, static_cast<std::uint32_t>(i), hits_());
    out.clear();
    if (!metric_.isEllipsoidal()) {
      for (const auto &h : hits_())
        out.push_back({distanceTo(i, h.second), h.second});
      return;
    }
    // Chords never exceed geodesics: every point geodesically nearer than the k-th chord
    // candidate lies within that geodesic distance as a chord, so the range query is exact.
    double reach = 0.0;
    for (const auto &h : hits_())
      reach = std::max(reach, distanceTo(i, h.second));
    within(i, reach, out);
    out.erase(
        std::remove_if(out.begin(), out.end(), [&](const Neighbour &n) { return n.second == i; }),
        out.end());
    if (out.size() > k)
      out.resize(k);
  }

  // Every point (i itself included) with distance <= radius, ascending by (distance, feature).
  void within(std::size_t i, double radius, std::vector<Neighbour> &out) const {
    // Index candidates with some slack (rounding of r^2, earth-centred coordinates good to about
    // a micrometre); the exact test below uses metric distances.
    const double slack = radius * (1.0 + 1e-9) + (metric_.isEllipsoidal() ? 1e-6 : 1e-12);
    index_->within(embedded_[i], slack * slack, hits_());
    out.clear();
    for (const auto &h : hits_()) {
      const double d = h.second == i ? 0.0 : distanceTo(i, h.second);
      if (d <= radius)
        out.push_back({d, h.second});
    }
    std::sort(out.begin(), out.end());
  }

private:
  double distanceTo(std::size_t i, std::size_t j) const {
    return metric_.distance(x_[i], y_[i], x_[j], y_[j]);
  }
  static std::vector<PointIndex::Hit> &hits_() {
    thread_local std::vector<PointIndex::Hit> buffer;
    return buffer;
  }

  const std::vector<double> &x_, &y_;
  const DistanceMetric &metric_;
  std::vector<std::array<double, 3>> embedded_;
  std::vector<bool> valid_;
  std::size_t validCount_ = 0;
  std::unique_ptr<PointIndex> index_;
};

// Builds a CSR row by row in parallel: row(i, neighbours, weights) fills row i (sorted by
// neighbour). Chunks are concatenated in order, so the result does not depend on threads.
template <class RowFn>
SpatialWeights buildRows(std::size_t n, unsigned threads, const std::string &provenance,
                         RowFn row) {
  const unsigned chunks = effectiveThreads(threads, n);
  struct Chunk {
    std::vector<std::size_t> counts;
    std::vector<std::uint32_t> neighbours;
    std::vector<double> weights;
  };
  std::vector<Chunk> parts(chunks);
  forEachChunk(n, chunks, [&](unsigned c, std::size_t begin, std::size_t end) {
    std::vector<std::pair<std::uint32_t, double>> entries;
    for (std::size_t i = begin; i < end; ++i) {
      entries.clear();
      row(i, entries);
      std::sort(entries.begin(), entries.end());
      parts[c].counts.push_back(entries.size());
      for (const auto &e : entries) {
        parts[c].neighbours.push_back(e.first);
        parts[c].weights.push_back(e.second);
      }
    }
  });
  std::vector<std::size_t> offsets{0};
  std::vector<std::uint32_t> neighbours;
  std::vector<double> weights;
  for (auto &p : parts) {
    for (auto count : p.counts)
      offsets.push_back(offsets.back() + count);
    neighbours.insert(neighbours.end(), p.neighbours.begin(), p.neighbours.end());
    weights.insert(weights.end(), p.weights.begin(), p.weights.end());
  }
  return SpatialWeights(std::move(offsets), std::move(neighbours), std::move(weights), provenance);
}

void requireNeighbourCount(const PointSearch &points, std::size_t k, const char *what) {
  if (k == 0 || k >= points.validCount())
    throw InputError(std::string(what) + ": k = " + std::to_string(k) + " needs between 1 and " +
                     std::to_string(points.validCount() == 0 ? 0 : points.validCount() - 1) +
                     " (the number of points with a geometry minus one)");
}

std::string number(double v) {
  std::ostringstream s;
  s.precision(17);
  s << v;
  return s.str();
}

double kernelValue(KernelFunction f, double u) {
  constexpr double invSqrt2Pi = 0.39894228040143267794;
  switch (f) {
  case KernelFunction::Triangular:
    return 1.0 - u;
  case KernelFunction::Uniform:
    return 0.5;
  case KernelFunction::Epanechnikov:
    return 0.75 * (1.0 - u * u);
  case KernelFunction::Bisquare:
    return (15.0 / 16.0) * (1.0 - u * u) * (1.0 - u * u);
  case KernelFunction::Gaussian:
    return std::exp(-u * u / 2.0) * invSqrt2Pi;
  }
  return 0.0;
}

const char *kernelName(KernelFunction f) {
  switch (f) {
  case KernelFunction::Triangular:
    return "triangular";
  case KernelFunction::Uniform:
    return "uniform";
  case KernelFunction::Epanechnikov:
    return "epanechnikov";
  case KernelFunction::Bisquare:
    return "bisquare";
  case KernelFunction::Gaussian:
    return "gaussian";
  }
  return "";
}

// Distance from each point to its k-th nearest other point (NaN for points without geometry).
std::vector<double> kthNeighbourDistances(const PointSearch &points, std::size_t k,
                                          unsigned threads) {
  std::vector<double> dk(points.size(), std::numeric_limits<double>::quiet_NaN());
  forEachChunk(points.size(), effectiveThreads(threads, points.size()),
               [&](unsigned, std::size_t begin, std::size_t end) {
                 std::vector<Neighbour> found;
                 for (std::size_t i = begin; i < end; ++i)
                   if (points.valid(i)) {
                     points.nearest(i, k, found);
                     dk[i] = found.back().first;
                   }
               });
  return dk;
}

} // namespace

WeightsResult knnWeights(const std::vector<double> &x, const std::vector<double> &y, std::size_t k,
                         const DistanceMetric &metric, unsigned threads) {
  WeightsResult result;
  const PointSearch points(x, y, metric, result.report);
  requireNeighbourCount(points, k, "k nearest neighbours");
  const std::string provenance = std::to_string(k) + " nearest neighbours, " + metric.describe();
  result.weights = buildRows(points.size(), threads, provenance, [&](std::size_t i, auto &row) {
    if (!points.valid(i))
      return;
    thread_local std::vector<Neighbour> found;
    points.nearest(i, k, found);
    for (const auto &n : found)
      row.push_back({n.second, 1.0});
  });
  return result;
}

WeightsResult distanceBandWeights(const std::vector<double> &x, const std::vector<double> &y,
                                  double threshold, const DistanceMetric &metric,
                                  unsigned threads) {
  if (!(threshold >= 0.0) || !std::isfinite(threshold))
    throw InputError("distance band: the threshold must be a finite distance >= 0");
  WeightsResult result;
  const PointSearch points(x, y, metric, result.report);
  const std::string provenance = "distance band 0.." + number(threshold) + ", " + metric.describe();
  result.weights = buildRows(points.size(), threads, provenance, [&](std::size_t i, auto &row) {
    if (!points.valid(i))
      return;
    thread_local std::vector<Neighbour> found;
    points.within(i, threshold, found);
    for (const auto &n : found)
      if (n.second != i)
        row.push_back({n.second, 1.0});
  });
  return result;
}

double smallestConnectingBand(const std::vector<double> &x, const std::vector<double> &y,
                              const DistanceMetric &metric, unsigned threads) {
  WeightsBuildReport ignored;
  const PointSearch points(x, y, metric, ignored);
  requireNeighbourCount(points, 1, "smallest connecting band");
  double band = 0.0;
  for (double d : kthNeighbourDistances(points, 1, threads))
    if (!std::isnan(d))
      band = std::max(band, d);
  return band;
}

WeightsResult kernelWeights(const std::vector<double> &x, const std::vector<double> &y,
                            const KernelOptions &options, const DistanceMetric &metric,
                            unsigned threads) {
  WeightsResult result;
  const PointSearch points(x, y, metric, result.report);
  const bool givenBandwidth =
      options.bandwidth == KernelBandwidth::Fixed && options.fixedBandwidth > 0;
  if (!(options.inflation >= 1.0))
    throw InputError("kernel weights: the bandwidth inflation factor must be >= 1");
  std::vector<double> h;
  if (givenBandwidth) {
    h.assign(points.size(), options.fixedBandwidth);
  } else {
    requireNeighbourCount(points, options.k, "kernel weights");
    h = kthNeighbourDistances(points, options.k, threads);
    if (options.bandwidth == KernelBandwidth::Fixed) {
      double largest = 0.0;
      for (double d : h)
        if (!std::isnan(d))
          largest = std::max(largest, d);
      h.assign(points.size(), largest);
    }
    for (double &v : h)
      v *= options.inflation;
  }
  std::string provenance = std::string(kernelName(options.function)) + " kernel, ";
  provenance += givenBandwidth ? "fixed bandwidth " + number(options.fixedBandwidth)
                : options.bandwidth == KernelBandwidth::Fixed
                    ? "fixed bandwidth from " + std::to_string(options.k) + "-th neighbour"
                    : "adaptive bandwidth, " + std::to_string(options.k) + "-th neighbour";
  provenance += options.includeSelf ? ", self included, " : ", ";
  provenance += metric.describe();
  result.weights = buildRows(points.size(), threads, provenance, [&](std::size_t i, auto &row) {
    if (!points.valid(i) || !(h[i] > 0.0))
      return;
    thread_local std::vector<Neighbour> found;
    points.within(i, h[i], found);
    for (const auto &n : found) {
      if (n.first >= h[i] || (n.second == i && !options.includeSelf))
        continue; // support is d < h (libpysal Kernel, reference.R kernel_smooth)
      row.push_back({n.second, kernelValue(options.function, n.first / h[i])});
    }
  });
  return result;
}

SpatialWeights attachIslandsToNearest(const SpatialWeights &weights, const std::vector<double> &x,
                                      const std::vector<double> &y, const DistanceMetric &metric) {
  if (weights.size() != x.size())
    throw InputError("attach islands: the weights have " + std::to_string(weights.size()) +
                     " features but there are " + std::to_string(x.size()) + " points");
  WeightsBuildReport ignored;
  const PointSearch points(x, y, metric, ignored);
  std::vector<std::vector<std::pair<std::uint32_t, double>>> rows(weights.size());
  for (std::size_t i = 0; i < weights.size(); ++i)
    for (std::size_t k = 0; k < weights.neighbourCount(i); ++k)
      rows[i].push_back({weights.neighboursBegin(i)[k], weights.weightsBegin(i)[k]});
  std::vector<Neighbour> found;
  for (std::size_t i : weights.report().islands) {
    if (!points.valid(i) || points.validCount() < 2)
      continue;
    points.nearest(i, 1, found);
    const std::uint32_t j = found.front().second;
    rows[i].push_back({j, 1.0});
    auto &back = rows[j];
    if (std::none_of(back.begin(), back.end(), [&](const auto &e) { return e.first == i; }))
      back.push_back({static_cast<std::uint32_t>(i), 1.0});
  }
  std::vector<std::size_t> offsets{0};
  std::vector<std::uint32_t> neighbours;
  std::vector<double> values;
  for (auto &row : rows) {
    std::sort(row.begin(), row.end());
    for (const auto &e : row) {
      neighbours.push_back(e.first);
      values.push_back(e.second);
    }
    offsets.push_back(neighbours.size());
  }
  return SpatialWeights(std::move(offsets), std::move(neighbours), std::move(values),
                        weights.provenance() + ", islands attached to their nearest neighbour");
}

} // namespace resilience
