#pragma once
// Standard normal tail probabilities for z-scores, via erfc so that tiny p-values keep their
// relative precision (as R's pnorm(..., lower.tail = FALSE)).
#include <cmath>

namespace resilience {

// P(Z > z)
inline double normalUpperTail(double z) {
  return 0.5 * std::erfc(z / std::sqrt(2.0));
}

// P(|Z| > |z|) = 2 * pnorm(abs(z), lower.tail = FALSE)
inline double normalTwoSided(double z) {
  return std::erfc(std::abs(z) / std::sqrt(2.0));
}

} // namespace resilience
