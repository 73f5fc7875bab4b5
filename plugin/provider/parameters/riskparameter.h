#pragma once
// RISK: which end of FIELD is the risk (auto | high | low), declared and read in one place for
// the hot spot and cluster algorithms (design: "Risk first"). The risk fields they write
// (risk_bin, risk_class, risk_cluster, risk_cluster_class) and their styles follow it; gi_bin and
// lisa_cluster keep their own conventions.
#include "statistics/risk_direction.h"

#include <QString>
#include <QVariantMap>

class QgsProcessingAlgorithm;
class QgsProcessingFeedback;
class QgsProcessingParameterDefinition;

namespace RiskParameter {

QgsProcessingParameterDefinition *definition();
QString helpText();

// The end chosen for the values of `field`; auto resolves with resilience::defaultRiskEnd. With a
// feedback, the choice is reported ("RISK: low values of resilience are the risk (auto: ...)").
resilience::RiskEnd read(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                         const QString &field, QgsProcessingFeedback *feedback = nullptr);

// "low" or "high": the suffix of the risk styles (risk_bins_low, risk_clusters_high).
QString endName(resilience::RiskEnd end);

} // namespace RiskParameter
