#pragma once
// The value field of a statistic (FIELD of hotspots, localmoran, smooth...; SHOW of printmaps) as
// a parameter type of its own ("resilience_valuefield"): a numeric field of the parent layer that
// defaults to `resilience`, the composite index's score. In the desktop its widget picks
// `resilience` when the layer has it, else the first numeric field that is not the feature id
// (preferredValueField): QGIS's own field picker would offer `fid` first.
#include <qgsprocessingparameters.h>

class QgsFields;

class ValueFieldParameter : public QgsProcessingParameterField {
public:
  ValueFieldParameter(const QString &name, const QString &description = QString(),
                      const QString &parentLayerParameterName = QString(), bool optional = false,
                      const QVariant &defaultValue = preferredFieldName(),
                      QgsProcessingParameterField::DataType dataType = Numeric);

  static QString typeName() { return QStringLiteral("resilience_valuefield"); }
  static QString preferredFieldName() { return QStringLiteral("resilience"); }
  QString type() const override { return typeName(); }
  QgsProcessingParameterDefinition *clone() const override;
};

// The field a value-field picker should show first for a layer with `fields`: `resilience` when
// present, else the first numeric field that is not a primary key (`primaryKeys`, e.g. a
// GeoPackage's fid) nor named fid; empty when there is none.
QString preferredValueField(const QgsFields &fields, const QList<int> &primaryKeys);
