#pragma once
// A two-dimensional SQLite R*Tree (the spatial index of a GeoPackage layer) packed in one go with
// Sort-Tile-Recursive, as the contents of its three shadow tables. SQLite fills an R*Tree one row
// at a time (16 s for a million boxes here); GDAL 3.7 and later load it in bulk the same way, but
// Debian 12 ships GDAL 3.6.
//
// The node format is SQLite's (ext/rtree/rtree.c): every node is a blob of the same size; the
// first two bytes of the root (node 1) hold the tree's depth, the next two the number of cells;
// each cell is an 8-byte id (a row id in a leaf, a child node number above) and the box as four
// 4-byte floats (minX, maxX, minY, maxY), all big-endian. Coordinates are rounded outwards to
// float exactly as SQLite rounds them, so every box contains its feature.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace resilience {

struct BoxEntry {
  std::int64_t id = 0;
  double minX = 0, maxX = 0, minY = 0, maxY = 0;
};

struct PackedRTree {
  struct Node {
    std::int64_t number = 0;
    std::vector<unsigned char> data; // exactly nodeBytes long
  };
  std::vector<Node> nodes;                                       // the root (node 1) included
  std::vector<std::pair<std::int64_t, std::int64_t>> leafOfRow;  // %_rowid: row id, leaf node
  std::vector<std::pair<std::int64_t, std::int64_t>> parentNode; // %_parent: node, its parent
};

// nodeBytes: the size of the table's nodes, which SQLite fixes when it creates the table (the
// length of the root's blob); it decides how many cells a node holds. Throws std::invalid_argument
// when a node cannot hold two cells.
PackedRTree packSqliteRTree(std::vector<BoxEntry> entries, std::size_t nodeBytes);

} // namespace resilience
