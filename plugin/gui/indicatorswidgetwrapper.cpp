#include "indicatorswidgetwrapper.h"

#include "indicatorspanel.h"
#include "parameters/indicatorsparameter.h"

#include <qgsprocessingcontext.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingwidgetwrapperimpl.h>
#include <qgsvectorlayer.h>

IndicatorsWidgetWrapper::IndicatorsWidgetWrapper(const QgsProcessingParameterDefinition *parameter,
                                                 QgsProcessingGui::WidgetType type, QWidget *parent)
    : QgsAbstractProcessingParameterWidgetWrapper(parameter, type, parent) {}

QString IndicatorsWidgetWrapper::parameterType() const {
  return IndicatorsParameter::typeName();
}

QgsAbstractProcessingParameterWidgetWrapper *
IndicatorsWidgetWrapper::createWidgetWrapper(const QgsProcessingParameterDefinition *parameter,
                                             QgsProcessingGui::WidgetType type) {
  // A batch row is one table cell: there QGIS's matrix button, which opens a table, fits.
  if (type == QgsProcessingGui::Batch)
    return new QgsProcessingMatrixWidgetWrapper(parameter, type);
  return new IndicatorsWidgetWrapper(parameter, type);
}

QWidget *IndicatorsWidgetWrapper::createWidget() {
  mPanel = new IndicatorsPanel();
  mPanel->setToolTip(parameterDefinition()->toolTip());
  connect(mPanel, &IndicatorsPanel::changed, this, [this] { emit widgetValueHasChanged(this); });
  return mPanel;
}

void IndicatorsWidgetWrapper::postInitialize(
    const QList<QgsAbstractProcessingParameterWidgetWrapper *> &wrappers) {
  QgsAbstractProcessingParameterWidgetWrapper::postInitialize(wrappers);
  if (type() == QgsProcessingGui::Modeler)
    return;
  const auto *definition = dynamic_cast<const IndicatorsParameter *>(parameterDefinition());
  if (!definition)
    return;
  for (const QgsAbstractProcessingParameterWidgetWrapper *wrapper : wrappers)
    if (wrapper->parameterDefinition()->name() == definition->parentLayerParameterName()) {
      setParentLayerWrapperValue(wrapper);
      connect(wrapper, &QgsAbstractProcessingParameterWidgetWrapper::widgetValueHasChanged, this,
              [this, wrapper] { setParentLayerWrapperValue(wrapper); });
      break;
    }
}

void IndicatorsWidgetWrapper::setParentLayerWrapperValue(
    const QgsAbstractProcessingParameterWidgetWrapper *parentWrapper) {
  QgsProcessingContext *context =
      mProcessingContextGenerator ? mProcessingContextGenerator->processingContext() : nullptr;
  std::unique_ptr<QgsProcessingContext> ownContext;
  if (!context) {
    ownContext = std::make_unique<QgsProcessingContext>();
    context = ownContext.get();
  }
  QgsVectorLayer *layer = QgsProcessingParameters::parameterAsVectorLayer(
      parentWrapper->parameterDefinition(), parentWrapper->parameterValue(), *context);
  if (layer) {
    // A layer the context loaded from a path dies with the context: keep it.
    std::unique_ptr<QgsMapLayer> owned(context->takeResultLayer(layer->id()));
    if (owned) {
      mParentLayer.reset(qobject_cast<QgsVectorLayer *>(owned.release()));
      layer = mParentLayer.get();
    }
  }
  if (mPanel)
    mPanel->setLayer(layer);
}

void IndicatorsWidgetWrapper::setWidgetValue(const QVariant &value, QgsProcessingContext &) {
  if (mPanel)
    mPanel->setValue(value);
}

QVariant IndicatorsWidgetWrapper::widgetValue() const {
  if (!mPanel)
    return QVariant();
  const QVariantList cells = mPanel->value();
  return cells.isEmpty() ? QVariant() : QVariant(cells); // no rows: not given
}

QStringList IndicatorsWidgetWrapper::compatibleParameterTypes() const {
  return {IndicatorsParameter::typeName(), QgsProcessingParameterMatrix::typeName(),
          QgsProcessingParameterString::typeName()};
}

QStringList IndicatorsWidgetWrapper::compatibleOutputTypes() const {
  return {QgsProcessingOutputString::typeName()};
}

QString IndicatorsWidgetWrapper::modelerExpressionFormatString() const {
  return tr("a list of nine cells per indicator: field, domain, direction, weight, numerator, "
            "denominator, per, goal_min, goal_max");
}
