#include "scoring/composite_correlation.h"

#include "common/parallel_ranges.h"
#include "scoring/normalisation.h"

#include <cmath>
#include <limits>
#include <utility>

namespace resilience {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The two columns restricted to entries valid in both.
std::pair<MaskedValues, MaskedValues> completePairs(const MaskedValues &a, const MaskedValues &b) {
  std::vector<double> x, y;
  x.reserve(a.size());
  y.reserve(a.size());
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a.isValid(i) && b.isValid(i)) {
      x.push_back(a.values[i]);
      y.push_back(b.values[i]);
    }
  return {MaskedValues::fromDoubles(x), MaskedValues::fromDoubles(y)};
}

} // namespace

double pearsonCorrelation(const MaskedValues &a, const MaskedValues &b, std::size_t *pairs) {
  const auto [x, y] = completePairs(a, b);
  const std::size_t n = x.size();
  if (pairs)
    *pairs = n;
  if (n < 3)
    return kNaN;
  double mx = 0.0, my = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    mx += x.values[i];
    my += y.values[i];
  }
  mx /= static_cast<double>(n);
  my /= static_cast<double>(n);
  double sxy = 0.0, sxx = 0.0, syy = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double dx = x.values[i] - mx, dy = y.values[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0.0 && syy > 0.0 ? sxy / std::sqrt(sxx * syy) : kNaN;
}

double spearmanCorrelation(const MaskedValues &a, const MaskedValues &b) {
  const auto [x, y] = completePairs(a, b);
  return pearsonCorrelation(averageRanks(x), averageRanks(y));
}

namespace {

// A column with its values in ascending order and their ranks.
struct RankedColumn {
  const MaskedValues *values = nullptr;
  std::vector<std::pair<double, std::size_t>> ascending;
  MaskedValues ranks;
};

// Spearman's rho reusing each column's ranks when no entry is lost to the other column's NULLs
// (the common case), re-ranking the complete pairs otherwise: from each column's sorted order, as
// spearmanCorrelation would rank them (a column of a million with NULLs costs a sort less).
double spearmanWithRanks(const RankedColumn &a, const RankedColumn &b, std::size_t pairs) {
  if (pairs == a.values->validCount() && pairs == b.values->validCount())
    return pearsonCorrelation(a.ranks, b.ranks);
  const std::size_t size = a.values->size();
  return pearsonCorrelation(averageRanksWhereValid(a.ascending, size, *b.values),
                            averageRanksWhereValid(b.ascending, size, *a.values));
}

} // namespace

CorrelationReport correlateComposite(const CompositeSpec &spec, const CompositeResult &result) {
  CorrelationReport report;
  std::vector<const MaskedValues *> columns;
  for (std::size_t k = 0; k < spec.indicators.size(); ++k) {
    report.names.push_back(spec.indicators[k].field);
    columns.push_back(&result.normalised[k]);
  }
  report.names.push_back(kResilienceField);
  columns.push_back(&result.resilience);
  const std::size_t m = columns.size();
  // Ranking a million values and re-ranking pairs with NULLs take seconds: columns and pairs are
  // shared out over the threads (each result is computed once, so the report does not depend on
  // their number).
  std::vector<RankedColumn> ranked(m);
  forEachChunk(m, costlyItemThreads(0, m), [&](unsigned, std::size_t begin, std::size_t end) {
    for (std::size_t c = begin; c < end; ++c) {
      ranked[c].values = columns[c];
      ranked[c].ascending = ascendingEntries(*columns[c]);
      ranked[c].ranks =
          averageRanksWhereValid(ranked[c].ascending, columns[c]->size(), *columns[c]);
    }
  });
  report.pearson.assign(m * m, kNaN);
  report.spearman.assign(m * m, kNaN);
  report.pairs.assign(m * m, 0);
  std::vector<std::pair<std::size_t, std::size_t>> pairsToDo;
  for (std::size_t a = 0; a < m; ++a)
    for (std::size_t b = a; b < m; ++b)
      pairsToDo.emplace_back(a, b);
  forEachChunk(pairsToDo.size(), costlyItemThreads(0, pairsToDo.size()),
               [&](unsigned, std::size_t begin, std::size_t end) {
                 for (std::size_t k = begin; k < end; ++k) {
                   const auto [a, b] = pairsToDo[k];
                   std::size_t pairs = 0;
                   const double r = pearsonCorrelation(*columns[a], *columns[b], &pairs);
                   const double rho = spearmanWithRanks(ranked[a], ranked[b], pairs);
                   for (const std::size_t at : {a * m + b, b * m + a}) {
                     report.pearson[at] = r;
                     report.spearman[at] = rho;
                     report.pairs[at] = pairs;
                   }
                 }
               });
  return report;
}

} // namespace resilience
