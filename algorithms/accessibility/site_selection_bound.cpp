#include "accessibility/site_selection_bound.h"

#include "common/input_error.h"
#include "common/parallel_ranges.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace resilience {

namespace {

// L(u) for the current scores: sum u - (the K largest scores), and which rows the K candidates
// with those scores reach how often (for the subgradient).
double lagrangianValue(const SiteCosts &c, std::size_t k, double total,
                       const std::vector<double> &score, std::vector<double> &sorted,
                       std::vector<int> *times) {
  const std::size_t m = score.size(), kk = std::min(k, m);
  sorted = score;
  std::nth_element(sorted.begin(), sorted.begin() + (kk - 1), sorted.end(), std::greater<>());
  const double threshold = sorted[kk - 1];
  double top = 0.0;
  std::size_t taken = 0;
  if (times)
    std::fill(times->begin(), times->end(), 0);
  for (int pass = 0; pass < 2; ++pass) // strictly above the threshold first, then ties
    for (std::size_t j = 0; j < m && taken < kk; ++j)
      if (pass == 0 ? score[j] > threshold : score[j] == threshold) {
        top += score[j];
        ++taken;
        if (times)
          for (std::size_t q = c.siteStart[j]; q < c.siteStart[j + 1]; ++q)
            ++(*times)[c.siteRow[q]];
      }
  return total - top;
}

} // namespace

LagrangianBound coverageLagrangianBound(const SiteCosts &c, std::size_t k, double upperBound,
                                        std::size_t maxIterations,
                                        const std::atomic<bool> *cancel) {
  const std::size_t rows = c.rows(), m = c.candidates;
  const unsigned threads = effectiveThreads(0, c.site.size() / 16);
  // Start at u = w: the bound "every row uncovered but for the K candidates reaching the most".
  std::vector<double> u(c.weight), best(u), score(m), sorted(m), step(rows);
  std::vector<int> times(rows);
  double total = 0.0;
  // Scores from scratch; each candidate's sum by one thread in a fixed order, so any thread
  // count gives the same numbers.
  auto refresh = [&]() {
    total = 0.0;
    for (std::size_t r = 0; r < rows; ++r)
      total += u[r];
    forEachChunk(m, threads, [&](unsigned, std::size_t begin, std::size_t end) {
      for (std::size_t j = begin; j < end; ++j) {
        double s = 0.0;
        for (std::size_t q = c.siteStart[j]; q < c.siteStart[j + 1]; ++q)
          s += u[c.siteRow[q]];
        score[j] = s;
      }
    });
  };
  refresh();
  LagrangianBound out;
  double bestValue = -1.0, theta = 2.0;
  std::size_t sinceImproved = 0;
  const double tolerance = 1e-9 * std::max(1.0, upperBound);
  for (std::size_t it = 0; it < maxIterations; ++it) {
    if (cancel && cancel->load(std::memory_order_relaxed))
      throw Cancelled();
    if (it % 50 == 49)
      refresh(); // incremental updates below drift by rounding
    const double value = lagrangianValue(c, k, total, score, sorted, &times);
    out.iterations = it + 1;
    if (value > bestValue + tolerance) {
      bestValue = value;
      best = u;
      sinceImproved = 0;
    } else if (++sinceImproved >= 20) {
      theta /= 2.0;
      sinceImproved = 0;
    }
    if (bestValue >= upperBound - tolerance || theta < 1e-3)
      break;
    // Subgradient of the relaxed rows, 1 - (chosen candidates reaching r), projected on the box.
    // Rows reached exactly once do not move, so the update touches few rows and their
    // candidates' scores only.
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
    for (std::size_t r = 0; r < rows; ++r) {
      if (step[r] == 0.0)
        continue;
      const double next = std::clamp(u[r] + t * step[r], 0.0, c.weight[r]);
      const double change = next - u[r];
      if (change == 0.0)
        continue;
      u[r] = next;
      total += change;
      for (std::size_t p = c.start[r]; p < c.start[r + 1]; ++p)
        score[c.site[p]] += change;
    }
  }
  // The bound reported is L at the best multipliers, computed afresh (no incremental rounding).
  u = best;
  refresh();
  out.lowerBound = std::max(0.0, lagrangianValue(c, k, total, score, sorted, nullptr));
  return out;
}

} // namespace resilience
