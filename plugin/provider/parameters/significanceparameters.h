#pragma once
// Inference options shared by the hotspot and cluster statistics: PERMUTATIONS, SEED,
// CORRECTION (none | fdr | bonferroni) and SIGNIFICANCE, declared and read in one place.
#include "layers/resultcolumn.h"
#include "statistics/multiple_testing.h"

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

// The p-values that decide the classification: the pseudo p when permutations ran, else the
// analytical p, adjusted by CORRECTION.
std::vector<double> classificationP(const Values &values, const std::vector<double> &p,
                                    const std::vector<double> &pSim);

// Throws when PERMUTATIONS is too few for any feature to be significant: the smallest pseudo p
// they can give (after CORRECTION over the features with a pseudo p) is not below `level` (the
// loosest level the classification uses). Nothing to check without permutations.
void requireAttainableSignificance(const Values &values, const std::vector<double> &pSim,
                                   double level);

// <prefix>_p_sim when permutations ran and <prefix>_p_adj when a correction applies.
void appendInferenceColumns(std::vector<ResultColumn> &columns, const QString &prefix,
                            const Values &values, const std::vector<double> &pSim,
                            const std::vector<double> &adjusted);

} // namespace SignificanceParameters
