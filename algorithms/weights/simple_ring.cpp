#include "weights/simple_ring.h"

#include <algorithm>
#include <cmath>

namespace resilience {
namespace {

// Sign of the orientation of (a, b, c), or 0 when rounding could make the sign wrong
// (Shewchuk's orient2d filter with bound 3.3e-16 * (|left| + |right|)).
int certainOrientation(const double *a, const double *b, const double *c) {
  const double left = (a[0] - c[0]) * (b[1] - c[1]);
  const double right = (a[1] - c[1]) * (b[0] - c[0]);
  const double det = left - right;
  const double bound = 3.3306690738754716e-16 * (std::abs(left) + std::abs(right));
  if (det > bound)
    return 1;
  if (-det > bound)
    return -1;
  return 0;
}

bool boxesDisjoint(const double *a, const double *b, const double *c, const double *d) {
  return std::max(a[0], b[0]) < std::min(c[0], d[0]) ||
         std::max(c[0], d[0]) < std::min(a[0], b[0]) ||
         std::max(a[1], b[1]) < std::min(c[1], d[1]) || std::max(c[1], d[1]) < std::min(a[1], b[1]);
}

// Segments ab and cd certainly do not meet: disjoint boxes, or one lies strictly on one side of
// the other's line.
bool certainlyApart(const double *a, const double *b, const double *c, const double *d) {
  if (boxesDisjoint(a, b, c, d))
    return true;
  const int c1 = certainOrientation(a, b, c), c2 = certainOrientation(a, b, d);
  if (c1 != 0 && c1 == c2)
    return true;
  const int c3 = certainOrientation(c, d, a), c4 = certainOrientation(c, d, b);
  return c3 != 0 && c3 == c4;
}

} // namespace

bool isCertainlySimpleRing(const double *xy, std::size_t points) {
  if (points < 4 || xy[0] != xy[2 * points - 2] || xy[1] != xy[2 * points - 1])
    return false;
  const std::size_t edges = points - 1;
  auto p = [&](std::size_t k) { return xy + 2 * (k % edges); };
  for (std::size_t i = 0; i < edges; ++i) {
    // Adjacent edges (i, i+1) share a vertex: they must turn, never fold back onto each other.
    if (certainOrientation(p(i), p(i + 1), p(i + 2)) == 0)
      return false;
    for (std::size_t j = i + 2; j < edges; ++j) {
      if (i == 0 && j == edges - 1)
        continue; // the last edge is adjacent to the first
      if (!certainlyApart(p(i), p(i + 1), p(j), p(j + 1)))
        return false;
    }
  }
  return true;
}

} // namespace resilience
