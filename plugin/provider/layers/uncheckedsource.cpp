#include "layers/uncheckedsource.h"

#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

namespace {

bool userChoseGeometryCheck(const QVariant &value) {
  if (value.userType() != qMetaTypeId<QgsProcessingFeatureSourceDefinition>())
    return false;
  return value.value<QgsProcessingFeatureSourceDefinition>().flags.testFlag(
      QgsProcessingFeatureSourceDefinition::FlagOverrideDefaultGeometryCheck);
}

} // namespace

std::unique_ptr<QgsProcessingFeatureSource>
parameterAsUncheckedSource(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                           const QString &name, QgsProcessingContext &context) {
  std::unique_ptr<QgsProcessingFeatureSource> source(QgsProcessingParameters::parameterAsSource(
      algorithm.parameterDefinition(name), parameters, context));
  if (source && !userChoseGeometryCheck(parameters.value(name)))
    source->setInvalidGeometryCheck(QgsFeatureRequest::GeometryNoCheck);
  return source;
}
