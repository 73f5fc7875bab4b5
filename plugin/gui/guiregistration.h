#pragma once
// The provider's desktop widgets (indicators table, value field picker, weights method) added to
// QgsGui's processing registry. Called by the desktop C++ plugin and, through the C entry point,
// by the Python loader in QGIS desktop; never headless (no QgsGui there). While they are
// registered, GDAL's messages outside a run go to QGIS's message log, not the terminal
// (librarymessages.h).
#include <QtGlobal>

// Adds the widget factories that are not registered yet. Returns true when this call added any.
bool registerResilienceWidgets();
// Removes the factories this library added.
void unregisterResilienceWidgets();

extern "C" Q_DECL_EXPORT int resilience_register_widgets();
