#pragma once
// Builds SpatialWeights from the spdep reference edge lists in testdata/spdep (1-based i, j; an
// optional weight column), so statistics can be tested on exactly spdep's neighbours without the
// weights builders. Test-only helper.
#include "common/masked_values.h"
#include "reference_csv.h"
#include "weights/spatial_weights.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace resilience::testing {

// keep(row) selects rows of a file holding several weight sets (e.g. kernel mode and kernel).
inline SpatialWeights
referenceWeights(const std::string &relativePath, std::size_t featureCount,
                 const std::string &weightColumn = "",
                 const std::function<bool(const ReferenceCsv &, std::size_t)> &keep = {}) {
  const ReferenceCsv csv(relativePath);
  std::vector<std::vector<std::pair<std::uint32_t, double>>> rows(featureCount);
  for (std::size_t r = 0; r < csv.rows(); ++r) {
    if (keep && !keep(csv, r))
      continue;
    const auto i = static_cast<std::size_t>(csv.number(r, "i")) - 1;
    const auto j = static_cast<std::uint32_t>(csv.number(r, "j")) - 1;
    rows.at(i).emplace_back(j, weightColumn.empty() ? 1.0 : csv.number(r, weightColumn));
  }
  std::vector<std::size_t> offsets{0};
  std::vector<std::uint32_t> neighbours;
  std::vector<double> weights;
  for (auto &row : rows) {
    std::sort(row.begin(), row.end());
    for (const auto &[j, w] : row) {
      neighbours.push_back(j);
      weights.push_back(w);
    }
    offsets.push_back(neighbours.size());
  }
  return SpatialWeights(std::move(offsets), std::move(neighbours), std::move(weights),
                        relativePath);
}

// A numeric column of a reference file as valid values.
inline MaskedValues referenceValues(const std::string &relativePath, const std::string &column) {
  return MaskedValues::fromDoubles(ReferenceCsv(relativePath).column(column));
}

// |actual - expected| <= relative * |expected| (or <= absolute when expected is ~0).
inline ::testing::AssertionResult closeTo(double actual, double expected, double relative = 1e-9,
                                          double absolute = 1e-12) {
  const double tolerance = std::max(relative * std::abs(expected), absolute);
  if (std::abs(actual - expected) <= tolerance)
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << actual << " differs from " << expected << " by " << std::abs(actual - expected);
}

} // namespace resilience::testing
