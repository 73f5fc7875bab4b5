#include "tessellation.h"

#include <array>
#include <cmath>
#include <cstring>

namespace resilience {
namespace {

void put(std::vector<unsigned char> &out, const void *p, std::size_t n) {
  const auto *b = static_cast<const unsigned char *>(p);
  out.insert(out.end(), b, b + n);
}

std::uint64_t mix(std::uint64_t h) { // splitmix64
  h += 0x9e3779b97f4a7c15ULL;
  h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
  h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
  return h ^ (h >> 31);
}

// Hexagon vertex offsets in lattice units (x in side/2, y in side*sqrt(3)/2), counter-clockwise.
constexpr std::array<std::array<int, 2>, 6> kHexagon{
    {{2, 0}, {1, 1}, {-1, 1}, {-2, 0}, {-1, -1}, {1, -1}}};
constexpr std::array<std::array<int, 2>, 4> kSquare{{{0, 0}, {1, 0}, {1, 1}, {0, 1}}};

} // namespace

std::vector<std::vector<unsigned char>> tessellationWkb(const TessellationSpec &spec) {
  const bool hex = spec.shape == CellShape::Hexagon;
  const double unitX = hex ? spec.cellSize / 2 : spec.cellSize;
  const double unitY = hex ? spec.cellSize * std::sqrt(3.0) / 2 : spec.cellSize;
  const std::size_t corners = hex ? 6 : 4;
  std::vector<std::vector<unsigned char>> cells;
  cells.reserve(spec.columns * spec.rows);
  for (std::size_t r = 0; r < spec.rows; ++r)
    for (std::size_t c = 0; c < spec.columns; ++c) {
      const long cx = hex ? 3 * static_cast<long>(c) + 2 : static_cast<long>(c);
      const long cy =
          hex ? 2 * static_cast<long>(r) + 1 + static_cast<long>(c % 2) : static_cast<long>(r);
      std::vector<unsigned char> wkb;
      wkb.reserve(9 + 4 + 16 * (corners + 1));
      const unsigned char order = 1; // little endian
      const std::uint32_t type = 3, rings = 1, points = static_cast<std::uint32_t>(corners + 1);
      put(wkb, &order, 1);
      put(wkb, &type, 4);
      put(wkb, &rings, 4);
      put(wkb, &points, 4);
      const std::uint64_t cell = r * spec.columns + c;
      for (std::size_t k = 0; k <= corners; ++k) {
        const std::size_t v = k % corners;
        const auto &o = hex ? kHexagon[v] : kSquare[v];
        double xy[2] = {static_cast<double>(cx + o[0]) * unitX,
                        static_cast<double>(cy + o[1]) * unitY};
        if (spec.jitter > 0) {
          const double angle =
              static_cast<double>(mix(spec.seed ^ mix(cell * 8 + v)) >> 11) * 0x1p-53 * 2 * M_PI;
          xy[0] += spec.jitter * std::cos(angle);
          xy[1] += spec.jitter * std::sin(angle);
        }
        put(wkb, xy, 16);
      }
      cells.push_back(std::move(wkb));
    }
  return cells;
}

} // namespace resilience
