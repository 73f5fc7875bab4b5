#pragma once
// Permutation inference must give the same answer for a seed whatever the number of threads
// (algorithms/statistics/permutation.h). Test-only helper.
#include <gtest/gtest.h>

#include <vector>

namespace resilience::testing {

// Runs pSim(options) with options.permutation.threads = 1, 2 and 4, expects the same result each
// time and returns it.
template <class Options, class PSim>
auto expectSameForThreadCounts(Options options, const PSim &pSim) {
  std::vector<decltype(pSim(options))> runs;
  for (unsigned threads : {1u, 2u, 4u}) {
    options.permutation.threads = threads;
    runs.push_back(pSim(options));
  }
  EXPECT_EQ(runs[0], runs[1]) << "1 and 2 threads";
  EXPECT_EQ(runs[0], runs[2]) << "1 and 4 threads";
  return runs[0];
}

} // namespace resilience::testing
