#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:lisamarkov - how neighbourhoods move between the quadrants of the Moran scatterplot
// from period to period (PySAL giddy LISA_Markov): transition counts and probabilities, the steady
// state, each feature's path, and the spatial Markov chain (Rey 2001).
class LisaMarkovAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("lisamarkov"); }
  QString displayName() const override;
  QString helpText() const override;
  LisaMarkovAlgorithm *createInstance() const override { return new LisaMarkovAlgorithm(); }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
