#pragma once
// INPUT as the statistics over neighbours read it (ResilienceAlgorithm::readWeightedInput).
#include "featurecolumns.h"
#include "weightsparameters.h"

#include <qgsprocessingutils.h>

#include <memory>

struct WeightedInput {
  std::unique_ptr<QgsProcessingFeatureSource> source;
  FeatureColumns features;
  WeightsParameters::Built weights;
};
