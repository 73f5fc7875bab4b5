#include "parameters/indicatorsparameter.h"

#include "parameters/compositespecparameter.h"

IndicatorsParameter::IndicatorsParameter(const QString &name, const QString &description,
                                         const QString &parentLayerParameterName, bool optional)
    : QgsProcessingParameterMatrix(name, description, 0, false, indicatorMatrixHeaders(),
                                   QVariant(), optional),
      mParentLayerParameterName(parentLayerParameterName) {}

QgsProcessingParameterDefinition *IndicatorsParameter::clone() const {
  return new IndicatorsParameter(*this);
}

QStringList IndicatorsParameter::dependsOnOtherParameters() const {
  return mParentLayerParameterName.isEmpty() ? QStringList()
                                             : QStringList{mParentLayerParameterName};
}

QVariantMap IndicatorsParameter::toVariantMap() const {
  QVariantMap map = QgsProcessingParameterMatrix::toVariantMap();
  map.insert(QStringLiteral("parent_layer"), mParentLayerParameterName);
  return map;
}

bool IndicatorsParameter::fromVariantMap(const QVariantMap &map) {
  QgsProcessingParameterMatrix::fromVariantMap(map);
  mParentLayerParameterName = map.value(QStringLiteral("parent_layer")).toString();
  return true;
}
