#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:harmonise - re-apportions values from one boundary vintage to another (areal
// interpolation, or a crosswalk table of shares between boundary years).
class HarmoniseAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("harmonise"); }
  QString displayName() const override;
  QString helpText() const override;
  HarmoniseAlgorithm *createInstance() const override { return new HarmoniseAlgorithm(); }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
