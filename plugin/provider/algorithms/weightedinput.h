#pragma once
// INPUT as the statistics over neighbours read it (neighbourhood statistics, global Moran, LISA
// Markov, emerging hot spots).
#include "layers/featurecolumns.h"
#include "parameters/weightsparameters.h"

#include <qgsprocessingutils.h>

#include <memory>

class QgsProcessingAlgorithm;

struct WeightedInput {
  std::unique_ptr<QgsProcessingFeatureSource> source;
  FeatureColumns features;
  WeightsParameters::Built weights;
};

// INPUT read for a statistic over neighbours: the numeric fields (fieldParameters names the
// parameter each came from, for messages) and, unless buildWeights is false, the spatial weights
// the weights parameters ask for. Rows::Kept keeps the features for an output written from them
// (keptRows). Throws when INPUT cannot be read or has no features; progress reaches 40.
WeightedInput readWeightedInput(const QgsProcessingAlgorithm &algorithm,
                                const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback, const QStringList &fields,
                                const QStringList &fieldParameters, Rows rows,
                                bool buildWeights = true);
