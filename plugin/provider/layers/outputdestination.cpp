#include "layers/outputdestination.h"

#include <qgsprocessingparameters.h>

QString outputDestination(const QgsProcessingParameterDefinition *definition, QVariant value,
                          QgsProcessingContext &context) {
  if (value.userType() == qMetaTypeId<QgsProcessingOutputLayerDefinition>()) {
    auto output = value.value<QgsProcessingOutputLayerDefinition>();
    output.destinationProject = nullptr;
    value = QVariant::fromValue(output);
  }
  return QgsProcessingParameters::parameterAsOutputLayer(definition, value, context);
}
