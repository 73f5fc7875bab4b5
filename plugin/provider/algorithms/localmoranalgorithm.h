#pragma once
#include "algorithms/neighbourhoodstatisticalgorithm.h"
#include "statistics/risk_direction.h"

// resilience:localmoran - local Moran's I (LISA) clusters and outliers with analytical and
// permutation inference.
class LocalMoranAlgorithm : public NeighbourhoodStatisticAlgorithm {
public:
  QString name() const override { return QStringLiteral("localmoran"); }
  QString displayName() const override;
  QString helpText() const override;
  LocalMoranAlgorithm *createInstance() const override { return new LocalMoranAlgorithm(); }

protected:
  void initStatisticParameters() override;
  QStringList numericFieldParameters() const override {
    return {QStringLiteral("FIELD"), QStringLiteral("POPULATION"), QStringLiteral("FIELD_LAG")};
  }
  QString outputDescription() const override;
  std::vector<ResultColumn> compute(const QVariantMap &parameters, QgsProcessingContext &context,
                                    QgsProcessingFeedback *feedback, const FeatureColumns &features,
                                    const WeightsParameters::Built &weights) override;
  // risk_clusters_high or risk_clusters_low: risk clusters red, whichever end RISK names.
  QString styleName(const QVariantMap &parameters) const override;
  QString legendField(const QVariantMap &parameters) const override;

private:
  // Resolved by compute (FIELD may come from a model input, RISK may be auto); the style follows.
  QString mField;
  resilience::RiskEnd mRiskEnd = resilience::RiskEnd::High;
};
