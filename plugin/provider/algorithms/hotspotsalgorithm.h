#pragma once
#include "algorithms/neighbourhoodstatisticalgorithm.h"
#include "statistics/risk_direction.h"

// resilience:hotspots - Getis-Ord Gi* (or Gi) hot and cold spots, binned as ArcGIS does.
class HotspotsAlgorithm : public NeighbourhoodStatisticAlgorithm {
public:
  QString name() const override { return QStringLiteral("hotspots"); }
  QString displayName() const override;
  QString helpText() const override;
  HotspotsAlgorithm *createInstance() const override { return new HotspotsAlgorithm(); }

protected:
  void initStatisticParameters() override;
  QStringList numericFieldParameters() const override { return {QStringLiteral("FIELD")}; }
  QString outputDescription() const override;
  std::vector<ResultColumn> compute(const QVariantMap &parameters, QgsProcessingContext &context,
                                    QgsProcessingFeedback *feedback, const FeatureColumns &features,
                                    const WeightsParameters::Built &weights) override;
  // risk_bins_high or risk_bins_low: risk hot spots red, whichever end RISK names.
  QString styleName(const QVariantMap &parameters) const override;
  QString legendField(const QVariantMap &parameters) const override;

private:
  // Resolved by compute (FIELD may come from a model input, RISK may be auto); the style follows.
  QString mField;
  resilience::RiskEnd mRiskEnd = resilience::RiskEnd::High;
};
