#pragma once
// Adjusting a vector of p-values for multiple testing, as R's p.adjust: NULL (NaN) entries stay
// NULL and do not count in the number of tests m.
#include <cstddef>
#include <vector>

namespace resilience {

enum class PValueAdjustment {
  None,
  Bonferroni,    // min(1, m p)
  FalseDiscovery // Benjamini & Hochberg (1995) step-up: min over j >= rank of m p_(j) / j
};

// Returns the adjusted p-values in the input order; the caller keeps the raw ones.
std::vector<double> adjustPValues(const std::vector<double> &p, PValueAdjustment method);

// The smallest p-value `permutations` can give for one of `tests` features after the adjustment:
// a pseudo p is at least 1 / (permutations + 1); Bonferroni multiplies it by m; the FDR step-up
// leaves it when every test has it. Nothing is significant at a level at or below this value, so
// a run with too few permutations can only find "not significant" (e.g. 9 permutations: 0.1).
double smallestAttainablePseudoP(std::size_t permutations, std::size_t tests,
                                 PValueAdjustment method);

// The fewest permutations whose smallest attainable p is below `level`.
std::size_t permutationsNeeded(double level, std::size_t tests, PValueAdjustment method);

} // namespace resilience
