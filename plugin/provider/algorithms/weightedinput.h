#pragma once
// INPUT as the statistics over neighbours read it (ResilienceAlgorithm::readWeightedInput).
#include "layers/featurecolumns.h"
#include "parameters/weightsparameters.h"

#include <qgsprocessingutils.h>

#include <memory>

struct WeightedInput {
  std::unique_ptr<QgsProcessingFeatureSource> source;
  FeatureColumns features;
  WeightsParameters::Built weights;
};
