#pragma once
// INDICATORS of resilience:compositeindex as a parameter type of its own ("resilience_indicators"),
// so that the desktop shows the indicators widget (plugin/gui) for it. The value is exactly the
// QgsProcessingParameterMatrix value the algorithm reads (compositespecparameter.h: nine cells per
// row), so scripts, models, qgis_process and resilience_process pass it as before.
#include <qgsprocessingparameters.h>

class IndicatorsParameter : public QgsProcessingParameterMatrix {
public:
  // parentLayerParameterName: the layer whose fields the widget offers (INPUT).
  IndicatorsParameter(const QString &name, const QString &description = QString(),
                      const QString &parentLayerParameterName = QString(), bool optional = true);

  static QString typeName() { return QStringLiteral("resilience_indicators"); }
  QString type() const override { return typeName(); }
  QgsProcessingParameterDefinition *clone() const override;
  QStringList dependsOnOtherParameters() const override;
  QVariantMap toVariantMap() const override;
  bool fromVariantMap(const QVariantMap &map) override;

  QString parentLayerParameterName() const { return mParentLayerParameterName; }

private:
  QString mParentLayerParameterName;
};
