#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:change - change between two years' scores on one scale (a composite index scored on
// a shared baseline): change, change_pct, ranks and rank change, and change_class from clearly
// worse to clearly better, judged against the uncertainty bounds of both scores.
class ChangeAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("change"); }
  QString displayName() const override;
  QString helpText() const override;
  ChangeAlgorithm *createInstance() const override { return new ChangeAlgorithm(); }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
