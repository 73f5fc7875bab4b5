#include "statistics/multiple_testing.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>

namespace resilience {

std::vector<double> adjustPValues(const std::vector<double> &p, PValueAdjustment method) {
  std::vector<double> adjusted = p;
  std::vector<std::size_t> tested;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (!std::isnan(p[i]))
      tested.push_back(i);
  const double m = static_cast<double>(tested.size());
  switch (method) {
  case PValueAdjustment::None:
    break;
  case PValueAdjustment::Bonferroni:
    for (std::size_t i : tested)
      adjusted[i] = std::min(1.0, m * p[i]);
    break;
  case PValueAdjustment::FalseDiscovery: {
    // From the largest p down, keep the running minimum of m p_(rank) / rank (R p.adjust "BH").
    std::stable_sort(tested.begin(), tested.end(),
                     [&](std::size_t a, std::size_t b) { return p[a] > p[b]; });
    double running = 1.0;
    for (std::size_t k = 0; k < tested.size(); ++k) {
      const double rank = m - static_cast<double>(k);
      running = std::min(running, m / rank * p[tested[k]]);
      adjusted[tested[k]] = running;
    }
    break;
  }
  }
  return adjusted;
}

double smallestAttainablePseudoP(std::size_t permutations, std::size_t tests,
                                 PValueAdjustment method) {
  const double p = 1.0 / (static_cast<double>(permutations) + 1.0);
  if (method == PValueAdjustment::Bonferroni)
    return std::min(1.0, p * static_cast<double>(std::max<std::size_t>(tests, 1)));
  return p;
}

std::size_t permutationsNeeded(double level, std::size_t tests, PValueAdjustment method) {
  const double m = method == PValueAdjustment::Bonferroni
                       ? static_cast<double>(std::max<std::size_t>(tests, 1))
                       : 1.0;
  // 1 / (nsim + 1) * m < level  <=>  nsim > m / level - 1; then settled on the exact comparison
  // that smallestAttainablePseudoP makes, whatever the rounding of m / level.
  auto n = static_cast<std::size_t>(std::max(0.0, std::floor(m / level - 1.0)));
  while (smallestAttainablePseudoP(n, tests, method) >= level)
    ++n;
  while (n > 0 && smallestAttainablePseudoP(n - 1, tests, method) < level)
    --n;
  return n;
}

} // namespace resilience
