#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:weights - builds spatial weights from a layer and writes them as a GAL or GWT file
// that GeoDa, PySAL and spdep read, with a connectivity report.
class WeightsAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("weights"); }
  QString displayName() const override;
  QString helpText() const override;
  WeightsAlgorithm *createInstance() const override { return new WeightsAlgorithm(); }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
