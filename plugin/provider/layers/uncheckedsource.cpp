#include "layers/uncheckedsource.h"

#include "layers/inprocesslayer.h"

#include <qgsexception.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

namespace {

// QgsProcessingAlgorithm::invalidSourceError is a protected static member.
struct SourceErrors : QgsProcessingAlgorithm {
  using QgsProcessingAlgorithm::invalidSourceError;
};

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
  const QVariant value = parameters.value(name);
  std::unique_ptr<QgsProcessingFeatureSource> source =
      namesInProcessLayer(value)
          ? inProcessSource(value, context)
          : std::unique_ptr<QgsProcessingFeatureSource>(QgsProcessingParameters::parameterAsSource(
                algorithm.parameterDefinition(name), parameters, context));
  if (source && !userChoseGeometryCheck(value))
    source->setInvalidGeometryCheck(QgsFeatureRequest::GeometryNoCheck);
  return source;
}

std::unique_ptr<QgsProcessingFeatureSource>
requireUncheckedSource(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                       const QString &name, QgsProcessingContext &context) {
  std::unique_ptr<QgsProcessingFeatureSource> source =
      parameterAsUncheckedSource(algorithm, parameters, name, context);
  if (!source)
    throw QgsProcessingException(SourceErrors::invalidSourceError(parameters, name));
  return source;
}
