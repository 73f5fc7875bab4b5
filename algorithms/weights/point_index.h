#pragma once
// A static k-d tree over 3-D points (planar points use z = 0) for k-nearest and fixed-radius
// queries. Ties are broken by point index, so results are deterministic.
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace resilience {

class PointIndex {
public:
  using Hit = std::pair<double, std::uint32_t>; // (squared distance, point id)

  PointIndex(std::vector<std::array<double, 3>> points, std::vector<std::uint32_t> ids);

  // The k points nearest to q (excluding id `self`), ascending by (squared distance, id).
  void nearest(const std::array<double, 3> &q, std::size_t k, std::uint32_t self,
               std::vector<Hit> &out) const;
  // All points with squared distance <= radius2 from q, ascending by (squared distance, id).
  void within(const std::array<double, 3> &q, double radius2, std::vector<Hit> &out) const;

private:
  void build(std::size_t begin, std::size_t end);
  void searchNearest(std::size_t begin, std::size_t end, const std::array<double, 3> &q,
                     std::size_t k, std::uint32_t self, std::vector<Hit> &heap) const;
  void searchWithin(std::size_t begin, std::size_t end, const std::array<double, 3> &q,
                    double radius2, std::vector<Hit> &out) const;

  std::vector<std::array<double, 3>> points_;
  std::vector<std::uint32_t> ids_;
  std::vector<std::uint8_t> splitDim_; // split dimension of the node whose median is at this slot
};

} // namespace resilience
