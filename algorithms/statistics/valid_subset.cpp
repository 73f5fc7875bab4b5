#include "statistics/valid_subset.h"

#include "common/input_error.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <tuple>
#include <utility>

namespace resilience {

const char *nullReasonText(NullReason reason) {
  switch (reason) {
  case NullReason::None:
    return "";
  case NullReason::NullValue:
    return "NULL value";
  case NullReason::Island:
    return "no neighbour with a valid value";
  case NullReason::NonPositivePopulation:
    return "population at risk is zero or negative";
  }
  return "";
}

ValidSubset makeValidSubset(const MaskedValues &values, const SpatialWeights &weights,
                            const SubsetOptions &options, const std::string &valueName) {
  const std::size_t n = values.size();
  if (weights.size() != n)
    throw InputError("the spatial weights describe " + std::to_string(weights.size()) +
                     " features but '" + valueName + "' has " + std::to_string(n) + " values");
  ValidSubset s;
  s.summary.features = n;
  constexpr std::uint32_t absent = std::numeric_limits<std::uint32_t>::max();
  s.summary.nullValues = n - values.validCount();
  // Subset position of each input feature; only needed (and allocated) when some are NULL.
  std::vector<std::uint32_t> position(s.summary.nullValues > 0 ? n : 0, absent);
  s.feature.reserve(n - s.summary.nullValues);
  s.values.reserve(n - s.summary.nullValues);
  for (std::size_t i = 0; i < n; ++i) {
    if (!values.isValid(i))
      continue;
    if (!position.empty())
      position[i] = static_cast<std::uint32_t>(s.feature.size());
    s.feature.push_back(static_cast<std::uint32_t>(i));
    s.values.push_back(values.values[i]);
  }

  const std::size_t m = s.feature.size();
  std::vector<std::size_t> offsets(m + 1, 0);
  std::vector<std::uint32_t> neighbours;
  std::vector<double> linkWeights;
  neighbours.reserve(weights.neighbours().size() + (options.self == SelfLink::Include ? m : 0));
  linkWeights.reserve(neighbours.capacity());
  s.island.assign(m, 0);
  std::vector<std::pair<std::uint32_t, double>> unsortedRow;
  for (std::size_t r = 0; r < m; ++r) {
    const std::size_t i = s.feature[r];
    const std::size_t rowStart = neighbours.size();
    bool hasSelf = false;
    const std::uint32_t *nb = weights.neighboursBegin(i);
    const double *w = weights.weightsBegin(i);
    for (std::size_t k = 0; k < weights.neighbourCount(i); ++k) {
      if (!std::isfinite(w[k]))
        throw InputError("the spatial weights hold a non-finite weight for feature " +
                         std::to_string(i) + " (0-based)");
      const std::uint32_t p = position.empty() ? nb[k] : position[nb[k]];
      if (p == absent)
        continue; // the neighbour's value is NULL
      if (nb[k] == i) {
        if (options.self == SelfLink::Exclude)
          continue;
        hasSelf = true;
      }
      neighbours.push_back(p);
      linkWeights.push_back(options.binary ? 1.0 : w[k]);
    }
    const auto start = static_cast<std::ptrdiff_t>(rowStart);
    if (options.self == SelfLink::Include && !hasSelf) {
      // Insert the self link where it belongs (only this row's tail moves), so an already sorted
      // row stays sorted.
      const auto at = std::upper_bound(neighbours.begin() + start, neighbours.end(),
                                       static_cast<std::uint32_t>(r)) -
                      neighbours.begin();
      neighbours.insert(neighbours.begin() + at, static_cast<std::uint32_t>(r));
      linkWeights.insert(linkWeights.begin() + at, options.selfWeight);
    }
    const auto rowBegin = neighbours.begin() + start;
    if (!std::is_sorted(rowBegin, neighbours.end())) {
      unsortedRow.clear();
      for (std::size_t k = rowStart; k < neighbours.size(); ++k)
        unsortedRow.emplace_back(neighbours[k], linkWeights[k]);
      std::sort(unsortedRow.begin(), unsortedRow.end());
      for (std::size_t k = rowStart; k < neighbours.size(); ++k)
        std::tie(neighbours[k], linkWeights[k]) = unsortedRow[k - rowStart];
    }

    double othersWeight = 0.0;
    double sum = 0.0;
    for (std::size_t k = rowStart; k < neighbours.size(); ++k) {
      sum += linkWeights[k];
      if (neighbours[k] != r)
        othersWeight += std::abs(linkWeights[k]);
    }
    if (othersWeight == 0.0) {
      s.island[r] = 1;
      ++s.summary.islands;
    }
    // spdep nb2listw style "W": (1 / row sum) * weights.
    if (options.rowStandardise && sum != 0.0) {
      const double scale = 1.0 / sum;
      for (std::size_t k = rowStart; k < neighbours.size(); ++k)
        linkWeights[k] *= scale;
    }
    offsets[r + 1] = neighbours.size();
  }
  s.summary.computed = m - s.summary.islands;
  s.weights = SpatialWeights(std::move(offsets), std::move(neighbours), std::move(linkWeights),
                             weights.provenance() + (options.rowStandardise ? ", W" : ""));
  return s;
}

void requireSpread(const ValidSubset &subset, std::size_t minimum, const std::string &valueName,
                   const std::string &statistic) {
  if (subset.size() < minimum)
    throw InputError(statistic + " needs at least " + std::to_string(minimum) +
                     " features with a valid '" + valueName + "' value, found " +
                     std::to_string(subset.size()));
  const auto [low, high] = std::minmax_element(subset.values.begin(), subset.values.end());
  if (*low == *high)
    throw InputError(statistic + " is undefined: '" + valueName +
                     "' has the same value at every feature (zero variance)");
}

std::vector<double> spatialLag(const SpatialWeights &weights, const std::vector<double> &v) {
  std::vector<double> lag(weights.size(), 0.0);
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const std::uint32_t *nb = weights.neighboursBegin(i);
    const double *w = weights.weightsBegin(i);
    double sum = 0.0;
    for (std::size_t k = 0; k < weights.neighbourCount(i); ++k)
      sum += w[k] * v[nb[k]];
    lag[i] = sum;
  }
  return lag;
}

std::vector<double> toInputOrder(const ValidSubset &subset, std::vector<double> subsetValues,
                                 std::size_t featureCount) {
  if (subset.size() == featureCount)
    return subsetValues; // every feature is in the subset, in input order
  std::vector<double> out(featureCount, std::numeric_limits<double>::quiet_NaN());
  for (std::size_t r = 0; r < subset.size(); ++r)
    out[subset.feature[r]] = subsetValues[r];
  return out;
}

std::vector<NullReason> nullReasons(const ValidSubset &subset, std::size_t featureCount) {
  std::vector<NullReason> out(featureCount, NullReason::NullValue);
  for (std::size_t r = 0; r < subset.size(); ++r)
    out[subset.feature[r]] = subset.island[r] ? NullReason::Island : NullReason::None;
  return out;
}

} // namespace resilience
