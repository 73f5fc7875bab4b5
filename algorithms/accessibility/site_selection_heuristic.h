#pragma once
// Greedy + swap for both site selection objectives (site_selection_costs.h). Greedy adds, K times,
// the candidate that lowers the cost most (lowest index on ties; evaluated lazily, which picks the
// same sites because a candidate's gain can only shrink as sites are added). Swap (the vertex
// substitution of Teitz & Bart 1968) then exchanges a chosen site for an unchosen one while that
// lowers the cost, taking the best exchange of each pass; one pass costs one sweep over the pairs.
#include "accessibility/site_selection_costs.h"

#include <atomic>
#include <cstddef>
#include <vector>

namespace resilience {

struct GreedyOrder {
  std::vector<std::size_t> chosen; // in the order greedy added them
  std::vector<double> gain;        // cost removed by each
  double cost = 0.0;
};

// Greedy over all candidates (allowed empty) or over the allowed ones only (used to order a
// final set "in the greedy view"). Throws Cancelled when cancel is set.
GreedyOrder greedySites(const SiteCosts &costs, std::size_t k,
                        const std::vector<std::size_t> &allowed = {},
                        const std::atomic<bool> *cancel = nullptr);

struct SwapResult {
  std::vector<std::size_t> chosen;
  double cost = 0.0;
  std::size_t swaps = 0;
};

// Best-improvement exchanges from `start` until none lowers the cost.
SwapResult swapSites(const SiteCosts &costs, std::vector<std::size_t> start,
                     const std::atomic<bool> *cancel = nullptr);

} // namespace resilience
