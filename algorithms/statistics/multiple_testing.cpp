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

} // namespace resilience
