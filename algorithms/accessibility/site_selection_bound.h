#pragma once
// A lower bound on the uncovered demand of the maximal covering problem without an LP solver, for
// instances the solver cannot hold (or when only the heuristic is asked for): Lagrangian
// relaxation of the covering rows (Galvao & ReVelle 1996, European Journal of Operational
// Research 88: 114-123). With multipliers 0 <= u_r <= w_r,
//   L(u) = sum_r u_r - (the K largest of C_j = sum_{r in N_j} u_r)
// is a lower bound on the uncovered demand for every u, and its maximum equals the LP bound;
// subgradient steps (Held, Wolfe & Crowder 1974) move u towards it. One step is one sweep over
// the pairs.
#include "accessibility/site_selection_costs.h"

#include <atomic>
#include <cstddef>

namespace resilience {

struct LagrangianBound {
  double lowerBound = 0.0; // on the uncovered demand (the coverage cost)
  std::size_t iterations = 0;
};

// costs: coverage rows (cost 0 within reach, cap 1). upperBound: the cost of a known solution,
// which sets the step length (Polyak's rule; the step factor halves after 20 steps without a
// better bound); the search stops when the bound meets it, after maxIterations, or when the
// factor falls below 1e-3. Throws Cancelled when cancel is set.
LagrangianBound coverageLagrangianBound(const SiteCosts &costs, std::size_t k, double upperBound,
                                        std::size_t maxIterations = 2000,
                                        const std::atomic<bool> *cancel = nullptr);

} // namespace resilience
