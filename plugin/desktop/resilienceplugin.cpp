// The QGIS desktop plugin: QGIS loads this module from its C++ plugin folder; all it does is
// register the Processing provider and its dialog widgets (once, even when the Python loader is
// installed too).
#include "guiregistration.h"
#include "providerregistration.h"
#include "resilience_metadata.h"
#include "resourcepaths.h"

#include <qgis.h>
#include <qgisinterface.h>
#include <qgisplugin.h>

namespace {

const QString sName = QStringLiteral(RESILIENCE_NAME);
const QString sDescription = QStringLiteral(RESILIENCE_DESCRIPTION);
const QString sCategory = QStringLiteral(RESILIENCE_CATEGORY);
const QString sVersion = QStringLiteral(RESILIENCE_VERSION);

class ResiliencePlugin : public QgisPlugin {
public:
  ResiliencePlugin() : QgisPlugin(sName, sDescription, sCategory, sVersion, QgisPlugin::UI) {}

  void initGui() override {
    mWidgetsRegisteredHere = registerResilienceWidgets();
    mRegisteredHere = registerResilienceProvider();
  }

  void unload() override {
    if (mRegisteredHere)
      unregisterResilienceProvider();
    if (mWidgetsRegisteredHere)
      unregisterResilienceWidgets();
    mRegisteredHere = mWidgetsRegisteredHere = false;
  }

private:
  bool mRegisteredHere = false;
  bool mWidgetsRegisteredHere = false;
};

} // namespace

QGISEXTERN QgisPlugin *classFactory(QgisInterface *) {
  return new ResiliencePlugin();
}
QGISEXTERN const QString *name() {
  return &sName;
}
QGISEXTERN const QString *description() {
  return &sDescription;
}
QGISEXTERN const QString *category() {
  return &sCategory;
}
QGISEXTERN int type() {
  return QgisPlugin::UI;
}
QGISEXTERN const QString *version() {
  return &sVersion;
}
QGISEXTERN const QString *icon() {
  static const QString path = resiliencePluginIconPath();
  return &path;
}
QGISEXTERN void unload(QgisPlugin *plugin) {
  delete plugin;
}
