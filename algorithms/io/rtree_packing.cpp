#include "io/rtree_packing.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace resilience {
namespace {

constexpr std::size_t kHeaderBytes = 4;       // depth (root only), cell count
constexpr std::size_t kCellBytes = 8 + 4 * 4; // id, minX, maxX, minY, maxY
constexpr std::size_t kMaxDepth = 40;         // SQLite's RTREE_MAX_DEPTH
constexpr std::int64_t kRootNode = 1;

struct FloatBox {
  float minX, maxX, minY, maxY;
};

// SQLite's own rounding of a coordinate to float (rtreeValueDown/rtreeValueUp in rtree.c), so
// the boxes are the ones SQLite would have stored, bit for bit.
constexpr double kTowardsZero = 1.0 - 1.0 / 8388608.0;
constexpr double kAwayFromZero = 1.0 + 1.0 / 8388608.0;

float roundedDown(double value) {
  const auto rounded = static_cast<float>(value);
  if (static_cast<double>(rounded) <= value)
    return rounded;
  return static_cast<float>(value * (value < 0 ? kAwayFromZero : kTowardsZero));
}

float roundedUp(double value) {
  const auto rounded = static_cast<float>(value);
  if (static_cast<double>(rounded) >= value)
    return rounded;
  return static_cast<float>(value * (value < 0 ? kTowardsZero : kAwayFromZero));
}

void putBigEndian(unsigned char *out, std::uint64_t value, std::size_t bytes) {
  for (std::size_t i = 0; i < bytes; ++i)
    out[i] = static_cast<unsigned char>(value >> (8 * (bytes - 1 - i)));
}

void putFloat(unsigned char *out, float value) {
  std::uint32_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  putBigEndian(out, bits, 4);
}

// A cell of the level being built: a row (leaves) or a node of the level below.
struct Cell {
  std::int64_t id;
  FloatBox box;
  double centreX() const { return (double(box.minX) + box.maxX) / 2; }
  double centreY() const { return (double(box.minY) + box.maxY) / 2; }
};

FloatBox unionOf(const Cell *first, const Cell *last) {
  FloatBox box = first->box;
  for (const Cell *cell = first + 1; cell != last; ++cell) {
    box.minX = std::min(box.minX, cell->box.minX);
    box.maxX = std::max(box.maxX, cell->box.maxX);
    box.minY = std::min(box.minY, cell->box.minY);
    box.maxY = std::max(box.maxY, cell->box.maxY);
  }
  return box;
}

// Sort-Tile-Recursive: sorted by x into vertical slices of about sqrt(nodes) nodes each, each
// slice sorted by y and cut into nodes of `capacity` cells. Returns the node boundaries.
std::vector<std::size_t> tile(std::vector<Cell> &cells, std::size_t capacity) {
  const std::size_t nodes = (cells.size() + capacity - 1) / capacity;
  const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes))));
  const std::size_t sliceCells = ((nodes + slices - 1) / slices) * capacity;
  std::sort(cells.begin(), cells.end(),
            [](const Cell &a, const Cell &b) { return a.centreX() < b.centreX(); });
  std::vector<std::size_t> bounds{0};
  for (std::size_t start = 0; start < cells.size(); start += sliceCells) {
    const std::size_t end = std::min(cells.size(), start + sliceCells);
    std::sort(cells.begin() + static_cast<std::ptrdiff_t>(start),
              cells.begin() + static_cast<std::ptrdiff_t>(end),
              [](const Cell &a, const Cell &b) { return a.centreY() < b.centreY(); });
    for (std::size_t node = start + capacity; node < end; node += capacity)
      bounds.push_back(node);
    bounds.push_back(end);
  }
  return bounds;
}

std::vector<unsigned char> encodeNode(const Cell *first, const Cell *last, std::size_t nodeBytes,
                                      std::size_t depth) {
  std::vector<unsigned char> data(nodeBytes, 0);
  putBigEndian(data.data(), depth, 2);
  putBigEndian(data.data() + 2, static_cast<std::uint64_t>(last - first), 2);
  unsigned char *out = data.data() + kHeaderBytes;
  for (const Cell *cell = first; cell != last; ++cell, out += kCellBytes) {
    putBigEndian(out, static_cast<std::uint64_t>(cell->id), 8);
    putFloat(out + 8, cell->box.minX);
    putFloat(out + 12, cell->box.maxX);
    putFloat(out + 16, cell->box.minY);
    putFloat(out + 20, cell->box.maxY);
  }
  return data;
}

} // namespace

PackedRTree packSqliteRTree(std::vector<BoxEntry> entries, std::size_t nodeBytes) {
  if (nodeBytes < kHeaderBytes + 2 * kCellBytes)
    throw std::invalid_argument("R-tree nodes of " + std::to_string(nodeBytes) +
                                " bytes cannot hold two cells");
  const std::size_t capacity = (nodeBytes - kHeaderBytes) / kCellBytes;
  PackedRTree tree;
  std::vector<Cell> cells;
  cells.reserve(entries.size());
  for (const BoxEntry &entry : entries)
    cells.push_back({entry.id,
                     {roundedDown(entry.minX), roundedUp(entry.maxX), roundedDown(entry.minY),
                      roundedUp(entry.maxY)}});
  entries.clear();
  entries.shrink_to_fit();

  // Levels from the leaves up; node numbers from 2, the root becomes node 1.
  std::int64_t nextNumber = kRootNode + 1;
  std::size_t depth = 0;
  bool leaves = true;
  while (cells.size() > capacity) {
    if (depth == kMaxDepth)
      throw std::invalid_argument("R-tree deeper than SQLite allows");
    const std::vector<std::size_t> bounds = tile(cells, capacity);
    std::vector<Cell> parents;
    parents.reserve(bounds.size() - 1);
    for (std::size_t n = 0; n + 1 < bounds.size(); ++n) {
      const Cell *first = cells.data() + bounds[n];
      const Cell *last = cells.data() + bounds[n + 1];
      const std::int64_t number = nextNumber++;
      tree.nodes.push_back({number, encodeNode(first, last, nodeBytes, 0)});
      // Cells are rows in the leaves (%_rowid) and child nodes above (%_parent).
      for (const Cell *cell = first; cell != last; ++cell)
        (leaves ? tree.leafOfRow : tree.parentNode).emplace_back(cell->id, number);
      parents.push_back({number, unionOf(first, last)});
    }
    cells = std::move(parents);
    leaves = false;
    ++depth;
  }
  tree.nodes.push_back(
      {kRootNode, encodeNode(cells.data(), cells.data() + cells.size(), nodeBytes, depth)});
  for (const Cell &cell : cells)
    (leaves ? tree.leafOfRow : tree.parentNode).emplace_back(cell.id, kRootNode);
  return tree;
}

} // namespace resilience
