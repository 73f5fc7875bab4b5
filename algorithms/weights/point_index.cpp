#include "weights/point_index.h"

#include <algorithm>
#include <numeric>

namespace resilience {
namespace {
constexpr std::size_t kLeafSize = 8;

inline double distance2(const std::array<double, 3> &a, const std::array<double, 3> &b) {
  const double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
  return dx * dx + dy * dy + dz * dz;
}
} // namespace

PointIndex::PointIndex(std::vector<std::array<double, 3>> points, std::vector<std::uint32_t> ids)
    : points_(std::move(points)), ids_(std::move(ids)), splitDim_(points_.size(), 0) {
  build(0, points_.size());
}

// Implicit balanced tree: the node of [begin, end) keeps its median at begin + (end - begin) / 2,
// split along the dimension with the widest spread.
void PointIndex::build(std::size_t begin, std::size_t end) {
  if (end - begin <= kLeafSize)
    return;
  std::array<double, 3> lo = points_[begin], hi = points_[begin];
  for (std::size_t k = begin; k < end; ++k)
    for (int d = 0; d < 3; ++d) {
      lo[d] = std::min(lo[d], points_[k][d]);
      hi[d] = std::max(hi[d], points_[k][d]);
    }
  int dim = 0;
  for (int d = 1; d < 3; ++d)
    if (hi[d] - lo[d] > hi[dim] - lo[dim])
      dim = d;
  const std::size_t mid = begin + (end - begin) / 2;
  std::vector<std::size_t> order(end - begin);
  std::iota(order.begin(), order.end(), begin);
  std::nth_element(order.begin(), order.begin() + (mid - begin), order.end(),
                   [&](std::size_t a, std::size_t b) {
                     return points_[a][dim] < points_[b][dim] ||
                            (points_[a][dim] == points_[b][dim] && ids_[a] < ids_[b]);
                   });
  std::vector<std::array<double, 3>> p(end - begin);
  std::vector<std::uint32_t> id(end - begin);
  for (std::size_t k = 0; k < order.size(); ++k) {
    p[k] = points_[order[k]];
    id[k] = ids_[order[k]];
  }
  std::copy(p.begin(), p.end(), points_.begin() + begin);
  std::copy(id.begin(), id.end(), ids_.begin() + begin);
  splitDim_[mid] = static_cast<std::uint8_t>(dim);
  build(begin, mid);
  build(mid + 1, end);
}

void PointIndex::nearest(const std::array<double, 3> &q, std::size_t k, std::uint32_t self,
                         std::vector<Hit> &out) const {
  out.clear();
  if (k == 0)
    return;
  searchNearest(0, points_.size(), q, k, self, out); // out is a max-heap while searching
  std::sort_heap(out.begin(), out.end());
}

void PointIndex::searchNearest(std::size_t begin, std::size_t end, const std::array<double, 3> &q,
                               std::size_t k, std::uint32_t self, std::vector<Hit> &heap) const {
  auto consider = [&](std::size_t slot) {
    if (ids_[slot] == self)
      return;
    const Hit hit{distance2(points_[slot], q), ids_[slot]};
    if (heap.size() < k) {
      heap.push_back(hit);
      std::push_heap(heap.begin(), heap.end());
    } else if (hit < heap.front()) {
      std::pop_heap(heap.begin(), heap.end());
      heap.back() = hit;
      std::push_heap(heap.begin(), heap.end());
    }
  };
  if (end - begin <= kLeafSize) {
    for (std::size_t s = begin; s < end; ++s)
      consider(s);
    return;
  }
  const std::size_t mid = begin + (end - begin) / 2;
  const int dim = splitDim_[mid];
  const double delta = q[dim] - points_[mid][dim];
  consider(mid);
  const bool leftFirst = delta <= 0;
  if (leftFirst)
    searchNearest(begin, mid, q, k, self, heap);
  else
    searchNearest(mid + 1, end, q, k, self, heap);
  // <= keeps equally distant points reachable, so ties resolve by id whatever the tree shape.
  if (heap.size() < k || delta * delta <= heap.front().first) {
    if (leftFirst)
      searchNearest(mid + 1, end, q, k, self, heap);
    else
      searchNearest(begin, mid, q, k, self, heap);
  }
}

void PointIndex::within(const std::array<double, 3> &q, double radius2,
                        std::vector<Hit> &out) const {
  out.clear();
  searchWithin(0, points_.size(), q, radius2, out);
  std::sort(out.begin(), out.end());
}

void PointIndex::searchWithin(std::size_t begin, std::size_t end, const std::array<double, 3> &q,
                              double radius2, std::vector<Hit> &out) const {
  if (end - begin <= kLeafSize) {
    for (std::size_t s = begin; s < end; ++s) {
      const double d2 = distance2(points_[s], q);
      if (d2 <= radius2)
        out.push_back({d2, ids_[s]});
    }
    return;
  }
  const std::size_t mid = begin + (end - begin) / 2;
  const int dim = splitDim_[mid];
  const double delta = q[dim] - points_[mid][dim];
  const double d2 = distance2(points_[mid], q);
  if (d2 <= radius2)
    out.push_back({d2, ids_[mid]});
  if (delta <= 0 || delta * delta <= radius2)
    searchWithin(begin, mid, q, radius2, out);
  if (delta >= 0 || delta * delta <= radius2)
    searchWithin(mid + 1, end, q, radius2, out);
}

} // namespace resilience
