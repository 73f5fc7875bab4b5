#pragma once
// The desktop widget of a value field (ValueFieldParameter): QGIS's field picker, which after
// each change of the parent layer selects the preferred field (preferredValueField: resilience,
// else the first numeric field that is not the feature id) unless the user's choice is a field of
// the new layer.
#include <qgsprocessingwidgetwrapperimpl.h>

class ValueFieldWidgetWrapper : public QgsProcessingFieldWidgetWrapper {
  Q_OBJECT
public:
  using QgsProcessingFieldWidgetWrapper::QgsProcessingFieldWidgetWrapper;

  QString parameterType() const override;
  QgsAbstractProcessingParameterWidgetWrapper *
  createWidgetWrapper(const QgsProcessingParameterDefinition *parameter,
                      QgsProcessingGui::WidgetType type) override;
  void
  postInitialize(const QList<QgsAbstractProcessingParameterWidgetWrapper *> &wrappers) override;

private:
  void selectPreferredField();
};
