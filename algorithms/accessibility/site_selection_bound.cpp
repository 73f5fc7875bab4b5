#include "accessibility/site_selection_bound.h"

#include "common/input_error.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace resilience {

LagrangianBound coverageLagrangianBound(const SiteCosts &c, std::size_t k, double upperBound,
                                        std::size_t maxIterations,
                                        const std::atomic<bool> *cancel) {
  const std::size_t rows = c.rows(), m = c.candidates;
  // Start at u = w: the bound "every row uncovered but for the K candidates reaching the most".
  std::vector<double> u(c.weight), score(m), sorted(m), step(rows);
  std::vector<int> times(rows);
  LagrangianBound out;
  double best = -1.0, theta = 2.0;
  std::size_t sinceImproved = 0;
  const double tolerance = 1e-9 * std::max(1.0, upperBound);
  for (std::size_t it = 0; it < maxIterations; ++it) {
    if (cancel && cancel->load(std::memory_order_relaxed))
      throw Cancelled();
    double total = 0.0;
    for (std::size_t r = 0; r < rows; ++r)
      total += u[r];
    for (std::size_t j = 0; j < m; ++j) {
      double s = 0.0;
      for (std::size_t q = c.siteStart[j]; q < c.siteStart[j + 1]; ++q)
        s += u[c.siteRow[q]];
      score[j] = s;
    }
    // The K candidates with the largest scores (ties: any; the value is the same).
    sorted = score;
    const std::size_t kk = std::min(k, m);
    std::nth_element(sorted.begin(), sorted.begin() + (kk - 1), sorted.end(), std::greater<>());
    const double threshold = sorted[kk - 1];
    double top = 0.0;
    std::size_t taken = 0;
    std::fill(times.begin(), times.end(), 0);
    for (int pass = 0; pass < 2; ++pass) // strictly above the threshold first, then ties
      for (std::size_t j = 0; j < m && taken < kk; ++j)
        if (pass == 0 ? score[j] > threshold : score[j] == threshold) {
          top += score[j];
          ++taken;
          for (std::size_t q = c.siteStart[j]; q < c.siteStart[j + 1]; ++q)
            ++times[c.siteRow[q]];
        }
    const double value = total - top;
    out.iterations = it + 1;
    if (value > best + tolerance) {
      best = value;
      sinceImproved = 0;
    } else if (++sinceImproved >= 30) {
      theta /= 2.0;
      sinceImproved = 0;
    }
    if (best >= upperBound - tolerance || theta < 1e-6)
      break;
    // Subgradient of the relaxed rows, 1 - (chosen candidates reaching r), projected on the box.
    double norm = 0.0;
    for (std::size_t r = 0; r < rows; ++r) {
      double g = 1.0 - times[r];
      if ((u[r] <= 0.0 && g < 0.0) || (u[r] >= c.weight[r] && g > 0.0))
        g = 0.0;
      step[r] = g;
      norm += g * g;
    }
    if (norm == 0.0)
      break; // u is optimal for the relaxation
    const double t = theta * std::max(upperBound - value, tolerance) / norm;
    for (std::size_t r = 0; r < rows; ++r)
      u[r] = std::clamp(u[r] + t * step[r], 0.0, c.weight[r]);
  }
  out.lowerBound = std::max(0.0, best);
  return out;
}

} // namespace resilience
