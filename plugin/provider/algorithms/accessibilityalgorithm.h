#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:accessibility - how well each neighbourhood reaches facilities (GPs, schools,
// supermarkets): nearest distance, count within a catchment, a gravity potential and the
// two-step floating catchment ratio (2SFCA) of capacity to the population around it.
class AccessibilityAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("accessibility"); }
  QString displayName() const override;
  QString helpText() const override;
  AccessibilityAlgorithm *createInstance() const override { return new AccessibilityAlgorithm(); }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
