#pragma once
// Stacked risks counted as the CDC/ATSDR Social Vulnerability Index counts them (SVI 2022
// documentation, "Data dictionary" and "Methods"): every indicator becomes a percentile rank, a
// rank at or above a threshold (the 90th percentile) raises a flag, ranks are summed per theme
// (our domains) and over all indicators, and the sums are ranked again.
//
// Percentile rank (Excel PERCENTRANK.INC, as the CDC computes EPL_/RPL_): among the n features
// with a value, (r - 1) / (n - 1) with r the rank of the value, ties sharing the lowest rank
// (R rank(ties.method = "min")): the share of the *other* features with a lower value. Direction
// '+' ranks the value as it is (a high value is the risk, as every SVI variable); '-' ranks the
// reversed value (a low value is the risk). With `decimals` the ranks are rounded half away from
// zero as a publisher does (the CDC rounds to 4), and the flags, sums and ranks of sums use the
// rounded numbers, exactly as the published columns do.
//
// NULLs: a NULL value is left out of its indicator's ranking (n counts the values present) and
// its rank and flag are NULL. A theme sum (and the overall sum) with a NULL rank in it is NULL, so
// the sums that are ranked are all over the same indicators. Flag counts count the flags raised
// among the indicators present (the CDC: "total flags do not include fields with a -999 value");
// the stacking class is Undefined where fewer than 3 flags are raised and an indicator is NULL,
// because the missing one could have been the third.
#include "common/masked_values.h"
#include "scoring/indicator_spec.h"

#include <cstddef>
#include <string>
#include <vector>

namespace resilience {

struct RiskFlagOptions {
  double threshold = 0.90; // a rank >= threshold raises a flag
  int decimals = -1;       // round ranks (and sums) to this many decimals; < 0 = full precision
  unsigned threads = 0;    // indicators ranked in parallel; 0 = all cores
};

// Stacking: how many flags a feature carries (the monitor's "stapeling").
enum class StackingClass { None, One, Two, ThreeOrMore, Undefined };
const char *stackingClassText(StackingClass c); // "No flags", "1 flag", "2 flags", ...

struct RiskFlagIndicatorReport {
  std::string field;
  std::size_t ranked = 0; // values present (n of the ranking)
  std::size_t nulls = 0;  // NULL values left out
  std::size_t tied = 0;   // features sharing their value with another (share the lowest rank)
  std::size_t flags = 0;  // flags raised
};

struct RiskFlagResult {
  std::vector<std::string> domains;     // with indicators, as usedDomains() orders them
  std::vector<MaskedValues> rank, flag; // per indicator (spec order)
  std::vector<MaskedValues> domainSum, domainRank, domainFlags; // per domain
  MaskedValues sumAll, rankAll, flagsTotal;
  std::vector<StackingClass> stacking;
  std::vector<RiskFlagIndicatorReport> indicators;
  std::size_t incomplete = 0; // features with at least one NULL indicator (NULL sums)
};

// Percentile rank as above over the valid entries of x (reverse: rank -x); invalid stay invalid.
// Throws InputError naming valueName when fewer than 2 values are present.
MaskedValues percentRankInclusive(const MaskedValues &x, bool reverse, int decimals,
                                  const std::string &valueName);

// Rounds half away from zero to `decimals` (< 0: unchanged).
double roundToDecimals(double v, int decimals);

// columns: one per spec indicator, in spec order, all of the same length (a derived rate already
// computed, e.g. by prepareIndicators). Throws InputError for a threshold outside (0, 1], columns
// of other lengths, or an indicator with fewer than 2 values.
RiskFlagResult computeRiskFlags(const CompositeSpec &spec, const std::vector<MaskedValues> &columns,
                                const RiskFlagOptions &options = {});

} // namespace resilience
