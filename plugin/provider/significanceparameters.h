#pragma once
// Inference options shared by the hotspot and cluster statistics: PERMUTATIONS, SEED,
// CORRECTION (none | fdr | bonferroni) and SIGNIFICANCE, declared and read in one place.
#include "multiple_testing.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <cstdint>

class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingParameterDefinition;

namespace SignificanceParameters {

QList<QgsProcessingParameterDefinition *> definitions(int defaultPermutations);
QString helpText();

struct Values {
  std::size_t permutations = 0;
  std::uint64_t seed = 0;
  resilience::PValueAdjustment correction = resilience::PValueAdjustment::None;
  QString correctionName;
  double significance = 0.05;
};

Values read(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
            QgsProcessingContext &context);

} // namespace SignificanceParameters
