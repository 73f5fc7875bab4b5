#pragma once
#include "algorithms/neighbourhoodstatisticalgorithm.h"

// resilience:smooth - neighbourhood smoothing: a kernel-weighted mean of a value, or empirical
// Bayes smoothing of a rate (events / population) towards the layer's or the neighbourhood's mean.
class SmoothAlgorithm : public NeighbourhoodStatisticAlgorithm {
public:
  QString name() const override { return QStringLiteral("smooth"); }
  QString displayName() const override;
  QString helpText() const override;
  SmoothAlgorithm *createInstance() const override { return new SmoothAlgorithm(); }
  // Names the field parameter METHOD needs but was left empty, before anything is read.
  bool checkParameterValues(const QVariantMap &parameters, QgsProcessingContext &context,
                            QString *message = nullptr) const override;

protected:
  void initStatisticParameters() override;
  QStringList numericFieldParameters() const override;
  QString outputDescription() const override;
  bool usesWeights(const QVariantMap &parameters, QgsProcessingContext &context) const override;
  std::vector<ResultColumn> compute(const QVariantMap &parameters, QgsProcessingContext &context,
                                    QgsProcessingFeedback *feedback, const FeatureColumns &features,
                                    const WeightsParameters::Built &weights) override;
  QString styleName(const QVariantMap &) const override { return QStringLiteral("neighbourhoods"); }

private:
  // A message naming the field parameter METHOD needs but was left empty; empty when all is set.
  QString missingFieldMessage(const QVariantMap &parameters, QgsProcessingContext &context) const;
};
