#pragma once
// The styles a GeoPackage stores for a layer (its layer_styles table, QGIS's convention). An
// output layer that replaces a layer of the same name gets its style anew: QGIS asks in a dialog
// whether to overwrite a style of the same name, which in a headless run or a worker thread
// waits forever, so the old rows go first.
#include <string>

namespace resilience {

// Deletes the rows of layer_styles for `table` (every style name); nothing when the file has no
// such table. Throws std::runtime_error naming the file and SQLite's message.
void removeLayerStyles(const std::string &file, const std::string &table);

} // namespace resilience
