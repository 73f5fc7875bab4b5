#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:globalmoran - global Moran's I of one field over spatial weights: the moments and p
// under normality and randomisation (spdep moran.test), a permutation pseudo p, a Moran
// scatterplot image and a report. No feature output: the results are numbers.
class GlobalMoranAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("globalmoran"); }
  QString displayName() const override;
  QString helpText() const override;
  GlobalMoranAlgorithm *createInstance() const override { return new GlobalMoranAlgorithm(); }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
