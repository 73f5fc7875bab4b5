#pragma once
// A baseline: the scale of a reference year's composite index, kept as data so later years are
// scored on it (no re-normalisation). A z-score or min-max rescaled again every year cannot be
// compared with last year's; scored on one baseline, a change in the index is a change in the
// indicators. The baseline holds the spec and options, per indicator the reference statistics
// (raw: count, mean, sd, min, max, quantiles; oriented: what the normalisation used; winsorising
// bounds) and the aggregate's 0-100 rescaling and class breaks. JSON format: docs/monitor.md.
#include "scoring/composite_index.h"

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

namespace resilience {

struct IndicatorBaseline {
  std::string field;
  std::string skipReason; // why the indicator took no part in the reference year; empty = used
  // Descriptive statistics of the values that entered the normalisation, in raw units (after a
  // rate was derived and winsorising was applied, before the direction): for users and for the
  // out-of-range report of later years.
  std::size_t count = 0;
  double mean = 0.0, sd = 0.0, min = 0.0, max = 0.0;
  double p05 = 0.0, p25 = 0.0, p50 = 0.0, p75 = 0.0, p95 = 0.0;
  // Raw values winsorising clipped at (NaN without winsorising).
  double winsorLow = NAN, winsorHigh = NAN;
  NormalisationReference reference; // what normalise() used (direction applied)
  bool used() const { return skipReason.empty(); }
};

struct CompositeBaseline {
  CompositeSpec spec;
  CompositeOptions options;
  std::vector<IndicatorBaseline> indicators; // spec order
  // resilience = 100 (aggregate - aggregateMin) / (aggregateMax - aggregateMin), except with
  // goalposts, whose aggregate is already on its fixed 0-100 scale.
  double aggregateMin = NAN, aggregateMax = NAN;
  // classBreaks[c] = the lowest aggregate of the classes c + 2 and above in the reference year
  // (c = 0..3); a feature's class is 1 + the number of breaks at or below its aggregate. NaN: no
  // feature reached that class (fewer than five features), the break is never reached.
  std::vector<double> classBreaks;
  std::size_t featuresScored = 0;
};

// The baseline of a run: `prepared`, `spec` and `options` as given to scoreIndicators, `result` its
// output.
CompositeBaseline makeBaseline(const PreparedIndicators &prepared, const CompositeSpec &spec,
                               const CompositeOptions &options, const CompositeResult &result);

// Scores a year on the baseline's scale with the baseline's spec and options. Per indicator the
// report counts values outside the baseline's range (IndicatorReport::belowBaseline,
// aboveBaseline; not clipped); resilience may leave 0-100 (counted in the messages). Ranks are
// within this year's features. Scoring the reference year gives its own result bit for bit.
CompositeResult scoreOnBaseline(const CompositeInput &input, const CompositeBaseline &baseline);

// JSON text and files; every number is written so that it reads back exactly. Parsing throws
// InputError naming `sourceName` and the entry.
std::string writeBaselineJson(const CompositeBaseline &baseline);
CompositeBaseline parseBaselineJson(const std::string &text, const std::string &sourceName);
CompositeBaseline readBaselineFile(const std::string &path);
void writeBaselineFile(const CompositeBaseline &baseline, const std::string &path);

} // namespace resilience
