#pragma once
// The desktop widget of WEIGHTS (WeightsMethodParameter): QGIS's enum drop-down, which also
// disables the weights parameters the chosen method does not read (relevantWeightsParameters:
// K and DISTANCE with queen, TOLERANCE with knn...) and shows metres beside the distances.
#include <qgsprocessingwidgetwrapperimpl.h>

#include <QPointer>

class WeightsWidgetWrapper : public QgsProcessingEnumWidgetWrapper {
  Q_OBJECT
public:
  using QgsProcessingEnumWidgetWrapper::QgsProcessingEnumWidgetWrapper;

  QString parameterType() const override;
  QgsAbstractProcessingParameterWidgetWrapper *
  createWidgetWrapper(const QgsProcessingParameterDefinition *parameter,
                      QgsProcessingGui::WidgetType type) override;
  void
  postInitialize(const QList<QgsAbstractProcessingParameterWidgetWrapper *> &wrappers) override;

private:
  void enableRelevantParameters();
  QList<QPointer<QgsAbstractProcessingParameterWidgetWrapper>> mDependents;
};
