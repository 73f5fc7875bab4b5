#include "providerregistration.h"

#include "parameters/parametertypes.h"
#include "resilience_metadata.h"
#include "resilienceprovider.h"
#include "translation.h"

#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

bool registerResilienceProvider() {
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  if (!registry || registry->providerById(ResilienceProvider::providerId()))
    return false;
  installResilienceTranslation();     // QGIS's locale, before any text is read
  registerResilienceParameterTypes(); // before the algorithms that declare them
  return registry->addProvider(new ResilienceProvider());
}

void unregisterResilienceProvider() {
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  if (registry)
    if (QgsProcessingProvider *provider = registry->providerById(ResilienceProvider::providerId()))
      registry->removeProvider(provider);
  unregisterResilienceParameterTypes();
}

int resilience_register_provider() {
  return registerResilienceProvider() ? 1 : 0;
}

const char *resilience_version() {
  return RESILIENCE_VERSION;
}
