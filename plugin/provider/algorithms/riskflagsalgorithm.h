#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:riskflags - stacked risks counted as the CDC/ATSDR Social Vulnerability Index counts
// them: percentile rank per indicator, a flag at the 90th percentile, rank sums per domain
// (theme) and overall, and the number of flags per neighbourhood (none, 1, 2, 3 or more).
class RiskFlagsAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("riskflags"); }
  QString displayName() const override;
  QString helpText() const override;
  RiskFlagsAlgorithm *createInstance() const override { return new RiskFlagsAlgorithm(); }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
