#pragma once
// The styles a GeoPackage stores for a layer (its layer_styles table, QGIS's convention). An
// output layer written again over its namesake (a second run into the same GeoPackage) gets its
// style anew: QGIS asks in a dialog whether to overwrite a style of the same name, which in a
// headless run or a worker thread waits forever, so the old row of that name goes first. Styles
// of other names stay (QGIS keeps them, not as the default).
#include <string>

namespace resilience {

// Deletes the rows of layer_styles for `table` named `styleName`; nothing when the file has no
// such table. Throws std::runtime_error naming the file and SQLite's message.
void removeLayerStyle(const std::string &file, const std::string &table,
                      const std::string &styleName);

} // namespace resilience
