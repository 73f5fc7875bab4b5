#pragma once
// Regular tessellations as WKB polygons, for tests and benchmarks of the contiguity builders.
// Vertex coordinates come from an integer lattice, so a vertex shared by several cells has
// bit-identical coordinates in each of them (exact contiguity finds every neighbour). With jitter,
// every cell moves each of its own vertex copies by `jitter` map units in a pseudo-random
// direction (deterministic in seed, cell and vertex), as if each cell had been digitised apart.
#include <cstdint>
#include <vector>

namespace resilience {

enum class CellShape { Hexagon, Square };

struct TessellationSpec {
  CellShape shape = CellShape::Hexagon;
  std::size_t columns = 10, rows = 10;
  double cellSize = 100.0; // hexagon: side (= circumradius); square: side
  double jitter = 0.0;
  std::uint64_t seed = 1;
};

// Cells in row-major order (row 0 first). Flat-topped hexagons in columns offset by half a cell.
std::vector<std::vector<unsigned char>> tessellationWkb(const TessellationSpec &spec);

} // namespace resilience
