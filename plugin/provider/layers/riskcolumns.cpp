#include "layers/riskcolumns.h"

#include <array>
#include <string>

using resilience::LisaCluster;
using resilience::RiskCluster;
using resilience::RiskEnd;

namespace {

bool isDutch(const QString &language) {
  return language == QLatin1String("nl");
}

const char *riskBinText(std::int8_t riskBin, bool dutch) {
  static const std::array<const char *, 7> english = {
      "Risk cold spot (99 %)", "Risk cold spot (95 %)", "Risk cold spot (90 %)", "Not significant",
      "Risk hot spot (90 %)",  "Risk hot spot (95 %)",  "Risk hot spot (99 %)"};
  static const std::array<const char *, 7> nederlands = {
      "Gunstig gebied (99 %)", "Gunstig gebied (95 %)", "Gunstig gebied (90 %)", "Niet significant",
      "Risicogebied (90 %)",   "Risicogebied (95 %)",   "Risicogebied (99 %)"};
  const auto index = static_cast<std::size_t>(riskBin + 3);
  return dutch ? nederlands.at(index) : english.at(index);
}

const char *quadrantName(LisaCluster cluster, bool dutch) {
  switch (cluster) {
  case LisaCluster::HighHigh:
    return dutch ? "Hoog-Hoog" : "High-High";
  case LisaCluster::LowLow:
    return dutch ? "Laag-Laag" : "Low-Low";
  case LisaCluster::HighLow:
    return dutch ? "Hoog-Laag" : "High-Low";
  case LisaCluster::LowHigh:
    return dutch ? "Laag-Hoog" : "Low-High";
  default:
    return "";
  }
}

std::string riskClusterText(LisaCluster cluster, RiskEnd end, bool dutch) {
  switch (resilience::riskCluster(cluster, end)) {
  case RiskCluster::Risk:
    return std::string(dutch ? "Risicocluster" : "Risk cluster") + " (" +
           quadrantName(cluster, dutch) + ")";
  case RiskCluster::LowRisk:
    return std::string(dutch ? "Gunstig cluster" : "Low-risk cluster") + " (" +
           quadrantName(cluster, dutch) + ")";
  case RiskCluster::RiskOutlier:
    return std::string(dutch ? "Risico-uitschieter" : "Risk outlier") + " (" +
           quadrantName(cluster, dutch) + ")";
  case RiskCluster::LowRiskOutlier:
    return std::string(dutch ? "Gunstige uitschieter" : "Low-risk outlier") + " (" +
           quadrantName(cluster, dutch) + ")";
  case RiskCluster::Undefined:
    return dutch ? "Ongedefinieerd" : "Undefined";
  case RiskCluster::NotSignificant:
    break;
  }
  return dutch ? "Niet significant" : "Not significant";
}

} // namespace

std::vector<ResultColumn> riskBinColumns(const std::vector<std::int8_t> &giBins,
                                         const std::vector<resilience::NullReason> &reason,
                                         RiskEnd end, const QString &language) {
  const bool dutch = isDutch(language);
  ResultColumn bin{QgsField(QStringLiteral("risk_bin"), QVariant::Int), {}, {}};
  bin.values.reserve(giBins.size());
  for (std::size_t i = 0; i < giBins.size(); ++i)
    bin.values.push_back(reason[i] == resilience::NullReason::None
                             ? QVariant(static_cast<int>(resilience::riskBin(giBins[i], end)))
                             : QVariant(QVariant::Int));
  std::vector<ResultColumn> columns;
  columns.push_back(std::move(bin));
  columns.push_back(ResultColumn::labels(QStringLiteral("risk_class"), giBins.size(), [&](auto i) {
    if (reason[i] != resilience::NullReason::None)
      return dutch ? "Ongedefinieerd" : "Undefined";
    return riskBinText(resilience::riskBin(giBins[i], end), dutch);
  }));
  return columns;
}

std::vector<ResultColumn> riskClusterColumns(const std::vector<LisaCluster> &clusters, RiskEnd end,
                                             const QString &language) {
  const bool dutch = isDutch(language);
  std::vector<ResultColumn> columns;
  columns.push_back(
      ResultColumn::labels(QStringLiteral("risk_cluster"), clusters.size(), [&](auto i) {
        return resilience::riskClusterCode(resilience::riskCluster(clusters[i], end));
      }));
  // Six texts at most: made once, shared by the features.
  std::array<std::string, 6> texts;
  for (std::size_t c = 0; c < texts.size(); ++c)
    texts[c] = riskClusterText(static_cast<LisaCluster>(c), end, dutch);
  columns.push_back(
      ResultColumn::labels(QStringLiteral("risk_cluster_class"), clusters.size(), [&](auto i) {
        return texts.at(static_cast<std::size_t>(clusters[i])).c_str();
      }));
  return columns;
}
