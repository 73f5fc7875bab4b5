#include "statistics/risk_direction.h"

#include <algorithm>
#include <cctype>

namespace resilience {

namespace {

std::string lowered(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool startsWith(const std::string &text, const std::string &prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

RiskEnd defaultRiskEnd(const std::string &field) {
  const std::string name = lowered(field);
  return startsWith(name, "resilience") || startsWith(name, "score_") ? RiskEnd::Low
                                                                      : RiskEnd::High;
}

std::int8_t riskBin(std::int8_t giBin, RiskEnd end) {
  return end == RiskEnd::High ? giBin : static_cast<std::int8_t>(-giBin);
}

RiskCluster riskCluster(LisaCluster cluster, RiskEnd end) {
  const bool high = end == RiskEnd::High;
  switch (cluster) {
  case LisaCluster::HighHigh:
    return high ? RiskCluster::Risk : RiskCluster::LowRisk;
  case LisaCluster::LowLow:
    return high ? RiskCluster::LowRisk : RiskCluster::Risk;
  case LisaCluster::HighLow:
    return high ? RiskCluster::RiskOutlier : RiskCluster::LowRiskOutlier;
  case LisaCluster::LowHigh:
    return high ? RiskCluster::LowRiskOutlier : RiskCluster::RiskOutlier;
  case LisaCluster::Undefined:
    return RiskCluster::Undefined;
  case LisaCluster::NotSignificant:
    break;
  }
  return RiskCluster::NotSignificant;
}

const char *riskClusterCode(RiskCluster cluster) {
  switch (cluster) {
  case RiskCluster::Risk:
    return "Risk cluster";
  case RiskCluster::LowRisk:
    return "Low-risk cluster";
  case RiskCluster::RiskOutlier:
    return "Risk outlier";
  case RiskCluster::LowRiskOutlier:
    return "Low-risk outlier";
  case RiskCluster::Undefined:
    return "Undefined";
  case RiskCluster::NotSignificant:
    break;
  }
  return "Not significant";
}

} // namespace resilience
