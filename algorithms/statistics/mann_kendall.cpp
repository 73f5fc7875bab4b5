#include "statistics/mann_kendall.h"

#include "statistics/normal_distribution.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace resilience {

MannKendallResult mannKendall(const std::vector<double> &x) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> v;
  v.reserve(x.size());
  for (double value : x)
    if (!std::isnan(value))
      v.push_back(value);
  MannKendallResult r;
  r.n = v.size();
  if (r.n < 2) {
    r.z = r.p = r.tau = kNaN;
    return r;
  }
  long long s = 0;
  for (std::size_t i = 0; i + 1 < v.size(); ++i)
    for (std::size_t j = i + 1; j < v.size(); ++j)
      s += (v[j] > v[i]) - (v[j] < v[i]);
  // Tie groups: runs of equal values in sorted order.
  std::vector<double> sorted = v;
  std::sort(sorted.begin(), sorted.end());
  double ties = 0.0;
  for (std::size_t first = 0; first < sorted.size();) {
    std::size_t last = first;
    while (last + 1 < sorted.size() && sorted[last + 1] == sorted[first])
      ++last;
    const double t = static_cast<double>(last - first + 1);
    ties += t * (t - 1.0) * (2.0 * t + 5.0);
    first = last + 1;
  }
  const double n = static_cast<double>(r.n);
  r.s = static_cast<double>(s);
  r.varS = (n * (n - 1.0) * (2.0 * n + 5.0) - ties) / 18.0;
  r.tau = r.s / (n * (n - 1.0) / 2.0);
  if (!(r.varS > 0.0)) {
    r.z = r.p = kNaN;
    return r;
  }
  const double sd = std::sqrt(r.varS);
  r.z = s > 0 ? (r.s - 1.0) / sd : s < 0 ? (r.s + 1.0) / sd : 0.0;
  r.p = normalTwoSided(r.z);
  return r;
}

} // namespace resilience
