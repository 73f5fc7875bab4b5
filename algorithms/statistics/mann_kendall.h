#pragma once
// Mann-Kendall trend test (Mann 1945; Kendall 1975), as described by Gilbert (1987, section 16.4):
//   S = sum over i < j of sign(x_j - x_i)
//   Var(S) = [n(n-1)(2n+5) - sum over tie groups t(t-1)(2t+5)] / 18   (ties in the values)
//   z = (S - 1)/sqrt(Var) for S > 0, (S + 1)/sqrt(Var) for S < 0, 0 for S = 0 (continuity)
//   p = two-sided normal p of z; tau = S / (n(n-1)/2) (Kendall's tau-a).
// ArcGIS Emerging Hot Spot Analysis tests the trend of each location's Gi* z-scores with it.
#include <cstddef>
#include <vector>

namespace resilience {

struct MannKendallResult {
  std::size_t n = 0; // values used (NaN entries are left out)
  double s = 0.0;    // the statistic S
  double varS = 0.0; // its variance with the tie correction
  double z = 0.0;    // NaN when n < 2 or Var(S) = 0 (all values tied)
  double p = 1.0;    // two-sided; NaN with z
  double tau = 0.0;  // NaN when n < 2
};

// x in time order; NaN values are missing periods and are skipped.
MannKendallResult mannKendall(const std::vector<double> &x);

} // namespace resilience
