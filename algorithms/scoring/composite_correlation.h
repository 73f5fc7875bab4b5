#pragma once
// Correlation report of a composite index (OECD/JRC Handbook 2008, section 4 multivariate
// analysis; COINr get_corr): Pearson's r and Spearman's rho between the normalised indicators
// (direction applied, so a positive r means "point the same way") and with the resilience score.
// Pairwise complete observations; NaN where fewer than 3 pairs or a column is constant.
#include "scoring/composite_index.h"

#include <cstddef>
#include <string>
#include <vector>

namespace resilience {

struct CorrelationReport {
  std::vector<std::string> names; // indicator fields (spec order), then "resilience"
  std::vector<double> pearson;    // names.size() x names.size(), row-major
  std::vector<double> spearman;   // same layout: Pearson's r of average ranks
  std::vector<std::size_t> pairs; // complete pairs behind each entry
  double pearsonAt(std::size_t a, std::size_t b) const { return pearson[a * names.size() + b]; }
  double spearmanAt(std::size_t a, std::size_t b) const { return spearman[a * names.size() + b]; }
};

// Pearson's r over the entries valid in both columns.
double pearsonCorrelation(const MaskedValues &a, const MaskedValues &b,
                          std::size_t *pairs = nullptr);
// Spearman's rho: Pearson's r of the average ranks of the entries valid in both columns.
double spearmanCorrelation(const MaskedValues &a, const MaskedValues &b);

// Skipped indicators keep their row and column, filled with NaN.
CorrelationReport correlateComposite(const CompositeSpec &spec, const CompositeResult &result);

} // namespace resilience
