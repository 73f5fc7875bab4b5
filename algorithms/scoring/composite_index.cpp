#include "scoring/composite_index.h"

#include "scoring/composite_baseline.h"

#include "common/input_error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace resilience {

namespace {

// Tolerance for comparing a coverage sum of weight shares with the user's minimum.
constexpr double kCoverageTolerance = 1e-12;
constexpr std::size_t kListedFeatures = 5;

std::string featureLabel(const std::vector<std::string> &ids, std::size_t i) {
  return ids.empty() ? "#" + std::to_string(i + 1) : "'" + ids[i] + "'";
}

// "'GM0003', 'GM0005' and 12 more" for messages.
std::string featureList(const std::vector<std::string> &ids,
                        const std::vector<std::size_t> &which) {
  std::string s;
  for (std::size_t k = 0; k < which.size() && k < kListedFeatures; ++k)
    s += (k ? ", " : "") + featureLabel(ids, which[k]);
  if (which.size() > kListedFeatures)
    s += " and " + std::to_string(which.size() - kListedFeatures) + " more";
  return s;
}

std::string formatValue(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

const MaskedValues &inputField(const CompositeInput &input, const std::string &field,
                               const std::string &indicator) {
  const auto it = input.fields.find(field);
  if (it == input.fields.end())
    throw InputError("field '" + field + "' (indicator '" + indicator +
                     "') is not in the input table");
  return it->second;
}

// The common length of every field the spec reads (and of the feature ids, when given).
std::size_t checkedFeatureCount(const CompositeInput &input, const CompositeSpec &spec) {
  std::string first;
  std::size_t n = 0;
  for (const auto &ind : spec.indicators)
    for (const std::string &field : ind.isRate()
                                        ? std::vector<std::string>{ind.numerator, ind.denominator}
                                        : std::vector<std::string>{ind.field}) {
      const std::size_t size = inputField(input, field, ind.field).size();
      if (first.empty()) {
        first = field;
        n = size;
      } else if (size != n)
        throw InputError("field '" + field + "' has " + std::to_string(size) +
                         " values but field '" + first + "' has " + std::to_string(n));
    }
  if (!input.featureIds.empty() && input.featureIds.size() != n)
    throw InputError("the input has " + std::to_string(input.featureIds.size()) +
                     " feature ids for " + std::to_string(n) + " features");
  return n;
}

// numerator / denominator * per; NULL where the denominator is 0 or NULL (counted) or the
// numerator is NULL.
MaskedValues deriveRate(const MaskedValues &num, const MaskedValues &den, double per,
                        std::vector<std::size_t> &badDenominator) {
  MaskedValues out(num.size());
  for (std::size_t i = 0; i < num.size(); ++i) {
    if (!den.isValid(i) || den.values[i] == 0.0) {
      badDenominator.push_back(i);
      continue;
    }
    if (num.isValid(i))
      out.set(i, num.values[i] / den.values[i] * per);
  }
  return out;
}

void validateOptions(const CompositeOptions &o) {
  if (!(o.minCoverage >= 0.0 && o.minCoverage <= 1.0))
    throw InputError("the minimum coverage must lie between 0 and 1, not " +
                     formatValue(o.minCoverage));
  if (o.winsorise && !(o.winsorise->lower >= 0.0 && o.winsorise->lower < o.winsorise->upper &&
                       o.winsorise->upper <= 1.0))
    throw InputError("winsorising percentiles must satisfy 0 <= lower < upper <= 1, not " +
                     formatValue(o.winsorise->lower) + " and " + formatValue(o.winsorise->upper));
  if (!(std::isfinite(o.geometricShift) && o.geometricShift >= 0.0))
    throw InputError("the geometric shift must be a number >= 0, not " +
                     formatValue(o.geometricShift));
}

void requireGoalposts(const CompositeSpec &spec, NormalisationMethod method) {
  if (method != NormalisationMethod::Goalposts)
    return;
  for (const auto &ind : spec.indicators)
    if (!ind.hasGoalposts())
      throw InputError("indicator '" + ind.field +
                       "' has no goalposts (goal_min, goal_max), which goalposts normalisation "
                       "needs for every indicator");
}

struct WeightedValue {
  double value;
  double weight;
};

// Weighted arithmetic mean, or the (shifted) weighted geometric mean
// exp(sum w log(x + s) / sum w) - s (COINr a_gmean for s = 0). `describe(k)` names entry k for
// the error raised when x + s <= 0.
template <typename Describe>
double aggregate(const std::vector<WeightedValue> &xs, Aggregation how, double shift,
                 Describe describe) {
  double sumW = 0.0, sum = 0.0;
  for (std::size_t k = 0; k < xs.size(); ++k) {
    sumW += xs[k].weight;
    if (how == Aggregation::Arithmetic) {
      sum += xs[k].weight * xs[k].value;
      continue;
    }
    const double shifted = xs[k].value + shift;
    if (!(shifted > 0.0))
      throw InputError(
          "the geometric mean needs positive values, but " + describe(k) + " is " +
          formatValue(xs[k].value) +
          (shift > 0.0 ? " (below -" + formatValue(shift) + ", the geometric shift)" : "") +
          ". Use minmax, rank or goalposts normalisation with a geometric shift (e.g. 1), or "
          "arithmetic aggregation");
    sum += xs[k].weight * std::log(shifted);
  }
  return how == Aggregation::Arithmetic ? sum / sumW : std::exp(sum / sumW) - shift;
}

// 100 (a - min) / (max - min) over the valid entries; NULL everywhere when all are equal.
MaskedValues rescaleTo100(const MaskedValues &a, std::vector<std::string> &messages) {
  double lo = INFINITY, hi = -INFINITY;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a.isValid(i)) {
      lo = std::min(lo, a.values[i]);
      hi = std::max(hi, a.values[i]);
    }
  MaskedValues out(a.size());
  if (!(hi > lo)) {
    if (a.validCount() > 0)
      messages.push_back("every scored feature has the same aggregate score " + formatValue(lo) +
                         ", so the 0-100 rescaling is undefined and resilience is NULL");
    return out;
  }
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a.isValid(i))
      out.set(i, 100.0 * (a.values[i] - lo) / (hi - lo));
  return out;
}

// Quintile class from the rank: 1 + floor(5 (rank - 1) / n), equal-count classes with ties kept
// together (they share the lowest rank).
MaskedValues quintileClasses(const MaskedValues &rank) {
  const double n = static_cast<double>(rank.validCount());
  MaskedValues out(rank.size());
  for (std::size_t i = 0; i < rank.size(); ++i)
    if (rank.isValid(i))
      out.set(i, 1.0 + std::floor(5.0 * (rank.values[i] - 1.0) / n));
  return out;
}

// The baseline's 0-100 rescaling: the same expression as rescaleTo100 with the reference year's
// minimum and maximum, so the reference year scores exactly as in its own run. Scores beyond 0-100
// (a year better or worse than any feature of the reference year) are kept and counted.
MaskedValues rescaleToBaseline(const MaskedValues &a, const CompositeBaseline &baseline,
                               std::vector<std::string> &messages) {
  const double lo = baseline.aggregateMin, hi = baseline.aggregateMax;
  MaskedValues out(a.size());
  if (!(hi > lo)) {
    if (a.validCount() > 0)
      messages.push_back("the baseline has no 0-100 scale (every feature of its year had the same "
                         "aggregate score), so resilience is NULL");
    return out;
  }
  std::size_t below = 0, above = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a.isValid(i)) {
      out.set(i, 100.0 * (a.values[i] - lo) / (hi - lo));
      below += out.values[i] < 0.0;
      above += out.values[i] > 100.0;
    }
  if (below + above > 0)
    messages.push_back(std::to_string(below) + " feature(s) score below 0 and " +
                       std::to_string(above) +
                       " above 100 on the baseline's scale (beyond the reference year's lowest "
                       "and highest feature)");
  return out;
}

// Class 1 + the number of breaks at or below the aggregate (a NaN break is never reached). With
// the breaks of the reference year this is its quintile class again, as classes grow with the
// aggregate.
MaskedValues classesFromBreaks(const MaskedValues &a, const std::vector<double> &breaks) {
  MaskedValues out(a.size());
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a.isValid(i)) {
      double c = 1.0;
      for (double b : breaks)
        c += b <= a.values[i] ? 1.0 : 0.0;
      out.set(i, c);
    }
  return out;
}

} // namespace

std::string domainScoreField(const std::string &domain) {
  std::string name = "score_";
  for (unsigned char c : domain)
    name += std::isalnum(c) && c < 128 ? static_cast<char>(std::tolower(c)) : '_';
  return name;
}

namespace {

// A baseline must describe the spec it is applied with, indicator by indicator.
void checkBaselineSpec(const CompositeSpec &spec, const CompositeBaseline *baseline) {
  if (!baseline)
    return;
  bool same = baseline->indicators.size() == spec.indicators.size();
  for (std::size_t k = 0; same && k < spec.indicators.size(); ++k)
    same = baseline->indicators[k].field == spec.indicators[k].field;
  if (!same)
    throw std::invalid_argument("composite index: the baseline was made for another spec");
}

// Values that take part but lie outside the baseline's range: counted and reported, not clipped.
void reportOutsideBaseline(const MaskedValues &column, const std::vector<std::uint8_t> &included,
                           const IndicatorBaseline &reference, const std::vector<std::string> &ids,
                           IndicatorReport &r, std::vector<std::string> &messages) {
  std::vector<std::size_t> outside;
  for (std::size_t i = 0; i < column.size(); ++i) {
    if (!column.isValid(i) || !included[i])
      continue;
    if (column.values[i] < reference.min)
      ++r.belowBaseline;
    else if (column.values[i] > reference.max)
      ++r.aboveBaseline;
    else
      continue;
    outside.push_back(i);
  }
  if (!outside.empty())
    messages.push_back(
        "indicator '" + r.field + "': " + std::to_string(r.belowBaseline) +
        " value(s) below the baseline's minimum " + formatValue(reference.min) + " and " +
        std::to_string(r.aboveBaseline) + " above its maximum " + formatValue(reference.max) +
        " (scored on the baseline's scale, not clipped): " + featureList(ids, outside));
}

} // namespace

PreparedIndicators prepareIndicators(const CompositeInput &input, const CompositeSpec &spec,
                                     const CompositeOptions &options,
                                     const CompositeBaseline *baseline) {
  checkBaselineSpec(spec, baseline);
  validateSpec(spec);
  validateOptions(options);
  requireGoalposts(spec, options.normalisation);

  PreparedIndicators p;
  p.featureIds = input.featureIds;
  auto &messages = p.report.messages;
  p.featureCount = checkedFeatureCount(input, spec);
  for (const auto &ind : spec.indicators) {
    IndicatorReport r;
    r.field = ind.field;
    r.domain = ind.domain;
    if (ind.isRate()) {
      const MaskedValues &num = inputField(input, ind.numerator, ind.field);
      const MaskedValues &den = inputField(input, ind.denominator, ind.field);
      std::vector<std::size_t> bad;
      p.columns.push_back(deriveRate(num, den, ind.per, bad));
      r.rateNulls = bad.size();
      if (!bad.empty())
        messages.push_back(
            "indicator '" + ind.field + "': denominator '" + ind.denominator +
            "' is 0 or NULL for " + std::to_string(bad.size()) +
            " feature(s), the rate is NULL there: " + featureList(input.featureIds, bad));
    } else {
      p.columns.push_back(inputField(input, ind.field, ind.field));
    }
    r.validCount = p.columns.back().validCount();
    r.nullCount = p.featureCount - r.validCount;
    if (r.validCount == 0) {
      r.skipReason = "no valid value";
      messages.push_back("indicator '" + ind.field + "' has no valid value and is skipped");
    }
    p.report.indicators.push_back(r);
  }
  p.included.assign(p.featureCount, 1);
  if (options.missing == MissingPolicy::ExcludeFeature) {
    std::vector<std::size_t> excluded;
    for (std::size_t i = 0; i < p.featureCount; ++i)
      for (std::size_t k = 0; k < p.columns.size(); ++k)
        if (p.report.indicators[k].used() && !p.columns[k].isValid(i)) {
          p.included[i] = 0;
          excluded.push_back(i);
          break;
        }
    p.report.excludedFeatures = excluded.size();
    if (!excluded.empty())
      messages.push_back(std::to_string(excluded.size()) +
                         " feature(s) have a NULL indicator and are excluded: " +
                         featureList(input.featureIds, excluded));
  }
  p.winsorBounds.assign(p.columns.size(), {NAN, NAN});
  for (std::size_t k = 0; k < p.columns.size(); ++k) {
    auto &r = p.report.indicators[k];
    if (!r.used())
      continue;
    r.validCount = 0;
    for (std::size_t i = 0; i < p.featureCount; ++i)
      r.validCount += p.columns[k].isValid(i) && p.included[i];
    // Outside the baseline's range after winsorising: values beyond the winsorising bounds were
    // clipped and are counted as winsorised.
    const auto checkRange = [&] {
      if (baseline && baseline->indicators[k].used())
        reportOutsideBaseline(p.columns[k], p.included, baseline->indicators[k], input.featureIds,
                              r, messages);
    };
    if (!options.winsorise) {
      checkRange();
      continue;
    }
    // A baseline's bounds keep the clipping of the reference year; otherwise this year's quantiles.
    auto &bounds = p.winsorBounds[k];
    bounds = baseline
                 ? std::pair{baseline->indicators[k].winsorLow, baseline->indicators[k].winsorHigh}
                 : winsorBounds(p.columns[k], p.included, options.winsorise->lower,
                                options.winsorise->upper);
    if (std::isnan(bounds.first)) {
      checkRange();
      continue;
    }
    const auto clipped = clipToBounds(p.columns[k], p.included, bounds.first, bounds.second);
    r.winsorisedLow = clipped.low;
    r.winsorisedHigh = clipped.high;
    if (clipped.low + clipped.high > 0)
      messages.push_back("indicator '" + r.field + "': winsorising raised " +
                         std::to_string(clipped.low) + " and lowered " +
                         std::to_string(clipped.high) + " value(s)");
    checkRange();
  }
  return p;
}

namespace {

// Normalises every indicator still in use into res.normalised (NULL columns for skipped ones);
// indicators that cannot be normalised are skipped with their reason. None left: InputError.
void normaliseIndicators(const PreparedIndicators &prepared, const CompositeSpec &spec,
                         const CompositeOptions &options, const CompositeBaseline *baseline,
                         CompositeResult &res) {
  std::string reasons;
  std::size_t skipped = 0;
  for (std::size_t k = 0; k < spec.indicators.size(); ++k) {
    const auto &ind = spec.indicators[k];
    auto &r = res.report.indicators[k];
    if (r.used() && baseline) {
      const IndicatorBaseline &reference = baseline->indicators[k];
      if (reference.used()) {
        res.normalised.push_back(
            applyNormalisation(prepared.columns[k], prepared.included, reference.reference));
        continue;
      }
      r.skipReason = "skipped in the baseline (" + reference.skipReason + ")";
      res.report.messages.push_back("indicator '" + ind.field + "' is skipped: " + r.skipReason);
    } else if (r.used()) {
      std::optional<Goalposts> goalposts;
      if (ind.hasGoalposts())
        goalposts = Goalposts{ind.goalMin, ind.goalMax, options.clampToGoalposts};
      auto column = normalise(prepared.columns[k], prepared.included, options.normalisation,
                              ind.direction == Direction::Negative, goalposts);
      r.skipReason = column.skipReason;
      if (r.used()) {
        res.normalised.push_back(std::move(column.values));
        continue;
      }
      res.report.messages.push_back("indicator '" + ind.field + "' is skipped: " + r.skipReason);
    }
    res.normalised.emplace_back(prepared.featureCount); // all NULL
    ++skipped;
    reasons += (reasons.empty() ? "'" : "; '") + ind.field + "': " + r.skipReason;
  }
  if (skipped == spec.indicators.size())
    throw InputError("no indicator can be used for the composite index (" + reasons + ")");
}

// Which domain each indicator feeds and the weight sums over the usable indicators. Within a
// domain an indicator counts w_k / sum w; a domain counts W_d / sum W over the domains with a
// usable indicator; effectiveWeight (the share of the index) is the product.
struct DomainLayout {
  std::vector<DomainWeight> domains;
  std::vector<std::size_t> domainOf;      // per indicator
  std::vector<double> indicatorWeightSum; // per domain, usable indicators only
};

DomainLayout layoutDomains(const CompositeSpec &spec, CompositeReport &report) {
  DomainLayout layout{usedDomains(spec), {}, {}};
  const auto &domains = layout.domains;
  layout.indicatorWeightSum.assign(domains.size(), 0.0);
  for (std::size_t k = 0; k < spec.indicators.size(); ++k) {
    const auto &ind = spec.indicators[k];
    const auto d = static_cast<std::size_t>(
        std::find_if(domains.begin(), domains.end(),
                     [&](const DomainWeight &dw) { return dw.name == ind.domain; }) -
        domains.begin());
    layout.domainOf.push_back(d);
    if (report.indicators[k].used())
      layout.indicatorWeightSum[d] += ind.weight;
  }
  double domainWeightSum = 0.0;
  for (std::size_t d = 0; d < domains.size(); ++d) {
    if (layout.indicatorWeightSum[d] > 0.0)
      domainWeightSum += domains[d].weight;
    else
      report.messages.push_back("domain '" + domains[d].name +
                                "' has no usable indicator: its score is NULL and it does not "
                                "count in the index");
  }
  for (std::size_t k = 0; k < spec.indicators.size(); ++k)
    if (report.indicators[k].used()) {
      const std::size_t d = layout.domainOf[k];
      report.indicators[k].effectiveWeight = domains[d].weight / domainWeightSum *
                                             spec.indicators[k].weight /
                                             layout.indicatorWeightSum[d];
    }
  return layout;
}

} // namespace

CompositeResult scoreIndicators(const PreparedIndicators &prepared, const CompositeSpec &spec,
                                const CompositeOptions &options,
                                const CompositeBaseline *baseline) {
  checkBaselineSpec(spec, baseline);
  if (spec.indicators.size() != prepared.columns.size())
    throw std::invalid_argument("scoreIndicators: the spec is not the one the indicators were "
                                "prepared with");
  requireGoalposts(spec, options.normalisation);
  const std::size_t n = prepared.featureCount;
  const std::size_t m = spec.indicators.size();
  CompositeResult res;
  res.report = prepared.report;
  auto &report = res.report;
  normaliseIndicators(prepared, spec, options, baseline, res);
  const DomainLayout layout = layoutDomains(spec, report);
  const auto &domains = layout.domains;
  for (const auto &d : domains)
    res.domains.push_back(d.name);

  res.domainScores.assign(domains.size(), MaskedValues(n));
  res.aggregate = MaskedValues(n);
  res.coverage = MaskedValues(n);
  std::vector<std::size_t> below;
  std::vector<WeightedValue> xs;
  std::vector<std::size_t> which;
  for (std::size_t i = 0; i < n; ++i) {
    // Coverage counts the data present before any exclusion, so excluded features show it too.
    double coverage = 0.0;
    for (std::size_t k = 0; k < m; ++k)
      if (report.indicators[k].used() && prepared.columns[k].isValid(i))
        coverage += report.indicators[k].effectiveWeight;
    res.coverage.set(i, coverage);

    for (std::size_t d = 0; d < domains.size(); ++d) {
      xs.clear();
      which.clear();
      for (std::size_t k = 0; k < m; ++k)
        if (layout.domainOf[k] == d && res.normalised[k].isValid(i)) {
          xs.push_back({res.normalised[k].values[i], spec.indicators[k].weight});
          which.push_back(k);
        }
      if (xs.empty())
        continue;
      res.domainScores[d].set(
          i, aggregate(xs, options.withinDomains, options.geometricShift, [&](std::size_t j) {
            return "indicator '" + spec.indicators[which[j]].field + "' normalised with " +
                   normalisationName(options.normalisation) + " at feature " +
                   featureLabel(prepared.featureIds, i);
          }));
    }
    if (!prepared.included[i])
      continue;
    if (options.missing == MissingPolicy::Reweight &&
        coverage < options.minCoverage - kCoverageTolerance) {
      below.push_back(i);
      continue;
    }
    xs.clear();
    which.clear();
    for (std::size_t d = 0; d < domains.size(); ++d)
      if (res.domainScores[d].isValid(i)) {
        xs.push_back({res.domainScores[d].values[i], domains[d].weight});
        which.push_back(d);
      }
    if (xs.empty())
      continue;
    res.aggregate.set(
        i, aggregate(xs, options.acrossDomains, options.geometricShift, [&](std::size_t j) {
          return "the score of domain '" + domains[which[j]].name + "' at feature " +
                 featureLabel(prepared.featureIds, i);
        }));
  }
  report.belowCoverage = below.size();
  if (!below.empty())
    report.messages.push_back(std::to_string(below.size()) +
                              " feature(s) have less than the minimum coverage of " +
                              formatValue(options.minCoverage) +
                              " and get no index: " + featureList(prepared.featureIds, below));

  // Goalposts put every indicator on a fixed 0-100 scale, so the aggregate is kept on it (scores
  // stay comparable between runs and years); otherwise min-max over the features.
  res.rank = minRanks(res.aggregate);
  if (baseline) {
    res.resilience = options.normalisation == NormalisationMethod::Goalposts
                         ? res.aggregate
                         : rescaleToBaseline(res.aggregate, *baseline, report.messages);
    res.resilienceClass = classesFromBreaks(res.aggregate, baseline->classBreaks);
    return res;
  }
  res.resilience = options.normalisation == NormalisationMethod::Goalposts
                       ? res.aggregate
                       : rescaleTo100(res.aggregate, report.messages);
  res.resilienceClass = quintileClasses(res.rank);
  return res;
}

CompositeResult computeCompositeIndex(const CompositeInput &input, const CompositeSpec &spec,
                                      const CompositeOptions &options) {
  return scoreIndicators(prepareIndicators(input, spec, options), spec, options);
}

} // namespace resilience
