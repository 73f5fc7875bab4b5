#pragma once
// Pseudo p-values from our generator and from R's can agree only in distribution: these helpers
// say how closely. Test-only.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <string>
#include <vector>

namespace resilience::testing {

inline double correlation(const std::vector<double> &a, const std::vector<double> &b) {
  const double n = static_cast<double>(a.size());
  const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
  const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
  double sab = 0, saa = 0, sbb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) * (a[i] - ma);
    sbb += (b[i] - mb) * (b[i] - mb);
  }
  return sab / std::sqrt(saa * sbb);
}

// Correlation above 0.95, and the same verdict at 0.05 wherever the reference's p is clearly on
// one side of it (below 0.03 or above 0.07).
inline void expectSamePermutationVerdicts(const std::vector<double> &ours,
                                          const std::vector<double> &reference) {
  ASSERT_EQ(ours.size(), reference.size());
  EXPECT_GT(correlation(ours, reference), 0.95);
  for (std::size_t i = 0; i < ours.size(); ++i)
    if (reference[i] < 0.03 || reference[i] > 0.07) {
      EXPECT_EQ(ours[i] < 0.05, reference[i] < 0.05)
          << "feature " << i + 1 << ": " << ours[i] << " vs reference " << reference[i];
    }
}

} // namespace resilience::testing
