#pragma once
// Adjusting a vector of p-values for multiple testing, as R's p.adjust: NULL (NaN) entries stay
// NULL and do not count in the number of tests m.
#include <vector>

namespace resilience {

enum class PValueAdjustment {
  None,
  Bonferroni,    // min(1, m p)
  FalseDiscovery // Benjamini & Hochberg (1995) step-up: min over j >= rank of m p_(j) / j
};

// Returns the adjusted p-values in the input order; the caller keeps the raw ones.
std::vector<double> adjustPValues(const std::vector<double> &p, PValueAdjustment method);

} // namespace resilience
