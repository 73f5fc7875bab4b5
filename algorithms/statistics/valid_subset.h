#pragma once
// The features a statistic is computed on, and why the others get a NULL result.
//
// Every local and global statistic here follows one rule for missing data, the one spdep applies
// with na.action = na.exclude and zero.policy = TRUE:
//  * a feature whose value is NULL is left out: it is not part of n, the mean or the variance, its
//    links are dropped from the weights, and its result is NULL (reason NullValue);
//  * the weights are row-standardised (spdep style "W") AFTER the NULL features are dropped, as
//    spdep's subset.listw rebuilds a "W" listw from the remaining links;
//  * a feature left without a neighbour (an island, or one whose neighbours are all NULL) keeps its
//    value in n, the mean and the variance but gets a NULL local result (reason Island): it has no
//    neighbourhood to compare with, so any number would be a fake cluster.
#include "common/masked_values.h"
#include "weights/spatial_weights.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace resilience {

enum class NullReason : std::uint8_t {
  None = 0,             // a result was computed
  NullValue,            // the feature's own value is NULL (or NaN / infinite)
  Island,               // no neighbour with a valid value
  NonPositivePopulation // rates only: the population at risk is zero or negative
};

// Short text for reports and the plugin's "reason" field.
const char *nullReasonText(NullReason reason);

// How many features got a result and why the others did not.
struct NullSummary {
  std::size_t features = 0; // all input features
  std::size_t computed = 0; // features with a non-NULL result
  std::size_t nullValues = 0;
  std::size_t islands = 0;
  std::size_t nonPositivePopulation = 0;
};

// What to do with the diagonal (a feature listed as its own neighbour).
enum class SelfLink {
  Exclude, // drop it: Moran's I and Gi compare a feature with the others only
  Include  // keep it, or add it with selfWeight before standardising (spdep include.self, Gi*)
};

struct SubsetOptions {
  bool rowStandardise = true; // spdep style "W"; false keeps the weights as given ("B" for binary)
  SelfLink self = SelfLink::Exclude;
  double selfWeight = 1.0; // weight of an added self link (SelfLink::Include)
  bool binary = false;     // every link weighs 1 whatever the weights say (spdep nb, style "B")
};

struct ValidSubset {
  std::vector<double> values;         // the valid values, in subset order
  std::vector<std::uint32_t> feature; // subset position -> input feature index
  SpatialWeights weights; // links among valid features only, rows sorted by neighbour index
  // Subset order: 1 = no neighbour other than itself (or only zero weights).
  std::vector<std::uint8_t> island;
  NullSummary summary; // computed = valid features that are not islands

  std::size_t size() const { return values.size(); }
};

// valueName is used in error messages (the field the user chose).
ValidSubset makeValidSubset(const MaskedValues &values, const SpatialWeights &weights,
                            const SubsetOptions &options, const std::string &valueName);

// Throws InputError unless the subset has at least `minimum` values and they are not all equal
// (a statistic standardised by the variance is undefined otherwise).
void requireSpread(const ValidSubset &subset, std::size_t minimum, const std::string &valueName,
                   const std::string &statistic);

// Spatial lag sum_j w_ij v_j of every row of the subset's weights.
std::vector<double> spatialLag(const SpatialWeights &weights, const std::vector<double> &v);

// Spreads subset-ordered results back to input order; NULL (NaN) where the feature is not in the
// subset.
std::vector<double> toInputOrder(const ValidSubset &subset, std::vector<double> subsetValues,
                                 std::size_t featureCount);

// Per input feature: NullValue if not in the subset, Island if an island, None otherwise.
std::vector<NullReason> nullReasons(const ValidSubset &subset, std::size_t featureCount);

} // namespace resilience
