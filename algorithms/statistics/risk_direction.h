#pragma once
// Which end of a field is the risk (design: "Risk first"). A resilience score is at risk where it
// is low, a deprivation rate where it is high. The statistics keep their own conventions (ArcGIS
// Gi_Bin: +3 = cluster of high values; GeoDa: High-High); these rules turn them into risk terms,
// so +3 and "Risk cluster" always mean the risky end, whatever the field.
#include "statistics/local_moran.h"

#include <cstdint>
#include <string>

namespace resilience {

enum class RiskEnd : std::uint8_t { High, Low };

// The end of a field written by this project's composite index when none is chosen: its scores
// are "higher = more resilient" (resilience, resilience_class, resilience_smooth, score_<domain>
// and the regional score_mean_w ...), so their risk is low; any other field (a rate, a count, a
// share of households on benefits) is at risk where it is high. Case-insensitive.
RiskEnd defaultRiskEnd(const std::string &field);

// Gi_Bin in risk terms: +3..+1 = risk hot spot at 99/95/90 % confidence, -3..-1 = cold spot of
// the risk (cluster of the favourable end), 0 not significant. For RiskEnd::High it is the bin
// itself; for RiskEnd::Low its negation.
std::int8_t riskBin(std::int8_t giBin, RiskEnd end);

// A LISA cluster in risk terms.
enum class RiskCluster : std::uint8_t {
  NotSignificant = 0,
  Risk = 1,           // risky value among risky neighbours (High-High for High, Low-Low for Low)
  LowRisk = 2,        // favourable value among favourable neighbours
  RiskOutlier = 3,    // risky value among favourable neighbours (High-Low for High)
  LowRiskOutlier = 4, // favourable value among risky neighbours (Low-High for High)
  Undefined = 5       // NULL value or no neighbours
};

RiskCluster riskCluster(LisaCluster cluster, RiskEnd end);

// The stable value written to risk_cluster: "Risk cluster", "Low-risk cluster", "Risk outlier",
// "Low-risk outlier", "Not significant", "Undefined" (styles and counts read these, in any
// language; the translated label is a separate field).
const char *riskClusterCode(RiskCluster cluster);

} // namespace resilience
