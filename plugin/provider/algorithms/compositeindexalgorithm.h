#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:compositeindex - combines indicators (per domain: personal, social, environmental
// resources) into one resilience score per neighbourhood: normalisation, weighting, aggregation,
// 0-100 score, rank, quintile class, coverage, optional rank uncertainty and correlation report.
class CompositeIndexAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("compositeindex"); }
  QString displayName() const override;
  QString helpText() const override;
  CompositeIndexAlgorithm *createInstance() const override { return new CompositeIndexAlgorithm(); }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
