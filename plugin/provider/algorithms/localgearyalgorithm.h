#pragma once
#include "algorithms/neighbourhoodstatisticalgorithm.h"

// resilience:localgeary - local Geary's c for one or several variables (Anselin 2019): where
// neighbourhoods resemble their neighbours on all the variables at once, with permutation
// inference and GeoDa's local Geary clusters.
class LocalGearyAlgorithm : public NeighbourhoodStatisticAlgorithm {
public:
  QString name() const override { return QStringLiteral("localgeary"); }
  QString displayName() const override;
  QString helpText() const override;
  LocalGearyAlgorithm *createInstance() const override { return new LocalGearyAlgorithm(); }

protected:
  void initStatisticParameters() override;
  QStringList numericFieldParameters() const override { return {QStringLiteral("FIELDS")}; }
  void numericFields(const QVariantMap &parameters, QgsProcessingContext &context,
                     QStringList &fields, QStringList &fieldParameters) const override;
  QString outputDescription() const override;
  std::vector<ResultColumn> compute(const QVariantMap &parameters, QgsProcessingContext &context,
                                    QgsProcessingFeedback *feedback, const FeatureColumns &features,
                                    const WeightsParameters::Built &weights) override;
  QString styleName(const QVariantMap &) const override {
    return QStringLiteral("local_geary_clusters");
  }
};
