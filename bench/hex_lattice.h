#pragma once
// The hexagonal lattice the statistics benchmarks run on (6 neighbours inside, fewer on the
// border), the same lattice bench/compare_statistics.R builds for spdep, and smooth values with
// deterministic noise on it. Shared by bench_statistics and bench_over_time.
#include "common/masked_values.h"
#include "weights/spatial_weights.h"

#include <cmath>
#include <cstdint>
#include <vector>

namespace resilience {

// Odd rows shifted right by half a cell ("odd-r" offset layout): a cell's neighbours are left and
// right, and two cells in the row above and two in the row below.
inline SpatialWeights hexLattice(std::size_t side) {
  const auto n = static_cast<long>(side);
  std::vector<std::vector<std::uint32_t>> lists(side * side);
  for (long r = 0; r < n; ++r)
    for (long c = 0; c < n; ++c) {
      auto &row = lists[static_cast<std::size_t>(r * n + c)];
      auto link = [&](long rr, long cc) {
        if (rr >= 0 && rr < n && cc >= 0 && cc < n)
          row.push_back(static_cast<std::uint32_t>(rr * n + cc));
      };
      const long shift = r % 2; // even rows reach c - 1 and c, odd rows c and c + 1
      link(r, c - 1);
      link(r, c + 1);
      for (long rr : {r - 1, r + 1}) {
        link(rr, c - 1 + shift);
        link(rr, c + shift);
      }
    }
  return SpatialWeights::fromNeighbourLists(lists, "hexagonal lattice");
}

// A smooth surface plus deterministic noise, so there are clusters and hot spots to find.
inline MaskedValues latticeValues(std::size_t side) {
  std::vector<double> v(side * side);
  for (std::size_t i = 0; i < v.size(); ++i) {
    const double r = static_cast<double>(i / side), c = static_cast<double>(i % side);
    const double noise = static_cast<double>((i * 2654435761u) % 1000) / 1000.0;
    v[i] = 10.0 + std::sin(r / 17.0) + std::cos(c / 23.0) + noise;
  }
  return MaskedValues::fromDoubles(v);
}

} // namespace resilience
