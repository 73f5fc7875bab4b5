#include "valuefieldwidgetwrapper.h"

#include "parameters/valuefieldparameter.h"

#include <qgsfieldcombobox.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

QString ValueFieldWidgetWrapper::parameterType() const {
  return ValueFieldParameter::typeName();
}

QgsAbstractProcessingParameterWidgetWrapper *
ValueFieldWidgetWrapper::createWidgetWrapper(const QgsProcessingParameterDefinition *parameter,
                                             QgsProcessingGui::WidgetType type) {
  return new ValueFieldWidgetWrapper(parameter, type);
}

void ValueFieldWidgetWrapper::postInitialize(
    const QList<QgsAbstractProcessingParameterWidgetWrapper *> &wrappers) {
  // QGIS connects the parent layer first, so this runs after it has refilled the picker.
  QgsProcessingFieldWidgetWrapper::postInitialize(wrappers);
  const auto *definition = static_cast<const QgsProcessingParameterField *>(parameterDefinition());
  for (const QgsAbstractProcessingParameterWidgetWrapper *wrapper : wrappers)
    if (wrapper->parameterDefinition()->name() == definition->parentLayerParameterName()) {
      connect(wrapper, &QgsAbstractProcessingParameterWidgetWrapper::widgetValueHasChanged, this,
              [this] { selectPreferredField(); });
      break;
    }
  selectPreferredField();
}

void ValueFieldWidgetWrapper::selectPreferredField() {
  auto *combo = qobject_cast<QgsFieldComboBox *>(wrappedWidget());
  if (!combo)
    return; // the modeler's free text, or a multiple-field panel
  const QgsFields fields = combo->fields();
  QList<int> keys;
  if (const QgsVectorLayer *layer = combo->layer())
    if (layer->dataProvider())
      keys = layer->dataProvider()->pkAttributeIndexes();
  const QString current = combo->currentField();
  const int index = fields.lookupField(current);
  const bool keep = index >= 0 && !keys.contains(index) &&
                    current.compare(QLatin1String("fid"), Qt::CaseInsensitive) != 0;
  if (keep)
    return;
  const QString preferred = preferredValueField(fields, keys);
  if (!preferred.isEmpty())
    combo->setField(preferred);
}
