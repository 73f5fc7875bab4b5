#include "statistics/empirical_bayes.h"

#include "common/input_error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace resilience {

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// Raw rates with their validity, and why the invalid ones are invalid.
struct Rates {
  MaskedValues raw;
  std::vector<NullReason> reason;
  std::size_t nullValues = 0, nonPositivePopulation = 0;
};

Rates rates(const MaskedValues &events, const MaskedValues &population, const RateNames &names) {
  const std::size_t n = events.size();
  if (population.size() != n)
    throw InputError("'" + names.events + "' has " + std::to_string(n) + " values but '" +
                     names.population + "' has " + std::to_string(population.size()));
  Rates r;
  r.raw = MaskedValues(n);
  r.reason.assign(n, NullReason::None);
  for (std::size_t i = 0; i < n; ++i) {
    if (!events.isValid(i) || !population.isValid(i)) {
      r.reason[i] = NullReason::NullValue;
      ++r.nullValues;
    } else if (events.values[i] < 0.0) {
      throw InputError("'" + names.events + "' is negative (" + std::to_string(events.values[i]) +
                       ") at " + featureAtPosition(i) + ": events must be counts");
    } else if (population.values[i] <= 0.0) {
      r.reason[i] = NullReason::NonPositivePopulation;
      ++r.nonPositivePopulation;
    } else {
      r.raw.set(i, events.values[i] / population.values[i]);
    }
  }
  if (r.raw.validCount() == 0)
    throw InputError("no feature has a valid '" + names.events + "' and a positive '" +
                     names.population + "'");
  return r;
}

NullSummary summaryOf(const Rates &r, std::size_t islands) {
  NullSummary s;
  s.features = r.reason.size();
  s.nullValues = r.nullValues;
  s.nonPositivePopulation = r.nonPositivePopulation;
  s.islands = islands;
  s.computed = s.features - s.nullValues - s.nonPositivePopulation - islands;
  return s;
}

// Shrinks a raw rate towards the prior mean m with prior variance a (Marshall 1991, Poisson):
// m + (p - m) a / (a + m / population). With a = 0 and m = 0 the weight is 0/0; the estimate
// is then the prior mean.
double shrink(double p, double m, double a, double population) {
  const double denominator = a + m / population;
  return denominator > 0.0 ? m + (p - m) * (a / denominator) : m;
}

} // namespace

GlobalEbResult empiricalBayesGlobal(const MaskedValues &events, const MaskedValues &population,
                                    EbFamily family, const RateNames &names) {
  const Rates r = rates(events, population, names);
  const std::size_t n = events.size();
  double eventSum = 0.0, populationSum = 0.0, count = 0.0;
  for (std::size_t i = 0; i < n; ++i)
    if (r.raw.isValid(i)) {
      eventSum += events.values[i];
      populationSum += population.values[i];
      count += 1.0;
    }
  GlobalEbResult res;
  res.b = eventSum / populationSum;
  double s2 = 0.0; // population-weighted variance of the raw rates around b
  for (std::size_t i = 0; i < n; ++i)
    if (r.raw.isValid(i)) {
      const double d = r.raw.values[i] - res.b;
      s2 += population.values[i] * (d * d / populationSum);
    }
  const double meanPopulation = populationSum / count;
  res.raw.assign(n, kNan);
  res.rate.assign(n, kNan);
  if (family == EbFamily::Poisson)
    res.a = std::max(0.0, s2 - res.b / meanPopulation);
  else
    res.a = s2; // spdep reports s2 as "a" for the binomial family
  const double bb = res.b * (1.0 - res.b);
  for (std::size_t i = 0; i < n; ++i) {
    if (!r.raw.isValid(i))
      continue;
    const double p = r.raw.values[i], x = population.values[i];
    res.raw[i] = p;
    if (family == EbFamily::Poisson) {
      res.rate[i] = shrink(p, res.b, res.a, x);
    } else {
      // spdep EBest binomial: rho = (x s2 - (x / xbar) b(1-b)) / ((x - 1) s2 + ((xbar - x) / xbar)
      // b(1-b)), est = rho p + (1 - rho) b.
      const double rho = (x * s2 - (x / meanPopulation) * bb) /
                         ((x - 1.0) * s2 + ((meanPopulation - x) / meanPopulation) * bb);
      res.rate[i] = rho * p + (1.0 - rho) * res.b;
    }
  }
  res.reason = r.reason;
  res.summary = summaryOf(r, 0);
  return res;
}

LocalEbResult empiricalBayesLocal(const MaskedValues &events, const MaskedValues &population,
                                  const SpatialWeights &weights, LocalEbVariance variance,
                                  const RateNames &names) {
  const Rates r = rates(events, population, names);
  SubsetOptions subsetOptions;
  subsetOptions.rowStandardise = false;
  subsetOptions.self = SelfLink::Include;
  subsetOptions.binary = true;
  const ValidSubset s = makeValidSubset(r.raw, weights, subsetOptions, names.events);
  const std::size_t n = s.size();
  const SpatialWeights &w = s.weights;
  std::vector<double> e(n), x(n);
  for (std::size_t k = 0; k < n; ++k) {
    e[k] = events.values[s.feature[k]];
    x[k] = population.values[s.feature[k]];
  }
  // spdep EBlocal: r.i, n.i = neighbourhood sums (self included), m.i = r.i / n.i,
  // nbar.i = n.i / neighbourhood size.
  std::vector<double> m(n), nSum(n), nBar(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t *nb = w.neighboursBegin(i);
    double rs = 0.0, ns = 0.0;
    for (std::size_t k = 0; k < w.neighbourCount(i); ++k) {
      rs += e[nb[k]];
      ns += x[nb[k]];
    }
    m[i] = rs / ns;
    nSum[i] = ns;
    nBar[i] = ns / static_cast<double>(w.neighbourCount(i));
  }
  std::vector<double> a(n, kNan), est(n, kNan);
  for (std::size_t i = 0; i < n; ++i) {
    if (s.island[i])
      continue;
    const std::uint32_t *nb = w.neighboursBegin(i);
    double c = 0.0;
    for (std::size_t k = 0; k < w.neighbourCount(i); ++k) {
      const std::uint32_t j = nb[k];
      const double d = s.values[j] - (variance == LocalEbVariance::Spdep ? m[j] : m[i]);
      c += x[j] * d * d;
    }
    a[i] = std::max(0.0, c / nSum[i] - m[i] / nBar[i]);
    est[i] = shrink(s.values[i], m[i], a[i], x[i]);
  }
  std::vector<double> mShown = m;
  for (std::size_t i = 0; i < n; ++i)
    if (s.island[i])
      mShown[i] = kNan;

  LocalEbResult res;
  const std::size_t total = events.size();
  res.raw = toInputOrder(s, s.values, total);
  res.rate = toInputOrder(s, std::move(est), total);
  res.a = toInputOrder(s, std::move(a), total);
  res.m = toInputOrder(s, std::move(mShown), total);
  res.reason = r.reason;
  for (std::size_t i = 0; i < n; ++i)
    if (s.island[i])
      res.reason[s.feature[i]] = NullReason::Island;
  res.summary = summaryOf(r, s.summary.islands);
  return res;
}

EbStandardisedRates empiricalBayesStandardised(const MaskedValues &events,
                                               const MaskedValues &population,
                                               const RateNames &names) {
  const GlobalEbResult prior = empiricalBayesGlobal(events, population, EbFamily::Poisson, names);
  if (!(prior.b > 0.0))
    throw InputError("'" + names.events +
                     "' is 0 at every feature: rates without events cannot be standardised");
  EbStandardisedRates out;
  out.a = prior.a;
  out.b = prior.b;
  out.z.assign(events.size(), kNan);
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (prior.reason[i] != NullReason::None)
      continue;
    const double x = population.values[i];
    double v = prior.a + prior.b / x;
    if (v < 0.0)
      v = prior.b / x;
    out.z[i] = (prior.raw[i] - prior.b) / std::sqrt(v);
  }
  out.reason = prior.reason;
  out.summary = prior.summary;
  return out;
}

} // namespace resilience
