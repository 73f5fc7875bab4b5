#pragma once
// Variances of local statistics are differences of sums (n sum w^2 - (sum w)^2). When every
// feature is linked to every other with equal weights the two sums are equal, but rounding of
// weights like 1/15 leaves a residue of 1e-17 whose square root turns a statistic that cannot
// vary into an infinite z (spdep localG and localmoran give +-Inf there). A difference within
// rounding of its operands is therefore exactly zero.
#include <algorithm>
#include <cmath>

namespace resilience {

inline double differenceBeyondRounding(double a, double b) {
  const double d = a - b;
  return std::abs(d) <= 1e-10 * std::max(std::abs(a), std::abs(b)) ? 0.0 : d;
}

} // namespace resilience
