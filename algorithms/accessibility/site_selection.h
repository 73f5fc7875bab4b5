#pragma once
// Choosing K sites from candidate locations so that the chosen sites, together with the sites that
// already exist, serve the most demand (demand_i = population_i x need_i):
//   coverage - maximal covering location problem (Church & ReVelle 1974, Papers of the Regional
//              Science Association 32: 101-118): maximise the demand within the catchment of a
//              chosen or existing site;
//   pmedian  - p-median problem (Hakimi 1964, Operations Research 12: 450-459): minimise the total
//              demand-weighted distance from every demand point to its nearest chosen or existing
//              site.
// Both are solved exactly as mixed-integer programmes with GLPK (site_selection_mip.h), seeded by a
// greedy + swap heuristic (site_selection_heuristic.h) that also serves instances too large for the
// solver; the LP relaxation (or, for coverage, its Lagrangian, site_selection_bound.h) bounds the
// heuristic's gap. Distances come as a sparse list of pairs
// (site_selection_pairs.h builds it from points or a road network).
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace resilience {

enum class SiteObjective { Coverage, PMedian };

constexpr std::size_t kNoSite = std::numeric_limits<std::size_t>::max();

// Sites are numbered candidates first (0 .. candidates-1), then existing sites
// (candidates .. candidates+existing-1). For each demand point, the sites it reaches and their
// distances (CSR by demand point, ascending by distance then site). Coverage needs the pairs within
// the catchment; p-median all pairs (a pair not listed is unreachable, e.g. another road network
// component).
struct SitePairs {
  std::size_t candidates = 0, existing = 0;
  std::vector<std::size_t> start{0};
  std::vector<std::uint32_t> site;
  std::vector<double> distance;

  std::size_t demandPoints() const { return start.size() - 1; }
  std::size_t sites() const { return candidates + existing; }
};

struct SiteSelectionOptions {
  SiteObjective objective = SiteObjective::Coverage;
  std::size_t k = 1;       // sites to choose, 1 <= k <= candidates
  double catchment = 0.0;  // coverage: the pairs' distance limit (> 0); reported as covered
  double timeLimit = 60.0; // seconds for the exact solve; the best solution found is kept
  // false: greedy + swap only, with a bound for its gap (coverage: Lagrangian; p-median: GLPK's
  // LP relaxation when it fits in maxMipSize).
  bool exact = true;
  // Nonzeros the GLPK model may hold; larger: greedy + swap, gap as for exact = false.
  std::size_t maxMipSize = 4000000;
  const std::atomic<bool> *cancel = nullptr; // set from another thread: throws Cancelled
  std::function<void(double fraction, const std::string &stage)> progress;
};

struct SiteSelectionResult {
  // The chosen candidates in the greedy view of the final set: each adds the most to the sites
  // before it; gain[r] is the demand newly covered (coverage) or the demand-weighted distance
  // saved (p-median) by chosen[r].
  std::vector<std::size_t> chosen;
  std::vector<double> gain;
  double objective = 0.0; // coverage: demand covered (existing included); p-median: total distance
  double bound = 0.0;     // best proven bound on the objective (NaN when none was computed)
  double gap = 0.0;       // |objective - bound| / |objective| (0: proven optimal; NaN: unknown)
  bool provenOptimal = false;
  std::string method; // "mip", "mip (time limit)", "greedy + swap", ...
  // Per demand point: the nearest chosen or existing site among its pairs, its distance and
  // whether it lies within the catchment (kNoSite / NaN / 0 when it reaches none).
  std::vector<std::size_t> assignedSite;
  std::vector<double> assignedDistance;
  std::vector<std::uint8_t> covered;
  double totalDemand = 0.0, coveredDemand = 0.0, existingCoveredDemand = 0.0;
  double unreachablePenalty = 0.0; // p-median: distance counted for a point reaching no chosen site
  std::vector<std::size_t> unreachableDemand; // demand points (demand > 0) reaching no site at all
  std::vector<std::string> notes;             // what the log should say (model size, bounds)
};

// demand: >= 0 per demand point (NaN is not allowed: the caller drops or reports NULLs first).
// Throws InputError for k outside 1..candidates, negative demand, no demand within reach of any
// candidate, and Cancelled when options.cancel is set.
SiteSelectionResult selectSites(const std::vector<double> &demand, const SitePairs &pairs,
                                const SiteSelectionOptions &options);

// The objective of a given set of candidates (used by the tests' enumeration and the heuristic).
double siteObjective(const std::vector<double> &demand, const SitePairs &pairs,
                     const std::vector<std::size_t> &chosen, SiteObjective objective,
                     double unreachablePenalty);

// p-median: the distance counted for a demand point that reaches none of the chosen or existing
// sites (possible only with network distances): twice the longest listed distance, so the solver
// always prefers reaching it.
double unreachablePenalty(const SitePairs &pairs);

} // namespace resilience
