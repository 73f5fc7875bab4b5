#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:aggregate - neighbourhood results summarised per region (wijk, gemeente, regio,
// provincie): population-weighted mean score, min/max, share of population in the lowest class,
// number of hot-spot neighbourhoods.
class AggregateAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("aggregate"); }
  QString displayName() const override;
  QString helpText() const override;
  AggregateAlgorithm *createInstance() const override { return new AggregateAlgorithm(); }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
