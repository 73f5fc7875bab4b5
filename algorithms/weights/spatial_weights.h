#pragma once
// Spatial weights as an immutable sparse matrix in compressed sparse row form, with provenance.
// Row i lists the neighbours of feature i (0-based feature order) and their weights; a feature with
// an empty row is an island. Builders live in their own files (contiguity, point weights, GAL/GWT).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace resilience {

struct ConnectivityReport {
  std::size_t features = 0;
  std::size_t links = 0; // directed links (non-zero off-diagonal entries)
  std::size_t minNeighbours = 0;
  double meanNeighbours = 0.0;
  std::size_t maxNeighbours = 0;
  std::vector<std::size_t> islands; // features without neighbours
  std::size_t components = 0;       // connected components of the (symmetrised) graph
  bool symmetric = true;
};

class SpatialWeights {
public:
  SpatialWeights() = default;
  // offsets has n+1 entries; neighbours and weights have offsets[n] entries each.
  SpatialWeights(std::vector<std::size_t> offsets, std::vector<std::uint32_t> neighbours,
                 std::vector<double> weights, std::string provenance);

  // Builds binary weights from sorted or unsorted neighbour lists (duplicates removed, rows
  // sorted).
  static SpatialWeights fromNeighbourLists(const std::vector<std::vector<std::uint32_t>> &lists,
                                           std::string provenance);

  std::size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  std::size_t neighbourCount(std::size_t i) const { return offsets_[i + 1] - offsets_[i]; }
  const std::uint32_t *neighboursBegin(std::size_t i) const {
    return neighbours_.data() + offsets_[i];
  }
  const double *weightsBegin(std::size_t i) const { return weights_.data() + offsets_[i]; }

  const std::vector<std::size_t> &offsets() const { return offsets_; }
  const std::vector<std::uint32_t> &neighbours() const { return neighbours_; }
  const std::vector<double> &weights() const { return weights_; }
  const std::string &provenance() const { return provenance_; }

  // Row-standardised copy: each non-empty row sums to one (spdep style "W"). Islands stay empty.
  SpatialWeights rowStandardised() const;
  // Binary copy: every link weight becomes one (spdep style "B").
  SpatialWeights binary() const;
  // Copy with i as its own neighbour with the given weight (spdep include.self for Gi*).
  SpatialWeights withSelf(double selfWeight = 1.0) const;

  ConnectivityReport report() const;

private:
  std::vector<std::size_t> offsets_{0};
  std::vector<std::uint32_t> neighbours_;
  std::vector<double> weights_;
  std::string provenance_;
};

} // namespace resilience
