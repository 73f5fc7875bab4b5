#include "guiregistration.h"

#include "algorithms/librarymessages.h"
#include "indicatorswidgetwrapper.h"
#include "valuefieldwidgetwrapper.h"
#include "weightswidgetwrapper.h"

#include <qgsgui.h>
#include <qgsprocessingguiregistry.h>

namespace {

QList<QgsProcessingParameterWidgetFactoryInterface *> &registeredHere() {
  static QList<QgsProcessingParameterWidgetFactoryInterface *> factories;
  return factories;
}

} // namespace

bool registerResilienceWidgets() {
  QgsProcessingGuiRegistry *registry = QgsGui::processingGuiRegistry();
  if (!registry || !registeredHere().isEmpty())
    return false;
  const QList<QgsProcessingParameterWidgetFactoryInterface *> factories = {
      new IndicatorsWidgetWrapper(), new ValueFieldWidgetWrapper(), new WeightsWidgetWrapper()};
  for (QgsProcessingParameterWidgetFactoryInterface *factory : factories) {
    // False when another copy of the plugin registered the type: that one's widget is used (the
    // registry owns, and then deletes, the refused factory).
    if (registry->addParameterWidgetFactory(factory))
      registeredHere() << factory;
  }
  if (registeredHere().isEmpty())
    return false;
  startLibraryMessagesToLog();
  return true;
}

void unregisterResilienceWidgets() {
  if (!registeredHere().isEmpty())
    stopLibraryMessagesToLog();
  if (QgsProcessingGuiRegistry *registry = QgsGui::processingGuiRegistry())
    for (QgsProcessingParameterWidgetFactoryInterface *factory : registeredHere())
      registry->removeParameterWidgetFactory(factory); // deletes it
  registeredHere().clear();
}

int resilience_register_widgets() {
  return registerResilienceWidgets() ? 1 : 0;
}
