#include "accessibility/site_selection.h"

#include "accessibility/site_selection_bound.h"
#include "accessibility/site_selection_costs.h"
#include "accessibility/site_selection_heuristic.h"
#include "accessibility/site_selection_mip.h"
#include "common/input_error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace resilience {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void validate(const std::vector<double> &demand, const SitePairs &pairs,
              const SiteSelectionOptions &options) {
  if (demand.size() != pairs.demandPoints())
    throw InputError("site selection: " + std::to_string(demand.size()) + " demand values for " +
                     std::to_string(pairs.demandPoints()) + " demand points");
  for (std::size_t i = 0; i < demand.size(); ++i)
    if (!std::isfinite(demand[i]) || demand[i] < 0.0)
      throw InputError("demand of " + featureAtPosition(i) + " is " + std::to_string(demand[i]) +
                       ": it must be a number >= 0");
  if (pairs.candidates == 0)
    throw InputError("CANDIDATES: there is no candidate site with a location");
  if (options.k < 1 || options.k > pairs.candidates)
    throw InputError("K = " + std::to_string(options.k) + " sites cannot be chosen from " +
                     std::to_string(pairs.candidates) +
                     " candidate sites with a location: K must be between 1 and the number of "
                     "candidates");
  if (options.objective == SiteObjective::Coverage &&
      (!(options.catchment > 0.0) || !std::isfinite(options.catchment)))
    throw InputError("DISTANCE: the catchment must be a positive number of metres, not " +
                     std::to_string(options.catchment));
  if (!(options.timeLimit > 0.0))
    throw InputError("TIME_LIMIT: must be a positive number of seconds, not " +
                     std::to_string(options.timeLimit));
}

// Adds sites to a solution with fewer than k (the MIP leaves out sites that lower no cost):
// first the heuristic's, then the lowest-numbered candidates; the cost cannot rise.
std::vector<std::size_t> padTo(std::vector<std::size_t> chosen, std::size_t k,
                               const std::vector<std::size_t> &fallback, std::size_t candidates) {
  std::vector<std::uint8_t> in(candidates, 0);
  for (auto j : chosen)
    in[j] = 1;
  for (auto j : fallback)
    if (chosen.size() < k && !in[j]) {
      chosen.push_back(j);
      in[j] = 1;
    }
  for (std::size_t j = 0; j < candidates && chosen.size() < k; ++j)
    if (!in[j]) {
      chosen.push_back(j);
      in[j] = 1;
    }
  return chosen;
}

} // namespace

double unreachablePenalty(const SitePairs &pairs) {
  double longest = 0.0;
  for (double d : pairs.distance)
    longest = std::max(longest, d);
  return longest > 0.0 ? 2.0 * longest : 1.0;
}

double siteObjective(const std::vector<double> &demand, const SitePairs &pairs,
                     const std::vector<std::size_t> &chosen, SiteObjective objective,
                     double penalty) {
  std::vector<std::uint8_t> open(pairs.sites(), 0);
  for (auto j : chosen)
    open[j] = 1;
  for (std::size_t j = pairs.candidates; j < pairs.sites(); ++j)
    open[j] = 1;
  double total = 0.0;
  for (std::size_t i = 0; i < pairs.demandPoints(); ++i) {
    double nearest = std::numeric_limits<double>::infinity();
    for (std::size_t p = pairs.start[i]; p < pairs.start[i + 1]; ++p)
      if (open[pairs.site[p]])
        nearest = std::min(nearest, pairs.distance[p]);
    if (objective == SiteObjective::Coverage)
      total += std::isfinite(nearest) ? demand[i] : 0.0;
    else
      total += demand[i] * (std::isfinite(nearest) ? nearest : penalty);
  }
  return total;
}

SiteSelectionResult selectSites(const std::vector<double> &demand, const SitePairs &pairs,
                                const SiteSelectionOptions &options) {
  validate(demand, pairs, options);
  const bool coverage = options.objective == SiteObjective::Coverage;
  auto progress = [&](double fraction, const std::string &stage) {
    if (options.progress)
      options.progress(fraction, stage);
  };
  SiteSelectionResult result;
  result.unreachablePenalty = coverage ? 0.0 : unreachablePenalty(pairs);
  for (std::size_t i = 0; i < demand.size(); ++i) {
    result.totalDemand += demand[i];
    if (demand[i] > 0.0 && pairs.start[i] == pairs.start[i + 1])
      result.unreachableDemand.push_back(i);
  }

  const SiteCosts all = siteCosts(demand, pairs, options.objective, result.unreachablePenalty);
  if (all.site.empty())
    throw InputError(coverage ? "no candidate site lies within DISTANCE (" +
                                    std::to_string(options.catchment) +
                                    " m) of any demand point with demand that an existing site "
                                    "does not already cover: increase DISTANCE or check the "
                                    "layers' locations"
                              : "no candidate site is reachable from any demand point with "
                                "demand that an existing site does not already serve at "
                                "distance 0");
  // Coverage rows reaching the same candidates are one row to every method.
  const SiteCosts costs = coverage ? mergeIdenticalRows(all) : all;
  result.notes.push_back(std::to_string(all.rows()) + " demand points with demand to serve, " +
                         std::to_string(costs.rows()) + " distinct rows, " +
                         std::to_string(costs.site.size()) + " (point, candidate) pairs");

  progress(0.0, "greedy");
  const GreedyOrder greedy = greedySites(costs, options.k, {}, options.cancel);
  progress(0.02, "swap");
  const SwapResult heuristic = swapSites(costs, greedy.chosen, options.cancel);
  result.notes.push_back("greedy + swap: " + std::to_string(heuristic.swaps) + " exchanges");
  std::vector<std::size_t> chosen = heuristic.chosen;
  double cost = heuristic.cost;
  double lowerBound = kNaN;
  bool proven = false;
  result.method = "greedy + swap";

  const std::size_t nonzeros = siteMipNonzeros(costs, options.objective);
  const bool fits = nonzeros <= options.maxMipSize;
  if (coverage && (!options.exact || !fits)) {
    // The Lagrangian bound costs a sweep over the pairs per step, where GLPK's simplex on
    // 100,000 rows took minutes.
    progress(0.05, "Lagrangian bound");
    const LagrangianBound lagrangian =
        coverageLagrangianBound(costs, options.k, cost, 2000, options.cancel);
    lowerBound = lagrangian.lowerBound;
    result.notes.push_back(
        "Lagrangian bound after " + std::to_string(lagrangian.iterations) + " subgradient steps" +
        (fits ? std::string()
              : ": the MIP would hold " + std::to_string(nonzeros) + " nonzeros, more than " +
                    std::to_string(options.maxMipSize)));
  } else if (fits) {
    MipSettings settings;
    settings.timeLimit = options.timeLimit;
    settings.integer = options.exact;
    settings.cancel = options.cancel;
    settings.progress = [&](double f, const std::string &stage) {
      progress(0.05 + 0.95 * f, stage);
    };
    const MipOutcome mip = solveSiteMip(costs, options.objective, options.k, chosen, settings);
    result.notes.push_back("GLPK model: " + std::to_string(mip.columns) + " columns, " +
                           std::to_string(mip.rows) + " rows, " + std::to_string(mip.nonzeros) +
                           " nonzeros");
    if (mip.lpSolved)
      lowerBound = mip.lowerBound;
    if (mip.integerSolved && mip.cost <= cost) {
      chosen = padTo(mip.chosen, options.k, heuristic.chosen, costs.candidates);
      cost = siteCost(costs, chosen);
      result.method = mip.optimal ? "mip" : "mip (time limit)";
    }
    proven = mip.optimal;
    if (mip.timeLimit)
      result.notes.push_back("TIME_LIMIT reached: the best solution found is kept" +
                             std::string(mip.lpSolved ? "" : " (no bound: the LP was not solved)"));
  } else {
    result.notes.push_back("the model would hold " + std::to_string(nonzeros) +
                           " nonzeros, more than " + std::to_string(options.maxMipSize) +
                           ": greedy + swap only, gap unknown");
  }
  // A heuristic whose cost meets the bound is optimal too.
  if (std::isfinite(lowerBound) && cost <= lowerBound + 1e-9 * std::max(1.0, std::fabs(cost)))
    proven = true;

  const GreedyOrder order = greedySites(costs, options.k, chosen, options.cancel);
  result.chosen = order.chosen;
  result.gain = order.gain;
  result.provenOptimal = proven;
  if (coverage) {
    result.objective = result.totalDemand - cost;
    result.bound = result.totalDemand - lowerBound;
  } else {
    result.objective = cost;
    result.bound = lowerBound;
  }
  if (proven) {
    result.gap = 0.0;
    result.bound = result.objective;
  } else if (std::isfinite(result.bound)) {
    result.gap =
        std::fabs(result.objective - result.bound) / std::max(std::fabs(result.objective), 1e-300);
  } else {
    result.gap = kNaN;
  }

  // Each demand point's nearest open site (pairs are in distance order).
  std::vector<std::uint8_t> open(pairs.sites(), 0);
  for (auto j : result.chosen)
    open[j] = 1;
  for (std::size_t j = pairs.candidates; j < pairs.sites(); ++j)
    open[j] = 1;
  const std::size_t n = pairs.demandPoints();
  result.assignedSite.assign(n, kNoSite);
  result.assignedDistance.assign(n, kNaN);
  result.covered.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t p = pairs.start[i]; p < pairs.start[i + 1]; ++p)
      if (open[pairs.site[p]]) {
        result.assignedSite[i] = pairs.site[p];
        result.assignedDistance[i] = pairs.distance[p];
        break;
      }
    const double d = result.assignedDistance[i];
    result.covered[i] = std::isfinite(d) && (coverage || d <= options.catchment);
    if (result.covered[i]) {
      result.coveredDemand += demand[i];
      bool byExisting = false;
      for (std::size_t p = pairs.start[i]; p < pairs.start[i + 1]; ++p)
        byExisting |= pairs.site[p] >= pairs.candidates &&
                      (coverage || pairs.distance[p] <= options.catchment);
      if (byExisting)
        result.existingCoveredDemand += demand[i];
    }
  }
  progress(1.0, "done");
  return result;
}

} // namespace resilience
