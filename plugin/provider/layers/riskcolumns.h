#pragma once
// The risk fields of the hot spot and cluster algorithms, in the language of LANGUAGE:
// risk_bin / risk_class from Gi_Bin, risk_cluster / risk_cluster_class from LISA clusters (the
// rules are the core's, statistics/risk_direction.h; only the texts are chosen here).
#include "layers/resultcolumn.h"
#include "statistics/local_moran.h"
#include "statistics/risk_direction.h"
#include "statistics/valid_subset.h"

#include <QString>

#include <cstdint>
#include <vector>

// risk_bin: -3..3, +3 = risk hot spot at 99 % confidence (NULL where the statistic is NULL);
// risk_class: "Risk hot spot (99 %)" / "Risicogebied (99 %)", ..., "Undefined" / "Ongedefinieerd".
std::vector<ResultColumn> riskBinColumns(const std::vector<std::int8_t> &giBins,
                                         const std::vector<resilience::NullReason> &reason,
                                         resilience::RiskEnd end, const QString &language);

// risk_cluster: the stable code (resilience::riskClusterCode, "Risk cluster", ...), read by the
// styles; risk_cluster_class: the label naming the quadrant, "Risk cluster (Low-Low)" /
// "Risicocluster (Laag-Laag)".
std::vector<ResultColumn> riskClusterColumns(const std::vector<resilience::LisaCluster> &clusters,
                                             resilience::RiskEnd end, const QString &language);
