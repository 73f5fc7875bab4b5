#pragma once
// The exact site selection models, solved with GLPK (docs/site_selection.md says why GLPK):
//   coverage (Church & ReVelle 1974), on rows merged by identical candidate sets:
//     min sum_r w_r z_r   s.t.  z_r + sum_{j in N_r} x_j >= 1,  sum_j x_j <= K,
//                               x_j binary, 0 <= z_r <= 1       (z_r = 1: row r not covered);
//   p-median (Hakimi 1964; the strong formulation of ReVelle & Swain 1970):
//     min sum_r w_r (sum_j c_rj x_rj + cap_r z_r)
//     s.t. z_r + sum_j x_rj = 1,  x_rj <= y_j,  sum_j y_j <= K,  y_j binary,  x, z >= 0,
//   where z_r keeps row r at its cap (an existing site, or the unreachable penalty).
// "<= K" instead of "= K": opening another site never raises the cost, so the optimum is the same
// and candidates that serve nobody need no column. The LP relaxation is solved first (in slices
// of simplex iterations, so cancellation and the time limit are checked during it); it bounds
// the cost from below. Branch and bound starts from the heuristic's sites, and a callback tracks
// the best bound, reports progress and stops on cancel or at the time limit.
#include "accessibility/site_selection_costs.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace resilience {

struct MipSettings {
  double timeLimit = 60.0; // seconds for the LP and branch and bound together
  bool integer = true;     // false: the LP relaxation only (a bound for the heuristic)
  const std::atomic<bool> *cancel = nullptr;
  std::function<void(double, const std::string &)> progress;
};

struct MipOutcome {
  bool lpSolved = false;      // lowerBound holds the LP bound at least
  bool integerSolved = false; // chosen / cost hold the best integer solution found
  bool optimal = false;       // proven optimal (within GLPK's tolerances)
  bool timeLimit = false;     // stopped by the time limit
  double lowerBound = 0.0;
  double cost = 0.0;
  std::vector<std::size_t> chosen; // may hold fewer than K when more would not lower the cost
  std::size_t columns = 0, rows = 0, nonzeros = 0;
};

// Nonzeros of the constraint matrix the model needs (to decide whether it is built at all).
std::size_t siteMipNonzeros(const SiteCosts &costs, SiteObjective objective);

// Throws Cancelled when settings.cancel is set during the solve.
MipOutcome solveSiteMip(const SiteCosts &costs, SiteObjective objective, std::size_t k,
                        const std::vector<std::size_t> &seed, const MipSettings &settings);

} // namespace resilience
