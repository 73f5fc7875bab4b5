#include "parameters/valuefieldparameter.h"

#include <qgsfields.h>

ValueFieldParameter::ValueFieldParameter(const QString &name, const QString &description,
                                         const QString &parentLayerParameterName, bool optional,
                                         const QVariant &defaultValue,
                                         QgsProcessingParameterField::DataType dataType)
    : QgsProcessingParameterField(name, description, defaultValue, parentLayerParameterName,
                                  dataType, false, optional) {}

QgsProcessingParameterDefinition *ValueFieldParameter::clone() const {
  return new ValueFieldParameter(*this);
}

QString preferredValueField(const QgsFields &fields, const QList<int> &primaryKeys) {
  if (fields.lookupField(ValueFieldParameter::preferredFieldName()) >= 0)
    return fields.at(fields.lookupField(ValueFieldParameter::preferredFieldName())).name();
  for (int i = 0; i < fields.count(); ++i) {
    const QgsField &field = fields.at(i);
    if (!field.isNumeric() || primaryKeys.contains(i) ||
        field.name().compare(QLatin1String("fid"), Qt::CaseInsensitive) == 0)
      continue;
    return field.name();
  }
  return QString();
}
