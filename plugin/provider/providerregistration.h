#pragma once
// One entry point for every way the provider is loaded (desktop C++ plugin, Python loader for
// qgis_process, resilience_process, tests), so it is never registered twice.
#include <QtGlobal>

// Adds the provider to QgsApplication's processing registry unless a provider with id
// "resilience" is already there. Returns true when this call registered it.
bool registerResilienceProvider();

// Removes the provider again if it is registered.
void unregisterResilienceProvider();

// C entry points for loaders that cannot include C++ headers (the Python loader uses ctypes).
extern "C" Q_DECL_EXPORT int resilience_register_provider();
extern "C" Q_DECL_EXPORT const char *resilience_version();
