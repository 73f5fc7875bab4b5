#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:jointable - joins an indicator table (CBS key figures, survey results) to
// neighbourhood polygons by key, coping with CBS code variants, decimal commas and no-data markers.
class JoinTableAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("jointable"); }
  QString displayName() const override;
  QString helpText() const override;
  JoinTableAlgorithm *createInstance() const override { return new JoinTableAlgorithm(); }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
