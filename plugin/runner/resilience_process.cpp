// The runner behind resilience_process (runner/launcher.cpp starts it): a headless
// QgsApplication with the provider registered.
#include "commandline.h"
#include "providerregistration.h"

#include <qgsapplication.h>

#include <cstdlib>

int main(int argc, char *argv[]) {
  // Headless by construction: no display is needed, whatever the environment says.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QgsApplication app(argc, argv, false, QString(), QStringLiteral("resilience_process"));
  QgsApplication::setPrefixPath(qEnvironmentVariable("QGIS_PREFIX_PATH", QStringLiteral("/usr")),
                                true);
  QgsApplication::init();
  QgsApplication::initQgis();
  registerResilienceProvider();
  const int status = runCommandLine(app.arguments().mid(1));
  QgsApplication::exitQgis();
  return status;
}
