#pragma once
// Both site selection objectives in one form, which the heuristic and the MIP share: every demand
// point i with demand a_i > 0 pays a_i x (the lowest cost c_ij over the open sites), and minimising
// the total is the problem. For coverage c_ij = 0 within the catchment and 1 beyond it (minimising
// uncovered demand is maximising covered demand, Church & ReVelle 1974); for p-median c_ij is the
// distance (Hakimi 1964). The existing sites are always open, so they only set each point's
// baseline cost ("cap"): a candidate matters to a point only where it costs less than the cap.
#include "accessibility/site_selection.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace resilience {

struct SiteCosts {
  std::size_t candidates = 0;
  std::vector<std::size_t> point;    // the demand point of each row
  std::vector<double> weight;        // a_i > 0
  std::vector<double> cap;           // cost when no chosen candidate does better
  std::vector<std::size_t> start{0}; // candidates cheaper than the cap: CSR by row
  std::vector<std::uint32_t> site;
  std::vector<double> cost;
  // Transposed: rows served cheaper than their cap by each candidate.
  std::vector<std::size_t> siteStart;
  std::vector<std::uint32_t> siteRow;
  std::vector<double> siteCost;

  std::size_t rows() const { return weight.size(); }
  double baseline() const; // sum of weight x cap: the cost with no candidate chosen
};

// Rows for the demand points with positive demand; `penalty` is the p-median cost of a point that
// reaches no open site.
SiteCosts siteCosts(const std::vector<double> &demand, const SitePairs &pairs,
                    SiteObjective objective, double penalty);

// Total cost of a set of candidates.
double siteCost(const SiteCosts &costs, const std::vector<std::size_t> &chosen);

// Coverage rows that reach exactly the same candidates merged into one (weights added): the MIP
// needs one covering row per distinct set, which on dense demand is far fewer than points.
SiteCosts mergeIdenticalRows(const SiteCosts &costs);

} // namespace resilience
