#include "weightswidgetwrapper.h"

#include "parameters/weightsmethodparameter.h"

#include <QDoubleSpinBox>
#include <QLabel>

namespace {

// Parameters whose value is a distance in metres whatever the layer's CRS (crsdistance.h).
const QStringList kMetreParameters = {QStringLiteral("DISTANCE"), QStringLiteral("BANDWIDTH")};

} // namespace

QString WeightsWidgetWrapper::parameterType() const {
  return WeightsMethodParameter::typeName();
}

QgsAbstractProcessingParameterWidgetWrapper *
WeightsWidgetWrapper::createWidgetWrapper(const QgsProcessingParameterDefinition *parameter,
                                          QgsProcessingGui::WidgetType type) {
  return new WeightsWidgetWrapper(parameter, type);
}

void WeightsWidgetWrapper::postInitialize(
    const QList<QgsAbstractProcessingParameterWidgetWrapper *> &wrappers) {
  QgsProcessingEnumWidgetWrapper::postInitialize(wrappers);
  if (type() == QgsProcessingGui::Modeler)
    return; // a model may set the method from an input: every parameter stays open
  const QStringList dependent = methodDependentWeightsParameters();
  for (QgsAbstractProcessingParameterWidgetWrapper *wrapper : wrappers) {
    const QString name = wrapper->parameterDefinition()->name();
    if (dependent.contains(name))
      mDependents << wrapper;
    if (kMetreParameters.contains(name) && wrapper->wrappedWidget())
      for (auto *box :
           wrapper->wrappedWidget()->findChildren<QDoubleSpinBox *>() +
               QList<QDoubleSpinBox *>{qobject_cast<QDoubleSpinBox *>(wrapper->wrappedWidget())})
        if (box)
          box->setSuffix(tr(" m"));
  }
  connect(this, &QgsAbstractProcessingParameterWidgetWrapper::widgetValueHasChanged, this,
          [this] { enableRelevantParameters(); });
  enableRelevantParameters();
}

void WeightsWidgetWrapper::enableRelevantParameters() {
  const auto *definition = dynamic_cast<const NamedEnumParameter *>(parameterDefinition());
  if (!definition)
    return;
  const int index = definition->indexOf(parameterValue());
  const QString method = index >= 0 ? definition->optionNames().at(index) : QString();
  const QStringList relevant = relevantWeightsParameters(method);
  for (const auto &wrapper : mDependents) {
    if (!wrapper)
      continue;
    const bool enabled = relevant.contains(wrapper->parameterDefinition()->name());
    if (QWidget *widget = wrapper->wrappedWidget())
      widget->setEnabled(enabled);
    if (QLabel *label = wrapper->wrappedLabel())
      label->setEnabled(enabled);
  }
}
