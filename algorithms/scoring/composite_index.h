#pragma once
// Composite resilience index: indicators -> (derived rates) -> (winsorising) -> normalisation ->
// aggregation within domains -> aggregation across domains -> 0-100 score, rank, quintile class.
// Follows the OECD/JRC Handbook on Constructing Composite Indicators (2008) and COINr's
// conventions (normalise, then a weighted arithmetic or geometric mean per aggregation level);
// ArcGIS Pro's Calculate Composite Index is the GIS tool users compare against.
// See docs/composite_index.md for every choice and its reason.
#include "common/masked_values.h"
#include "scoring/indicator_spec.h"
#include "scoring/normalisation.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace resilience {

// Weighted arithmetic mean (fully compensatory) or weighted geometric mean (partly compensatory:
// a low value is harder to make up for). Handbook section 6.1-6.2, COINr a_amean / a_gmean.
enum class Aggregation { Arithmetic, Geometric };

enum class MissingPolicy {
  Reweight,      // average over the indicators present; NULL below the minimum coverage
  ExcludeFeature // listwise deletion: a feature with any NULL indicator gets no score at all
};

struct WinsorLimits {
  double lower = 0.05; // quantile (0-1) below which values are raised to it
  double upper = 0.95; // quantile above which values are lowered to it
};

struct CompositeOptions {
  NormalisationMethod normalisation = NormalisationMethod::ZScore;
  bool clampToGoalposts = true; // goalposts normalisation: cap at 0 and 100
  std::optional<WinsorLimits> winsorise;
  Aggregation withinDomains = Aggregation::Arithmetic;
  Aggregation acrossDomains = Aggregation::Arithmetic;
  // The geometric mean needs positive values (COINr stops on <= 0). With a shift s > 0 the
  // shifted geometric mean exp(sum w log(x + s) / sum w) - s is used, which stays on the scale of
  // x; a value with x + s <= 0 is an InputError naming the indicator or domain and the feature.
  double geometricShift = 0.0;
  MissingPolicy missing = MissingPolicy::Reweight;
  double minCoverage = 0.5; // Reweight: share of the index weight that must be present (0-1)
};

// The input table: one column per field named in the spec (indicators, numerators,
// denominators), all with one entry per feature; NULL marked in the mask.
struct CompositeInput {
  std::map<std::string, MaskedValues> fields;
  std::vector<std::string> featureIds; // optional labels for messages (e.g. the primary key)
};

struct IndicatorReport {
  std::string field;
  std::string domain;
  std::string skipReason;         // empty when used; else why the indicator was left out
  std::size_t validCount = 0;     // valid values that entered normalisation
  std::size_t nullCount = 0;      // NULL values (including those from rates)
  std::size_t rateNulls = 0;      // rate NULL because the denominator is 0 or NULL
  std::size_t winsorisedLow = 0;  // values raised to the lower winsorising quantile
  std::size_t winsorisedHigh = 0; // values lowered to the upper winsorising quantile
  double effectiveWeight = 0.0;   // share of the whole index (domain share x share in domain)
  std::size_t belowBaseline = 0;  // scored on a baseline: values below its minimum (not clipped)
  std::size_t aboveBaseline = 0;  // ... above its maximum
  bool used() const { return skipReason.empty(); }
};

struct CompositeReport {
  std::vector<IndicatorReport> indicators; // spec order
  std::size_t excludedFeatures = 0;        // ExcludeFeature: features with a NULL indicator
  std::size_t belowCoverage = 0;           // Reweight: features under the minimum coverage
  std::vector<std::string> messages;       // what the user should know, naming fields/features
};

struct CompositeResult {
  std::vector<std::string> domains;       // output order; field names via domainScoreField
  std::vector<MaskedValues> domainScores; // score_<domain>, on the normalised scale
  std::vector<MaskedValues> normalised;   // per indicator (spec order), direction applied
  MaskedValues aggregate;                 // across-domain score before rescaling
  MaskedValues resilience;                // 0-100, higher = more resilient
  MaskedValues rank;                      // resilience_rank: 1 = lowest, ties share the lowest
  MaskedValues resilienceClass;           // resilience_class: quintile of the rank, 1-5
  MaskedValues coverage;                  // share of the index weight present, 0-1
  CompositeReport report;
};

// Output field names the plugin writes.
std::string domainScoreField(const std::string &domain); // "score_" + domain in [a-z0-9_]
inline constexpr const char *kResilienceField = "resilience";
inline constexpr const char *kRankField = "resilience_rank";
inline constexpr const char *kClassField = "resilience_class";
inline constexpr const char *kCoverageField = "coverage";

// Indicator columns resolved from the input (rates derived, all-NULL indicators marked,
// listwise exclusion and winsorising applied): the part that does not depend on weights or on the
// normalisation, so uncertainty runs prepare once and score many times.
struct PreparedIndicators {
  std::size_t featureCount = 0;
  std::vector<MaskedValues> columns;   // spec order
  std::vector<std::uint8_t> included;  // 0 = feature excluded (ExcludeFeature)
  std::vector<std::string> featureIds; // copied from the input, may be empty
  // Per indicator the raw values winsorising clipped at (NaN, NaN without winsorising).
  std::vector<std::pair<double, double>> winsorBounds;
  CompositeReport report;
};

struct CompositeBaseline; // scoring/composite_baseline.h

// Throws InputError for a bad spec, a missing field, columns of different lengths, invalid
// options, or goalposts normalisation without goalposts.
// With a baseline (whose spec and options must be the ones given: scoreOnBaseline does that),
// winsorising clips at the baseline's bounds and values outside its range are counted.
PreparedIndicators prepareIndicators(const CompositeInput &input, const CompositeSpec &spec,
                                     const CompositeOptions &options,
                                     const CompositeBaseline *baseline = nullptr);
// Normalises and aggregates prepared columns with the spec's weights. Throws InputError when no
// indicator is usable or a geometric mean meets a value <= 0. With a baseline the normalisation,
// the 0-100 rescaling and the classes use its reference values instead of this run's.
CompositeResult scoreIndicators(const PreparedIndicators &prepared, const CompositeSpec &spec,
                                const CompositeOptions &options,
                                const CompositeBaseline *baseline = nullptr);
// prepareIndicators followed by scoreIndicators.
CompositeResult computeCompositeIndex(const CompositeInput &input, const CompositeSpec &spec,
                                      const CompositeOptions &options);

} // namespace resilience
