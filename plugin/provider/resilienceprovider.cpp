#include "resilienceprovider.h"

#include "algorithms/accessibilityalgorithm.h"
#include "algorithms/aggregatealgorithm.h"
#include "algorithms/changealgorithm.h"
#include "algorithms/compositeindexalgorithm.h"
#include "algorithms/emerginghotspotsalgorithm.h"
#include "algorithms/globalmoranalgorithm.h"
#include "algorithms/harmonisealgorithm.h"
#include "algorithms/hotspotsalgorithm.h"
#include "algorithms/jointablealgorithm.h"
#include "algorithms/lisamarkovalgorithm.h"
#include "algorithms/localgearyalgorithm.h"
#include "algorithms/localmoranalgorithm.h"
#include "algorithms/pipelinealgorithm.h"
#include "algorithms/printmapsalgorithm.h"
#include "algorithms/riskflagsalgorithm.h"
#include "algorithms/siteselectionalgorithm.h"
#include "algorithms/smoothalgorithm.h"
#include "algorithms/weightsalgorithm.h"
#include "resilience_metadata.h"
#include "resourcepaths.h"

#include <QIcon>

QString ResilienceProvider::name() const {
  return QStringLiteral(RESILIENCE_NAME);
}

QString ResilienceProvider::longName() const {
  return QStringLiteral("%1 %2").arg(QStringLiteral(RESILIENCE_NAME), versionInfo());
}

QString ResilienceProvider::versionInfo() const {
  return QStringLiteral(RESILIENCE_VERSION);
}

QIcon ResilienceProvider::icon() const {
  return QIcon(svgIconPath());
}

QString ResilienceProvider::svgIconPath() const {
  return resiliencePluginIconPath();
}

void ResilienceProvider::loadAlgorithms() {
  addAlgorithm(new JoinTableAlgorithm());
  addAlgorithm(new CompositeIndexAlgorithm());
  addAlgorithm(new RiskFlagsAlgorithm());
  addAlgorithm(new WeightsAlgorithm());
  addAlgorithm(new HotspotsAlgorithm());
  addAlgorithm(new LocalMoranAlgorithm());
  addAlgorithm(new LocalGearyAlgorithm());
  addAlgorithm(new GlobalMoranAlgorithm());
  addAlgorithm(new SmoothAlgorithm());
  addAlgorithm(new PipelineAlgorithm());
  addAlgorithm(new AccessibilityAlgorithm());
  addAlgorithm(new SiteSelectionAlgorithm());
  addAlgorithm(new AggregateAlgorithm());
  addAlgorithm(new PrintMapsAlgorithm());
  addAlgorithm(new ChangeAlgorithm());
  addAlgorithm(new EmergingHotspotsAlgorithm());
  addAlgorithm(new LisaMarkovAlgorithm());
  addAlgorithm(new HarmoniseAlgorithm());
}
