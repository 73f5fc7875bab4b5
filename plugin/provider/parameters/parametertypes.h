#pragma once
// The provider's own parameter types (indicators table, value field, weights method) registered
// with QGIS's processing registry, so that models, qgis_process and resilience_process know them
// without the desktop; the desktop plugin adds their widgets (plugin/gui).

// Adds the types that are not registered yet; safe to call more than once.
void registerResilienceParameterTypes();
// Removes the types this library registered.
void unregisterResilienceParameterTypes();
