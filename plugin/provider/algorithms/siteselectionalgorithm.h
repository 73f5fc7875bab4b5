#pragma once
#include "algorithms/resiliencealgorithm.h"

// resilience:siteselection - which K candidate places (pilot sites, library service points) to
// choose so that, with the sites that already exist, they reach the most people at risk: maximal
// covering (Church & ReVelle 1974) or p-median (Hakimi 1964), solved exactly with GLPK within a
// time limit, from a greedy + swap start.
class SiteSelectionAlgorithm : public ResilienceAlgorithm {
public:
  QString name() const override { return QStringLiteral("siteselection"); }
  QString displayName() const override;
  QString helpText() const override;
  SiteSelectionAlgorithm *createInstance() const override { return new SiteSelectionAlgorithm(); }
  void initAlgorithm(const QVariantMap &configuration = QVariantMap()) override;

protected:
  QVariantMap execute(const QVariantMap &parameters, QgsProcessingContext &context,
                      QgsProcessingFeedback *feedback) override;
};
