#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:emerginghotspots - ArcGIS's Emerging Hot Spot Analysis on polygons with one value per
// period: space-time Gi*, a Mann-Kendall trend of each feature's z series and the 17 categories
// (new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating, historical hot
// and cold spots, no pattern), with the space-time cube as an optional long table.
class EmergingHotspotsAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("emerginghotspots"); }
  QString displayName() const override;
  QString helpText() const override;
  EmergingHotspotsAlgorithm *createInstance() const override {
    return new EmergingHotspotsAlgorithm();
  }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
