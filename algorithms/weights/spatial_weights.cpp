#include "weights/spatial_weights.h"

#include "common/input_error.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace resilience {

SpatialWeights::SpatialWeights(std::vector<std::size_t> offsets,
                               std::vector<std::uint32_t> neighbours, std::vector<double> weights,
                               std::string provenance)
    : offsets_(std::move(offsets)), neighbours_(std::move(neighbours)),
      weights_(std::move(weights)), provenance_(std::move(provenance)) {
  if (offsets_.empty() || offsets_.back() != neighbours_.size() ||
      neighbours_.size() != weights_.size())
    throw InputError("spatial weights: offsets, neighbours and weights do not agree in size");
  const std::size_t n = size();
  for (auto j : neighbours_)
    if (j >= n)
      throw InputError("spatial weights: neighbour index " + std::to_string(j) +
                       " is outside the " + std::to_string(n) + " features");
}

SpatialWeights
SpatialWeights::fromNeighbourLists(const std::vector<std::vector<std::uint32_t>> &lists,
                                   std::string provenance) {
  std::vector<std::size_t> offsets(lists.size() + 1, 0);
  std::vector<std::uint32_t> neighbours;
  for (std::size_t i = 0; i < lists.size(); ++i) {
    std::vector<std::uint32_t> row = lists[i];
    std::sort(row.begin(), row.end());
    row.erase(std::unique(row.begin(), row.end()), row.end());
    neighbours.insert(neighbours.end(), row.begin(), row.end());
    offsets[i + 1] = neighbours.size();
  }
  std::vector<double> weights(neighbours.size(), 1.0);
  return SpatialWeights(std::move(offsets), std::move(neighbours), std::move(weights),
                        std::move(provenance));
}

SpatialWeights SpatialWeights::rowStandardised() const {
  std::vector<double> w = weights_;
  for (std::size_t i = 0; i < size(); ++i) {
    double sum = 0.0;
    for (std::size_t k = offsets_[i]; k < offsets_[i + 1]; ++k)
      sum += w[k];
    if (sum != 0.0)
      for (std::size_t k = offsets_[i]; k < offsets_[i + 1]; ++k)
        w[k] /= sum;
  }
  return SpatialWeights(offsets_, neighbours_, std::move(w), provenance_ + ", row-standardised");
}

SpatialWeights SpatialWeights::binary() const {
  return SpatialWeights(offsets_, neighbours_, std::vector<double>(weights_.size(), 1.0),
                        provenance_ + ", binary");
}

SpatialWeights SpatialWeights::withSelf(double selfWeight) const {
  std::vector<std::size_t> offsets(offsets_.size(), 0);
  std::vector<std::uint32_t> neighbours;
  std::vector<double> weights;
  neighbours.reserve(neighbours_.size() + size());
  weights.reserve(neighbours_.size() + size());
  for (std::size_t i = 0; i < size(); ++i) {
    bool selfDone = false;
    for (std::size_t k = offsets_[i]; k < offsets_[i + 1]; ++k) {
      if (neighbours_[k] == i)
        continue; // replaced by the requested self weight
      if (!selfDone && neighbours_[k] > i) {
        neighbours.push_back(static_cast<std::uint32_t>(i));
        weights.push_back(selfWeight);
        selfDone = true;
      }
      neighbours.push_back(neighbours_[k]);
      weights.push_back(weights_[k]);
    }
    if (!selfDone) {
      neighbours.push_back(static_cast<std::uint32_t>(i));
      weights.push_back(selfWeight);
    }
    offsets[i + 1] = neighbours.size();
  }
  return SpatialWeights(std::move(offsets), std::move(neighbours), std::move(weights),
                        provenance_ + ", self included");
}

namespace {
std::size_t findRoot(std::vector<std::size_t> &parent, std::size_t i) {
  while (parent[i] != i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}
} // namespace

ConnectivityReport SpatialWeights::report() const {
  ConnectivityReport r;
  const std::size_t n = size();
  r.features = n;
  if (n == 0)
    return r;
  std::vector<std::size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  r.minNeighbours = SIZE_MAX;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t count = 0;
    for (std::size_t k = offsets_[i]; k < offsets_[i + 1]; ++k) {
      const std::size_t j = neighbours_[k];
      if (j == i)
        continue;
      ++count;
      const std::size_t a = findRoot(parent, i), b = findRoot(parent, j);
      if (a != b)
        parent[a] = b;
      const auto *begin = neighboursBegin(j), *end = begin + neighbourCount(j);
      if (!std::binary_search(begin, end, static_cast<std::uint32_t>(i)) &&
          std::find(begin, end, static_cast<std::uint32_t>(i)) == end)
        r.symmetric = false;
    }
    r.links += count;
    r.minNeighbours = std::min(r.minNeighbours, count);
    r.maxNeighbours = std::max(r.maxNeighbours, count);
    if (count == 0)
      r.islands.push_back(i);
  }
  r.meanNeighbours = static_cast<double>(r.links) / static_cast<double>(n);
  for (std::size_t i = 0; i < n; ++i)
    if (findRoot(parent, i) == i)
      ++r.components;
  return r;
}

} // namespace resilience
